// SPDX-License-Identifier: GPL-3.0-or-later
// The pack's "Progress since the last inspection" section never leaves a heading
// alone at the foot of a page. The series' first report gets more and more
// priorities (one table row each), which walks the section's sub-headings down
// the page in steps of a row and so past every page end; each PDF is read back
// with `pdftotext -layout`, page by page, and under each heading, on its page,
// there must be what it heads, whole (the first repeat finding's table row with
// both quotes, the first disagreement with its quote): never the heading alone,
// nor the heading with a row cut in two by the page end.
#include "export/AnnotatedPdfExporter.h"
#include "series/SeriesProgress.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Scrutiny;

namespace {
const QString repeatHeading = QStringLiteral("Repeat findings");
const QString disagreeHeading = QStringLiteral("Where the action plan and the inspections disagree");

Segment paragraph(SegmentKind kind, const QString &id, const QString &text, QString *into)
{
    Segment s;
    s.kind = kind;
    s.id = id;
    if (!into->isEmpty())
        *into += QStringLiteral("\n\n");
    s.start = into->size();
    *into += text;
    s.end = into->size();
    s.text = text;
    if (kind == SegmentKind::Finding)
        s.polarity = Polarity::Weakness;
    return s;
}

/// A first inspection with `priorities` priorities of varied length (so rows are
/// one to three lines high) and one finding, the plan calling the first priority done.
AnnotatedReport earlierReport(int priorities)
{
    AnnotatedReport a;
    a.documentId = 1;
    a.report.title = QStringLiteral("Inspection of Testshire home care, 2023");
    a.report.segments.append(paragraph(SegmentKind::Finding, QStringLiteral("F1"),
        QStringLiteral("Care workers were not told of changes to people's medicines."), &a.report.text));
    for (int i = 1; i <= priorities; ++i) {
        QString text = QStringLiteral("Priority %1: make sure that care plans for each person are reviewed").arg(i);
        for (int more = 0; more < i % 3; ++more)
            text += QStringLiteral(", that families are asked what matters to them, and that reviews are recorded");
        a.report.segments.append(
            paragraph(SegmentKind::Priority, QStringLiteral("P%1").arg(i), text + QLatin1Char('.'), &a.report.text));
    }
    PlanItem done;
    done.priority = QStringLiteral("P1");
    done.status = PlanStatus::Done;
    a.plan.append(done);
    return a;
}

/// The progress review: it finds the first priority not met and the first finding again.
AnnotatedReport laterReport()
{
    AnnotatedReport a;
    a.documentId = 2;
    a.fileName = QStringLiteral("progress-review.txt");
    a.report.title = QStringLiteral("Progress review of Testshire home care, 2025");
    a.report.segments.append(paragraph(SegmentKind::Finding, QStringLiteral("F1"),
        QStringLiteral("Care workers were still not told when people's medicines changed."), &a.report.text));
    a.report.segments.append(paragraph(SegmentKind::Finding, QStringLiteral("F2"),
        QStringLiteral("Care plans have not yet been reviewed with families."), &a.report.text));
    return a;
}

SeriesProgress series(int priorities)
{
    const QList<ProgressLink> links {{1, SegmentRef {2, QStringLiteral("F2")}, SegmentRef {1, QStringLiteral("P1")},
                                         ProgressType::NotMet, true, 1.0, {}, {}, {}},
        {2, SegmentRef {2, QStringLiteral("F1")}, SegmentRef {1, QStringLiteral("F1")}, ProgressType::Repeat, true, 1.0,
            {}, {}, {}}};
    return SeriesProgress::build({earlierReport(priorities), laterReport()}, links, {});
}

/// Each page's lines between the running header and the footer, blank lines dropped.
QList<QStringList> pageBodies(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(120000);
    QList<QStringList> pages;
    const QStringList raw = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QStringList body;
        for (const QString &line : raw[i].split(QLatin1Char('\n'))) {
            const QString trimmed = line.trimmed();
            if (trimmed.isEmpty() || trimmed.contains(QStringLiteral("Annotated by Scrutiny"))
                || trimmed.contains(QStringLiteral("Page %1 of ").arg(i + 1)))
                continue;
            body.append(trimmed);
        }
        if (!body.isEmpty())
            pages.append(body);
    }
    return pages;
}

/// Empty when `heading` stands as a line of its own with what it heads under it,
/// whole, on the same page: every line from `first` down to `last` (the first
/// table row or list item, which may wrap); else what is wrong.
QString checkHeading(const QList<QStringList> &pages, const QString &heading, const QString &first, const QString &last)
{
    for (qsizetype page = 0; page < pages.size(); ++page) {
        const QStringList &lines = pages[page];
        const qsizetype at = lines.indexOf(heading);
        if (at < 0)
            continue;
        qsizetype from = at + 1;
        while (from < lines.size() && !lines[from].contains(first))
            ++from;
        for (qsizetype i = from; i < lines.size(); ++i) {
            if (lines[i].contains(last))
                return {};
        }
        return QStringLiteral("page %1 has “%2” without “%3” … “%4” whole under it; it ends: …%5")
            .arg(page + 1)
            .arg(heading, first, last, lines.mid(std::max<qsizetype>(0, lines.size() - 3)).join(QStringLiteral(" / ")));
    }
    return QStringLiteral("no line “%1”").arg(heading);
}
} // namespace

class TestProgressHeadings final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void headingsKeepWithWhatTheyHead_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<int>("priorities");
        // About a page and a half of rows: every heading position on the page is passed.
        for (const char *page : {"A4", "Letter"}) {
            for (int n = 8; n <= 48; ++n)
                QTest::addRow("%s, %d priorities", page, n) << QString::fromLatin1(page) << n;
        }
    }

    void headingsKeepWithWhatTheyHead()
    {
        QFETCH(QString, page);
        QFETCH(int, priorities);
        const SeriesProgress progress = series(priorities);
        QCOMPARE(progress.repeatFindings.size(), 1);
        QVERIFY(progress.priorities.constFirst().disagrees());
        AnnotatedPdfExporter::Options options;
        options.pageSize = *AnnotatedPdfExporter::pageSizeFromName(page);
        options.today = QDate(2026, 11, 30);
        options.progress = &progress;
        const QString pdf = m_dir.filePath(QStringLiteral("pack-%1-%2.pdf").arg(page).arg(priorities));
        QString error;
        QVERIFY2(AnnotatedPdfExporter::exportTo(laterReport(), pdf, options, &error), qPrintable(error));
        const QList<QStringList> pages = pageBodies(pdf);
        QVERIFY(pages.size() >= 2);
        // The repeat's row ends with the later finding's quote; the disagreement with
        // the finding's words.
        const QString repeat
            = checkHeading(pages, repeatHeading, QStringLiteral("2:F1"), QStringLiteral("changed.”"));
        QVERIFY2(repeat.isEmpty(), qPrintable(repeat));
        const QString disagree
            = checkHeading(pages, disagreeHeading, QStringLiteral("1:P1"), QStringLiteral("families.”"));
        QVERIFY2(disagree.isEmpty(), qPrintable(disagree));
    }
};

QTEST_MAIN(TestProgressHeadings)
#include "test_progressheadings.moc"
