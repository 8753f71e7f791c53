// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnnotatedReportPrinter.h"

#include "AnnotatedDocumentHtml.h"
#include "AnnotatedReportHtml.h"
#include "PrintPalette.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextLayout>
#include <QTextTable>

#include <climits>
#include <cmath>

namespace Scrutiny {

namespace {

QFont runningFont()
{
    QFont f(QStringLiteral("Liberation Sans"));
    f.setPointSizeF(8);
    return f;
}
} // namespace

struct AnnotatedReportPrinter::Private
{
    const AnnotatedReport &annotated;
    QDate today;
    CoverDetails cover;
    const SeriesProgress *progress = nullptr;
    QTextDocument doc;
    QHash<QString, Destination> destinations;
    /// A page reference to paint: where its placeholder sits and what it points at.
    struct PageReference
    {
        int page = 0;
        QPointF baseline; ///< document coordinates
        QTextCharFormat format;
        QString target;
    };
    QList<QList<PageReference>> references; ///< by page, from 0 for page 1
    QRectF paintRect; ///< in device pixels, relative to the page
    double headerHeight = 0;
    double footerHeight = 0;
    double bodyHeight = 0;
    double pointsPerPixel = 1;
    double marginLeftPt = 0;
    double marginTopPt = 0;
    int pages = 0;
    /// Where the layout stops being where it will print: everything from here
    /// on moved with a page break above it and is laid out again when asked
    /// for (INT_MAX: nothing moved).
    int freshUpTo = INT_MAX;

    Private(const AnnotatedReport &a, QDate d, const CoverDetails &c)
        : annotated(a)
        , today(d)
        , cover(c)
    {
        doc.setUndoRedoEnabled(false); // edits after the import are layout, never undone
    }

    int pageOf(double y) const
    {
        // The layout rounds page tops to its fixed-point grid: allow a pixel.
        return int(std::floor((y + 1) / bodyHeight)) + 1;
    }

    /// The segment id a block's anchor names under prefix ("head-F3" -> "F3"), or empty.
    static QString anchoredId(const QTextBlock &block, const QString &prefix)
    {
        if (block.begin().atEnd())
            return {};
        const QStringList names
            = block.charFormat().anchorNames() + block.begin().fragment().charFormat().anchorNames();
        for (const QString &n : names) {
            if (n.startsWith(prefix))
                return n.mid(prefix.size());
        }
        return {};
    }

    /// Qt lays out again only the block whose format changed, so the blocks
    /// after a page break keep their old place until told. Telling all of them
    /// at every break cost the rest of the document each time (quadratic in
    /// pages); they are told a stretch at a time, as the pass reaches them.
    void freshen(const QTextBlock &block)
    {
        const int end = block.position() + block.length();
        if (end <= freshUpTo)
            return;
        constexpr int stretch = 4096; // characters: a page or two
        const int documentEnd = doc.characterCount();
        const int to = std::min(documentEnd, std::max(end, freshUpTo + stretch));
        doc.markContentsDirty(freshUpTo, to - freshUpTo);
        freshUpTo = to >= documentEnd ? INT_MAX : to;
    }

    /// Everything after the last break goes to its place (once, at the end of the pass).
    void freshenAll()
    {
        if (freshUpTo == INT_MAX)
            return;
        doc.markContentsDirty(freshUpTo, doc.characterCount() - freshUpTo);
        freshUpTo = INT_MAX;
    }

    QRectF rectOf(const QTextBlock &block)
    {
        freshen(block);
        return doc.documentLayout()->blockBoundingRect(block);
    }

    double lineTop(const QTextBlock &block, int line)
    {
        double y = rectOf(block).top();
        if (block.layout() && line >= 0 && line < block.layout()->lineCount())
            y += block.layout()->lineAt(line).y();
        return y;
    }

    void breakBefore(const QTextBlock &block)
    {
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
        // A format change re-lays out only its block: what follows moves too (see freshen()).
        freshUpTo = std::min(freshUpTo, block.position() + block.length());
    }

