// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlainTextReader.h"

#include "TextNormaliser.h"

#include <algorithm>

namespace Scrutiny::Ingest {

namespace {
struct Line
{
    QStringView text; ///< without the line break, not trimmed
    int page = 0;
};

bool startsLower(QStringView s)
{
    for (QChar c : s) {
        if (c.isSpace())
            continue;
        return c.isLower();
    }
    return false;
}

qsizetype indentation(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && s.at(i).isSpace())
        ++i;
    return i;
}

QStringView trimmed(QStringView s)
{
    return s.trimmed();
}

// A single letter standing in for a bullet glyph a font mapping lost ("n Services are ..."
// from Wingdings): only trusted right after a lead-in or another such item.
bool isMangledBullet(QStringView line)
{
    const QStringView t = trimmed(line);
    return t.size() > 3 && (t.at(0) == u'n' || t.at(0) == u'o' || t.at(0) == u'q' || t.at(0) == u'\u00A7')
        && t.at(1) == u' ' && t.at(2).isUpper();
}

/// Statistics that tell hard-wrapped text (lines cut at a fixed width) from text
/// with one paragraph per line.
struct WrapStatistics
{
    qsizetype width = 0; ///< the long-line length of the text
    bool wrapped = false;
};

WrapStatistics wrapStatistics(const QList<Line> &lines)
{
    QList<qsizetype> lengths;
    lengths.reserve(lines.size());
    qsizetype pairs = 0;
    qsizetype continued = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView t = trimmed(lines.at(i).text);
        if (t.isEmpty())
            continue;
        lengths.append(t.size());
        if (i + 1 < lines.size()) {
            const QStringView next = trimmed(lines.at(i + 1).text);
            qsizetype markerLength = 0;
            if (!next.isEmpty() && listMarker(next, &markerLength).isEmpty()) {
                ++pairs;
                if (startsLower(next) || !endsSentence(t))
                    ++continued;
            }
        }
    }
    WrapStatistics stats;
    if (lengths.isEmpty())
        return stats;
    std::sort(lengths.begin(), lengths.end());
    stats.width = lengths.at(std::min<qsizetype>(lengths.size() - 1, lengths.size() * 9 / 10));
    stats.wrapped = stats.width <= 110 && pairs >= 3 && continued * 10 >= pairs * 3;
    return stats;
}
} // namespace

SourceBlocks PlainTextReader::read(const QList<Page> &pages)
{
    QList<Line> lines;
    for (const Page &page : pages) {
        const QStringView text(page.text);
        qsizetype start = 0;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            const bool end = i == text.size();
            const QChar c = end ? QChar(u'\n') : text.at(i);
            if (c == u'\n' || c == u'\r' || c == u'\f' || c == QChar(0x2028) || c == QChar(0x2029)) {
                lines.append(Line {text.sliced(start, i - start), page.number});
                if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                    ++i;
                if (c == u'\f' || c == QChar(0x2029))
                    lines.append(Line {QStringView(), page.number}); // a page or paragraph break ends a block
                start = i + 1;
            }
        }
        lines.append(Line {QStringView(), page.number}); // a page ends a block; joining across pages comes later
    }
    const WrapStatistics stats = wrapStatistics(lines);

    SourceBlocks blocks;
    QString current;
    QStringView previousLine;
    SourceBlock block;
    bool open = false;
    auto flush = [&]() {
        if (!open)
            return;
        block.text = normaliseParagraph(current);
        if (!block.text.isEmpty())
            blocks.append(block);
        open = false;
        current.clear();
    };
    auto start = [&](SourceBlock::Shape shape, QStringView text, QString marker, int page) {
        flush();
        block = SourceBlock {};
        block.shape = shape;
        block.marker = std::move(marker);
        block.page = page;
        current = text.toString();
        previousLine = text;
        open = true;
    };
    int previousPage = lines.isEmpty() ? 0 : lines.first().page;
    for (const Line &line : lines) {
        if (line.page != previousPage && !blocks.isEmpty()) {
            flush();
            blocks.last().endsPage = true;
            previousPage = line.page;
        }
        const QStringView t = trimmed(line.text);
        if (t.isEmpty()) {
            flush();
            continue;
        }
        qsizetype markerLength = 0;
        const QStringView marker = listMarker(line.text, &markerLength);
        const bool afterLeadIn = (open ? endsSentence(current) && current.endsWith(u':')
                                       : !blocks.isEmpty() && blocks.last().text.endsWith(u':'))
            || (!open && !blocks.isEmpty() && blocks.last().shape == SourceBlock::Shape::ListItem)
            || (open && block.shape == SourceBlock::Shape::ListItem);
        if (!marker.isEmpty()) {
            const bool numbered = marker.front().isDigit() || marker.front() == u'(' || marker.back() == u')'
                || marker.back().isDigit() || marker.back() == u'.' || marker.back() == u':';
            start(SourceBlock::Shape::ListItem, line.text.sliced(markerLength),
                numbered ? marker.toString() : QString(), line.page);
            continue;
        }
        if (afterLeadIn && isMangledBullet(line.text)) {
            start(SourceBlock::Shape::ListItem, t.sliced(2), QString(), line.page);
            continue;
        }
        if (t.startsWith(u'#') && !open) {
            qsizetype hashes = 0;
            while (hashes < t.size() && t.at(hashes) == u'#')
                ++hashes;
            if (hashes <= 6 && hashes < t.size() && t.at(hashes) == u' ') {
                start(SourceBlock::Shape::Heading, t.sliced(hashes + 1), QString(), line.page);
                flush();
                continue;
            }
        }
        if (open) {
            // Join a line to the block before it when it continues the sentence.
            const QStringView prev = trimmed(previousLine);
            bool join;
            if (stats.wrapped) {
                // Wrapped when the next line's first word would not have fitted on this one.
                const qsizetype space = t.indexOf(u' ');
                const qsizetype firstWord = space < 0 ? t.size() : space;
                join = startsLower(t) || (prev.size() + 1 + firstWord) * 100 >= stats.width * 90;
            } else
                join = startsLower(t);
            // A list item continues on lines that start in lower case or are indented.
            if (block.shape == SourceBlock::Shape::ListItem && !stats.wrapped)
                join = startsLower(t) || (indentation(line.text) >= 2 && !endsSentence(prev));
            if (join) {
                current.append(u' ');
                current.append(t);
                previousLine = t;
                continue;
            }
        }
        start(SourceBlock::Shape::Paragraph, t, QString(), line.page);
    }
    flush();
    if (!blocks.isEmpty())
        blocks.last().endsPage = true;
    return blocks;
}

} // namespace Scrutiny::Ingest
