// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoilerplateFilter.h"

#include "TextNormaliser.h"

#include <QRegularExpression>

namespace Scrutiny::Ingest {

namespace {
// Words in the text, counting no further than `limit`.
qsizetype wordCount(QStringView text, qsizetype limit = 1 << 30)
{
    qsizetype words = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool letter = c != u' ';
        if (letter && !inWord && ++words >= limit)
            return words;
        inWord = letter;
    }
    return words;
}

// What sites say about themselves. Generic web vocabulary, not any report's sentences.
const QRegularExpression &siteVocabulary()
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b(?:browsers?|cookies?|javascript|web ?site|sign(?:ed)? (?:in|up)|log(?:ged)? ?in|)"
                       R"(register(?:ed)? users?|subscribe|subscription|newsletter|terms (?:and|&) conditions|)"
                       R"(terms of (?:use|service)|privacy (?:policy|notice|settings)|comments?|commenting|)"
                       R"(have your say|powered by|share (?:this|on|via)|tweet|facebook|twitter|whatsapp|linkedin|)"
                       R"(print this|email this|e-mail this|more from|related (?:articles?|stories|content|links)|)"
                       R"(read more|advertisement|advertising|all rights reserved|copyright|back to top|)"
                       R"(skip to (?:main )?content|html is not permitted|moderat(?:ed|ion)|sponsored)\b|\x{00A9})"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Sentences that speak to the site's visitor ("you", "your", "we", "please").
bool addressesReader(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(R"(\b(?:you|your|we|we'll|we\x{2019}ll|our|please)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.matchView(text).hasMatch();
}
} // namespace

bool BoilerplateFilter::isSiteFurniture(QStringView text)
{
    const qsizetype words = wordCount(text, 9);
    // A navigation bar flattened to text: three or more short items between separators.
    static const QRegularExpression navigation(
        QStringLiteral(R"(^[^|\x{2022}\x{00B7}>]{1,30}(?:\s[|\x{2022}\x{00B7}>]\s[^|\x{2022}\x{00B7}>]{1,30}){2,}$)"));
    if (navigation.matchView(text).hasMatch())
        return true;
    if (!siteVocabulary().matchView(text).hasMatch())
        return false;
    // Site vocabulary in a short line, or in a sentence addressed to the visitor.
    return words <= 8 || addressesReader(text);
}

bool BoilerplateFilter::isWidgetLabel(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:share|share this(?: article| page| story)?|tweet|print|print this page|email|e-mail|)"
                       R"(email this page|comment|comments|like|follow(?: us)?|subscribe|back to top|top of page)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.matchView(text.trimmed()).hasMatch();
}

bool BoilerplateFilter::isSiteLink(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:learn|read|sign|log|subscribe|share|follow|click|accept|manage|view|see|print|email|)"
                       R"(e-mail|tweet|like|register|comment|join|continue|skip|back|download|watch|listen|close|)"
                       R"(have|find out|tell us|get|show|hide|load|next|previous)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return wordCount(text, 6) <= 5 && !endsSentence(text) && re.matchView(text).hasMatch();
}