    /// Qt's text layout has no keep-together: a segment's box (head line, text,
    /// cross-links, plan, closing rule) that would run over a page end moves to
    /// the next page whole when it is short. A long box may break inside its
    /// text, but keeps its head with the first two lines and its last lines with
    /// the cross-links and rule, so no label-less "Supported by" or lone rule
    /// starts a page. One pass; each move re-lays out only from there on, as asked.
    void keepBoxesTogether(QTextBlock from)
    {
        const QString head = AnnotatedReportHtml::segmentHeadAnchor(u"");
        const QString tail = AnnotatedReportHtml::segmentTailAnchor(u"");
        const QString groupStart = AnnotatedReportHtml::groupStartAnchor(u"");
        const double keepWhole = bodyHeight * 0.3;
        for (QTextBlock block = from; block.isValid(); block = block.next()) {
            const QString group = anchoredId(block, groupStart);
            if (!group.isEmpty()) {
                keepGroupTogether(block, group, keepWhole);
                continue;
            }
            // A heading (section, report or note) stays with the first line after it.
            if (block.blockFormat().headingLevel() > 0 && block.next().isValid()) {
                if (pageOf(rectOf(block).top()) != pageOf(lineTop(block.next(), 0)))
                    breakBefore(block);
                continue;
            }
            const QString id = anchoredId(block, head);
            if (id.isEmpty())
                continue;
            QTextBlock end = block.next();
            while (end.isValid() && anchoredId(end, tail) != id && anchoredId(end, head).isEmpty())
                end = end.next();
            const QTextBlock text = block.next();
            if (!end.isValid() || anchoredId(end, tail) != id || !text.isValid() || text == end)
                continue;
            const double top = rectOf(block).top();
            const double bottom = rectOf(end).bottom();
            const int firstPage = pageOf(top);
            const int lastPage = pageOf(bottom - 2);
            if (firstPage == lastPage)
                continue;
            const int lines = text.layout() ? text.layout()->lineCount() : 0;
            if (bottom - top <= keepWhole || lines < 4 || pageOf(lineTop(text, 1)) != firstPage) {
                breakBefore(block);
                continue;
            }
            // The text's last two lines go with the end of the box: split the
            // paragraph there and start the second part on a new page.
            if (pageOf(lineTop(text, lines - 2)) == lastPage && pageOf(lineTop(text.next(), 0)) == lastPage)
                continue;
            QTextCursor cursor(&doc);
            cursor.setPosition(text.position() + text.layout()->lineAt(lines - 2).textStart());
            cursor.insertBlock();
            breakBefore(cursor.block());
        }
        freshenAll();
    }

    /// A run of lines (AnnotatedReportHtml::groupStartAnchor) that would run
    /// over a page end moves to the next page whole when short, with the
    /// heading right above it (or starting it); a long one at least takes a second line along
    /// with its last, which never starts a page alone.
    void keepGroupTogether(const QTextBlock &start, const QString &name, double keepWhole)
    {
        const QString endPrefix = AnnotatedReportHtml::groupEndAnchor(u"");
        QTextBlock end = start;
        bool table = false;
        while (end.isValid() && anchoredId(end, endPrefix) != name) {
            table = table || QTextCursor(end).currentTable();
            end = end.next();
        }
        if (!end.isValid())
            return;
        // A table row cut by a page end loses its borders and repeats its
        // empty cells: a table moves whole when it fills up to 60% of a page.
        if (table)
            keepWhole = std::max(keepWhole, bodyHeight * 0.6);
        const double top = rectOf(start).top();
        const double bottom = rectOf(end).bottom();
        if (pageOf(top) == pageOf(bottom - 2))
            return;
        if (bottom - top <= keepWhole) {
            const QTextBlock before = start.previous();
            const bool underHeading = start.blockFormat().headingLevel() == 0 && before.isValid()
                && before.blockFormat().headingLevel() > 0;
            breakBefore(underHeading ? before : start);
            return;
        }
        const QTextBlock last = end.previous();
        if (end != start && last.isValid() && last != start && pageOf(rectOf(end).top()) != pageOf(rectOf(last).top())
            && (!end.layout() || end.layout()->lineCount() < 2))
            breakBefore(last);
    }

