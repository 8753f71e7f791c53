// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LinkScorer.h"
#include "model/ParsedReport.h"
#include "model/ProgressLink.h"

#include <QList>

namespace Scrutiny {

class ConceptLexicon;
class StopWords;

/// The link assistant across a report series. For each finding of a later
/// report it ranks the priorities of every earlier report (LinkScorer's TF-IDF
/// and concepts, over the findings and priorities of the whole series, so words
/// common to the series count for little), and reads the progress type from the
/// finding's grammar (ProgressReading). A later finding that closely matches an
/// earlier finding and still reads as a weakness is a repeat finding.
/// Local and deterministic; suggestions are never confirmed.
class ProgressSuggester
{
public:
    struct Report
    {
        qint64 documentId = 0;
        const ParsedReport *report = nullptr; ///< must outlive suggest()
    };
    struct Suggestions
    {
        /// Per later finding (series order, then document order): its best
        /// priorities, best first, each with a type, confidence and reason.
        QList<QList<ProgressLink>> ranked;
        /// Later findings repeating an earlier finding: type Repeat, `to` the earlier finding.
        QList<ProgressLink> repeats;
    };

    explicit ProgressSuggester(const LinkScorer::Options &options = {});
    ProgressSuggester(
        const ConceptLexicon &lexicon, const StopWords &stopWords, const LinkScorer::Options &options = {});

    /// Below this link score a finding gets no priority (default 0.1).
    void setMinimumScore(double score) { m_minimumScore = score; }
    /// How alike a later and an earlier finding must be to count as the same weakness (default 0.35).
    void setRepeatScore(double score) { m_repeatScore = score; }

    /// `series` earliest first. At most `perFinding` priorities per finding.
    Suggestions suggest(const QList<Report> &series, int perFinding = 1) const;

private:
    const ConceptLexicon &m_lexicon;
    const StopWords &m_stopWords;
    LinkScorer::Options m_options;
    double m_minimumScore = 0.1;
    double m_repeatScore = 0.35;
};

} // namespace Scrutiny
