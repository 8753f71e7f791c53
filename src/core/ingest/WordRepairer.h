// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceBlock.h"

#include <QHash>

#include <memory>

namespace Scrutiny::Ingest {

class SpellingDictionary;

/// Joins words broken by a stray space ("r esidential", "goo d", "wishe s").
/// Two neighbours are joined only when the joined form is a word and at least
/// one part is not; two real words are never joined, and a part that starts
/// with a capital (a name) or holds a digit is left alone. Single letters other
/// than "a" and "I" count as fragments, although dictionaries list them. A word
/// hyphenated at a line end ("inspec- tion") is joined, keeping the hyphen of a
/// compound ("well- led" -> "well-led").
class WordRepairer
{
public:
    explicit WordRepairer(std::shared_ptr<const SpellingDictionary> dictionary);

    /// Repairs `text` in place; each repair is appended to `changes` with its
    /// offset in the repaired text.
    void repair(QString &text, QList<SourceBlock::Change> &changes);

    bool isWord(QStringView token);

private:
    void joinHyphenated(QString &text, QList<SourceBlock::Change> &changes);
    void repairSpaces(QString &text, QList<SourceBlock::Change> &changes);

    std::shared_ptr<const SpellingDictionary> m_dictionary;
    // This run's answers, without the dictionary's lock; looked up by view, so a known word costs no allocation.
    QHash<QString, bool> m_known;
};

} // namespace Scrutiny::Ingest