    /// Qt lays out again what follows an edit, down to the end of the document
    /// (and every table there whole: an action plan of a thousand rows for each
    /// page break above it), so keep-together would be quadratic. The document
    /// is cut, with its layout off, into pieces of a few pages, and put back a
    /// piece at a time: a page break then moves only the piece it is in. Cuts
    /// fall before a segment's box or a group, never inside a group, and take
    /// the headings right above along; each takes the separator before it, so
    /// the piece keeps its first block's format.
    QList<QTextDocumentFragment> cutIntoPieces()
    {
        const QString groupStart = AnnotatedReportHtml::groupStartAnchor(u"");
        const QString groupEnd = AnnotatedReportHtml::groupEndAnchor(u"");
        const QString head = AnnotatedReportHtml::segmentHeadAnchor(u"");
        constexpr int pieceLength = 16384; // characters: a few pages
        QHash<QString, int> ends;
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            const QString name = anchoredId(block, groupEnd);
            if (!name.isEmpty())
                ends.insert(name, block.position());
        }
        QList<int> cuts;
        int openUntil = 0;
        for (QTextBlock block = doc.begin().next(); block.isValid(); block = block.next()) {
            if (block.position() <= openUntil || QTextCursor(block).currentFrame() != doc.rootFrame())
                continue;
            const QString group = anchoredId(block, groupStart);
            const bool far = block.position() - (cuts.isEmpty() ? 0 : cuts.last()) >= pieceLength;
            if (group.isEmpty() && !(far && !anchoredId(block, head).isEmpty()))
                continue;
            QTextBlock first = block;
            while (first.previous().isValid() && first.previous().blockFormat().headingLevel() > 0
                && first.previous().position() > openUntil && first.previous().previous().isValid())
                first = first.previous();
            if (!group.isEmpty())
                openUntil = std::max(openUntil, ends.value(group, INT_MAX));
            const int cut = first.position() - 1;
            if (cuts.isEmpty() || cut > cuts.last())
                cuts.append(cut);
        }
        QList<QTextDocumentFragment> pieces;
        QTextCursor cursor(&doc);
        for (auto cut = cuts.crbegin(); cut != cuts.crend(); ++cut) {
            cursor.setPosition(*cut);
            cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
            pieces.prepend(QTextDocumentFragment(cursor));
            cursor.removeSelectedText();
        }
        return pieces;
    }

    /// Lays the document out at this page size, keeping boxes and groups
    /// together, a piece at a time.
    void layOutPieces(const QSizeF &pageSize)
    {
        doc.setPageSize(QSizeF(0, 0)); // no layout while cutting
        const QList<QTextDocumentFragment> pieces = cutIntoPieces();
        doc.setPageSize(pageSize);
        freshUpTo = INT_MAX;
        keepBoxesTogether(doc.begin());
        QTextCursor end(&doc);
        for (const QTextDocumentFragment &piece : pieces) {
            end.movePosition(QTextCursor::End);
            const int start = end.position();
            end.insertFragment(piece);
            freshUpTo = INT_MAX;
            keepBoxesTogether(doc.findBlock(start + 1));
        }
    }

