// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/SegmentKind.h"

#include <QString>

namespace Scrutiny::Ingest {

/// Whether a finding reports a strength, a weakness or both, from evaluative
/// words ("good", "commendably", "patchy", "lack of", "needs to"). A clause
/// conceded with "despite"/"although" does not count against the main clause.
/// When the words do not say, the lead-in's or section's leaning decides
/// (`fallback`), else the finding is mixed.
class PolarityClassifier
{
public:
    static Polarity classify(QStringView finding, Polarity fallback = Polarity::None);
    /// The text judges something: it holds a word of praise or criticism.
    static bool isEvaluative(QStringView text);
    /// The leaning of a lead-in or heading ("Strengths", "areas for improvement"), or None.
    static Polarity leaningOf(QStringView leadIn);
};

} // namespace Scrutiny::Ingest
