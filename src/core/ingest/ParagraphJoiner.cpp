// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParagraphJoiner.h"

#include "TextNormaliser.h"

namespace Scrutiny::Ingest {

namespace {
QStringView lastWord(QStringView text)
{
    const qsizetype space = text.lastIndexOf(u' ');
    return space < 0 ? text : text.sliced(space + 1);
}
QStringView firstWord(QStringView text)
{
    const qsizetype space = text.indexOf(u' ');
    return space < 0 ? text : text.first(space);
}
} // namespace

bool ParagraphJoiner::continues(const SourceBlock &first, const SourceBlock &second)
{
    if (first.shape == SourceBlock::Shape::Heading || second.shape != SourceBlock::Shape::Paragraph)
        return false;
    if (first.text.isEmpty() || second.text.isEmpty() || endsSentence(first.text))
        return false;
    const QChar last = first.text.back();
    if (!(last.isLetterOrNumber() || last == u',' || last == u'-' || last == u'\u2013'))
        return false;
    // The next block starts in lower case (or with a digit) mid-sentence; a paragraph number
    // ("2.1 The inspection ...") starts a paragraph of its own, but a number going on in lower
    // case is a cross-reference wrapped at a line end ("... (paragraphs" + "3.2 to 3.15).").
    // An opening bracket going on in lower case continues too ("... in planning" + "(paragraphs").
    const QChar lead = second.text.front();
    const auto secondWordIsLower = [&] {
        const qsizetype space = second.text.indexOf(u' ');
        return space > 0 && space + 1 < second.text.size() && second.text.at(space + 1).isLower();
    };
    if (lead.isDigit()) {
        qsizetype i = 0;
        while (i < second.text.size() && (second.text.at(i).isDigit() || second.text.at(i) == u'.'))
            ++i;
        if (i < second.text.size() && second.text.at(i) == u' ' && second.text.first(i).contains(u'.')
            && !secondWordIsLower())
            return false;
    }
    const bool bracketed = lead == u'(' && second.text.size() > 1 && second.text.at(1).isLower() && last.isLetter();
    if (!(lead.isLower() || (lead.isDigit() && last.isLetter()) || bracketed))
        return false;
    // A lone short line ending without punctuation is a heading, and "and" after a heading does not continue it.
    return first.text.contains(u' ') && !lastWord(first.text).isEmpty() && !firstWord(second.text).isEmpty();
}

void ParagraphJoiner::apply(SourceBlocks &blocks)
{
    SourceBlocks kept;
    kept.reserve(blocks.size());
    for (SourceBlock &b : blocks) {
        if (!kept.isEmpty() && continues(kept.last(), b)) {
            SourceBlock &into = kept.last();
            const qsizetype joint = into.text.size();
            const QString before
                = lastWord(into.text).toString() + QStringLiteral(" \u00B6 ") + firstWord(b.text).toString();
            const QString after = lastWord(into.text).toString() + u' ' + firstWord(b.text).toString();
            const qsizetype at = joint - lastWord(into.text).size();
            into.text += u' ';
            const qsizetype shift = into.text.size();
            into.text += b.text;
            for (SourceBlock::Change c : b.changes) {
                c.offset += shift;
                into.changes.append(c);
            }
            into.changes.append(SourceBlock::Change {before, after, at});
            into.endsPage = b.endsPage;
            continue;
        }
        kept.append(std::move(b));
    }
    blocks = std::move(kept);
}

} // namespace Scrutiny::Ingest
