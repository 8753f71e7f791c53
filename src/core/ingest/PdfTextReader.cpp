// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfTextReader.h"

#include "PlainTextReader.h"
#include "TextNormaliser.h"

#include <poppler-qt6.h>

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>
#include <optional>
#include <utility>

namespace Scrutiny::Ingest {

namespace {
/// Where reading jumps to a new place the reader chose: the top of a page's right column, or a
/// table cell read row by row. What comes before it on the page is no guide to a paragraph break.
enum class Start { None, Column, Cell };

struct PdfLine
{
    Start start = Start::None;
    QString text;
    double top = 0;
    double bottom = 0;
    double left = 0;
    double right = 0;
    double textHeight = 0; ///< the height of its last word: the type size, whatever a margin number is set in
};

// A word box with the superscript digits of a footnote marker: smaller than the words
// before it and raised above their baseline ("hours.¹").
bool isFootnoteMarker(const QRectF &box, const QString &text, const QRectF &before)
{
    if (text.isEmpty() || text.size() > 2
        || !std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); }))
        return false;
    return box.height() < before.height() * 0.85 && box.bottom() < before.bottom() - before.height() * 0.15;
}

struct PdfWord
{
    QRectF box;
    QString text;
    bool spaceAfter = false;
    bool lineEnd = false; ///< the last word of its line
    Start start = Start::None; ///< the first word of a column or a cell that inColumnOrder placed
};

struct Gutter
{
    double left = 0;
    double right = 0;
};

// The x ranges between `from` and `to` that no word of the row covers, at least `least` wide.
QList<Gutter> gapsOf(const QList<PdfWord> &words, const QList<qsizetype> &row, double from, double to, double least)
{
    QList<Gutter> covered;
    for (qsizetype k : row)
        covered.append(Gutter {words.at(k).box.left(), words.at(k).box.right()});
    std::sort(covered.begin(), covered.end(), [](const Gutter &a, const Gutter &b) { return a.left < b.left; });
    QList<Gutter> gaps;
    double x = from;
    for (const Gutter &c : std::as_const(covered)) {
        if (c.left > x && std::min(c.left, to) - x >= least)
            gaps.append(Gutter {x, std::min(c.left, to)});
        x = std::max(x, c.right);
        if (x >= to)
            break;
    }
    if (to - x >= least)
        gaps.append(Gutter {x, to});
    return gaps;
}

QList<Gutter> intersected(const QList<Gutter> &a, const QList<Gutter> &b, double least)
{
    QList<Gutter> both;
    for (const Gutter &x : a)
        for (const Gutter &y : b) {
            const Gutter g {std::max(x.left, y.left), std::min(x.right, y.right)};
            if (g.right - g.left >= least)
                both.append(g);
        }
    return both;
}

double medianOf(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values.at(values.size() / 2);
}

// For a band of few rows: the right side's lines start level, and the gap is wider than every
// space between words on either side of it.
bool isGutterOf(const QList<PdfWord> &words, const QList<QList<qsizetype>> &rows, qsizetype first, qsizetype end,
    const Gutter &gutter)
{
    const double middle = (gutter.left + gutter.right) / 2;
    std::optional<double> rightStart;
    for (qsizetype r = first; r < end; ++r) {
        QList<qsizetype> these = rows.at(r);
        std::sort(these.begin(), these.end(),
            [&](qsizetype a, qsizetype b) { return words.at(a).box.left() < words.at(b).box.left(); });
        double widestSpace = 0;
        for (qsizetype k = 0; k + 1 < these.size(); ++k) {
            const QRectF &a = words.at(these.at(k)).box;
            const QRectF &b = words.at(these.at(k + 1)).box;
            if (a.center().x() < middle && b.center().x() > middle) {
                if (rightStart && std::abs(*rightStart - b.left()) > 1.5)
                    return false;
                rightStart = b.left();
            } else {
                widestSpace = std::max(widestSpace, b.left() - a.right());
            }
        }
        if (gutter.right - gutter.left < widestSpace * 1.3)
            return false;
    }
    return rightStart.has_value();
}

