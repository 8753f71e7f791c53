// SPDX-License-Identifier: GPL-3.0-or-later
// The judgement as data: every rated aspect of the inspected service as (aspect, grade, scale),
// from a ratings table in any reader's shape or from the review's own sentences, never from a
// quotation, the inspected body's words, another matter or a past inspection. The report texts
// are written for this test.
#include "SegmentMaker.h"
#include "ingest/RatingReader.h"
#include "ingest/ReportImporter.h"

#include <QTest>

using namespace Scrutiny;
using Scrutiny::Testing::segment;
using namespace Qt::StringLiterals;

namespace {

/// "aspect=grade/scale@segment" per rating, in order.
QStringList described(const QList<Rating> &all)
{
    QStringList out;
    for (const Rating &r : all)
        out << u"%1=%2/%3@%4"_s.arg(r.aspect, r.grade, r.scale, r.segmentId);
    return out;
}

} // namespace

class TestRatingReader final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void read_data()
    {
        QTest::addColumn<QList<Segment>>("segments");
        QTest::addColumn<Judgement>("judgement");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("a PDF's table rows: the header row is no rating; four-point")
            << QList<Segment> {segment(u"C1"_s, SegmentKind::Context, u"The ratings we gave are below."_s),
                   segment(u"H2"_s, SegmentKind::Heading, u"Area | Rating"_s),
                   segment(u"H3"_s, SegmentKind::Heading, u"Overall | Requires improvement"_s),
                   segment(u"H4"_s, SegmentKind::Heading, u"Safe | Good"_s),
                   segment(u"H5"_s, SegmentKind::Heading, u"Well-led | Inadequate"_s)}
            << Judgement {}
            << QStringList {u"Overall=Requires improvement/four-point@H3"_s, u"Safe=Good/four-point@H4"_s,
                   u"Well-led=Inadequate/four-point@H5"_s};
        QTest::newRow("adequate beside requires improvement: the five-point scale")
            << QList<Segment> {segment(u"H1"_s, SegmentKind::Heading, u"Preventing crime | Adequate"_s),
                   segment(u"H2"_s, SegmentKind::Heading, u"Answering calls | Requires improvement"_s)}
            << Judgement {}
            << QStringList {u"Preventing crime=Adequate/five-point@H1"_s,
                   u"Answering calls=Requires improvement/five-point@H2"_s};
        QTest::newRow("plain text rows with a colon, questions as labels: six-point")
            << QList<Segment> {segment(u"C1"_s, SegmentKind::Context,
                   u"How good is our care planning?: Weak\nHow good is our setting?: Very good"_s)}
            << Judgement {}
            << QStringList {u"How good is our care planning?=Weak/six-point@C1"_s,
                   u"How good is our setting?=Very good/six-point@C1"_s};
        QTest::newRow("numbers on the six-point scale, a third cell ignored")
            << QList<Segment> {segment(u"C1"_s, SegmentKind::Context,
                   u"Area | Grade | Year\nLeadership | 4 - Good | 2023\nStaffing | 2 | 2023"_s)}
            << Judgement {} << QStringList {u"Leadership=4 - Good/six-point@C1"_s, u"Staffing=2/six-point@C1"_s};
        QTest::newRow("healthy prison tests: grades of their own scale")
            << QList<Segment> {segment(u"C1"_s, SegmentKind::Context,
                   u"Safety: not sufficiently good\nRespect: reasonably good\nPurposeful activity: poor"_s)}
            << Judgement {}
            << QStringList {u"Safety=Not sufficiently good/healthy-prison@C1"_s,
                   u"Respect=Reasonably good/healthy-prison@C1"_s, u"Purposeful activity=Poor/healthy-prison@C1"_s};
        QTest::newRow("stars and prospects decide their own scales")
            << QList<Segment> {segment(u"H1"_s, SegmentKind::Heading, u"Current service | Fair, one star"_s),
                   segment(u"H2"_s, SegmentKind::Heading, u"Prospects for improvement | Promising"_s)}
            << Judgement {u""_s, u"uncertain"_s}
            << QStringList {
                   u"Current service=Fair, one star/stars@H1"_s, u"Prospects for improvement=Promising/prospects@H2"_s};
        QTest::newRow("a table row in a quotation or the body's words is not the review's")
            << QList<Segment> {segment(u"Q1"_s, SegmentKind::Quote, u"Overall | Outstanding"_s),
                   segment(u"R1"_s, SegmentKind::Response, u"Safe | Good"_s, Side::Council)}
            << Judgement {} << QStringList {};
        QTest::newRow("a sentence: rated, overall, the scale of its grade")
            << QList<Segment> {segment(u"H1"_s, SegmentKind::Heading, u"Fostering service rated poor"_s),
                   segment(u"S1"_s, SegmentKind::Summary,
                       u"The fostering service in Abermor has been rated inadequate by inspectors."_s)}
            << Judgement {} << QStringList {u"Overall=Inadequate/four-point@S1"_s};
        QTest::newRow("a sentence: the object between, 'requiring' as the table words it")
            << QList<Segment> {segment(u"F1"_s, SegmentKind::Finding,
                   u"Inspectors rated the trust's two wards as requiring improvement and found staff shortages."_s)}
            << Judgement {} << QStringList {u"Overall=Requires improvement/four-point@F1"_s};
        QTest::newRow("a sentence grading two aspects") << QList<Segment> {segment(u"S1"_s, SegmentKind::Summary,
            u"The inspectorate judged the force to be adequate at preventing crime, but inadequate at"
            " answering emergency calls."_s)} << Judgement {}
                                                        << QStringList {u"Preventing crime=Adequate/five-point@S1"_s,
                                                               u"Answering emergency calls=Inadequate/five-point@S1"_s};
        QTest::newRow("judged to require improvement to be good")
            << QList<Segment> {segment(u"S1"_s, SegmentKind::Summary,
                   u"Children's services in Holmby have been judged to require improvement to be good, inspectors"
                   " said."_s)}
            << Judgement {} << QStringList {u"Overall=Requires improvement to be good/four-point@S1"_s};
        QTest::newRow("the headline only when the body gives no grade")
            << QList<Segment> {segment(u"H1"_s, SegmentKind::Heading, u"Care home graded 'weak' by inspectors"_s),
                   segment(u"F1"_s, SegmentKind::Finding, u"Residents waited too long for help at night."_s)}
            << Judgement {} << QStringList {u"Overall=Weak/six-point@H1"_s};
        QTest::newRow("not the service's grade: a past inspection, other bodies, a hope, its own claim, a quotation")
            << QList<Segment> {segment(u"F1"_s, SegmentKind::Finding,
                                   u"Two years ago the council's library service was judged good, but that covered"
                                   " another service."_s),
                   segment(u"F2"_s, SegmentKind::Finding, u"Four of the councils in the region were rated good."_s),
                   segment(u"F3"_s, SegmentKind::Finding, u"The council aims to be rated outstanding by 2030."_s),
                   segment(
                       u"F4"_s, SegmentKind::Finding, u"The council rated itself as good in its self-assessment."_s),
                   segment(u"Q1"_s, SegmentKind::Quote, u"\"We were rated good,\" the director said."_s),
                   segment(u"R1"_s, SegmentKind::Response, u"The council said it was rated good for caring."_s,
                       Side::Council),
                   segment(u"F5"_s, SegmentKind::Finding, u"The home was not rated inadequate."_s),
                   segment(u"F6"_s, SegmentKind::Finding, u"Inspectors found good practice in the day centres."_s)}
            << Judgement {} << QStringList {};
        QTest::newRow("a grade for one aspect in a sentence")
            << QList<Segment> {segment(u"S1"_s, SegmentKind::Summary,
                   u"A care home in Dunrae has been graded weak for the care and support of its residents"
                   " following an inspection."_s)}
            << Judgement {} << QStringList {u"Care and support of its residents=Weak/six-point@S1"_s};
        QTest::newRow("a star rating in a sentence") << QList<Segment> {segment(u"S1"_s, SegmentKind::Summary,
            u"The repairs service has been given a \"poor\" zero-star rating by the commission."_s)}
                                                     << Judgement {} << QStringList {u"Overall=Poor/stars@S1"_s};
        QTest::newRow("the joint-review verdict: two aspects, and the sentence stating each")
            << QList<Segment> {segment(u"S1"_s, SegmentKind::Summary,
                   u"Social services in Pencraig are serving some people well and their prospects are promising."_s)}
            << Judgement {u"some people well"_s, u"promising"_s}
            << QStringList {u"Serving people=Serving some people well/serving@S1"_s,
                   u"Prospects for improvement=Promising/prospects@S1"_s};
    }

    void read()
    {
        QFETCH(QList<Segment>, segments);
        QFETCH(Judgement, judgement);
        QFETCH(QStringList, expected);
        ParsedReport report;
        report.segments = segments;
        report.judgement = judgement;
        QCOMPARE(described(Ingest::RatingReader::read(report)), expected);
    }

    /// A saved web page's ratings table gives the same ratings as a PDF's or a text's: one per
    /// row, on the scale of the table's grades, each row a segment of its own that is no finding.
    /// A layout table, a table of other facts, and a table its caption or lead-in gives to a past
    /// inspection or other services give none. The pages are written for this test.
    void htmlTables_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("expected");

        const QString article = u"<p>Inspectors visited Fernlea Court, a care home for 40 older people, in"
                                " March.</p><p>Staff knew each resident well and meals were served warm.</p>"_s;
        QTest::newRow("key questions, a header row of <th>")
            << article
                + u"<h2>Our ratings</h2><table><tr><th>Key question</th><th>Rating</th></tr>"
                  "<tr><td>Overall</td><td>Requires improvement</td></tr><tr><td>Safe</td><td>Good</td></tr>"
                  "<tr><td>Well-led</td><td><strong>Inadequate</strong></td></tr></table>"_s
            << QStringList {u"Overall=Requires improvement/four-point"_s, u"Safe=Good/four-point"_s,
                   u"Well-led=Inadequate/four-point"_s};
        QTest::newRow("judgements with long labels, row headers")
            << article
                + u"<table><caption>Judgements</caption><tbody><tr><th scope=\"row\">Overall effectiveness</th>"
                  "<td>Requires improvement to be good</td></tr><tr><th scope=\"row\">The experiences and progress"
                  " of children in care</th><td>Good</td></tr></tbody></table>"_s
            << QStringList {u"Overall effectiveness=Requires improvement to be good/four-point"_s,
                   u"The experiences and progress of children in care=Good/four-point"_s};
        QTest::newRow("grades 1 to 6 with their words")
            << article
                + u"<table><tr><td>How well do we support people's wellbeing?</td><td>4 - Good</td></tr>"
                  "<tr><td>How good is our leadership?</td><td>3 - Adequate</td></tr></table>"_s
            << QStringList {u"How well do we support people's wellbeing?=4 - Good/six-point"_s,
                   u"How good is our leadership?=3 - Adequate/six-point"_s};
        QTest::newRow("a layout table") << u"<table><tr><td>"_s + article
                + u"<p>The garden was kept tidy.</p></td><td><p>Good to know</p><p>Visiting hours</p></td></tr>"
                  "</table>"_s << QStringList {};
        QTest::newRow("a table of other facts") << article
                + u"<table><tr><th>Staff</th><th>Number</th></tr><tr><td>Nurses</td><td>6</td></tr>"
                  "<tr><td>Date of inspection</td><td>4 March 2025</td></tr><tr><td>Type</td><td>Unannounced</td>"
                  "</tr></table>"_s << QStringList {};
        QTest::newRow("a past inspection's table before this one's")
            << article
                + u"<table><caption>Ratings at our previous inspection (2022)</caption><tr><td>Safe</td>"
                  "<td>Inadequate</td></tr><tr><td>Caring</td><td>Requires improvement</td></tr></table>"
                  "<p>The ratings we gave this time are below.</p><table><tr><td>Safe</td><td>Good</td></tr>"
                  "<tr><td>Caring</td><td>Outstanding</td></tr></table>"_s
            << QStringList {u"Safe=Good/four-point"_s, u"Caring=Outstanding/four-point"_s};
        QTest::newRow("other services' ratings, introduced by a paragraph") << article
                + u"<p>The provider runs three other homes in the county, rated as follows:</p><table>"
                  "<tr><td>Larch House</td><td>Good</td></tr><tr><td>Millbrook</td><td>Inadequate</td></tr></table>"_s
                                                                            << QStringList {};
    }

    void htmlTables()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, expected);
        const QString page = u"<!DOCTYPE html><html><head><title>Fernlea Court | Care news</title></head><body>"
                             "<nav><a href=\"/\">Home</a></nav><main><h1>Fernlea Court inspected</h1>"_s
            + body + u"</main></body></html>"_s;
        QString error;
        const std::optional<ParsedReport> report
            = ReportImporter::importBytes(page.toUtf8(), u"fernlea.html"_s, &error);
        QVERIFY2(report, qPrintable(error));
        QStringList found;
        for (const Rating &r : report->ratings) {
            found << u"%1=%2/%3"_s.arg(r.aspect, r.grade, r.scale);
            const Segment *row = report->segment(r.segmentId);
            QVERIFY2(row, qPrintable(r.segmentId));
            QVERIFY2(row->text.startsWith(r.aspect + u" | "_s), qPrintable(row->text));
            QVERIFY2(row->kind != SegmentKind::Finding && row->kind != SegmentKind::Priority, qPrintable(row->text));
        }
        QCOMPARE(found, expected);
    }

    /// The importer reads a PDF's ratings table into ParsedReport::ratings, one per row.
    void importedPdfTable()
    {
        QString error;
        const std::optional<ParsedReport> report = ReportImporter::importFile(
            QStringLiteral(SCRUTINY_TEST_DATA "/reports/full-cqc-hallbrook-hospital.pdf"), &error);
        QVERIFY2(report, qPrintable(error));
        QStringList aspects;
        for (const Rating &r : report->ratings) {
            aspects << r.aspect + u'=' + r.grade;
            QCOMPARE(r.scale, u"four-point"_s);
            QVERIFY(report->segment(r.segmentId));
        }
        QCOMPARE(aspects,
            (QStringList {u"Overall=Requires improvement"_s, u"Safe=Good"_s, u"Effective=Inadequate"_s,
                u"Caring=Good"_s, u"Responsive=Requires improvement"_s, u"Well-led=Requires improvement"_s}));
    }
};

QTEST_GUILESS_MAIN(TestRatingReader)
#include "test_ratingreader.moc"
