// SPDX-License-Identifier: GPL-3.0-or-later
// The committee pack's "Progress against priorities": HTML with every text
// escaped and colour never the only signal, the same data as CSV, and the PDF
// read back with Poppler (table, disagreement, repeat findings with both quotes).
#include "export/CsvExporter.h"
#include "export/ProgressSection.h"
#include "series/SeriesProgress.h"

#include <QTest>

#include <poppler-qt6.h>

#include <memory>

using namespace Scrutiny;

namespace {
ParsedReport report(const QString &title, const QStringList &findings, const QStringList &priorities)
{
    ParsedReport r;
    r.title = title;
    auto add = [&r](SegmentKind kind, int n, const QString &text) {
        Segment s;
        s.kind = kind;
        s.id = idPrefix(kind) + QString::number(n);
        s.start = r.text.size();
        r.text += text + QStringLiteral("\n\n");
        s.end = s.start + text.size();
        s.text = text;
        r.segments.append(s);
    };
    for (int i = 0; i < findings.size(); ++i)
        add(SegmentKind::Finding, i + 1, findings[i]);
    for (int i = 0; i < priorities.size(); ++i)
        add(SegmentKind::Priority, i + 1, priorities[i]);
    return r;
}

SeriesProgress sample()
{
    AnnotatedReport first;
    first.documentId = 1;
    first.report = report(QStringLiteral("Inspection <2022> & more"),
        {QStringLiteral("Supervision of social workers was irregular."),
            QStringLiteral("People waited nine weeks for an assessment.")},
        {QStringLiteral("Make sure every social worker receives regular <b>supervision</b>."),
            QStringLiteral("Reduce waiting times for assessments.")});
    first.plan.append(PlanItem {QStringLiteral("P1"), QStringLiteral("Head of adults"), {}, PlanStatus::Done, {}, 0, {}});
    AnnotatedReport later;
    later.documentId = 2;
    later.report = report(QStringLiteral("Progress review 2023"),
        {QStringLiteral("Supervision remains irregular, as at our last inspection."),
            QStringLiteral("Waiting times for assessments have improved.")},
        {});
    const QList<ProgressLink> stored {{7, {2, QStringLiteral("F1")}, {1, QStringLiteral("P1")}, ProgressType::Repeat,
                                          true, 1.0, QStringLiteral("confirmed"), {}, {}},
        {8, {2, QStringLiteral("F1")}, {1, QStringLiteral("F1")}, ProgressType::Repeat, true, 0.9, {}, {}, {}}};
    ProgressSuggester::Suggestions suggested;
    suggested.ranked.append({ProgressLink {0, {2, QStringLiteral("F2")}, {1, QStringLiteral("P2")},
        ProgressType::Progress, false, 0.74, QStringLiteral("progress: \"have improved\""), {}, {}}});
    return SeriesProgress::build({first, later}, stored, suggested);
}
} // namespace

class TestProgressSection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void htmlEscapesAndNamesEveryStatus()
    {
        const QString html = ProgressSection::html(sample());
        QVERIFY(html.contains(QStringLiteral("<a name=\"progress\"></a>Progress against priorities")));
        QVERIFY(html.contains(QStringLiteral("Inspection &lt;2022&gt; &amp; more")));
        QVERIFY(html.contains(QStringLiteral("regular &lt;b&gt;supervision&lt;/b&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<b>supervision</b>")));
        QVERIFY(html.contains(QStringLiteral("↻ Repeat finding")));
        QVERIFY(html.contains(QStringLiteral("◐ Progress")));
        QVERIFY(html.contains(QStringLiteral("suggested")));
        QVERIFY(html.contains(QStringLiteral("The action plan says done; report 2 says repeat finding (2:F1).")));
        // Both quotes of the repeat finding.
        QVERIFY(html.contains(QStringLiteral("“Supervision of social workers was irregular.”")));
        QVERIFY(html.contains(QStringLiteral("“Supervision remains irregular, as at our last inspection.”")));
        QVERIFY(ProgressSection::html(SeriesProgress::build({AnnotatedReport {}}, {}, {})).isEmpty());
    }

    void csvHasTheSameData()
    {
        QList<QStringList> rows;
        QVERIFY(CsvExporter::parse(ProgressSection::toCsv(sample()), &rows));
        QCOMPARE(rows.size(), 1 + 2 + 1); // header, two priorities x one later report, one repeat finding
        QCOMPARE(rows.at(0).at(4), QStringLiteral("status"));
        QCOMPARE(rows.at(1).mid(0, 6),
            (QStringList {QStringLiteral("1:P1"),
                QStringLiteral("Make sure every social worker receives regular <b>supervision</b>."),
                QStringLiteral("done"), QStringLiteral("2"), QStringLiteral("repeat"), QStringLiteral("2:F1")}));
        QCOMPARE(rows.at(1).at(10), QStringLiteral("yes")); // the plan disagrees
        QCOMPARE(rows.at(2).at(4), QStringLiteral("progress"));
        QCOMPARE(rows.at(2).at(7), QStringLiteral("no"));
        QCOMPARE(rows.at(3).at(0), QStringLiteral("1:F1"));
        QCOMPARE(rows.at(3).at(6), QStringLiteral("Supervision remains irregular, as at our last inspection."));
    }

    void pdfReadsBack()
    {
        QString error;
        const QByteArray pdf = ProgressSection::toPdf(sample(), QPageSize(QPageSize::A4), &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
        QVERIFY(doc && !doc->isLocked());
        QString text;
        for (int i = 0; i < doc->numPages(); ++i)
            text += doc->page(i)->text(QRectF());
        // Poppler hands back the "fi" ligature the layout used as one character.
        const QString simple = text.replace(QChar(0xFB01), QStringLiteral("fi")).simplified();
        QVERIFY2(simple.contains(QStringLiteral("Progress against priorities")), qPrintable(simple));
        QVERIFY(simple.contains(QStringLiteral("Where the action plan and the inspections disagree")));
        QVERIFY(simple.contains(QStringLiteral("Repeat findings")));
        QVERIFY(simple.contains(QStringLiteral("Supervision remains irregular")));
        QVERIFY(simple.contains(QStringLiteral("Repeat finding")));
        QVERIFY(ProgressSection::toPdf(
            SeriesProgress::build({AnnotatedReport {}}, {}, {}), QPageSize(QPageSize::A4), &error)
                    .isEmpty());
        QVERIFY(error.contains(QStringLiteral("no later report")));
    }
};

QTEST_MAIN(TestProgressSection)
#include "test_progresssection.moc"
