// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Scrutiny::FullTextQuery {

/// Turns what a user types into an FTS5 MATCH expression: words are quoted (so
/// "co-ordination" or "don't" cannot be read as syntax), "phrases in quotes" stay
/// phrases, a trailing * keeps a prefix search, and AND / OR / NOT in capitals
/// stay operators. Empty when nothing searchable is left.
QString fromUserInput(const QString &input);

} // namespace Scrutiny::FullTextQuery