// Poppler may read a band of a page set in two columns line by line across both columns when
// something (a paragraph number in the gutter, baselines nearly level) bridges the gutter. Where
// an x range that no word crosses runs down many lines with long lines of text on both sides,
// those lines are read as two columns, the left one first. A line that crosses the range (a
// heading, a running header, a table across the page) ends the band. Tables whose cells are
// short are not columns: both sides need lines as long as most of their column.
QList<PdfWord> inColumnOrder(const QList<PdfWord> &words)
{
    if (words.size() < 20)
        return words;
    QList<double> heights;
    double pageLeft = words.first().box.left();
    double pageRight = words.first().box.right();
    for (const PdfWord &w : words) {
        heights.append(w.box.height());
        pageLeft = std::min(pageLeft, w.box.left());
        pageRight = std::max(pageRight, w.box.right());
    }
    const double height = medianOf(heights);
    const double width = pageRight - pageLeft;
    if (height <= 0 || width <= 0)
        return words;
    // Rows: words whose middles are level, top to bottom.
    QList<qsizetype> byHeight(words.size());
    std::iota(byHeight.begin(), byHeight.end(), 0);
    std::stable_sort(byHeight.begin(), byHeight.end(),
        [&](qsizetype a, qsizetype b) { return words.at(a).box.center().y() < words.at(b).box.center().y(); });
    QList<QList<qsizetype>> rows;
    QList<double> middles;
    for (qsizetype k : std::as_const(byHeight)) {
        const double middle = words.at(k).box.center().y();
        if (rows.isEmpty() || middle - middles.last() > height * 0.5) {
            rows.append(QList<qsizetype>());
            middles.append(middle);
        }
        rows.last().append(k);
    }
    // A gutter is wider than the spaces between words (in monospace text those line up in rivers).
    QList<double> spaces;
    for (qsizetype k = 0; k + 1 < words.size(); ++k) {
        const double space = words.at(k + 1).box.left() - words.at(k).box.right();
        if (!words.at(k).lineEnd && space > 0)
            spaces.append(space);
    }
    const double least = std::max(height * 0.7, medianOf(spaces) * 1.6);
    const double from = pageLeft + width * 0.25;
    const double to = pageLeft + width * 0.75;
    const double centre = pageLeft + width * 0.5;
    auto sideOf
        = [&](qsizetype k, const Gutter &g) { return words.at(k).box.center().x() < (g.left + g.right) / 2 ? 0 : 1; };
    // The extent of a row's words on one side of the gutter.
    auto piece = [&](qsizetype r, const Gutter &g, int side) {
        double l = 0, rt = 0;
        bool any = false;
        for (qsizetype k : rows.at(r)) {
            if (sideOf(k, g) != side)
                continue;
            l = any ? std::min(l, words.at(k).box.left()) : words.at(k).box.left();
            rt = any ? std::max(rt, words.at(k).box.right()) : words.at(k).box.right();
            any = true;
        }
        return any ? Gutter {l, rt} : Gutter {0, -1};
    };
    struct Band
    {
        qsizetype first = 0;
        qsizetype end = 0;
        Gutter gutter;
        QList<qsizetype> rowStarts; ///< a table's rows (the first row of each); empty for columns
    };
    // A gap with words on both sides of it in the row.
    auto between = [&](qsizetype r) {
        QList<Gutter> gaps = gapsOf(words, rows.at(r), from, to, least);
        gaps.removeIf([&](const Gutter &g) {
            const Gutter l = piece(r, g, 0);
            const Gutter rt = piece(r, g, 1);
            return l.right < l.left || rt.right < rt.left;
        });
        return gaps;
    };
    QList<Band> bands;
    qsizetype taken = 0; // rows before this belong to a band found already
    for (qsizetype i = 0; i < rows.size();) {
        QList<Gutter> open = between(i);
        if (open.isEmpty()) {
            ++i;
            continue;
        }
        // Two columns of equal width meet in the page's middle; try the gap nearest it first.
        std::sort(open.begin(), open.end(), [&](const Gutter &a, const Gutter &b) {
            return std::abs((a.left + a.right) / 2 - centre) < std::abs((b.left + b.right) / 2 - centre);
        });
        std::optional<Band> found;
        for (Gutter g : std::as_const(open)) {
            qsizetype j = i + 1;
            for (; j < rows.size(); ++j) {
                const QList<Gutter> next = intersected({g}, gapsOf(words, rows.at(j), from, to, least), least);
                if (next.isEmpty())
                    break;
                g = next.first();
            }
            if (j - i < 2)
                continue;
            // A band of two or three lines is columns only if it looks like them everywhere: the
            // right side's lines all start level, and the gutter is wider than any space between
            // words on either side (a river through a justified paragraph is one of its spaces).
            const bool few = j - i < 4;
            if (few && !isGutterOf(words, rows, i, j, g))
                continue;
            const double leftColumn = g.left - pageLeft;
            const double rightColumn = pageRight - g.right;
            // Lines above that do not cross the gutter belong to the band too (a heading over
            // the left column, the column's first lines).
            qsizetype top = i;
            while (top > taken && gapsOf(words, rows.at(top - 1), g.left, g.right, g.right - g.left).size() == 1)
                --top;
            QList<qsizetype> longLeft, longRight;
            qsizetype firstLeft = -1, lastRight = -1;
            for (qsizetype r = top; r < j; ++r) {
                const Gutter pl = piece(r, g, 0);
                const Gutter pr = piece(r, g, 1);
                if (pl.right >= pl.left && firstLeft < 0)
                    firstLeft = r;
                if (pr.right >= pr.left)
                    lastRight = r;
                if (pl.right - pl.left >= leftColumn * 0.6)
                    longLeft.append(r);
                if (pr.right - pr.left >= rightColumn * 0.6)
                    longRight.append(r);
            }
            const qsizetype longLines = few ? 2 : 3;
            if (longLeft.size() < longLines || longRight.size() < longLines)
                continue;
            // Side by side: the long lines of each side overlap the other side's in height.
            const auto within = [](const QList<qsizetype> &these, const QList<qsizetype> &span) {
                return std::count_if(
                    these.cbegin(), these.cend(), [&](qsizetype r) { return r >= span.first() && r <= span.last(); });
            };
            if (within(longRight, longLeft) < 2 || within(longLeft, longRight) < 2)
                continue;
            // Lines of the left side after the right side has ended stay in the left column while
            // they run on (the usual line pitch) or are as long as the column; a short line after
            // a gap (a heading under the columns) ends the band.
            QList<double> pitches;
            for (qsizetype r = firstLeft + 1; r <= lastRight; ++r)
                pitches.append(middles.at(r) - middles.at(r - 1));
            const double pitch = medianOf(pitches);
            qsizetype end = lastRight + 1;
            while (end < j) {
                const Gutter pl = piece(end, g, 0);
                if (middles.at(end) - middles.at(end - 1) > pitch * 1.3 && pl.right < g.left - leftColumn * 0.15)
                    break;
                ++end;
            }
            found = Band {firstLeft, end, g, {}};
            // A table of two columns of running text is no pair of columns: its cells start level,
            // row by row (a little apart from the row above), and a row ends where its longer
            // cell does, so the shorter one leaves a blank beside the longer one's last lines.
            // Running columns start their paragraphs wherever the text takes them, and never
            // leave such a blank. Such a band is read a row at a time.
            QList<qsizetype> starts[2];
            QList<qsizetype> lastOf[2]; // each side's last row before each row of its starts
            for (int side = 0; side < 2; ++side) {
                qsizetype before = -1;
                for (qsizetype r = firstLeft; r < end; ++r) {
                    const Gutter p = piece(r, g, side);
                    if (p.right < p.left)
                        continue;
                    if (before < 0 || middles.at(r) - middles.at(before) > pitch * 1.06) {
                        starts[side].append(r);
                        lastOf[side].append(before);
                    }
                    before = r;
                }
            }
            // (Lines over the left side only, above the right side's first line, come first: a
            // heading, the end of the paragraph above.)
            while (!starts[1].isEmpty() && !starts[0].isEmpty() && starts[0].first() < starts[1].first()) {
                starts[0].removeFirst();
                lastOf[0].removeFirst();
            }
            bool blank = false;
            for (qsizetype k = 1; k < starts[1].size() && starts[0] == starts[1]; ++k)
                blank = blank || lastOf[0].at(k) != lastOf[1].at(k);
            if (starts[1].size() >= 2 && starts[0] == starts[1] && blank)
                found->rowStarts = starts[1];
            break;
        }
        if (found) {
            bands.append(*found);
            i = taken = found->end;
        } else {
            ++i;
        }
    }
    if (bands.isEmpty())
        return words;
    // Outside the bands Poppler's order stands; each stretch between bands is read in it.
    QList<PdfWord> ordered;
    ordered.reserve(words.size());
    auto endLine = [&] {
        if (!ordered.isEmpty())
            ordered.last().lineEnd = true;
    };
    auto stretch = [&](qsizetype firstRow, qsizetype endRow) {
        QList<qsizetype> these;
        for (qsizetype r = firstRow; r < endRow; ++r)
            these.append(rows.at(r));
        std::sort(these.begin(), these.end());
        for (qsizetype k : std::as_const(these))
            ordered.append(words.at(k));
        endLine();
    };
    // One side of the rows [first, end): line by line, its first word marked as a new start.
    auto side = [&](const Band &band, qsizetype first, qsizetype end, int which, Start start) {
        for (qsizetype r = first; r < end; ++r) {
            QList<qsizetype> these;
            for (qsizetype k : rows.at(r))
                if (sideOf(k, band.gutter) == which)
                    these.append(k);
            if (these.isEmpty())
                continue;
            std::sort(these.begin(), these.end(),
                [&](qsizetype a, qsizetype b) { return words.at(a).box.left() < words.at(b).box.left(); });
            for (qsizetype k : std::as_const(these)) {
                ordered.append(words.at(k));
                ordered.last().lineEnd = false;
                ordered.last().start = std::exchange(start, Start::None);
            }
            endLine();
        }
    };
    qsizetype row = 0;
    for (const Band &band : std::as_const(bands)) {
        stretch(row, band.first);
        if (band.rowStarts.isEmpty()) {
            side(band, band.first, band.end, 0, Start::None);
            side(band, band.first, band.end, 1, Start::Column);
        } else {
            side(band, band.first, band.rowStarts.first(), 0, Start::None);
            for (qsizetype k = 0; k < band.rowStarts.size(); ++k) {
                const qsizetype end = k + 1 < band.rowStarts.size() ? band.rowStarts.at(k + 1) : band.end;
                side(band, band.rowStarts.at(k), end, 0, Start::Cell);
                side(band, band.rowStarts.at(k), end, 1, Start::Cell);
            }
        }
        row = band.end;
    }
    stretch(row, rows.size());
    return ordered;
}

