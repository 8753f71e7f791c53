// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConceptLexicon.h"

#include "PorterStemmer.h"
#include "StopWords.h"
#include "TextTokenizer.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace Scrutiny {

namespace {
// The concept names of resources/linking/concepts.txt, for lupdate (the file is
// data it cannot read); test_linksuggester checks that none is missing.
constexpr const char *standardNames[] = {QT_TRANSLATE_NOOP("Scrutiny::Concept", "leadership"),
    QT_TRANSLATE_NOOP("Scrutiny::Concept", "resources"), QT_TRANSLATE_NOOP("Scrutiny::Concept", "commissioning"),
    QT_TRANSLATE_NOOP("Scrutiny::Concept", "outcomes"), QT_TRANSLATE_NOOP("Scrutiny::Concept", "pace"),
    QT_TRANSLATE_NOOP("Scrutiny::Concept", "workforce"),
    QT_TRANSLATE_NOOP("Scrutiny::Concept", "assessment and care planning"),
    QT_TRANSLATE_NOOP("Scrutiny::Concept", "safeguarding"),
    QT_TRANSLATE_NOOP("Scrutiny::Concept", "children's services"),
    QT_TRANSLATE_NOOP("Scrutiny::Concept", "adult services"),
    QT_TRANSLATE_NOOP("Scrutiny::Concept", "partnership working"),
    QT_TRANSLATE_NOOP("Scrutiny::Concept", "performance management"),
    QT_TRANSLATE_NOOP("Scrutiny::Concept", "planning and strategy"),
    QT_TRANSLATE_NOOP("Scrutiny::Concept", "organisation and structure"),
    QT_TRANSLATE_NOOP("Scrutiny::Concept", "engagement"), QT_TRANSLATE_NOOP("Scrutiny::Concept", "access to services"),
    QT_TRANSLATE_NOOP("Scrutiny::Concept", "dignity and rights"),
    QT_TRANSLATE_NOOP("Scrutiny::Concept", "teaching and learning"),
    QT_TRANSLATE_NOOP("Scrutiny::Concept", "additional needs"),
    QT_TRANSLATE_NOOP("Scrutiny::Concept", "welsh language"), QT_TRANSLATE_NOOP("Scrutiny::Concept", "housing"),
    QT_TRANSLATE_NOOP("Scrutiny::Concept", "health and care quality")};
} // namespace

QString ConceptLexicon::displayName(const QString &name)
{
    return QCoreApplication::translate("Scrutiny::Concept", name.toUtf8().constData());
}

bool ConceptLexicon::hasDisplayName(const QString &name)
{
    return std::any_of(std::cbegin(standardNames), std::cend(standardNames),
        [&](const char *known) { return name == QLatin1StringView(known); });
}

ConceptLexicon ConceptLexicon::fromText(QStringView text, const StopWords &stopWords, QString *error)
{
    ConceptLexicon lexicon;
    int lineNumber = 0;
    for (QStringView line : text.split(u'\n')) {
        ++lineNumber;
        const qsizetype hash = line.indexOf(u'#');
        if (hash >= 0)
            line = line.left(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        QStringView name = colon > 0 ? line.left(colon).trimmed() : QStringView();
        if (name.isEmpty() || name == u"-") {
            if (error)
                *error += QStringLiteral("line %1: expected \"name: phrase; phrase\"\n").arg(lineNumber);
            continue;
        }
        Concept entry;
        entry.ignored = name.startsWith(u'-');
        entry.name = (entry.ignored ? name.mid(1) : name).trimmed().toString();
        const int index = int(lexicon.m_concepts.size());
        for (QStringView written : line.mid(colon + 1).split(u';')) {
            written = written.trimmed();
            if (written.isEmpty())
                continue;
            Phrase phrase {index, {}, {}};
            QString firstStem;
            for (const TextTokenizer::Token &t : TextTokenizer::words(written)) {
                const bool exact = t.start > 0 && written[t.start - 1] == u'=';
                const QString stem = stopWords.contains(t.word) ? t.word : PorterStemmer::stem(t.word);
                if (firstStem.isEmpty())
                    firstStem = stem;
                phrase.stems.append(exact ? t.word : stem);
                phrase.exact.append(exact);
            }
            if (phrase.stems.isEmpty()) {
                if (error)
                    *error += QStringLiteral("line %1: \"%2\" has no words\n").arg(lineNumber).arg(written);
                continue;
            }
            entry.phrases.append(written.toString().remove(u'='));
            lexicon.m_byFirstStem[firstStem].append(std::move(phrase));
        }
        lexicon.m_concepts.append(std::move(entry));
    }
    for (QList<Phrase> &phrases : lexicon.m_byFirstStem) {
        std::stable_sort(phrases.begin(), phrases.end(),
            [](const Phrase &a, const Phrase &b) { return a.stems.size() > b.stems.size(); });
    }
    return lexicon;
}

const ConceptLexicon &ConceptLexicon::standard()
{
    static const ConceptLexicon lexicon = [] {
        QFile file(QStringLiteral(":/linking/concepts.txt"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("scrutiny_core: the resource :/linking/concepts.txt is missing");
        return fromText(QString::fromUtf8(file.readAll()), StopWords::standard());
    }();
    return lexicon;
}

QList<ConceptLexicon::Match> ConceptLexicon::find(const QStringList &stems, const QStringList &words) const
{
    QList<Match> matches;
    qsizetype i = 0;
    while (i < stems.size()) {
        const auto it = m_byFirstStem.constFind(stems[i]);
        qsizetype longest = 0;
        if (it != m_byFirstStem.cend()) {
            for (const Phrase &p : *it) {
                const qsizetype length = p.stems.size();
                if (longest > 0 && length < longest)
                    break; // longest first: shorter phrases lose to the one already found
                if (i + length > stems.size())
                    continue;
                bool equal = true;
                for (qsizetype k = 0; k < length && equal; ++k)
                    equal = p.stems[k] == (p.exact[k] ? words[i + k] : stems[i + k]);
                if (!equal)
                    continue;
                const bool known = std::any_of(matches.cbegin(), matches.cend(),
                    [&](const Match &m) { return m.first == i && m.conceptIndex == p.conceptIndex; });
                if (!known)
                    matches.append(Match {p.conceptIndex, i, i + length});
                longest = length;
            }
        }
        i += longest > 0 ? longest : 1;
    }
    return matches;
}

} // namespace Scrutiny
