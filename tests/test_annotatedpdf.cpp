// SPDX-License-Identifier: GPL-3.0-or-later
// The annotated PDF read back with poppler-utils: content and reading order
// (pdftotext), page count and size (pdfinfo), every page renders (pdftoppm),
// hostile report text printed literally, internal links and outline (Poppler).
#include "ExportFixture.h"
#include "export/AnnotatedPdfExporter.h"
#include "export/AnnotatedReportHtml.h"
#include "export/AnnotatedReportPrinter.h"
#include "model/TagName.h"

#include <QBuffer>
#include <QDir>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include <poppler-qt6.h>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

namespace {
struct ReportCounts
{
    int review = 0;
    int linked = 0;
};

/// The review's findings and how many link to a priority, counted here independently of ReportStatistics.
ReportCounts countsOf(const AnnotatedReport &a)
{
    ReportCounts c;
    for (const Segment &s : a.report.segments) {
        if (s.kind != SegmentKind::Finding || s.side != Side::Review)
            continue;
        ++c.review;
        const QList<Link> out = a.linksFrom(s.id);
        if (std::any_of(out.cbegin(), out.cend(), [&](const Link &l) {
                const Segment *t = a.report.segment(l.to);
                return t && t->kind == SegmentKind::Priority;
            }))
            ++c.linked;
    }
    return c;
}

QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return {};
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestAnnotatedPdf final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    AnnotatedReport m_sample = ExportFixture::sample();

