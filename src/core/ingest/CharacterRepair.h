// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceBlock.h"

namespace Scrutiny::Ingest {

/// Characters no report means, replaced by U+FFFD and recorded as repairs: NUL
/// and other C0 control characters a bad save left in the text, and UTF-16
/// surrogates without their other half (which no UTF-8 or JSON can carry).
/// One character for one, so offsets of earlier repairs stay right.
namespace CharacterRepair {

void apply(SourceBlocks &blocks);
/// The repairs for one text, appended to changes; returns how many.
int repair(QString &text, QList<SourceBlock::Change> &changes);

} // namespace CharacterRepair

} // namespace Scrutiny::Ingest
