// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressSuggester.h"

#include "ConceptLexicon.h"
#include "ProgressReading.h"
#include "StopWords.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Scrutiny {

ProgressSuggester::ProgressSuggester(const LinkScorer::Options &options)
    : ProgressSuggester(ConceptLexicon::standard(), StopWords::standard(), options)
{
}

ProgressSuggester::ProgressSuggester(
    const ConceptLexicon &lexicon, const StopWords &stopWords, const LinkScorer::Options &options)
    : m_lexicon(lexicon)
    , m_stopWords(stopWords)
    , m_options(options)
{
}

namespace {
struct Member
{
    int report = 0; ///< position in the series
    SegmentRef ref;
    const Segment *segment = nullptr;
};

double rounded(double value, int places)
{
    const double scale = std::pow(10.0, places);
    return std::round(value * scale) / scale;
}
} // namespace

ProgressSuggester::Suggestions ProgressSuggester::suggest(const QList<Report> &series, int perFinding) const
{
    Suggestions out;
    if (series.size() < 2)
        return out;
    // One report of the series' findings and priorities, so one scorer weighs
    // words by how rare they are across the whole series.
    ParsedReport combined;
    QList<Member> members;
    for (int r = 0; r < series.size(); ++r) {
        for (const Segment &s : series[r].report->segments) {
            if (s.kind != SegmentKind::Finding && s.kind != SegmentKind::Priority)
                continue;
            combined.segments.append(s);
            members.append(Member {r, SegmentRef {series[r].documentId, s.id}, &s});
        }
    }
    const LinkScorer scorer(combined, m_lexicon, m_stopWords, m_options);

    // A later finding read without regard to earlier ones: only weaknesses can be repeated.
    std::vector<ProgressReading> plain(size_t(members.size()));
    for (qsizetype i = 0; i < members.size(); ++i) {
        const Segment &s = *members[i].segment;
        if (members[i].report > 0 && s.kind == SegmentKind::Finding)
            plain[size_t(i)] = ProgressReading::read(s.text, false, s.polarity == Polarity::Weakness);
    }
    auto isWeakness = [&](qsizetype j) {
        const Member &m = members[j];
        if (m.report == 0)
            return true; // the importer's polarity is too rough to rule a first report's finding out
        const ProgressType t = plain[size_t(j)].type;
        return t == ProgressType::NotMet || t == ProgressType::Repeat;
    };

    for (qsizetype i = 0; i < members.size(); ++i) {
        const Member &finding = members[i];
        if (finding.report == 0 || finding.segment->kind != SegmentKind::Finding)
            continue;
        std::vector<std::pair<double, qsizetype>> priorities;
        double bestRepeat = 0;
        qsizetype repeatOf = -1;
        for (qsizetype j = 0; j < members.size(); ++j) {
            const Member &earlier = members[j];
            if (earlier.report >= finding.report)
                continue;
            const double score = scorer.score(i, j);
            if (earlier.segment->kind == SegmentKind::Priority) {
                if (score >= m_minimumScore)
                    priorities.emplace_back(score, j);
            } else if (score > bestRepeat && isWeakness(j)) {
                bestRepeat = score;
                repeatOf = j;
            }
        }
        // Said to be found again ("again", "still", "remains"): a less close match will do.
        const ProgressReading &first = plain[size_t(i)];
        const double needed = first.saidAgain || first.persisting ? 0.6 * m_repeatScore : m_repeatScore;
        const bool repeats = repeatOf >= 0 && bestRepeat >= needed;
        // Best first; ties keep series and document order.
        std::stable_sort(
            priorities.begin(), priorities.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
        // Read against a priority, a movement ("has fallen") is good or bad by what it asked for.
        const bool weakness = finding.segment->polarity == Polarity::Weakness;
        auto readFor = [&](qsizetype priority) {
            return ProgressReading::read(
                finding.segment->text, repeats, weakness, priority >= 0 ? members[priority].segment->text : QString());
        };
        const ProgressReading reading = readFor(priorities.empty() ? -1 : priorities.front().second);
        if (repeats && reading.type == ProgressType::Repeat) {
            out.repeats.append(ProgressLink {0, finding.ref, members[repeatOf].ref, ProgressType::Repeat, false,
                rounded(std::min(1.0, 0.5 * bestRepeat / m_repeatScore * reading.confidence + 0.2), 2),
                QCoreApplication::translate("Scrutiny::ProgressReason", "the same weakness: %1")
                    .arg(scorer.reason(i, repeatOf)),
                {}, {}});
        }
        QList<ProgressLink> ranked;
        for (size_t k = 0; k < priorities.size() && ranked.size() < perFinding; ++k) {
            const auto [score, j] = priorities[k];
            const ProgressReading linkReading = k == 0 ? reading : readFor(j);
            // A clear link and a clear reading make a confident suggestion.
            const double linkConfidence = std::min(1.0, score / 0.4);
            // The type is named as `progress-link --type` takes it (met, not-met, ...).
            QString reason = linkReading.cues.isEmpty()
                ? QCoreApplication::translate(
                    "Scrutiny::ProgressReason", "%1 (no cue words; read from the finding's tone)", "progress type")
                      .arg(toString(linkReading.type))
                : QCoreApplication::translate("Scrutiny::ProgressReason", "%1: %2", "progress type: the cue words")
                      .arg(toString(linkReading.type), linkReading.cues);
            reason += QStringLiteral("; %1").arg(scorer.reason(i, j));
            if (linkReading.type == ProgressType::Repeat && repeats)
                reason += QStringLiteral("; ")
                    + QCoreApplication::translate("Scrutiny::ProgressReason", "repeats %1")
                          .arg(members[repeatOf].ref.text());
            ranked.append(ProgressLink {0, finding.ref, members[j].ref, linkReading.type, false,
                rounded(linkConfidence * (0.4 + 0.6 * linkReading.confidence), 2), reason, {}, {}});
        }
        if (!ranked.isEmpty())
            out.ranked.append(ranked);
    }
    return out;
}

} // namespace Scrutiny
