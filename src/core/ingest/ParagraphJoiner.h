// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceBlock.h"

namespace Scrutiny::Ingest {

/// Re-joins a paragraph that a page break (or a stray blank line) cut in the
/// middle of a sentence: "... a presentation highlighting the" followed by
/// "outcomes of the review." becomes one paragraph. The join is recorded as a
/// change of the joined block, with the break shown as "¶" in `before`.
class ParagraphJoiner
{
public:
    static void apply(SourceBlocks &blocks);
    /// True when `first` cannot end a paragraph and `second` can only continue one.
    static bool continues(const SourceBlock &first, const SourceBlock &second);
};

} // namespace Scrutiny::Ingest
