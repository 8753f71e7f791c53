// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceBlock.h"

#include "model/ParsedReport.h"

namespace Scrutiny::Ingest {

/// Keeps one copy of repeated text: a teaser (a truncated copy of the
/// following paragraph, ending "..." or cut mid-word) is dropped in favour of
/// the full paragraph; a lead paragraph that repeats the next paragraphs run
/// together is dropped in favour of the separate ones; a paragraph or headline
/// seen before is dropped the second time. Comparison ignores spacing and case,
/// so a stray or missing space does not hide a copy.
class DuplicateFilter
{
public:
    static void apply(SourceBlocks &blocks, QList<Removal> &removed);

    /// The comparison key: letters and digits only, lower case.
    static QString comparisonKey(QStringView text);
};

} // namespace Scrutiny::Ingest