QList<PdfLine> pageLines(const Poppler::Page &page, QList<Removal> &removed)
{
    QList<PdfLine> lines;
    QList<PdfWord> words;
    for (const auto &box : page.textList())
        words.append(PdfWord {box->boundingBox(), box->text(), box->hasSpaceAfter(), !box->nextWord()});
    words = inColumnOrder(words);
    PdfLine line;
    bool open = false;
    QRectF previous;
    for (const PdfWord &word : std::as_const(words)) {
        const QRectF r = word.box;
        // Poppler reads a table column by column and may run a margin number into the line
        // before it; a word that jumps back to the left of the one before starts a new line.
        if (open && r.left() < previous.left() - 1 && r.top() > previous.bottom() - previous.height() * 0.5) {
            lines.append(line);
            open = false;
        } else if (open && r.right() < previous.left() - 1) {
            lines.append(line);
            open = false;
        }
        if (open && isFootnoteMarker(r, word.text, previous)) {
            removed.append(Removal {Removal::Reason::Boilerplate, word.text});
            if (word.lineEnd) {
                lines.append(line);
                open = false;
            }
            continue;
        }
        if (!open) {
            line = PdfLine {word.start, QString(), r.top(), r.bottom(), r.left(), r.right()};
            open = true;
        } else if (!line.text.isEmpty() && !line.text.endsWith(u' ')
            && r.left() - previous.right() > previous.height() * 0.25) {
            line.text += u' ';
        }
        line.text += word.text;
        line.top = std::min(line.top, r.top());
        line.bottom = std::max(line.bottom, r.bottom());
        line.left = std::min(line.left, r.left());
        line.right = std::max(line.right, r.right());
        line.textHeight = r.height();
        previous = r;
        if (!word.lineEnd) {
            if (word.spaceAfter)
                line.text += u' ';
        } else {
            lines.append(line);
            open = false;
        }
    }
    if (open)
        lines.append(line);
    for (PdfLine &l : lines)
        l.text = l.text.trimmed();
    // A paragraph number set in the margin ("3.4", "R2", "(a)") and the text beside it: one line.
    static const QRegularExpression label(
        QStringLiteral(R"(^(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?|[A-Z]{1,2}\d{1,2}\.?|\(?[a-z]\)|\x{2022})$)"));
    QList<PdfLine> joined;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        PdfLine l = lines.at(i);
        if (i + 1 < lines.size() && label.match(l.text).hasMatch()) {
            const PdfLine &n = lines.at(i + 1);
            if (std::abs(n.top - l.top) < (l.bottom - l.top) * 0.5 && n.left > l.right) {
                l.start = std::max(l.start, n.start);
                l.text += u' ' + n.text;
                l.right = n.right;
                l.textHeight = n.textHeight;
                l.bottom = std::max(l.bottom, n.bottom);
                ++i;
            }
        }
        joined.append(l);
    }
    // Table rows: Poppler gives the cells of a short row column by column; a short line with a
    // short line beside it (same baseline, further right) a few lines on is one row.
    double widest = 0;
    for (const PdfLine &l : std::as_const(joined))
        widest = std::max(widest, l.right - l.left);
    // A page set in two columns: long lines starting right of the margin (a table's values are short).
    double margin = widest;
    for (const PdfLine &l : std::as_const(joined))
        margin = std::min(margin, l.left);
    const bool twoColumns = std::count_if(joined.cbegin(), joined.cend(), [&](const PdfLine &l) {
        return l.left > margin + widest * 0.3 && l.right - l.left >= widest * 0.44;
    }) >= 3;
    static const QRegularExpression numberedLine(QStringLiteral(R"(^\d{1,2}\.\d{1,2})"));
    QList<bool> taken(joined.size(), false);
    QList<PdfLine> rows;
    QList<bool> paired;
    for (qsizetype i = 0; i < joined.size(); ++i) {
        if (taken.at(i))
            continue;
        PdfLine l = joined.at(i);
        const double height = l.bottom - l.top;
        const double width = l.right - l.left;
        // Only a label ends a row's first cell: not a sentence's end, not a numbered paragraph
        // (the last lines of two columns' paragraphs stand side by side too). A question ("Is
        // care safe?") or a long label wrapped in a wide first column ("The experiences and
        // progress of children who") is a label too when what stands beside it is a short value.
        const bool question = l.text.endsWith(u'?');
        const bool wide = !twoColumns && width >= widest * 0.4 && width < widest * 0.62;
        bool pairedHere = false;
        if ((width < widest * 0.4 || wide) && (!endsSentence(l.text) || question)
            && !numberedLine.match(l.text).hasMatch()) {
            for (qsizetype j = i + 1; j < std::min<qsizetype>(joined.size(), i + 40); ++j) {
                const PdfLine &c = joined.at(j);
                if (taken.at(j) || std::abs(c.top - l.top) > height * 0.3 || c.left <= l.right)
                    continue;
                if (c.right - c.left >= widest * 0.4 || c.left - l.right > widest * 0.5 || c.text.isEmpty()
                    || c.text.front().isLower())
                    break;
                if ((wide || question) && (endsSentence(c.text) || c.text.count(u' ') > 5))
                    break;
                l.text += QStringLiteral(" | ") + c.text;
                l.right = c.right;
                taken[j] = true;
                pairedHere = true;
            }
        }
        // The rest of a label wrapped in its cell: the next line, at the row's left edge,
        // lower case, right under it, joins the first cell ("The impact of leaders on social
        // work practice" + "with children and families" | "Good").
        if (!pairedHere && !rows.isEmpty() && paired.last() && !l.text.isEmpty() && l.text.front().isLower()
            && !l.text.contains(QStringLiteral(" | ")) && std::abs(l.left - rows.last().left) < 2
            && l.top - rows.last().bottom < height && width < widest * 0.62) {
            PdfLine &row = rows.last();
            const qsizetype bar = row.text.indexOf(QStringLiteral(" | "));
            row.text.insert(bar, u' ' + l.text);
            row.bottom = std::max(row.bottom, l.bottom);
            continue;
        }
        rows.append(l);
        paired.append(pairedHere);
    }
    return rows;
}