    void collectAnchors()
    {
        destinations.clear();
        references.clear();
        const QString placeholder = AnnotatedReportHtml::pagePlaceholder(1);
        QAbstractTextDocumentLayout *layout = doc.documentLayout();
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            const QRectF blockRect = layout->blockBoundingRect(block);
            QTextLayout *textLayout = block.layout();
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                const QTextCharFormat format = fragment.charFormat();
                const QStringList names = format.anchorNames();
                const bool reference = format.isAnchor() && format.anchorHref().startsWith(QLatin1Char('#'))
                    && fragment.text().contains(placeholder);
                if (names.isEmpty() && !reference)
                    continue;
                const int inBlock = fragment.position() - block.position()
                    + (reference ? int(fragment.text().indexOf(placeholder)) : 0);
                double y = blockRect.top();
                double x = blockRect.left();
                double ascent = 0;
                if (textLayout) {
                    const QTextLine line = textLayout->lineForTextPosition(inBlock);
                    if (line.isValid()) {
                        y += line.y();
                        x += line.cursorToX(inBlock);
                        ascent = line.ascent();
                    }
                }
                const int page = pageOf(y);
                if (reference) {
                    if (references.size() < page)
                        references.resize(page);
                    references[page - 1].append({page, QPointF(x, y + ascent), format, format.anchorHref().mid(1)});
                    continue;
                }
                const double yInPage = y - (page - 1) * bodyHeight;
                const QPointF pt(
                    marginLeftPt + x * pointsPerPixel, marginTopPt + (headerHeight + yInPage) * pointsPerPixel);
                for (const QString &name : names) {
                    if (!destinations.contains(name))
                        destinations.insert(name, Destination {page, pt});
                }
            }
        }
    }

    /// Paints "(p. N)" over the placeholders of this page (painter in document coordinates).
    void drawPageReferences(QPainter &painter, int page)
    {
        if (page > references.size())
            return;
        for (const PageReference &ref : std::as_const(references[page - 1])) {
            const auto target = destinations.constFind(ref.target);
            const QString number = target == destinations.cend() ? QStringLiteral("?") : QString::number(target->page);
            painter.setFont(ref.format.font());
            painter.setPen(PrintPalette::light().muted);
            painter.drawText(
                ref.baseline, QCoreApplication::translate("AnnotatedReportPrinter", "(p.\u00A0%1)").arg(number));
        }
    }

    void drawRunningText(QPainter &painter, int page)
    {
        const PrintPalette &pal = PrintPalette::light();
        const QFont font = runningFont();
        painter.setFont(font);
        const QFontMetricsF fm(font, painter.device());
        const double w = paintRect.width();
        painter.setPen(pal.muted);
        const QString title = annotated.report.title.isEmpty() ? annotated.fileName : annotated.report.title;
        if (page > 1) { // the cover has its own title
            const QRectF header(0, 0, w, fm.height());
            const QString right = QCoreApplication::translate("AnnotatedReportPrinter", "Annotated by Scrutiny");
            const double rightWidth = fm.horizontalAdvance(right);
            painter.drawText(header, Qt::AlignLeft | Qt::AlignTop,
                fm.elidedText(title, Qt::ElideRight, w - rightWidth - fm.height() * 2));
            painter.drawText(header, Qt::AlignRight | Qt::AlignTop, right);
            painter.setPen(QPen(pal.rule, 0));
            painter.drawLine(QPointF(0, fm.height() * 1.4), QPointF(w, fm.height() * 1.4));
            painter.setPen(pal.muted);
        }
        const QRectF footer(0, paintRect.height() - fm.height(), w, fm.height());
        painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom,
            QCoreApplication::translate("AnnotatedReportPrinter", "Page %1 of %2").arg(page).arg(pages));
        // The meeting, not the source file: what a reader files the page under.
        QStringList left;
        for (const QString &part : {cover.committee, cover.date})
            if (!part.trimmed().isEmpty())
                left.append(part.simplified());
        QStringList right;
        for (const QString &part : {cover.agendaItem, cover.version})
            if (!part.trimmed().isEmpty())
                right.append(part.simplified());
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom,
            fm.elidedText(left.join(QStringLiteral(" · ")), Qt::ElideRight, w / 2 - fm.height() * 4));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
            fm.elidedText(right.join(QStringLiteral(" · ")), Qt::ElideLeft, w / 2 - fm.height() * 4));
    }
};

AnnotatedReportPrinter::AnnotatedReportPrinter(const AnnotatedReport &annotated, QDate today, const CoverDetails &cover)
    : d(std::make_unique<Private>(annotated, today, cover))
{
}

