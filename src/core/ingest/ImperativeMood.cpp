// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImperativeMood.h"

#include "SpellingDictionary.h"

#include <QSet>
#include <QString>

namespace Scrutiny::Ingest {

namespace {
// The closed classes of English (determiners, pronouns, prepositions, conjunctions,
// auxiliaries and modals): grammar, not vocabulary, and never the verb of a command.
const QSet<QString> &functionWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w : {"a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "they",
                 "them", "their", "we", "us", "our", "he", "him", "his", "she", "her", "you", "your", "i", "my", "me",
                 "all", "some", "any", "many", "most", "much", "more", "few", "fewer", "less", "each", "every", "both",
                 "either", "neither", "no", "not", "none", "other", "another", "such", "what", "which", "who", "whom",
                 "whose", "where", "when", "why", "how", "in", "on", "at", "for", "with", "within", "without", "by",
                 "from", "of", "off", "to", "into", "onto", "as", "about", "above", "below", "over", "under", "between",
                 "among", "across", "through", "during", "after", "before", "since", "until", "against", "despite",
                 "towards", "and", "but", "or", "nor", "so", "yet", "if", "unless", "while", "whilst", "although",
                 "though", "because", "whether", "than", "is", "are", "was", "were", "be", "been", "being", "am", "has",
                 "have", "had", "having", "do", "does", "did", "will", "would", "can", "could", "shall", "should",
                 "must", "may", "might", "ought", "also", "only", "just", "even", "still", "however", "overall", "one",
                 "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "mr", "mrs", "ms", "dr", "sir",
                 "councillor", "cllr"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

// Finite verbs that make the words before them a subject: a statement, not a command.
bool isFiniteAuxiliary(const QString &w)
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *x : {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
                 "should", "must", "may", "might", "does", "do", "did", "shall"})
            s.insert(QString::fromLatin1(x));
        return s;
    }();
    return words.contains(w);
}

// The first words of the sentence as written (case kept), up to its first full stop,
// semicolon or colon; digits end the scan ("3.4 Ensure" is stripped by the caller).
QList<QString> firstWords(QStringView text, int count)
{
    QList<QString> out;
    QString word;
    for (QChar c : text) {
        if (c.isLetter() || ((c == u'-' || c == u'\'' || c == u'\u2019') && !word.isEmpty())) {
            word += c;
            continue;
        }
        if (!word.isEmpty()) {
            out.append(word);
            word.clear();
            if (out.size() == count)
                return out;
        }
        if (c == u'.' || c == u';' || c == u':')
            break;
        if (!c.isSpace() && !c.isPunct() && !c.isSymbol())
            break;
    }
    if (!word.isEmpty() && out.size() < count)
        out.append(word);
    return out;
}

// Verbs whose object may be a clause without "that" ("Ensure staff are trained", "Make sure
// plans are reviewed"): a finite verb after them belongs to the clause, not to a subject.
bool takesClause(const QString &verb, const QString &next)
{
    return verb == u"ensure" || verb == u"check" || verb == u"confirm" || verb == u"demonstrate"
        || (verb == u"make" && next == u"sure");
}
// Common verbs whose past form does not end in "-ed": after a first word they make it a
// subject ("People told us ...", "Staff felt ..."). Grammar, a closed and short set.
bool isIrregularPast(const QString &w)
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *x : {"told", "said", "saw", "seen", "found", "made", "took", "taken", "gave", "given", "felt",
                 "kept", "met", "left", "led", "knew", "known", "thought", "brought", "began", "begun", "became",
                 "came", "went", "gone", "heard", "held", "paid", "spoke", "wrote", "written", "understood", "got",
                 "sent", "spent", "built", "lost", "won", "chose", "fell", "grew", "shown", "meant"})
            s.insert(QString::fromLatin1(x));
        return s;
    }();
    return words.contains(w);
}

} // namespace

bool ImperativeMood::canBeVerb(QStringView word) const
{
    if (!m_dictionary || word.size() < 3 || functionWords().contains(word.toString()))
        return false;
    const QString w = word.toString();
    if (!m_dictionary->isWord(w))
        return false;
    QStringList forms {w + QStringLiteral("ing")};
    if (w.endsWith(u'e') && !w.endsWith(QStringLiteral("ee")))
        forms.append(w.chopped(1) + QStringLiteral("ing"));
    const QChar last = w.back();
    if (!QStringLiteral("aeiouwxy").contains(last))
        forms.append(w + last + QStringLiteral("ing"));
    if (w.endsWith(QStringLiteral("ie")))
        forms.append(w.chopped(2) + QStringLiteral("ying"));
    for (const QString &f : std::as_const(forms)) {
        if (m_dictionary->isWord(f))
            return true;
    }
    return false;
}

