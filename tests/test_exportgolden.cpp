// SPDX-License-Identifier: GPL-3.0-or-later
// The committee pack read back as a reader gets it: each page of the annotated
// PDF through `pdftotext -layout`, compared with the references in
// tests/data/golden/export/ (rewritten by tools/regen-export-goldens after a
// reviewed change). Independent of the references, every page is checked for
// what a clerk would have to fix by hand: a line printed on two pages, a
// cross-link, plan line or rule cut off from its box, a page reference that
// points at the wrong page.
#include "ExportFixture.h"
#include "export/AnnotatedPdfExporter.h"
#include "export/AnnotatedReportHtml.h"
#include "export/AnnotatedReportPrinter.h"
#include "export/OverallJudgements.h"
#include "ingest/JudgementReader.h"

#include <QBuffer>
#include <QDir>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The sample as a clerk would send it: meeting details, a claim in the
/// inspected body's own words, notes on links.
AnnotatedReport packSample()
{
    AnnotatedReport a = ExportFixture::sample();
    // The verdict as an import reads it from the report's text.
    a.report.judgement = Ingest::JudgementReader::read(a.report.text);
    int findings = 0;
    for (Segment &s : a.report.segments) {
        if (s.kind == SegmentKind::Finding && ++findings == 3)
            s.side = Side::Council;
    }
    for (Link &l : a.links) {
        if (l.type == LinkType::Contradicts)
            l.note = u"The council's own figures say otherwise."_s;
    }
    // A priority with two actions (the second one late), and an action tied to no priority.
    if (a.plan.size() >= 2) {
        PlanItem second;
        second.priority = a.plan[1].priority;
        second.action = u"Report the waiting-list figures to the committee each quarter"_s;
        second.owner = u"Performance Manager"_s;
        second.due = QDate(2026, 6, 30);
        second.status = PlanStatus::InProgress;
        second.evidence = u"Q1 report, July meeting"_s;
        a.plan.insert(2, second);
    }
    PlanItem loose;
    loose.action = u"Publish the action plan on the council's website"_s;
    loose.owner = u"Scrutiny Officer"_s;
    loose.due = QDate(2027, 2, 1);
    a.plan.append(loose);
    return a;
}

CoverDetails packCover()
{
    CoverDetails c;
    c.committee = u"Social Care Scrutiny Committee"_s;
    c.meeting = u"Ordinary meeting"_s;
    c.date = u"14 January 2027"_s;
    c.agendaItem = u"Item 6"_s;
    c.officer = u"Gwen Probert, Scrutiny Officer"_s;
    c.version = u"Version 2"_s;
    return c;
}

/// Every page's text, trailing spaces dropped.
QStringList pagesOf(const QString &pdf)
{
    static const QRegularExpression pagesRe(u"Pages:\\s+(\\d+)"_s);
    const int pages = pagesRe.match(run(u"pdfinfo"_s, {pdf})).captured(1).toInt();
    QStringList out;
    for (int page = 1; page <= pages; ++page) {
        const QString n = QString::number(page);
        QStringList lines = run(u"pdftotext"_s, {u"-layout"_s, u"-f"_s, n, u"-l"_s, n, pdf, u"-"_s}).split(u'\n');
        for (QString &line : lines) {
            while (line.endsWith(u' '))
                line.chop(1);
        }
        while (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast();
        lines.removeAll(u"\f"_s);
        out.append(lines.join(u'\n'));
    }
    return out;
}

/// The body lines of a page: without the running header (first line) and footer (last line), blank lines dropped.
QStringList bodyLines(const QString &page)
{
    QStringList lines = page.split(u'\n');
    lines.removeIf([](const QString &l) { return l.trimmed().isEmpty() || l.trimmed() == u"\f"_s; });
    if (lines.size() >= 2) {
        lines.removeFirst();
        lines.removeLast();
    }
    for (QString &l : lines)
        l = l.simplified();
    return lines;
}

QString squeezed(const QString &text)
{
    QString s = text;
    s.remove(QRegularExpression(u"\\s+"_s));
    return s;
}

} // namespace