    QString exportSample(const QString &name, const QPageSize &size)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        AnnotatedPdfExporter::Options options;
        options.pageSize = size;
        options.today = QDate(2026, 11, 26);
        if (!AnnotatedPdfExporter::exportTo(m_sample, path, options, &error))
            qWarning("%s", qPrintable(error));
        // Keep a copy to look at when asked to.
        const QString keep = qEnvironmentVariable("SCRUTINY_KEEP_EXPORTS");
        if (!keep.isEmpty()) {
            QDir().mkpath(keep);
            QFile::remove(keep + QLatin1Char('/') + name);
            QFile::copy(path, keep + QLatin1Char('/') + name);
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sample.report.count(SegmentKind::Finding) >= 4);
        QVERIFY(m_sample.report.count(SegmentKind::Priority) >= 4);
        QVERIFY(!m_sample.links.isEmpty());
    }

    void pageSizes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QPageSize>("size");
        QTest::addColumn<QString>("points"); // as pdfinfo prints them
        QTest::newRow("A4") << u"sample-a4.pdf"_s << QPageSize(QPageSize::A4) << u"595 x 842 pts (A4)"_s;
        QTest::newRow("Letter") << u"sample-letter.pdf"_s << QPageSize(QPageSize::Letter)
                                << u"612 x 792 pts (letter)"_s;
    }
    void pageSizes()
    {
        QFETCH(QString, name);
        QFETCH(QPageSize, size);
        QFETCH(QString, points);
        const QString path = exportSample(name, size);
        int code = -1;
        const QString info = run(QStringLiteral("pdfinfo"), {path}, &code);
        QCOMPARE(code, 0);
        static const QRegularExpression pagesRe(QStringLiteral("Pages:\\s+(\\d+)"));
        const int pages = pagesRe.match(info).captured(1).toInt();
        QVERIFY2(pages >= 5, qPrintable(info)); // cover, text, matrix, plan, notes, appendix
        QVERIFY2(info.contains(points), qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("Title:")));

        // Every page renders.
        const QString prefix = m_dir.filePath(name + QStringLiteral("-page"));
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"), path, prefix}, &code);
        QCOMPARE(code, 0);
        const QStringList pngs = QDir(m_dir.path()).entryList({name + QStringLiteral("-page*.png")});
        QCOMPARE(pngs.size(), pages);
        for (const QString &png : pngs)
            QVERIFY(QFileInfo(m_dir.filePath(png)).size() > 1000);
    }

    void contentAndReadingOrder()
    {
        const QString path = exportSample(QStringLiteral("sample-text.pdf"), QPageSize(QPageSize::A4));
        const QString text
            = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}).simplified();
        QVERIFY(!text.isEmpty());
        // Cover facts.
        QVERIFY(text.contains(m_sample.sha256));
        QVERIFY(text.contains(QStringLiteral("wrexham-joint-review.txt")));
        QVERIFY(text.contains(QStringLiteral("of the review's findings are linked to a priority")));
        // Every finding, in order, each with its link labels and page numbers.
        qsizetype at = text.indexOf(QStringLiteral("The report"));
        QVERIFY(at > 0);
        for (const Segment &s : m_sample.report.segments) {
            if (s.kind != SegmentKind::Finding)
                continue;
            const QString start = s.text.simplified().left(40);
            const qsizetype found = text.indexOf(start, at);
            QVERIFY2(found > at, qPrintable(s.id + QStringLiteral(": ") + start));
            at = found;
            for (const Link &l : m_sample.linksFrom(s.id)) {
                static const QRegularExpression ref(
                    QStringLiteral("(P\\d+) \u201C[^\u201D]*\u201D \\[[a-z ]+\\] ?\\(p\\. (\\d+)\\)"));
                const qsizetype linkAt = text.indexOf(l.to + QStringLiteral(" \u201C"), at);
                QVERIFY2(linkAt > at, qPrintable(s.id + QStringLiteral(" -> ") + l.to));
                const QRegularExpressionMatch m = ref.match(text, linkAt);
                QVERIFY2(m.hasMatch() && m.capturedStart() == linkAt, qPrintable(text.mid(linkAt, 160)));
                QVERIFY(m.captured(2).toInt() >= 2);
            }
        }
        // Priorities show what supports them.
        QVERIFY(text.contains(QStringLiteral("Supported by:")));
        // The matrix follows the report text, then the plan, notes and appendix.
        const qsizetype matrix = text.indexOf(QStringLiteral("Traceability matrix"), at);
        const qsizetype plan = text.indexOf(QStringLiteral("Action plan"), matrix);
        const qsizetype notes = text.indexOf(QStringLiteral("Notes"), plan);
        const qsizetype appendix = text.indexOf(QStringLiteral("Appendix"), notes);
        QVERIFY(matrix > at && plan > matrix && notes > plan && appendix > notes);
        QVERIFY(text.indexOf(QStringLiteral("\u2713"), matrix) > matrix); // an "addresses" mark
        QVERIFY(text.indexOf(QStringLiteral("\u25D0"), matrix) > matrix); // a "partly" mark
        QVERIFY(text.indexOf(QStringLiteral("Head of Adult"), plan) > plan);
        QVERIFY(text.indexOf(QStringLiteral("No plan entry"), plan) > plan);
        // Markdown rendered: the bold marker is gone, the words stay.
        // The note on the whole report is the briefing, straight after the cover (page 2).
        const qsizetype briefing = text.indexOf(QStringLiteral("Briefing Pack for the scrutiny committee"));
        QVERIFY2(briefing > 0 && briefing < text.indexOf(QStringLiteral("The report"), briefing),
            qPrintable(text.left(3000)));
        QVERIFY(!text.contains(QStringLiteral("**scrutiny committee**")));
        // Repaired words are listed in the appendix, not shown in the text.
        QVERIFY(text.indexOf(QStringLiteral("r esidential"), appendix) > appendix);
        QCOMPARE(text.left(appendix).count(QStringLiteral("r esidential")), 0);
        // Running header and footer.
        QVERIFY(text.contains(QStringLiteral("Page 2 of")));
    }

    void segmentHeadsStayWithTheirText_data()
    {
        QTest::addColumn<QPageSize>("size");
        QTest::newRow("A4") << QPageSize(QPageSize::A4);
        QTest::newRow("Letter") << QPageSize(QPageSize::Letter);
        QTest::newRow("A5") << QPageSize(QPageSize::A5);
    }
    void segmentHeadsStayWithTheirText()
    {
        QFETCH(QPageSize, size);
        // Many boxes of many lengths: page ends fall everywhere, also just after a head line.
        AnnotatedReport a;
        a.documentId = 1;
        a.fileName = u"boxes.txt"_s;
        a.report.title = u"Boxes"_s;
        const QString sentence = u"The service has made steady progress in planning care for older people. "_s;
        for (int i = 0; i < 90; ++i) {
            Segment s;
            s.kind = i % 3 == 0 ? SegmentKind::Priority : SegmentKind::Finding;
            s.id = (s.kind == SegmentKind::Priority ? u"P"_s : u"F"_s) + QString::number(i + 1);
            s.start = a.report.text.size();
            s.text = sentence.repeated(1 + (i * 7) % 5).trimmed();
            a.report.text += s.text + u"\n\n"_s;
            s.end = s.start + s.text.size();
            a.report.segments.append(s);
        }
        const QString path = qEnvironmentVariable("SCRUTINY_KEEP_EXPORTS", m_dir.path()) + u"/boxes.pdf"_s;
        AnnotatedPdfExporter::Options options;
        options.pageSize = size;
        QString error;
        QVERIFY2(AnnotatedPdfExporter::exportTo(a, path, options, &error), qPrintable(error));
        static const QRegularExpression pagesRe(u"Pages:\\s+(\\d+)"_s);
        const int pages = pagesRe.match(run(u"pdfinfo"_s, {path})).captured(1).toInt();
        QVERIFY(pages > 5);
        static const QRegularExpression head(u"^[FP]\\d+ \u00B7 (Finding|Priority)"_s);
        int heads = 0;
        for (int page = 1; page <= pages; ++page) {
            const QString n = QString::number(page);
            QStringList lines
                = run(u"pdftotext"_s, {u"-layout"_s, u"-f"_s, n, u"-l"_s, n, path, u"-"_s}).split(QLatin1Char('\n'));
            // The last line of the body: before the running footer ("Page N of M").
            lines.removeIf([](const QString &line) { return line.trimmed().isEmpty(); });
            while (!lines.isEmpty() && !lines.constLast().contains(u"Page "_s + n + u" of"_s))
                lines.removeLast();
            QVERIFY2(lines.size() >= 2, qPrintable(u"page "_s + n));
            const QString last = lines.at(lines.size() - 2).trimmed();
            QVERIFY2(!head.match(last).hasMatch(), qPrintable(u"page %1 ends with a head line: %2"_s.arg(n, last)));
            for (const QString &line : std::as_const(lines))
                heads += head.match(line.trimmed()).hasMatch();
        }
        // The check saw the boxes at all.
        QVERIFY2(heads >= 90, qPrintable(QString::number(heads)));
    }

    /// A long report (hundreds of pages breaks): every box still sits on one
    /// page, so the layout after each break moved along with it (the printer
    /// re-lays out a stretch at a time after a break, issue 17).
    void longReportKeepsEachBoxOnOnePage_data()
    {
        QTest::addColumn<SegmentKind>("kind");
        QTest::newRow("findings") << SegmentKind::Finding;
        // Priorities add an action plan table of 600 rows at the end: a table
        // below each page break is laid out again with it (see cutIntoPieces).
        QTest::newRow("priorities and their plan") << SegmentKind::Priority;
    }

    void longReportKeepsEachBoxOnOnePage()
    {
        QFETCH(SegmentKind, kind);
        AnnotatedReport a;
        a.documentId = 1;
        a.fileName = u"long.txt"_s;
        a.report.title = u"Long"_s;
        const QString sentence = u"The service has made steady progress in planning care for older people. "_s;
        for (int i = 0; i < 600; ++i) {
            Segment s;
            s.kind = kind;
            s.id = (kind == SegmentKind::Finding ? u"F"_s : u"P"_s) + QString::number(i + 1);
            s.start = a.report.text.size();
            s.text = sentence.repeated(1 + (i * 7) % 4).trimmed();
            a.report.text += s.text + u"\n\n"_s;
            s.end = s.start + s.text.size();
            a.report.segments.append(s);
        }
        AnnotatedReportPrinter printer(a, QDate(2026, 11, 30));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        AnnotatedPdfExporter::setUpPage(&writer, QPageSize(QPageSize::A4));
        const int pages = printer.layout(&writer);
        QVERIFY2(pages > 40, qPrintable(QString::number(pages)));
        int lastPage = 0;
        for (const Segment &s : std::as_const(a.report.segments)) {
            const auto head = printer.destinations().constFind(AnnotatedReportHtml::segmentHeadAnchor(s.id));
            const auto tail = printer.destinations().constFind(AnnotatedReportHtml::segmentTailAnchor(s.id));
            QVERIFY2(head != printer.destinations().cend() && tail != printer.destinations().cend(), qPrintable(s.id));
            QVERIFY2(head->page == tail->page,
                qPrintable(u"%1 runs from page %2 to %3"_s.arg(s.id).arg(head->page).arg(tail->page)));
            QVERIFY2(head->page >= lastPage, qPrintable(s.id));
            lastPage = head->page;
        }
        QVERIFY(lastPage > 40);
        if (kind == SegmentKind::Priority) {
            // The plan comes after every box and runs over many pages.
            const auto plan = printer.destinations().constFind(u"sec-plan"_s);
            QVERIFY(plan != printer.destinations().cend());
            QVERIFY2(plan->page >= lastPage, qPrintable(QString::number(plan->page)));
            QVERIFY2(pages > plan->page + 10, qPrintable(u"%1 pages, plan on %2"_s.arg(pages).arg(plan->page)));
        }
    }

    /// What a clerk would otherwise fix by hand (issue 15).
    void packReadsRight()
    {
        AnnotatedReport a = m_sample;
        // A claim in the inspected body's own words: not a finding without a priority.
        Segment *claim = nullptr;
        for (Segment &s : a.report.segments) {
            if (s.kind == SegmentKind::Finding && !a.linksFrom(s.id).isEmpty() && !claim)
                claim = &s;
        }
        QVERIFY(claim);
        claim->side = Side::Council;
        // A quote whose text names its speaker.
        Segment *quote = nullptr;
        for (Segment &s : a.report.segments) {
            if (s.kind == SegmentKind::Quote && !quote)
                quote = &s;
        }
        QVERIFY(quote);
        quote->speakerName = u"Jane Example"_s;
        quote->speakerRole = u"director"_s;
        quote->text = u"Jane Example, director, said: 'We will act on every priority.'"_s;
        // Links of every type into one priority, one with a note.
        const Segment *priority = nullptr;
        for (const Segment &s : a.report.segments) {
            if (s.kind == SegmentKind::Priority && !priority)
                priority = &s;
        }
        a.links.append({100, quote->id, priority->id, LinkType::RespondsTo, u"The director answers it."_s, u"tester"_s,
            a.importedAt});
        AnnotatedPdfExporter::Options options;
        options.today = QDate(2026, 11, 26);
        options.author = u"Gwen Probert"_s;
        options.cover.committee = u"Social Care Scrutiny Committee"_s;
        options.cover.agendaItem = u"Item 6"_s;
        const QString path = m_dir.filePath(u"pack.pdf"_s);
        QString error;
        QVERIFY2(AnnotatedPdfExporter::exportTo(a, path, options, &error), qPrintable(error));
        const QString info = run(u"pdfinfo"_s, {path});
        QVERIFY2(info.contains(u"Author:          Gwen Probert"_s), qPrintable(info));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("/Lang <FEFF0065006E002D00470042>")); // "en-GB"
        const QString text = run(u"pdftotext"_s, {path, u"-"_s}).simplified();
        // Said once.
        QVERIFY(text.contains(u"Jane Example, director, said: 'We will act on every priority.'"_s));
        QVERIFY(!text.contains(u"director: Jane Example"_s));
        // Grouped by link type; the link's note printed.
        QVERIFY(text.contains(u"Responses: "_s + quote->id));
        QVERIFY(text.contains(u"The director answers it."_s));
        QVERIFY(text.contains(u"shares a theme"_s));
        const qsizetype box = text.indexOf(priority->id + u" · Priority"_s);
        QVERIFY(box > 0);
        const qsizetype supported = text.indexOf(u"Supported by:"_s, box);
        const qsizetype responses = text.indexOf(u"Responses:"_s, box);
        QVERIFY(supported > box && responses > supported);
        QVERIFY(!text.mid(supported, responses - supported).contains(quote->id + u" “"_s));
        // The plan in the priority's box.
        QVERIFY(text.indexOf(u"Plan: Director of Social Services"_s, box) > box);
        // Coverage on the review's findings, the claim said apart.
        const ReportCounts counts = countsOf(a);
        QVERIFY2(text.contains(u"(%1 of %2)"_s.arg(counts.linked).arg(counts.review)), qPrintable(text.left(2500)));
        QVERIFY(text.contains(u"shown apart and not counted as findings: 1"_s));
        // Meeting details on the cover and in the footer, not the file name.
        QVERIFY(text.contains(u"Social Care Scrutiny Committee"_s));
        const QString page3 = run(u"pdftotext"_s, {u"-f"_s, u"3"_s, u"-l"_s, u"3"_s, u"-layout"_s, path, u"-"_s});
        QVERIFY(page3.contains(u"Item 6"_s));
        QVERIFY(!page3.contains(a.fileName));
    }

    void tagChipsAreReadable_data()
    {
        QTest::addColumn<QColor>("colour");
        for (const char *c : {"#f9a825", "#ffeb3b", "#1e88e5", "#43a047", "#8e24aa", "#777777", "#ffffff", "#000000"})
            QTest::newRow(c) << QColor(QLatin1StringView(c));
    }
    void tagChipsAreReadable()
    {
        QFETCH(QColor, colour);
        AnnotatedReport a = m_sample;
        a.tags.first().colour = colour;
        a.tags.first().name = u"long tag-name words"_s;
        const QString html = AnnotatedReportHtml::html(a, {});
        static const QRegularExpression chip(
            u"background-color:(#[0-9a-f]{6}); color:(#[0-9a-f]{6}); font-family:'Liberation Sans',sans-serif;"
            " font-size:8pt\">&nbsp;([^<]*)&nbsp;"_s);
        auto luminance = [](const QColor &c) {
            auto ch = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
        };
        int chips = 0;
        for (auto it = chip.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const double l1 = luminance(QColor(m.captured(1)));
            const double l2 = luminance(QColor(m.captured(2)));
            const double ratio = (std::max(l1, l2) + 0.05) / (std::min(l1, l2) + 0.05);
            QVERIFY2(ratio >= 4.5, qPrintable(m.captured(0)));
            // Never broken inside: no ordinary space or hyphen in the chip.
            QVERIFY2(!m.captured(3).contains(u' ') && !m.captured(3).contains(u'-'), qPrintable(m.captured(3)));
            ++chips;
        }
        QVERIFY(chips > 3);
    }

    /// A tag named before names were limited (an old project can hold 128k
    /// characters, which took 10 s to print): the pack shows it cut to
    /// TagName::maxLength with an ellipsis, on every chip and in the tag list.
    void overlongTagNamePrintsElided()
    {
        AnnotatedReport a = m_sample;
        a.tags.first().name = u"Carers"_s + QString(128 * 1024, u'x');
        const QString path = m_dir.filePath(u"long-tag.pdf"_s);
        QString error;
        QVERIFY2(AnnotatedPdfExporter::exportTo(a, path, {}, &error), qPrintable(error));
        const QString text = run(u"pdftotext"_s, {path, u"-"_s});
        QVERIFY2(text.contains(u"Carersxxx"_s), qPrintable(text.left(2000)));
        QVERIFY(text.contains(u"x\u2026"_s));
        static const QRegularExpression longest(u"x+"_s);
        qsizetype longestRun = 0;
        for (auto it = longest.globalMatch(text); it.hasNext();)
            longestRun = std::max(longestRun, it.next().capturedLength());
        // Lines wrap the name, never more of it than the limit.
        QVERIFY2(longestRun > 20 && longestRun < TagName::maxLength, qPrintable(QString::number(longestRun)));
    }

    void hostileTextPrintsLiterally()
    {
        AnnotatedReport a = m_sample;
        Segment &f = *std::find_if(a.report.segments.begin(), a.report.segments.end(),
            [](const Segment &s) { return s.kind == SegmentKind::Finding; });
        f.text = QStringLiteral("Hostile <b>bold</b> &amp; <script>alert(1)</script> \"q\" end");
        a.report.title = QStringLiteral("Title <i>x</i> & co");
        a.notes.append({9, f.id, QStringLiteral("<img src=x onerror=alert(1)> note & <b>raw</b>"), {}});
        const QString path = m_dir.filePath(QStringLiteral("hostile.pdf"));
        QString error;
        QVERIFY2(AnnotatedPdfExporter::exportTo(a, path, {}, &error), qPrintable(error));
        const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).simplified();
        QVERIFY2(text.contains(QStringLiteral("Hostile <b>bold</b> &amp; <script>alert(1)</script> \"q\" end")),
            qPrintable(text.left(3000)));
        QVERIFY(text.contains(QStringLiteral("Title <i>x</i> & co")));
        QVERIFY(text.contains(QStringLiteral("<img src=x onerror=alert(1)> note & <b>raw</b>")));
    }

    void internalLinksAndOutline()
    {
        const QString path = exportSample(QStringLiteral("sample-links.pdf"), QPageSize(QPageSize::A4));
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
        QVERIFY(doc);
        int gotos = 0;
        int browse = 0;
        for (int i = 0; i < doc->numPages(); ++i) {
            std::unique_ptr<Poppler::Page> page = doc->page(i);
            for (const auto &link : page->links()) {
                if (link->linkType() == Poppler::Link::Goto) {
                    const auto *go = static_cast<const Poppler::LinkGoto *>(link.get());
                    QVERIFY(go->destination().pageNumber() >= 1);
                    QVERIFY(go->destination().pageNumber() <= doc->numPages());
                    ++gotos;
                } else if (link->linkType() == Poppler::Link::Browse) {
                    ++browse;
                }
            }
        }
        QVERIFY2(gotos > 0, "no internal links");
        QCOMPARE(browse, 0); // no "#anchor" left as a web link
        const QList<Poppler::OutlineItem> outline = doc->outline();
        QStringList titles;
        for (const Poppler::OutlineItem &item : outline)
            titles.append(item.name());
        QVERIFY2(titles.contains(QStringLiteral("Traceability matrix")), qPrintable(titles.join(u',')));
        QVERIFY(titles.contains(QStringLiteral("Action plan")));
    }
};

QTEST_MAIN(TestAnnotatedPdf)
#include "test_annotatedpdf.moc"
