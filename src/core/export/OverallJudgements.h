// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ParsedReport.h"

#include <QList>
#include <QString>

namespace Scrutiny {

/// One overall judgement of a report, as the pack's cover shows it under the title.
struct OverallJudgement
{
    QString label; ///< "Overall rating", "Verdict", or the report's own row label ("Overall effectiveness")
    QString text; ///< the judgement in the report's words: "Requires improvement", or a whole sentence
    QString segmentId; ///< the segment stating it, when one does
    bool sentence = false; ///< `text` is a sentence of the report (quoted), not a grade
    bool operator==(const OverallJudgement &) const = default;
};

/// The report's overall judgements, for any inspectorate: every rating the
/// importer stored (ParsedReport::ratings, one line per rated aspect); for a
/// report stored without them, the joint-review verdict (serving people,
/// prospects) and an overall grade from a ratings table
/// row ("Overall | Requires improvement") or a sentence ("rated inadequate",
/// "overall effectiveness is good"), and the review's own summary sentence that
/// opens with or turns on "overall". Only the review's words count: never a
/// quotation or the inspected body's claims.
class OverallJudgements
{
public:
    static QList<OverallJudgement> of(const ParsedReport &report);
};

} // namespace Scrutiny
