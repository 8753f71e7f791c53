// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ProgressLink.h"

#include <QString>

namespace Scrutiny {

/// What a later report's finding says has happened, read from its grammar,
/// clause by clause: completion ("has been completed", "is now in place", "was
/// approved"), change under way ("has improved", "has begun to"), persistence
/// of a weakness ("remains", "still", "continues to", "no better than"), the
/// action asked for not taken ("has not yet", "no progress"), a priority
/// overtaken by events ("no longer applies") and repetition ("as at our last
/// inspection"). A cue word denied nearby ("has not improved") counts against
/// it. Three things depend on the clause around a word rather than the word:
/// - "again" is a repeated weakness only in a clause that reads negative or
///   neutral ("has lengthened again"); in a positive one it says a practice is
///   back ("drills are once again held every month").
/// - A movement ("has fallen", "is now below", "fewer than") is good or bad by
///   what moves: down is good for a quantity that is a weakness in itself
///   (waits, delays, absence) or that the priority asks to reduce, up is good
///   otherwise. With "now" or a benchmark (average, target) it is the state
///   reached (met); otherwise it is change (progress).
/// - "remains"/"still" carry on whatever follows: good when the words after them
///   are good or are what the priority asked for ("still short", for "shorter
///   reports"), a persisting weakness otherwise.
struct ProgressReading
{
    ProgressType type = ProgressType::Progress;
    double confidence = 0; ///< in [0, 1]: how clearly the words say it
    QString cues; ///< the cue phrases found, quoted, for a reason
    bool persisting = false; ///< "still", "remains", "continues to", "no better than" said of a weakness
    bool saidAgain = false; ///< the finding says outright it was found before ("again", "as at our last inspection")

    /// `repeatsEarlierFinding`: the finding closely matches a finding of an earlier
    /// report (the same weakness found again if the finding reads negative).
    /// `weakness`: the importer read the finding as a weakness (used when no cue is found).
    /// `priority`: the text of the earlier priority the finding reports on, when
    /// known: it says which way a movement should go and what state was asked for.
    static ProgressReading read(
        const QString &text, bool repeatsEarlierFinding, bool weakness = false, const QString &priority = {});
};

} // namespace Scrutiny
