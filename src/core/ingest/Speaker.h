// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/SegmentKind.h"

#include <QString>

#include <optional>

namespace Scrutiny::Ingest {

/// A person quoted or reported in a report, read from the phrases news
/// writing uses: "Sue Mead, review director, joint reviews", "Chief social
/// services inspector Graham Williams", "The leader of Wrexham Council, Shan
/// Wilkinson", "Coun Liz Eyre", "Ms Talbot".
struct Speaker
{
    QString name;
    QString role;
    bool isEmpty() const { return name.isEmpty(); }

    /// Parses a speaker phrase (the words before "said"). nullopt when the phrase
    /// does not name a person ("The report", "Inspectors", "He").
    static std::optional<Speaker> parse(QStringView phrase);
    /// The person a sentence introduces at its start, whatever the verb:
    /// "The chief executive, Isobel Garner recognised that ..." -> Isobel Garner.
    static std::optional<Speaker> introducedBy(QStringView sentence);
    /// "he", "she", "they" (any case).
    static bool isPronoun(QStringView word);
    /// "it", "the report", "the review": the document speaking, not a person.
    static bool isDocument(QStringView phrase);
    /// Which side a role (or name, with an honorific like "Coun") belongs to, if it says.
    static std::optional<Side> sideOf(QStringView roleOrName);
    /// A capitalised word that can be part of a personal name.
    static bool isNameWord(QStringView word);
    static bool isHonorific(QStringView word);
};

} // namespace Scrutiny::Ingest