class TestExportGolden final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    const AnnotatedReport m_sample = packSample();

    QString exportPack(const QString &name, const QPageSize &size)
    {
        AnnotatedPdfExporter::Options options;
        options.pageSize = size;
        options.today = QDate(2026, 11, 26);
        options.cover = packCover();
        options.author = u"Gwen Probert"_s;
        const QString path = m_dir.filePath(name);
        QString error;
        if (!AnnotatedPdfExporter::exportTo(m_sample, path, options, &error))
            qWarning("%s", qPrintable(error));
        const QString keep = qEnvironmentVariable("SCRUTINY_KEEP_EXPORTS");
        if (!keep.isEmpty()) {
            QDir().mkpath(keep);
            QFile::remove(keep + u'/' + name);
            QFile::copy(path, keep + u'/' + name);
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pages_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QPageSize>("size");
        QTest::newRow("A4") << u"pack-a4"_s << QPageSize(QPageSize::A4);
        QTest::newRow("Letter") << u"pack-letter"_s << QPageSize(QPageSize::Letter);
    }
    void pages()
    {
        QFETCH(QString, name);
        QFETCH(QPageSize, size);
        const QString pdf = exportPack(name + u".pdf"_s, size);
        const QStringList pages = pagesOf(pdf);
        QVERIFY(pages.size() >= 6);

        // The cover names the meeting; the briefing opens page 2; no footer names the source file.
        QVERIFY(pages[0].contains(u"Social Care Scrutiny Committee"_s));
        QVERIFY(pages[0].contains(u"Item 6"_s));
        QVERIFY2(bodyLines(pages[1]).constFirst() == AnnotatedReportHtml::briefingTitle(), qPrintable(pages[1]));
        QVERIFY(pages[1].contains(u"scrutiny committee"_s));
        for (const QString &page : pages)
            QVERIFY(!page.split(u'\n').constLast().contains(m_sample.fileName));

        // Under the title, the report's overall judgements.
        for (const OverallJudgement &j : OverallJudgements::of(m_sample.report))
            QVERIFY2(pages[0].simplified().contains(j.sentence ? j.text.left(40) : j.text), qPrintable(j.text));
        // Every action of the plan is listed: two for one priority, one tied to none.
        const QString all = pages.join(u'\n').simplified();
        QVERIFY(all.contains(u"Report the waiting-list figures"_s));
        QVERIFY(all.contains(u"No priority Publish the action plan"_s));

        QStringList titles;
        for (const AnnotatedReportHtml::Section &section : AnnotatedReportHtml::sections(m_sample))
            titles.append(section.title);
        for (int i = 0; i < pages.size(); ++i) {
            const QStringList body = bodyLines(pages[i]);
            QVERIFY2(!body.isEmpty(), qPrintable(u"page %1 is blank"_s.arg(i + 1)));
            // No lone line left over from the page before, right above a section's title.
            QVERIFY2(body.size() < 2 || !titles.contains(body[1]) || titles.contains(body[0]),
                qPrintable(u"page %1 starts with a stray line: %2"_s.arg(i + 1).arg(body.constFirst())));
            // Nothing of a box starts a page without its box: cross-links, plan, rule.
            static const QRegularExpression orphan(u"^(\u2190|\u2192|\u25A1|\u26A0 No finding)"_s);
            QVERIFY2(!orphan.match(body.constFirst()).hasMatch(),
                qPrintable(u"page %1 starts with %2"_s.arg(i + 1).arg(body.constFirst())));
            // No line printed twice across a page break.
            if (i + 1 < pages.size()) {
                const QStringList next = bodyLines(pages[i + 1]);
                for (const QString &line : body.mid(std::max<qsizetype>(0, body.size() - 3))) {
                    if (line.size() > 12)
                        QVERIFY2(!next.mid(0, 3).contains(line),
                            qPrintable(u"on pages %1 and %2: %3"_s.arg(i + 1).arg(i + 2).arg(line)));
                }
            }
            // Every page reference points at the page where its target is.
            static const QRegularExpression ref(
                u"\\b([FPQRS]\\d+) \u201C[^\u201D]*\u201D \\[[a-z ]+\\] \\(p\\.\\s?(\\d+)\\)"_s);
            const QString flat = body.join(u' ');
            for (auto it = ref.globalMatch(flat); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const int target = m.captured(2).toInt();
                QVERIFY2(target >= 1 && target <= pages.size(), qPrintable(m.captured(0)));
                QVERIFY2(pages[target - 1].contains(m.captured(1) + u" \u00B7 "_s),
                    qPrintable(u"page %1: %2 is not on page %3"_s.arg(i + 1).arg(m.captured(1)).arg(target)));
            }
        }

        // The references, when present (tools/regen-export-goldens writes them).
        QString text;
        for (int i = 0; i < pages.size(); ++i)
            text += u"=== page %1 ===\n"_s.arg(i + 1) + pages[i] + u'\n';
        const QString golden = QStringLiteral(SCRUTINY_TEST_DATA "/golden/export/") + name + u".txt"_s;
        if (qEnvironmentVariableIsSet("SCRUTINY_REGENERATE_GOLDENS")) {
            QFile out(golden);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(text.toUtf8());
            return;
        }
        QFile in(golden);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(golden + u": missing; run tools/regen-export-goldens"_s));
        const QStringList want = QString::fromUtf8(in.readAll()).split(u'\n');
        const QStringList got = text.split(u'\n');
        for (qsizetype i = 0; i < std::min(want.size(), got.size()); ++i)
            QVERIFY2(want[i] == got[i],
                qPrintable(u"%1 line %2:\n  want: %3\n  got:  %4"_s.arg(golden).arg(i + 1).arg(want[i], got[i])));
        QCOMPARE(got.size(), want.size());
    }

    /// Each box's closing rule lands on the page holding the end of its text.
    void boxesEndWithTheirText()
    {
        AnnotatedReportPrinter printer(m_sample, QDate(2026, 11, 26), packCover());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            writer.setResolution(600);
            AnnotatedPdfExporter::setUpPage(&writer, QPageSize(QPageSize::A4));
            printer.layout(&writer);
            QString error;
            QVERIFY2(printer.paint(&writer, &error), qPrintable(error));
        }
        const QString path = m_dir.filePath(u"boxes.pdf"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(buffer.data());
        f.close();
        const QStringList pages = pagesOf(path);
        int checked = 0;
        for (const Segment &s : m_sample.report.segments) {
            const auto tail = printer.destinations().constFind(AnnotatedReportHtml::segmentTailAnchor(s.id));
            if (tail == printer.destinations().cend())
                continue;
            ++checked;
            const QString end = squeezed(s.text.right(30));
            QVERIFY2(squeezed(pages.value(tail->page - 1)).contains(end),
                qPrintable(u"%1: its rule is on page %2 without the end of its text"_s.arg(s.id).arg(tail->page)));
        }
        QVERIFY(checked > 10);
    }
};

QTEST_MAIN(TestExportGolden)
#include "test_exportgolden.moc"
