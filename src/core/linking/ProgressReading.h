// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ProgressLink.h"

#include <QString>

namespace Scrutiny {

/// What a later report's finding says has happened, read from its grammar:
/// completion ("has been completed", "is now in place"), change under way ("has
/// improved", "has begun to"), persistence of a weakness ("remains", "still",
/// "continues to", "no progress", "has not yet"), a priority overtaken by events
/// ("no longer applies") and explicit repetition ("as at our last inspection").
/// A cue word denied nearby ("has not improved") counts against it.
struct ProgressReading
{
    ProgressType type = ProgressType::Progress;
    double confidence = 0; ///< in [0, 1]: how clearly the words say it
    QString cues; ///< the cue phrases found, quoted, for a reason
    bool persisting = false; ///< "still", "remains", "continues to" said of a weakness
    bool saidAgain = false; ///< the finding says outright it was found before ("again", "as at our last inspection")

    /// `repeatsEarlierFinding`: the finding closely matches a finding of an earlier
    /// report (the same weakness found again if the finding reads negative).
    /// `weakness`: the importer read the finding as a weakness (used when no cue is found).
    static ProgressReading read(const QString &text, bool repeatsEarlierFinding, bool weakness = false);
};

} // namespace Scrutiny