bool ImperativeMood::isCommand(QStringView sentence) const
{
    const QList<QString> raw = firstWords(sentence, 14);
    if (raw.isEmpty() || (raw.size() < 2 && sentence.size() < 25))
        return false;
    QList<QString> words;
    for (const QString &w : raw)
        words.append(w.toLower());
    const QString &verb = words.first();
    // An acronym is a name ("PEEL inspections assess ..."), not a verb.
    if (raw.first().size() > 1 && raw.first() == raw.first().toUpper())
        return false;
    // Inflected forms are not the base form a command uses ("Ensures", "Ensured", "Reviewing").
    if (verb.endsWith(QStringLiteral("ing")) || verb.endsWith(QStringLiteral("ed")))
        return false;
    if (verb.endsWith(u's') && !verb.endsWith(QStringLiteral("ss")) && m_dictionary
        && m_dictionary->isWord(QStringView(verb).chopped(1)))
        return false;
    if (!canBeVerb(verb))
        return false;
    // "Service: ...", "Service representative: ...": a label and its value, not a command.
    if (raw.size() <= 2 && !takesClause(verb, words.value(1))) {
        const qsizetype colon = sentence.indexOf(u':');
        if (colon > 0 && colon < 40 && firstWords(sentence.first(colon), 3).size() == raw.size())
            return false;
    }
    if (words.size() > 1) {
        const QString &second = words.at(1);
        // "Staff described ...", "People told us ...": the first word was a subject.
        if (isIrregularPast(second) || (second.endsWith(QStringLiteral("ed")) && !functionWords().contains(second)))
            return false;
        // "Staff who had joined ...", "Staff we spoke with ...", "Number of pupils ...": a
        // relative clause, a subject pronoun or "of" follows a noun, never the verb of a command.
        static const QSet<QString> afterNoun = [] {
            QSet<QString> set;
            for (const char *x : {"who", "whose", "which", "we", "they", "he", "she", "i", "of"})
                set.insert(QString::fromLatin1(x));
            return set;
        }();
        if (afterNoun.contains(second))
            return false;
        // "Audit Wales examines ...": a noun in a name.
        if (raw.at(1).front().isUpper() && m_dictionary && m_dictionary->isWord(QString(verb + QStringLiteral("'s"))))
            return false;
    }
    if (takesClause(verb, words.value(1)))
        return true;
    // A finite verb in the main clause makes the words before it its subject: "Care records
    // were out of date", "Support into education, employment and training is a strength".
    static const QSet<QString> clauseStarts = [] {
        QSet<QString> set;
        for (const char *x : {"that", "which", "who", "whose", "where", "when", "so", "if", "because", "whether",
                 "while", "until", "how", "once", "unless"})
            set.insert(QString::fromLatin1(x));
        return set;
    }();
    // A verb in the past with an object after it is the main clause's finite verb: "Hand
    // hygiene audits showed compliance ..." is a statement. A past participle with a
    // preposition after it qualifies the object of a command ("Review the plans agreed with
    // partners", "Reduce the number of children placed out of area").
    static const QSet<QString> prepositions = [] {
        QSet<QString> set;
        for (const char *x : {"by", "in", "at", "for", "with", "from", "to", "on", "of", "under", "over", "out", "up",
                 "during", "after", "before", "since", "within", "across", "through", "into", "as", "and", "or"})
            set.insert(QString::fromLatin1(x));
        return set;
    }();
    auto isPast = [](const QString &w) {
        return isIrregularPast(w)
            || (w.size() >= 5 && w.endsWith(QStringLiteral("ed")) && !w.endsWith(QStringLiteral("eed"))
                && !functionWords().contains(w));
    };
    for (qsizetype i = 1; i < words.size(); ++i) {
        if (clauseStarts.contains(words.at(i)))
            break;
        if (isFiniteAuxiliary(words.at(i)))
            return false;
        if (i >= 2 && i + 1 < words.size() && isPast(words.at(i)) && !functionWords().contains(words.at(i - 1))
            && !prepositions.contains(words.at(i + 1)))
            return false;
    }
    return true;
}

} // namespace Scrutiny::Ingest
