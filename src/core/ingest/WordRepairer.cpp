// SPDX-License-Identifier: GPL-3.0-or-later
#include "WordRepairer.h"

#include "SpellingDictionary.h"

#include <algorithm>

namespace Scrutiny::Ingest {

namespace {
bool isWordChar(QChar c)
{
    return c.isLetter();
}
// Characters that glue a token to its neighbour ("well-qualified", "77%", "council's").
bool isGlue(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'\'' || c == u'\u2019' || c == u'@' || c == u'/' || c == u'_'
        || c == u'&' || c == u'.';
}
} // namespace

WordRepairer::WordRepairer(std::shared_ptr<const SpellingDictionary> dictionary)
    : m_dictionary(std::move(dictionary))
{
    m_known.reserve(4096);
}

bool WordRepairer::isWord(QStringView token)
{
    if (token.size() == 1)
        return token == u"a" || token == u"A" || token == u"I";
    if (auto it = m_known.constFind(token); it != m_known.constEnd())
        return it.value();
    const bool ok = m_dictionary && m_dictionary->isWord(token);
    m_known.insert(token.toString(), ok);
    return ok;
}

void WordRepairer::joinHyphenated(QString &text, QList<SourceBlock::Change> &changes)
{
    // "inspec- tion" from a line broken at a hyphen: one word when the dictionary knows it
    // whole ("inspection"), else a compound that keeps its hyphen ("well-led").
    // Some typesetters break lines at U+2010 HYPHEN, not at the hyphen-minus.
    qsizetype from = 0;
    while (true) {
        const qsizetype minus = text.indexOf(QStringLiteral("- "), from);
        const qsizetype hyphen = text.indexOf(QStringLiteral("\u2010 "), from);
        const qsizetype dash = minus < 0 ? hyphen : (hyphen < 0 ? minus : std::min(minus, hyphen));
        if (dash < 0)
            return;
        from = dash + 2;
        if (dash == 0 || !text.at(dash - 1).isLetter() || dash + 2 >= text.size() || !text.at(dash + 2).isLower())
            continue;
        qsizetype a = dash;
        while (a > 0 && text.at(a - 1).isLetter())
            --a;
        qsizetype b = dash + 2;
        while (b < text.size() && text.at(b).isLetter())
            ++b;
        const QString first = text.mid(a, dash - a);
        const QString second = text.mid(dash + 2, b - dash - 2);
        const QString whole = first + second;
        const bool oneWord = isWord(whole) || (whole.front().isUpper() && isWord(whole.toLower()));
        const QString after = oneWord ? whole : first + u'-' + second;
        changes.append(SourceBlock::Change {first + text.at(dash) + u' ' + second, after, a});
        text.replace(a, b - a, after);
        from = a + after.size();
    }
}

void WordRepairer::repair(QString &text, QList<SourceBlock::Change> &changes)
{
    if (!m_dictionary)
        return;
    const qsizetype hyphenStart = changes.size();
    if (text.contains(QStringLiteral("- ")) || text.contains(QStringLiteral("\u2010 ")))
        joinHyphenated(text, changes);
    const qsizetype joinStart = changes.size();
    repairSpaces(text, changes);
    // Each later join removed one space: move the hyphen repairs after it back by one.
    for (qsizetype i = hyphenStart; i < joinStart; ++i) {
        for (qsizetype j = joinStart; j < changes.size(); ++j) {
            if (changes.at(j).offset + (j - joinStart) < changes.at(i).offset)
                --changes[i].offset;
        }
    }
}

void WordRepairer::repairSpaces(QString &text, QList<SourceBlock::Change> &changes)
{
    // Token boundaries of the pure-letter words in the text.
    struct Token
    {
        qsizetype start;
        qsizetype end;
    };
    QString out;
    bool changed = false;
    qsizetype copied = 0; ///< text[0, copied) has been appended to `out`
    const qsizetype n = text.size();
    qsizetype i = 0;
    Token previous {-1, -1};
    int previousIsWord = -1;
    while (i < n) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n && isWordChar(text.at(i)))
            ++i;
        const Token token {start, i};
        int tokenIsWord = -1; ///< unknown until asked; remembered for the next pair
        const bool gluedBefore = start > 0 && isGlue(text.at(start - 1)) && text.at(start - 1) != u'.';
        const bool gluedAfter = i < n && isGlue(text.at(i))
            && !(text.at(i) == u'.' && (i + 1 >= n || text.at(i + 1) == u' ')) && text.at(i) != u'\''
            && text.at(i) != u'\u2019';
        // Candidates: the previous token, one space, this token; both standalone letters only.
        if (previous.start >= 0 && previous.end + 1 == token.start && text.at(previous.end) == u' ' && !gluedAfter
            && text.at(token.start).isLower()) {
            const QStringView a = QStringView(text).sliced(previous.start, previous.end - previous.start);
            const QStringView b = QStringView(text).sliced(token.start, token.end - token.start);
            const bool aStandalone = previous.start == 0 || !isGlue(text.at(previous.start - 1));
            const bool aIsWord = previousIsWord >= 0 ? previousIsWord > 0 : isWord(a);
            const bool bIsWord = isWord(b);
            tokenIsWord = bIsWord;
            if (aStandalone && !(aIsWord && bIsWord)) {
                const QString joined = a.toString() + b.toString();
                // A capitalised first part must be a sentence start, not a name: the joined
                // form has to be a word in lower case too.
                const bool capitalised = a.front().isUpper();
                const QString probe = capitalised ? joined.toLower() : joined;
                if (isWord(probe) && (!capitalised || isWord(joined))) {
                    out += QStringView(text).sliced(copied, previous.start - copied);
                    const qsizetype offset = out.size();
                    out += joined;
                    changes.append(SourceBlock::Change {a.toString() + u' ' + b.toString(), joined, offset});
                    copied = token.end;
                    changed = true;
                    previous = Token {-1, -1}; // never chain a third part onto a repaired word
                    previousIsWord = -1;
                    continue;
                }
            }
        }
        previous = gluedBefore || gluedAfter ? Token {-1, -1} : token;
        previousIsWord = tokenIsWord;
    }
    if (changed) {
        out += QStringView(text).sliced(copied);
        text = out;
    }
}

} // namespace Scrutiny::Ingest
