// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LinkScorer.h"
#include "model/ParsedReport.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Scrutiny {

class ConceptLexicon;
class StopWords;

/// The link assistant: for each finding of a report (and each council response
/// or council-side quote, which may answer a priority) ranks every priority of
/// the same report, with a score in [0, 1] and the shared words or concepts
/// that made the match. Local and deterministic; see LinkScorer for the method.
///
///     LinkSuggester suggester;
///     for (const SuggestedLink &l : suggester.suggest(report)) ... // l.from "F2", l.to "P3"
class LinkSuggester
{
public:
    /// Which segments get suggestions.
    enum class Sources {
        Findings = 1,
        Responses = 2, ///< council responses and council-side quotes (responds-to)
        All = 3,
    };

    /// With the lexicon and stop words compiled into scrutiny_core.
    explicit LinkSuggester(const LinkScorer::Options &options = {});
    /// With your own word lists; both must outlive the suggester.
    LinkSuggester(const ConceptLexicon &lexicon, const StopWords &stopWords, const LinkScorer::Options &options = {});

    /// Suggestions below this score are not offered by suggest() (default 0.02:
    /// below it the pair typically shares one common word).
    void setMinimumScore(double score) { m_minimumScore = score; }
    double minimumScore() const { return m_minimumScore; }

    /// Each source's best `perSource` priorities scoring at least minimumScore(),
    /// sources in document order, best first within a source.
    QList<SuggestedLink> suggest(const ParsedReport &report, int perSource = 3, Sources sources = Sources::All) const;
    /// Every priority of the report for one segment (any kind), best first, zero
    /// scores included (reason "no shared words"). Empty for an unknown id.
    QList<SuggestedLink> rank(const ParsedReport &report, QStringView sourceId) const;
    /// rank() for every source segment at once: source id -> all priorities, best first.
    QHash<QString, QList<SuggestedLink>> rankAll(const ParsedReport &report, Sources sources = Sources::All) const;

    /// A finding, a council response, or a quote of someone from the council.
    static bool isSource(const Segment &segment, Sources sources = Sources::All);

private:
    struct Reading;
    QList<SuggestedLink> ranked(const Reading &reading, qsizetype source, int limit, double minimum) const;

    const ConceptLexicon &m_lexicon;
    const StopWords &m_stopWords;
    LinkScorer::Options m_options;
    double m_minimumScore = 0.02;
};

} // namespace Scrutiny
