// SPDX-License-Identifier: GPL-3.0-or-later
// Cross-report suggestions for a series of 5 reports of 60 findings and 15
// priorities each (target: under 100 ms median), and the priority timeline
// built from them as the progress view does when it opens (the view itself:
// bench_progressview).
#include "SyntheticSeries.h"
#include "linking/ProgressSuggester.h"
#include "series/SeriesProgress.h"

#include <benchmark/benchmark.h>

using namespace Scrutiny;

namespace {
using Bench::syntheticSeries;

QList<ProgressSuggester::Report> members(const QList<AnnotatedReport> &reports)
{
    QList<ProgressSuggester::Report> m;
    for (const AnnotatedReport &a : reports)
        m.append(ProgressSuggester::Report {a.documentId, &a.report});
    return m;
}
} // namespace

static void BM_SuggestProgress_5x60x15(benchmark::State &state)
{
    const QList<AnnotatedReport> reports = syntheticSeries(5, 60, 15);
    const QList<ProgressSuggester::Report> m = members(reports);
    const ProgressSuggester suggester;
    (void)suggester.suggest(m); // loads the word lists once, outside the timing
    for (auto _ : state)
        benchmark::DoNotOptimize(suggester.suggest(m));
}
BENCHMARK(BM_SuggestProgress_5x60x15)->Unit(benchmark::kMillisecond);

// What opening the progress view computes once the reports are read: suggestions and the timeline.
static void BM_SeriesProgressBuild_5x60x15(benchmark::State &state)
{
    const QList<AnnotatedReport> reports = syntheticSeries(5, 60, 15);
    const QList<ProgressSuggester::Report> m = members(reports);
    const ProgressSuggester suggester;
    (void)suggester.suggest(m);
    for (auto _ : state)
        benchmark::DoNotOptimize(SeriesProgress::build(reports, {}, suggester.suggest(m)));
}
BENCHMARK(BM_SeriesProgressBuild_5x60x15)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
