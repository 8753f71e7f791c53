// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinkSuggester.h"

#include "ConceptLexicon.h"
#include "ParagraphCitation.h"
#include "StopWords.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Scrutiny {

LinkSuggester::LinkSuggester(const LinkScorer::Options &options)
    : LinkSuggester(ConceptLexicon::standard(), StopWords::standard(), options)
{
}

LinkSuggester::LinkSuggester(
    const ConceptLexicon &lexicon, const StopWords &stopWords, const LinkScorer::Options &options)
    : m_lexicon(lexicon)
    , m_stopWords(stopWords)
    , m_options(options)
{
}

bool LinkSuggester::isSource(const Segment &segment, Sources sources)
{
    const bool findings = (int(sources) & int(Sources::Findings)) != 0;
    const bool responses = (int(sources) & int(Sources::Responses)) != 0;
    switch (segment.kind) {
    case SegmentKind::Finding:
        return findings;
    case SegmentKind::Response:
        return responses;
    case SegmentKind::Quote:
        return responses && segment.side == Side::Council;
    default:
        return false;
    }
}

/// What ranking needs of one report, worked out once for all its sources: the scorer, the
/// priorities and what each cites, each segment's paragraph number, and each numbered section's
/// findings summed. Per source it is then only arithmetic, so a long report ranks in linear time.
struct LinkSuggester::Reading
{
    Reading(const ParsedReport &r, const ConceptLexicon &lexicon, const StopWords &stopWords,
        const LinkScorer::Options &options)
        : report(r)
        , scorer(r, lexicon, stopWords, options)
    {
        numbers.reserve(r.segments.size());
        for (qsizetype i = 0; i < r.segments.size(); ++i) {
            const Segment &s = r.segments[i];
            numbers.append(s.kind == SegmentKind::Heading ? QString() : ParagraphCitation::numberOf(s.text));
            if (s.kind == SegmentKind::Priority) {
                priorities.append(i);
                citations.emplace_back(s.text);
            }
            if (s.kind == SegmentKind::Finding && !numbers.last().isEmpty())
                sections[majorOf(numbers.last())].append(i);
        }
        for (auto it = sections.cbegin(); it != sections.cend(); ++it) {
            if (it->size() > 1)
                groups.insert(it.key(), scorer.group(*it));
        }
    }

    static QString majorOf(const QString &number) { return number.left(number.indexOf(u'.')); }

    const ParsedReport &report;
    const LinkScorer scorer;
    QList<qsizetype> priorities;
    std::vector<ParagraphCitation::Citations> citations; ///< per priority
    QStringList numbers; ///< per segment: the paragraph number it opens with
    /// A numbered paragraph belongs to its section ("3.4" to section 3): section -> its findings.
    QHash<QString, QList<qsizetype>> sections;
    QHash<QString, LinkScorer::Group> groups; ///< sections of more than one finding, summed
};

QList<SuggestedLink> LinkSuggester::ranked(const Reading &reading, qsizetype source, int limit, double minimum) const
{
    const ParsedReport &report = reading.report;
    const LinkScorer &scorer = reading.scorer;
    const QList<qsizetype> &priorities = reading.priorities;
    std::vector<std::pair<double, qsizetype>> scores;
    scores.reserve(size_t(priorities.size()));
    // A recommendation that cites the finding's paragraph or section answers it, whatever words
    // they share: when one does, the citing ones rank above the rest ([0.5, 1] against [0, 0.5)).
    const QString &number = reading.numbers.at(source);
    QList<bool> cites;
    bool anyCited = false;
    for (qsizetype k = 0; k < priorities.size(); ++k) {
        cites.append(priorities.at(k) != source && reading.citations[size_t(k)].cites(number));
        anyCited = anyCited || cites.last();
    }
    // A recommendation answering one weakness of a section answers its others: the finding's own
    // words count half, the words of its section's findings together the other half.
    const LinkScorer::Group *section = nullptr;
    if (report.segments[source].kind == SegmentKind::Finding && !number.isEmpty()) {
        const auto it = reading.groups.constFind(Reading::majorOf(number));
        section = it == reading.groups.cend() ? nullptr : &*it;
    }
    QList<bool> cited;
    for (qsizetype k = 0; k < priorities.size(); ++k) {
        const qsizetype p = priorities.at(k);
        if (p == source)
            continue;
        double s = scorer.score(source, p);
        if (section)
            s = 0.5 * s + 0.5 * scorer.score(*section, p);
        if (anyCited)
            s = cites.at(k) ? 0.5 + 0.5 * s : 0.499 * s;
        if (s >= minimum) {
            scores.emplace_back(s, p);
            cited.append(cites.at(k));
        }
    }
    QHash<qsizetype, bool> citedBy;
    for (size_t i = 0; i < scores.size(); ++i)
        citedBy.insert(scores[i].second, cited.at(qsizetype(i)));
    // Best first; ties keep document order so the output is stable.
    auto better = [](const std::pair<double, qsizetype> &x, const std::pair<double, qsizetype> &y) {
        return x.first > y.first || (x.first == y.first && x.second < y.second);
    };
    const size_t keep = limit < 0 ? scores.size() : std::min(scores.size(), size_t(limit));
    std::partial_sort(scores.begin(), scores.begin() + qsizetype(keep), scores.end(), better);
    QList<SuggestedLink> links;
    links.reserve(qsizetype(keep));
    const Segment &from = report.segments[source];
    for (size_t i = 0; i < keep; ++i) {
        const auto [score, p] = scores[i];
        // Three decimals: what a person can read, and stable across builds for golden files.
        QString reason = score > 0 ? scorer.reason(source, p)
                                   : QCoreApplication::translate("Scrutiny::LinkReason", "no shared words");
        if (citedBy.value(p))
            reason = QCoreApplication::translate("Scrutiny::LinkReason", "cites paragraph %1; %2").arg(number, reason);
        links.append(SuggestedLink {from.id, report.segments[p].id, std::round(score * 1000) / 1000, reason});
    }
    return links;
}

QList<SuggestedLink> LinkSuggester::suggest(const ParsedReport &report, int perSource, Sources sources) const
{
    const bool anyPriority = std::any_of(report.segments.cbegin(), report.segments.cend(),
        [](const Segment &s) { return s.kind == SegmentKind::Priority; });
    if (!anyPriority || perSource <= 0)
        return {};
    const Reading reading(report, m_lexicon, m_stopWords, m_options);
    QList<SuggestedLink> links;
    for (qsizetype i = 0; i < report.segments.size(); ++i) {
        if (isSource(report.segments[i], sources))
            links += ranked(reading, i, perSource, std::max(m_minimumScore, 1e-9));
    }
    return links;
}

QList<SuggestedLink> LinkSuggester::rank(const ParsedReport &report, QStringView sourceId) const
{
    for (qsizetype i = 0; i < report.segments.size(); ++i) {
        if (report.segments[i].id == sourceId)
            return ranked(Reading(report, m_lexicon, m_stopWords, m_options), i, -1, 0.0);
    }
    return {};
}

QHash<QString, QList<SuggestedLink>> LinkSuggester::rankAll(const ParsedReport &report, Sources sources) const
{
    const Reading reading(report, m_lexicon, m_stopWords, m_options);
    QHash<QString, QList<SuggestedLink>> all;
    for (qsizetype i = 0; i < report.segments.size(); ++i) {
        if (isSource(report.segments[i], sources))
            all.insert(report.segments[i].id, ranked(reading, i, -1, 0.0));
    }
    return all;
}

} // namespace Scrutiny
