// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Scrutiny::Ingest {

class SpellingDictionary;

/// Whether a sentence is a command ("Ensure that ...", "Review staffing at night", "make sure
/// ..."): its first word is a verb in its base form and no finite verb follows it as the
/// predicate of a subject ("Care records were out of date" is a statement).
///
/// A verb is told from a noun or adjective by the dictionary's morphology, not by a list of
/// words: Hunspell accepts an "-ing" form built from it by the English spelling rules
/// (ensure -> ensuring, plan -> planning, carry -> carrying). Function words, which the
/// dictionary would also let through ("the" -> "thing"), are a closed class and are listed.
class ImperativeMood
{
public:
    explicit ImperativeMood(const SpellingDictionary *dictionary)
        : m_dictionary(dictionary)
    {
    }
    bool isCommand(QStringView sentence) const;
    /// True when Hunspell knows an -ing form of `word` (lower case): it can be a verb.
    bool canBeVerb(QStringView word) const;

private:
    const SpellingDictionary *m_dictionary;
};

} // namespace Scrutiny::Ingest
