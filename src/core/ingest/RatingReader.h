// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ParsedReport.h"

namespace Scrutiny::Ingest {

/// Reads every rated aspect of the inspected service from an assembled report:
/// - the rows of a ratings table, however the reader gave them ("Safe | Good" from
///   a PDF's cells, "Safe: Good" in plain text), each a short label and a cell
///   that is wholly a grade;
/// - when there is no table, sentences in the review's own voice that give a
///   grade ("has been rated inadequate", "judged the force to be adequate at
///   investigating crime, but inadequate at ...", "given a 'poor' zero-star
///   rating"), never a quotation, the inspected body's words, a past inspection
///   ("two years ago ... was judged good"), other bodies or a hope;
/// - the joint-review verdict (serving people, prospects) already read into
///   ParsedReport::judgement.
/// The scale is the one known scale that holds every grade of the table.
class RatingReader
{
public:
    static QList<Rating> read(const ParsedReport &report);
};

} // namespace Scrutiny::Ingest
