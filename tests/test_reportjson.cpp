// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/ReportImporter.h"
#include "model/ReportJson.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Scrutiny;

Q_DECLARE_METATYPE(Scrutiny::ParsedReport)

class TestReportJson final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codePoints_data();
    void codePoints();
    void roundTrip();
    void rejectsMismatchedOffsets();
    void annotatedAddsTagNames();
    void writeGivesTheDocumentsBytes_data();
    void writeGivesTheDocumentsBytes();
    void writeReportsAFailedWrite();
};

void TestReportJson::codePoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("utf16");
    QTest::addColumn<int>("points");
    QTest::newRow("ascii") << QStringLiteral("abc def") << 4 << 4;
    QTest::newRow("bmp accents") << QStringLiteral("Café ‘good’") << 7 << 7;
    // U+1F4CA (bar chart) is two UTF-16 units and one code point.
    QTest::newRow("astral before") << (QString::fromUcs4(U"\U0001F4CA") + QStringLiteral(" report")) << 3 << 2;
    QTest::newRow("two astral") << QString::fromUcs4(U"\U0001F4CA\U0001F4CAx") << 4 << 2;
}

void TestReportJson::codePoints()
{
    QFETCH(QString, text);
    QFETCH(int, utf16);
    QFETCH(int, points);
    QCOMPARE(ReportJson::toCodePoints(text, utf16), points);
    QCOMPARE(ReportJson::fromCodePoints(text, points), utf16);
}

namespace {
// Every kind of field: a quote's speaker, a finding's polarity, PDF pages, an
// astral character before the offsets, a reviewed segment, repairs, removals and links.
ParsedReport everyField()
{
    ParsedReport r;
    r.title = QStringLiteral("Joint review <b>&amp;</b>");
    r.format = ParsedReport::Format::Pdf;
    r.text = QString::fromUcs4(U"\U0001F4CA Summary.\nFound ‘patchy’ care.");
    const qsizetype f = r.text.indexOf(QStringLiteral("Found"));
    r.segments.append(Segment {
        QStringLiteral("S1"), SegmentKind::Summary, Side::Review, 0, 11, r.text.left(11), {}, {}, Polarity::None, 1});
    r.segments.append(Segment {QStringLiteral("F1"), SegmentKind::Finding, Side::Review, f, r.text.size(),
        r.text.mid(f), {}, {}, Polarity::Weakness, 2});
    r.judgement.serving = QStringLiteral("some people well");
    r.repairs.append(
        Repair {QStringLiteral("patc hy"), QStringLiteral("patchy"), r.text.indexOf(QStringLiteral("patchy"))});
    r.removed.append(Removal {Removal::Reason::Teaser, QStringLiteral("Found ‘pat...")});
    r.suggestedLinks.append(SuggestedLink {QStringLiteral("F1"), QStringLiteral("P1"), 0.5, QStringLiteral("care")});
    return r;
}
} // namespace

void TestReportJson::roundTrip()
{
    const ParsedReport r = everyField();
    const qsizetype f = r.text.indexOf(QStringLiteral("Found"));
    const QJsonObject json = ReportJson::toJson(r);
    const QJsonObject f1 = json.value(QStringLiteral("segments")).toArray().at(1).toObject();
    QCOMPARE(f1.value(QStringLiteral("start")).toInt(), f - 1); // the emoji counts once
    QCOMPARE(f1.value(QStringLiteral("polarity")).toString(), QStringLiteral("weakness"));
    QCOMPARE(f1.value(QStringLiteral("page")).toInt(), 2);
    QVERIFY(json.value(QStringLiteral("judgement")).toObject().value(QStringLiteral("prospects")).isNull());

    ParsedReport back;
    QString error;
    QVERIFY2(ReportJson::fromJson(json, &back, &error), qPrintable(error));
    QCOMPARE(back.segments, r.segments);
    QCOMPARE(back.repairs, r.repairs);
    QCOMPARE(back.removed, r.removed);
    QCOMPARE(back.suggestedLinks, r.suggestedLinks);
    QCOMPARE(back.judgement, r.judgement);
    QCOMPARE(back.title, r.title);
}