// Whether a page's lines are justified: most long lines end at one edge. (Ragged monospace lines
// of equal length end level too, and must not run on.) Short lines (headings, last lines, margin
// numbers, table cells) say nothing either way. Lines ending within 1.5 pt of one another end
// level: an edge at 515.46 and 515.58 is one edge, whichever side of a point each falls.
struct Edges
{
    qsizetype longLines = 0;
    qsizetype levelled = 0; ///< long lines ending at the two edges most end at
    std::vector<std::pair<double, double>> edges; ///< those edges, each from its first line's end to its last's

    bool justified() const { return levelled * 2 >= longLines; }
    /// A line ending at one of the edges runs to the full measure.
    bool reaches(double right) const
    {
        return std::any_of(edges.cbegin(), edges.cend(),
            [&](const std::pair<double, double> &e) { return right > e.first - 1.5 && right < e.second + 1.5; });
    }

    static Edges of(const QList<PdfLine> &lines)
    {
        double widest = 0;
        for (const PdfLine &l : lines)
            widest = std::max(widest, l.right - l.left);
        std::vector<double> rights;
        for (const PdfLine &l : lines) {
            if (l.right - l.left >= widest * 0.6)
                rights.push_back(l.right);
        }
        Edges e;
        e.longLines = qsizetype(rights.size());
        // The two edges most lines end at: a page set in two columns has one per column.
        for (int edge = 0; edge < 2 && !rights.empty(); ++edge) {
            std::sort(rights.begin(), rights.end());
            size_t bestFirst = 0, bestLast = 0;
            for (size_t a = 0, z = 0; z < rights.size(); ++z) {
                while (rights[z] - rights[a] >= 1.5)
                    ++a;
                if (z - a > bestLast - bestFirst || (z == 0 && a == 0)) {
                    bestFirst = a;
                    bestLast = z;
                }
            }
            e.levelled += qsizetype(bestLast - bestFirst + 1);
            // An edge is where several lines end; a lone long line marks none.
            if (bestLast - bestFirst >= 2)
                e.edges.emplace_back(rights[bestFirst], rights[bestLast]);
            rights.erase(rights.begin() + qsizetype(bestFirst), rights.begin() + qsizetype(bestLast) + 1);
        }
        return e;
    }
};

