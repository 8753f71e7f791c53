// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceBlock.h"
#include "Speaker.h"

#include "model/SegmentKind.h"

namespace Scrutiny::Ingest {

/// Decides what each cleaned block of a report is (summary, finding,
/// priority, quote, response, context, heading) and whose side it speaks for,
/// reading the report in order as a person would: lead-ins ending in ":" and
/// headings set what the following list items or paragraphs are; a press
/// release from the council, "In response ..." or a council's own release
/// switch to the council's side; quotations take their speaker from the
/// attribution before or after them, from a lead-in line, or from the person
/// named earlier when only a pronoun is given.
class Segmenter
{
public:
    struct Decision
    {
        SegmentKind kind = SegmentKind::Context;
        Side side = Side::Review;
        Speaker speaker; ///< quotes only
        Polarity polarity = Polarity::None; ///< findings only
    };
    static QList<Decision> classify(const SourceBlocks &blocks);

    /// A line that is a heading by its shape: short, no closing punctuation.
    static bool isHeadingShaped(const SourceBlock &block);
};

} // namespace Scrutiny::Ingest
