// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringView>

namespace Scrutiny {

/// Words too common to say what a paragraph is about: English function words
/// and the furniture of every inspection report ("report", "council", "said").
/// The list ships as resources/linking/stopwords.txt, one word a line.
class StopWords
{
public:
    /// Reads one word a line; '#' starts a comment; blank lines are ignored.
    static StopWords fromText(QStringView text);
    /// The list compiled into scrutiny_core (loaded once, thread-safe).
    static const StopWords &standard();

    /// `word` is lower case, as TextTokenizer gives it.
    bool contains(QStringView word) const { return m_words.contains(word.toString()); }
    qsizetype size() const { return m_words.size(); }

private:
    QSet<QString> m_words;
};

} // namespace Scrutiny