// "3", "- 3 -", "Page 3", "Page 3 of 12", "3 / 12"
bool isPageNumber(QStringView line)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^\s*(?:[-\x{2013}\x{2014}]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*[-\x{2013}\x{2014}])?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.matchView(line).hasMatch();
}

QString withoutDigits(QStringView line)
{
    QString s = line.toString();
    s.removeIf([](QChar c) { return c.isDigit(); });
    return s.simplified();
}
} // namespace

std::optional<PdfTextReader::Result> PdfTextReader::read(
    const QByteArray &bytes, QString *problem, const std::function<bool(int)> &progress)
{
    auto fail = [problem](const QString &why) -> std::optional<Result> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    // Poppler reports syntax errors of damaged files on stderr; the caller gets one clear line
    // instead. They are counted (per thread): a PDF without text whose streams or page tree are
    // broken is damaged, not scanned.
    static thread_local int syntaxErrors = 0;
    static const bool quiet = [] {
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) { ++syntaxErrors; }, QVariant());
        return true;
    }();
    Q_UNUSED(quiet);
    syntaxErrors = 0;
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return fail(QCoreApplication::translate("Scrutiny::ReportImporter", "the PDF is damaged and cannot be read"));
    if (document->isLocked())
        return fail(
            QCoreApplication::translate("Scrutiny::ReportImporter", "the PDF is encrypted (password protected)"));
    const int pageCount = document->numPages();
    if (pageCount <= 0)
        return fail(QCoreApplication::translate("Scrutiny::ReportImporter", "the PDF is damaged: it has no pages"));

    Result result;
    // Producers fill Title with their own name or the source file's; those are not the report's title.
    static const QRegularExpression producerTitle(
        QStringLiteral(R"(\b(?:output|untitled|microsoft word|document\d*)\b|\.(?:docx?|odt|txt|rtf|pdf|ps|html?)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString title = normaliseParagraph(document->info(QStringLiteral("Title")));
    if (!producerTitle.matchView(title).hasMatch())
        result.title = title;

    QList<QList<PdfLine>> pages;
    pages.reserve(pageCount);
    qsizetype characters = 0;
    int missingPages = 0;
    for (int i = 0; i < pageCount; ++i) {
        std::unique_ptr<Poppler::Page> page = document->page(i);
        missingPages += !page;
        pages.append(page ? pageLines(*page, result.removed) : QList<PdfLine>());
        for (const PdfLine &l : pages.last())
            characters += l.text.size();
        if (progress && !progress(10 + 60 * (i + 1) / pageCount))
            return fail(QStringLiteral("cancelled"));
    }
    if (characters == 0 && (missingPages > 0 || syntaxErrors > 0))
        return fail(
            QCoreApplication::translate("Scrutiny::ReportImporter", "the PDF is damaged: its pages cannot be read"));
    if (characters == 0)
        return fail(QCoreApplication::translate("Scrutiny::ReportImporter", "the PDF has no text layer (scanned?)"));

    // Running headers and footers: the same first or last line (digits aside) on most pages.
    QHash<QString, int> edgeLines;
    for (const auto &lines : pages) {
        if (lines.isEmpty())
            continue;
        ++edgeLines[withoutDigits(lines.first().text)];
        if (lines.size() > 1)
            ++edgeLines[withoutDigits(lines.last().text)];
    }
    auto isRunning = [&](const PdfLine &l) {
        const QString key = withoutDigits(l.text);
        return pageCount >= 3 && !key.isEmpty() && edgeLines.value(key) * 2 > pageCount;
    };

    // Justified or ragged, over the whole document, for pages too short to tell.
    Edges wholeDocument;
    {
        QList<PdfLine> all;
        for (const QList<PdfLine> &page : std::as_const(pages))
            all += page;
        wholeDocument = Edges::of(all);
    }
    const bool documentJustified = wholeDocument.longLines >= 4 && wholeDocument.justified();
    // The body's type size, over the whole document: a page of few lines (a cover with its title
    // and a subtitle) has no usual size of its own.
    double body = 0;
    {
        QList<double> heights;
        for (const QList<PdfLine> &page : std::as_const(pages)) {
            for (const PdfLine &l : page)
                heights.append(l.textHeight);
        }
        if (!heights.isEmpty()) {
            std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
            body = heights.at(heights.size() / 2);
        }
    }
    QList<PlainTextReader::Page> texts;
    texts.reserve(pageCount);
    for (int p = 0; p < pageCount; ++p) {
        QList<PdfLine> &lines = pages[p];
        // Drop furniture at the page's top and bottom edges.
        for (int edge = 0; edge < 2 && !lines.isEmpty(); ++edge) {
            for (int k = 0; k < 2 && !lines.isEmpty(); ++k) {
                const PdfLine &l = edge == 0 ? lines.first() : lines.last();
                if (!isPageNumber(l.text) && !isRunning(l))
                    break;
                result.removed.append(Removal {Removal::Reason::Boilerplate, normaliseParagraph(l.text)});
                if (edge == 0)
                    lines.removeFirst();
                else
                    lines.removeLast();
            }
        }
        // Footnotes: the lines at the foot of the page set smaller than the document's body type.
        if (lines.size() >= 4) {
            while (lines.size() > 1 && lines.last().textHeight < body * 0.88) {
                result.removed.append(Removal {Removal::Reason::Boilerplate, normaliseParagraph(lines.last().text)});
                lines.removeLast();
            }
        }
        // Paragraph breaks where the gap to the next line is clearly larger than the usual line pitch.
        QList<double> pitches;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const double pitch = lines.at(i).top - lines.at(i - 1).top;
            if (pitch > 0)
                pitches.append(pitch);
        }
        double usual = 0;
        if (!pitches.isEmpty()) {
            std::nth_element(pitches.begin(), pitches.begin() + pitches.size() / 2, pitches.end());
            usual = pitches.at(pitches.size() / 2);
        }
        // Justified lines end at the same right edge: such a line runs on into the next, while a
        // line that stops short ends its paragraph (or is a heading).
        double widest = 0;
        for (const PdfLine &l : std::as_const(lines))
            widest = std::max(widest, l.right - l.left);
        // Justified pages only (see Edges); a page of under four long lines (a cover, a table)
        // is set as the document is.
        const Edges pageEdges = Edges::of(lines);
        const Edges &edges = pageEdges.longLines >= 4 || !pageEdges.edges.empty() ? pageEdges : wholeDocument;
        const bool justified = pageEdges.longLines >= 4 ? pageEdges.justified() : documentJustified;
        auto full = [&](const PdfLine &l) {
            if (!justified)
                return false;
            // A table's cells may end level too, and a row of cells read side by side
            // ("Safe | Good") never runs on into the next.
            if (l.right - l.left < widest * 0.4 || l.text.contains(QStringLiteral(" | ")))
                return false;
            return edges.reaches(l.right);
        };
        // A contents line ends in its page number after leader dots or glued to the title when
        // the leader is blank space ("3. Assessment4").
        static const QRegularExpression contentsLine(QStringLiteral(R"((?:(?:\.\s?){3,}\s*|\p{L})\d{1,3}$)"));
        static const QRegularExpression numbered(
            QStringLiteral(R"(^(?:\d{1,2}(?:\.\d{1,2}){1,2}\.?|[A-Z]{1,2}\d{1,2}\.?)\s)"));
        QString text;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0) {
                const double pitch = lines.at(i).top - lines.at(i - 1).top;
                // (groff's -ms sets paragraphs 0.45 of a line apart; a paragraph in larger type
                // than most of its page runs at some 1.35 times the page's usual pitch.)
                const bool gap = usual > 0 && pitch > usual * 1.4;
                // A table's cell is a block of its own; so is the text at the top of a right
                // column, unless the left column's last line runs on into it: a sentence not
                // ended, and the right column going on in lower case or the line running to
                // the column's edge.
                const PdfLine &before = lines.at(i - 1);
                const QString &here = lines.at(i).text;
                const bool runsOn
                    = !endsSentence(before.text) && ((!here.isEmpty() && here.front().isLower()) || full(before));
                const bool moved = lines.at(i).start == Start::Cell || (lines.at(i).start == Start::Column && !runsOn);
                // A paragraph numbered in the margin starts a block of its own.
                // So does each line of a contents page ("3. Leadership . . . . 12").
                if (gap || moved || numbered.match(lines.at(i).text).hasMatch()
                    || contentsLine.match(lines.at(i - 1).text).hasMatch())
                    text += QStringLiteral("\n\n");
                else if (full(lines.at(i - 1)) && pitch > 0)
                    text += u' ';
                else
                    text += u'\n';
            }
            text += lines.at(i).text;
        }
        texts.append(PlainTextReader::Page {p + 1, text});
    }
    result.blocks = PlainTextReader::read(texts);
    return result;
}

} // namespace Scrutiny::Ingest
