// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceBlock.h"
#include "Speaker.h"

#include "model/SegmentKind.h"

namespace Scrutiny::Ingest {

class SpellingDictionary;

/// Decides what each cleaned block of a report is (summary, finding,
/// priority, quote, response, context, heading) and whose side it speaks for,
/// reading the report in order as a person would: lead-ins ending in ":" and
/// headings set what the following list items or paragraphs are; a press
/// release from the council, "In response ..." or a council's own release
/// switch to the council's side; quotations take their speaker from the
/// attribution before or after them, from a lead-in line, or from the person
/// named earlier when only a pronoun is given; statements of what the body must or should do,
/// and commands, are priorities; evaluative statements in the review's voice are findings,
/// statements by or about the inspected body ("the council said it would ...") its response.
class Segmenter
{
public:
    struct Decision
    {
        SegmentKind kind = SegmentKind::Context;
        Side side = Side::Review;
        Speaker speaker; ///< quotes only
        Polarity polarity = Polarity::None; ///< findings only
        /// How sure the reading is, 0..1: a cue stated in the text (a lead-in, "the report
        /// found", a quotation mark) is surer than a default.
        double confidence = 0.5;
        QString reason; ///< the cue that decided, for a person ("imperative list item")
    };
    /// `dictionary` tells imperative verbs from nouns (see ImperativeMood); without one,
    /// only lead-ins and modal verbs make priorities.
    static QList<Decision> classify(const SourceBlocks &blocks, const SpellingDictionary *dictionary = nullptr);

    /// A line that is a heading by its shape: short, no closing punctuation.
    static bool isHeadingShaped(const SourceBlock &block);
};

} // namespace Scrutiny::Ingest
