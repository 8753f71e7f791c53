// SPDX-License-Identifier: GPL-3.0-or-later
// The cover's overall judgements: read from the review's own words in any
// inspectorate's style (a ratings row, "rated ...", the joint-review verdict,
// the summary's "overall" sentence), never from a quotation or the inspected
// body's claims. The report texts are written for this test.
#include "SegmentMaker.h"
#include "export/OverallJudgements.h"

#include <QTest>

using namespace Scrutiny;
using Scrutiny::Testing::segment;
using namespace Qt::StringLiterals;

namespace {

/// "label=text@segment" per judgement, in order; a quoted sentence ends in "(quoted)".
QStringList described(const QList<OverallJudgement> &all)
{
    QStringList out;
    for (const OverallJudgement &j : all)
        out << u"%1=%2@%3%4"_s.arg(j.label, j.text, j.segmentId, j.sentence ? u" (quoted)"_s : QString());
    return out;
}

} // namespace

class TestOverallJudgements final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void of_data()
    {
        QTest::addColumn<QList<Segment>>("segments");
        QTest::addColumn<Judgement>("judgement");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("ratings table row and the summary's overall sentence")
            << QList<Segment> {segment(u"S1"_s, SegmentKind::Summary,
                                   u"2.1 We visited the ward twice in March. Overall, the ward was clean but short of"
                                   " night staff. We spoke to patients."_s),
                   segment(u"H3"_s, SegmentKind::Heading, u"Area | Grade"_s),
                   segment(u"H4"_s, SegmentKind::Heading, u"Overall | Requires improvement"_s),
                   segment(u"H5"_s, SegmentKind::Heading, u"Safe | Good"_s)}
            << Judgement {}
            << QStringList {u"Overall=Requires improvement@H4"_s,
                   u"In the report's words=Overall, the ward was clean but short of night staff.@S1 (quoted)"_s};
        QTest::newRow("a longer row label, the grade in the next cell")
            << QList<Segment> {segment(
                   u"C2"_s, SegmentKind::Context, u"Area | Grade\nOverall effectiveness | Good | 2024"_s)}
            << Judgement {} << QStringList {u"Overall effectiveness=Good@C2"_s};
        QTest::newRow("rated in a sentence, quoted where the summary says it")
            << QList<Segment> {segment(u"S1"_s, SegmentKind::Summary,
                   u"The fostering service in Abermor has been rated inadequate after inspectors found delays."_s)}
            << Judgement {}
            << QStringList {u"Overall rating=Inadequate@S1"_s,
                   u"In the report's words=The fostering service in Abermor has been rated inadequate after"
                   " inspectors found delays.@S1 (quoted)"_s};
        QTest::newRow("the joint-review verdict and the sentence stating it")
            << QList<Segment> {segment(u"S1"_s, SegmentKind::Summary,
                   u"Social services in Pencraig are serving some people well and their prospects are promising."_s)}
            << Judgement {u"some people well"_s, u"promising"_s}
            << QStringList {u"Verdict=Serving some people well@"_s, u"Prospects for improvement=Promising@"_s,
                   u"In the report's words=Social services in Pencraig are serving some people well and their"
                   " prospects are promising.@S1 (quoted)"_s};
        QTest::newRow("a quotation or the inspected body's claim is not the review's judgement") << QList<Segment> {
            segment(u"Q1"_s, SegmentKind::Quote, u"The leader said the service was rated good."_s),
            segment(u"F1"_s, SegmentKind::Finding, u"Overall | Outstanding"_s, Side::Council),
            segment(u"S1"_s, SegmentKind::Summary, u"Overall, we are pleased, the council said."_s,
                Side::Council)} << Judgement {} << QStringList {};
        QTest::newRow("good practice is not a grade") << QList<Segment> {segment(u"S1"_s, SegmentKind::Summary,
            u"Inspectors saw good practice in the day centres and weak record keeping in others."_s)}
                                                      << Judgement {} << QStringList {};
    }
    void of()
    {
        QFETCH(QList<Segment>, segments);
        QFETCH(Judgement, judgement);
        QFETCH(QStringList, expected);
        ParsedReport report;
        report.segments = segments;
        report.judgement = judgement;
        QCOMPARE(described(OverallJudgements::of(report)), expected);
    }

    /// Stored ratings are the cover's judgements, one per rated aspect, and stand for the
    /// grades the segments would give; the joint-review verdict keeps its names.
    void fromStoredRatings()
    {
        ParsedReport report;
        report.segments = {segment(u"S1"_s, SegmentKind::Summary,
                               u"The council is serving some people well; overall it was rated good."_s),
            segment(u"H2"_s, SegmentKind::Heading, u"Overall | Requires improvement"_s)};
        report.judgement = Judgement {u"some people well"_s, u"promising"_s};
        report.ratings = {Rating {u"Overall"_s, u"Requires improvement"_s, u"four-point"_s, u"H2"_s},
            Rating {u"Well-led"_s, u"Inadequate"_s, u"four-point"_s, u"H3"_s},
            Rating {u"Serving people"_s, u"Serving some people well"_s, u"serving"_s, u"S1"_s},
            Rating {u"Prospects for improvement"_s, u"Promising"_s, u"prospects"_s, u"S1"_s}};
        QCOMPARE(described(OverallJudgements::of(report)),
            (QStringList {u"Overall rating=Requires improvement@H2"_s, u"Well-led=Inadequate@H3"_s,
                u"Verdict=Serving some people well@"_s, u"Prospects for improvement=Promising@"_s,
                u"In the report's words=The council is serving some people well; overall it was rated good.@S1 (quoted)"_s}));
    }
};

QTEST_MAIN(TestOverallJudgements)
#include "test_overalljudgements.moc"