AnnotatedReportPrinter::~AnnotatedReportPrinter() = default;

void AnnotatedReportPrinter::setProgress(const SeriesProgress *progress)
{
    d->progress = progress;
}

int AnnotatedReportPrinter::layout(QPagedPaintDevice *device)
{
    const QPageLayout pageLayout = device->pageLayout();
    const int resolution = device->logicalDpiY();
    d->paintRect = QRectF(pageLayout.paintRectPixels(resolution));
    d->pointsPerPixel = 72.0 / resolution;
    const QRectF paintPt = pageLayout.paintRectPoints();
    d->marginLeftPt = paintPt.left();
    d->marginTopPt = paintPt.top();

    const QFontMetricsF fm(runningFont(), device);
    d->headerHeight = fm.height() * 3;
    d->footerHeight = fm.height() * 2.5;
    d->bodyHeight = d->paintRect.height() - d->headerHeight - d->footerHeight;

    // Fonts and lengths are measured at the device's resolution.
    d->doc.documentLayout()->setPaintDevice(device);
    d->doc.setDocumentMargin(0);
    QFont base(QStringLiteral("Liberation Serif"));
    base.setPointSizeF(11);
    d->doc.setDefaultFont(base);

    // One layout pass: page references are placeholders the painter fills in.
    AnnotatedReportHtml::Options options;
    options.target = AnnotatedReportHtml::Target::Print;
    options.today = d->today;
    options.cover = d->cover;
    options.progress = d->progress;
    // Placeholders are as wide as the page numbers: guess their digits from the
    // text's length, and lay out again when the guess was wrong.
    const double guessedPages = 5 + d->annotated.report.text.size() / 2000.0;
    options.pageDigits = int(QString::number(int(guessedPages)).size());
    for (int pass = 0; pass < 2; ++pass) {
        d->doc.setPageSize(QSizeF(0, 0)); // laid out once, a piece at a time, below
        AnnotatedDocumentHtml::set(&d->doc, AnnotatedReportHtml::html(d->annotated, options));
        d->layOutPieces(QSizeF(d->paintRect.width(), d->bodyHeight));
        d->collectAnchors();
        d->pages = d->doc.pageCount();
        const int digits = int(QString::number(d->pages).size());
        if (digits == options.pageDigits)
            break;
        options.pageDigits = digits;
    }
    return d->pages;
}

bool AnnotatedReportPrinter::paint(QPagedPaintDevice *device, QString *error)
{
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = QStringLiteral("cannot write to the output device");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, PrintPalette::light().text);
    context.palette.setColor(QPalette::Link, PrintPalette::light().colour(SegmentKind::Finding));
    const double w = d->paintRect.width();
    for (int page = 1; page <= d->pages; ++page) {
        if (page > 1 && !device->newPage()) {
            if (error)
                *error = QStringLiteral("cannot start page %1").arg(page);
            return false;
        }
        d->drawRunningText(painter, page);
        painter.save();
        painter.translate(0, d->headerHeight - (page - 1) * d->bodyHeight);
        const QRectF clip(0, (page - 1) * d->bodyHeight, w, d->bodyHeight);
        painter.setClipRect(clip);
        // Qt draws every line that touches the clip, and a PDF keeps text drawn
        // outside the visible clip (search, copy and link hotspots find it):
        // ask only for the lines inside this page.
        context.clip = clip.adjusted(0, 2, 0, -2);
        d->doc.documentLayout()->draw(&painter, context);
        d->drawPageReferences(painter, page);
        painter.restore();
    }
    return painter.end();
}

int AnnotatedReportPrinter::pageCount() const
{
    return d->pages;
}

const QHash<QString, AnnotatedReportPrinter::Destination> &AnnotatedReportPrinter::destinations() const
{
    return d->destinations;
}

QTextDocument *AnnotatedReportPrinter::document() const
{
    return &d->doc;
}

} // namespace Scrutiny
