// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Scrutiny {

class StopWords;

/// Groups of words and phrases that inspection reports use for one idea
/// ("commissioning ~ independent sector ~ mixed economy ~ placements"), so a
/// finding and a priority that name the same idea differently still meet.
/// Ships as resources/linking/concepts.txt:
///
///     name: phrase; phrase; ...
///     -name: phrase; ...        (a leading '-': names of institutions and the like,
///                                matched only so that their words count for nothing)
///
/// Phrases are compared word by word, content words stemmed (stop words as
/// they are), so "placement" also matches "placements" and "value for money"
/// matches "value-for-money". A word written "=provider" must appear exactly
/// so, for words whose stem they share with common words ("provide").
class ConceptLexicon
{
public:
    struct Concept
    {
        QString name;
        QStringList phrases; ///< as written in the lexicon, for reasons shown to users
        bool ignored = false; ///< a '-' line
    };
    /// A phrase of `concept` found over tokens [first, last).
    struct Match
    {
        int conceptIndex = 0;
        qsizetype first = 0;
        qsizetype last = 0;
    };

    /// Parses the format above; '#' starts a comment. Malformed lines are
    /// reported in *error (one line each) and skipped.
    static ConceptLexicon fromText(QStringView text, const StopWords &stopWords, QString *error = nullptr);
    /// The lexicon compiled into scrutiny_core (loaded once, thread-safe).
    static const ConceptLexicon &standard();

    const QList<Concept> &concepts() const { return m_concepts; }

    /// A concept's name as a reason shows it, in the program's language (context
    /// Scrutiny::Concept); names without a translation stay as written.
    static QString displayName(const QString &name);
    /// Whether `name` is one of the standard lexicon's names that lupdate sees
    /// (ConceptLexicon.cpp lists them): a concept added to concepts.txt needs one.
    static bool hasDisplayName(const QString &name);

    /// Every phrase found in a text's words (stop words as they are, other words
    /// stemmed, as LinkScorer makes them), scanning left
    /// to right and taking the longest phrase at each position; where several
    /// concepts share that phrase, each gets a match.
    /// `words` are the same tokens unstemmed (lower case), for '=' words.
    QList<Match> find(const QStringList &stems, const QStringList &words) const;

private:
    struct Phrase
    {
        int conceptIndex = 0;
        QStringList stems; ///< for '=' words, the word itself
        QList<bool> exact;
    };
    QList<Concept> m_concepts;
    QHash<QString, QList<Phrase>> m_byFirstStem; ///< longest phrases first
};

} // namespace Scrutiny
