// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextTokenizer.h"

namespace Scrutiny::TextTokenizer {

namespace {
bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}
} // namespace

QList<Token> words(QStringView text)
{
    QList<Token> tokens;
    tokens.reserve(text.size() / 6);
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!text[i].isLetterOrNumber()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        bool hasLetter = false;
        while (i < n) {
            const QChar c = text[i];
            if (c.isLetterOrNumber()) {
                hasLetter = hasLetter || c.isLetter();
                ++i;
            } else if (isApostrophe(c) && i + 1 < n && text[i + 1].isLetter()) {
                ++i; // "isn't", "children's": the apostrophe belongs to the word
            } else {
                break;
            }
        }
        qsizetype end = i;
        if (!hasLetter || end - start < 2)
            continue;
        QString word;
        word.reserve(end - start);
        for (qsizetype k = start; k < end; ++k) {
            const QChar c = text[k];
            word.append(isApostrophe(c) ? u'\'' : c.toLower());
        }
        if (word.endsWith(u"'s")) {
            word.chop(2);
            end -= 2;
        }
        if (word.size() < 2)
            continue;
        tokens.append(Token {start, end, std::move(word)});
    }
    return tokens;
}

} // namespace Scrutiny::TextTokenizer
