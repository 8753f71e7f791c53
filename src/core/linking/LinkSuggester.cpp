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

namespace {
/// The findings of the numbered section a numbered finding stands in (itself included), in
/// document order; just the segment itself when it has no number.
QList<qsizetype> sectionFindings(const ParsedReport &report, qsizetype source)
{
    const QString number = ParagraphCitation::numberOf(report.segments[source].text);
    if (number.isEmpty() || report.segments[source].kind != SegmentKind::Finding)
        return {source};
    const QStringView major = QStringView(number).left(number.indexOf(u'.'));
    QList<qsizetype> out;
    for (qsizetype i = 0; i < report.segments.size(); ++i) {
        const Segment &s = report.segments[i];
        if (s.kind != SegmentKind::Finding)
            continue;
        const QString n = ParagraphCitation::numberOf(s.text);
        if (!n.isEmpty() && QStringView(n).left(n.indexOf(u'.')) == major)
            out.append(i);
    }
    return out;
}
} // namespace

QList<SuggestedLink> LinkSuggester::ranked(const ParsedReport &report, const LinkScorer &scorer, qsizetype source,
    const QList<qsizetype> &priorities, int limit, double minimum) const
{
    std::vector<std::pair<double, qsizetype>> scores;
    scores.reserve(size_t(priorities.size()));
    // A recommendation that cites the finding's paragraph or section answers it, whatever words
    // they share: when one does, the citing ones rank above the rest ([0.5, 1] against [0, 0.5)).
    const QString number = ParagraphCitation::numberOf(report.segments[source].text);
    QList<bool> cites;
    bool anyCited = false;
    for (qsizetype p : priorities) {
        cites.append(p != source && ParagraphCitation::cites(report.segments[p].text, number));
        anyCited = anyCited || cites.last();
    }
    // A numbered paragraph belongs to its section ("3.4" to section 3), and a recommendation
    // answering one weakness of a section answers its others: the finding's own words count
    // half, the words of its section's findings together the other half.
    const QList<qsizetype> section = sectionFindings(report, source);
    QList<bool> cited;
    for (qsizetype k = 0; k < priorities.size(); ++k) {
        const qsizetype p = priorities.at(k);
        if (p == source)
            continue;
        double s = scorer.score(source, p);
        if (section.size() > 1)
            s = 0.5 * s + 0.5 * scorer.score(section, p);
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

namespace {
QList<qsizetype> priorityIndexes(const ParsedReport &report)
{
    QList<qsizetype> indexes;
    for (qsizetype i = 0; i < report.segments.size(); ++i) {
        if (report.segments[i].kind == SegmentKind::Priority)
            indexes.append(i);
    }
    return indexes;
}
} // namespace

QList<SuggestedLink> LinkSuggester::suggest(const ParsedReport &report, int perSource, Sources sources) const
{
    const QList<qsizetype> priorities = priorityIndexes(report);
    if (priorities.isEmpty() || perSource <= 0)
        return {};
    const LinkScorer scorer(report, m_lexicon, m_stopWords, m_options);
    QList<SuggestedLink> links;
    for (qsizetype i = 0; i < report.segments.size(); ++i) {
        if (isSource(report.segments[i], sources))
            links += ranked(report, scorer, i, priorities, perSource, std::max(m_minimumScore, 1e-9));
    }
    return links;
}

QList<SuggestedLink> LinkSuggester::rank(const ParsedReport &report, QStringView sourceId) const
{
    const QList<qsizetype> priorities = priorityIndexes(report);
    for (qsizetype i = 0; i < report.segments.size(); ++i) {
        if (report.segments[i].id == sourceId) {
            const LinkScorer scorer(report, m_lexicon, m_stopWords, m_options);
            return ranked(report, scorer, i, priorities, -1, 0.0);
        }
    }
    return {};
}

QHash<QString, QList<SuggestedLink>> LinkSuggester::rankAll(const ParsedReport &report, Sources sources) const
{
    const QList<qsizetype> priorities = priorityIndexes(report);
    const LinkScorer scorer(report, m_lexicon, m_stopWords, m_options);
    QHash<QString, QList<SuggestedLink>> all;
    for (qsizetype i = 0; i < report.segments.size(); ++i) {
        if (isSource(report.segments[i], sources))
            all.insert(report.segments[i].id, ranked(report, scorer, i, priorities, -1, 0.0));
    }
    return all;
}

} // namespace Scrutiny