bool BoilerplateFilter::isBylineOrDate(QStringView text)
{
    if (wordCount(text, 11) > 10)
        return false;
    static const QRegularExpression byline(
        QStringLiteral(
            R"(^(?:by|posted(?: by| on)?|written by|published(?: on| by)?|last updated|updated|date)\b:?\s)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression date(
        QStringLiteral(
            R"(^(?:\w+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|)"
            R"(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]m)?)?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    // A name, or a name and a job on a news desk, then perhaps a date: "Jane Smith 06 April 2016",
    // "Rhys Morgan Health correspondent", "By Tom Aldred | 3 July 2024".
    static const QRegularExpression namedDate(
        QStringLiteral(
            R"(^(?:by\s+)?(?:[A-Z][\w'\x{2019}-]+\s+){1,3}(?:[|,\x{2013}-]\s*)?(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+)"
            R"((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}(?:,?\s+\d{1,2}[:.]\d{2})?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression desk(
        QStringLiteral(R"(^(?:by\s+)?[A-Z][\w'\x{2019}-]+\s+[A-Z][\w'\x{2019}-]+,?\s+(?:[\w-]+\s+){0,3})"
                       R"((?:correspondent|reporter|editor|journalist|writer)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return byline.matchView(text).hasMatch() || date.matchView(text).hasMatch() || namedDate.matchView(text).hasMatch()
        || desk.matchView(text).hasMatch();
}

bool BoilerplateFilter::isCaption(QStringView text)
{
    if (wordCount(text, 25) > 24)
        return false;
    static const QRegularExpression re(
        QStringLiteral(R"((?:^|[.!?]\s+)(?:photo(?:graph)?|picture|image|pic)(?:\s+credit)?\s*:\s*\S)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.matchView(text).hasMatch();
}

bool BoilerplateFilter::isContentsHeading(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:table\s+of\s+)?contents(?:\s+page)?$)"), QRegularExpression::CaseInsensitiveOption);
    return re.matchView(text.trimmed()).hasMatch();
}

bool BoilerplateFilter::isContentsEntry(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(R"(^[^.!?]{2,100}?(?:\s*\.\s*){0,200}\s*\d{1,3}$)"));
    return wordCount(text, 16) <= 15 && re.matchView(text).hasMatch();
}

void BoilerplateFilter::apply(SourceBlocks &blocks, QList<Removal> &removed)
{
    const qsizetype n = blocks.size();
    // Judged lazily: the patterns only run on the chrome at both ends and on short lines,
    // so the article's body costs a word count per paragraph.
    QList<signed char> chromeShaped(n, -1);
    auto isChromeShaped = [&](qsizetype i) {
        if (chromeShaped.at(i) < 0) {
            const SourceBlock &b = blocks.at(i);
            chromeShaped[i]
                = b.pageFurniture || isSiteFurniture(b.text) || isSiteLink(b.text) || isBylineOrDate(b.text);
        }
        return chromeShaped.at(i) > 0;
    };
    // The article runs from the first to the last real paragraph: long enough, not furniture.
    // A headline (no closing punctuation) is not body text, however long.
    auto isBody = [&](qsizetype i) {
        const QString &t = blocks.at(i).text;
        const qsizetype words = wordCount(t, 25);
        return words >= 10 && (endsSentence(t) || words >= 25) && !isChromeShaped(i);
    };
    qsizetype first = 0;
    while (first < n && !isBody(first))
        ++first;
    qsizetype last = n - 1;
    while (last >= first && !isBody(last))
        --last;

    // A contents page: its heading and the entries after it, each ending in a page number.
    QList<bool> contents(n, false);
    for (qsizetype i = 0; i < n; ++i) {
        if (!isContentsHeading(blocks.at(i).text))
            continue;
        qsizetype j = i + 1;
        while (j < n && isContentsEntry(blocks.at(j).text))
            ++j;
        if (j - i >= 3) {
            for (qsizetype k = i; k < j; ++k)
                contents[k] = true;
        }
    }

    SourceBlocks kept;
    kept.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        SourceBlock &b = blocks[i];
        if (contents.at(i) || isCaption(b.text)) {
            removed.append(Removal {Removal::Reason::Boilerplate, b.text});
            continue;
        }
        const bool chrome = i < first || i > last;
        const bool tiny = wordCount(b.text, 5) <= 4
            && (isWidgetLabel(b.text) || (wordCount(b.text, 4) <= 3 && isSiteFurniture(b.text)));
        if ((chrome && isChromeShaped(i)) || tiny || b.pageFurniture) {
            removed.append(Removal {Removal::Reason::Boilerplate, b.text});
            continue;
        }
        kept.append(std::move(b));
    }
    blocks = std::move(kept);
}

} // namespace Scrutiny::Ingest
