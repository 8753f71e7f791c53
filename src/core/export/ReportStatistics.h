// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotations.h"

namespace Scrutiny {

/// The counts and coverage shares a cover page or summary shows.
struct ReportStatistics
{
    int findings = 0; ///< the review's findings (Side::Review)
    int councilClaims = 0; ///< findings in the inspected body's own words (Side::Council): shown apart, not coverage
    int priorities = 0;
    int quotes = 0;
    int responses = 0;
    int tags = 0; ///< distinct tags applied to segments
    int taggings = 0; ///< segment-tag applications
    int links = 0;
    int notes = 0;
    int findingsLinked = 0; ///< the review's findings with at least one link to a priority
    int prioritiesSupported = 0; ///< priorities some review finding addresses (fully or partly)

    double findingsLinkedShare() const { return findings ? double(findingsLinked) / findings : 0; }
    double prioritiesSupportedShare() const { return priorities ? double(prioritiesSupported) / priorities : 0; }

    static ReportStatistics of(const AnnotatedReport &annotated);
    /// Whether coverage counts the segment: a finding of the review, not a claim of the inspected body.
    static bool isReviewFinding(const Segment &segment);
};

} // namespace Scrutiny
