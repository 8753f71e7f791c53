// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Scrutiny::Ingest {

/// Where a paragraph quotes someone and who it says is speaking, in the forms
/// news writing uses: "X said: '...'", "'...,' he said.", "'...,' said X, role.",
/// a lead-in line "X, role, says:" whose quotation follows in the next
/// paragraph, and quotation paragraphs that open a mark without closing it
/// (the quotation continues in the next paragraph). Straight, curly, single
/// and double quotation marks.
struct Attribution
{
    bool hasQuotation = false; ///< a real quotation, not a word in scare quotes
    bool startsWithQuotation = false;
    bool endsOpen = false; ///< the last quotation is not closed in this paragraph
    bool closesEarlierQuotation = false; ///< opens none but ends with a closing mark
    bool leadIn = false; ///< no quotation, ends "... said:": the quotation follows
    QString speakerPhrase; ///< the words naming the speaker ("he", "Sue Mead, review director"), may be empty
    QString textBeforeQuotation; ///< the paragraph up to the first quotation, for pronoun resolution

    static Attribution analyse(QStringView paragraph);
    /// The phrase before a reporting verb at the start of a sentence without a
    /// quotation ("Mr Elsworth said the council had ..."), or empty.
    static QString reportedSpeaker(QStringView sentence);
};

} // namespace Scrutiny::Ingest