void TestReportJson::rejectsMismatchedOffsets()
{
    ParsedReport r;
    r.text = QStringLiteral("One. Two.");
    r.segments.append(Segment {QStringLiteral("C1"), SegmentKind::Context, Side::Review, 0, 4, QStringLiteral("One."),
        {}, {}, Polarity::None, 0});
    QJsonObject json = ReportJson::toJson(r);
    QJsonArray segments = json.value(QStringLiteral("segments")).toArray();
    QJsonObject s = segments.at(0).toObject();
    s.insert(QStringLiteral("end"), 3);
    segments[0] = s;
    json.insert(QStringLiteral("segments"), segments);
    ParsedReport back;
    QString error;
    QVERIFY(!ReportJson::fromJson(json, &back, &error));
    QVERIFY(error.contains(QStringLiteral("C1")));
}

void TestReportJson::annotatedAddsTagNames()
{
    AnnotatedReport a;
    a.report.text = QStringLiteral("Leadership was weak.");
    a.report.segments.append(Segment {QStringLiteral("F1"), SegmentKind::Finding, Side::Review, 0, a.report.text.size(),
        a.report.text, {}, {}, Polarity::Weakness, 0});
    a.tags.append(Tag {7, QStringLiteral("leadership"), QColor(Qt::red), {}, 0, 0});
    a.segmentTags.insert(QStringLiteral("F1"), {7});
    a.plan.append(PlanItem {
        QStringLiteral("P1"), QStringLiteral("Director"), QDate(2027, 1, 31), PlanStatus::InProgress, {}, 0, {}});
    const QJsonObject json = ReportJson::toJson(a);
    const QJsonArray tags
        = json.value(QStringLiteral("segments")).toArray().at(0).toObject().value(QStringLiteral("tags")).toArray();
    QCOMPARE(tags.size(), 1);
    QCOMPARE(tags.at(0).toString(), QStringLiteral("leadership"));
    const QJsonObject plan = json.value(QStringLiteral("plan")).toArray().at(0).toObject();
    QCOMPARE(plan.value(QStringLiteral("status")).toString(), QStringLiteral("in progress"));
    QCOMPARE(plan.value(QStringLiteral("due")).toString(), QStringLiteral("2027-01-31"));
}

QTEST_APPLESS_MAIN(TestReportJson)
void TestReportJson::writeGivesTheDocumentsBytes_data()
{
    QTest::addColumn<ParsedReport>("report");
    QTest::newRow("no segments") << ParsedReport {};
    ParsedReport fields = everyField();
    fields.segments.append(Segment {QStringLiteral("Q1"), SegmentKind::Quote, Side::Council, 0, 1, fields.text.left(1),
        QStringLiteral("A \"named\" officer"), QStringLiteral("director"), Polarity::None, 2, 0.45,
        QStringLiteral("said"), true});
    QTest::newRow("every field") << fields;
    // Real imports: text, web page and PDF reports of the corpus.
    const QDir reports(QStringLiteral(SCRUTINY_TEST_DATA "/reports"));
    for (const QString &name : {QStringLiteral("news-cqc-ashgrove-care-home.txt"),
             QStringLiteral("estyn-council-release.html"), QStringLiteral("full-ofsted-marlcombe-ilacs.pdf")}) {
        QString error;
        const auto report = ReportImporter::importFile(reports.filePath(name), &error);
        QVERIFY2(report, qPrintable(error));
        QVERIFY(report->segments.size() > 10);
        QTest::newRow(qPrintable(name)) << *report;
    }
}

void TestReportJson::writeGivesTheDocumentsBytes()
{
    QFETCH(ParsedReport, report);
    QBuffer written;
    QVERIFY(written.open(QIODevice::WriteOnly));
    QVERIFY(ReportJson::write(report, &written));
    QCOMPARE(written.data(), QJsonDocument(ReportJson::toJson(report)).toJson(QJsonDocument::Indented));
}

void TestReportJson::writeReportsAFailedWrite()
{
    QBuffer readOnly;
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    QVERIFY(!ReportJson::write(everyField(), &readOnly));
}

#include "test_reportjson.moc"
