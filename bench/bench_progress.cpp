// SPDX-License-Identifier: GPL-3.0-or-later
// Cross-report suggestions for a series of 5 reports of 60 findings and 15
// priorities each (target: under 100 ms median), and the priority timeline
// built from them as the progress view does when it opens.
#include "linking/ProgressSuggester.h"
#include "series/SeriesProgress.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <benchmark/benchmark.h>

using namespace Scrutiny;

namespace {
// Sentences of the test reports (series and link sets), recombined into
// reports with real vocabulary and the progress cues of follow-up reports.
QStringList sentences()
{
    QStringList out;
    static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.;:!?])\\s+"));
    for (const char *dir : {"/tests/data/series", "/tests/data/links"}) {
        QDirIterator it(QStringLiteral(SCRUTINY_SOURCE_DIR) + QLatin1StringView(dir), {QStringLiteral("*.txt")},
            QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            for (const QString &s : QString::fromUtf8(f.readAll()).split(sentenceEnd, Qt::SkipEmptyParts)) {
                const QString t = s.simplified();
                if (t.size() > 30)
                    out.append(t);
            }
        }
    }
    return out;
}

QList<AnnotatedReport> series(int reports, int findings, int priorities)
{
    const QStringList all = sentences();
    const qsizetype n = all.size();
    QList<AnnotatedReport> out;
    for (int d = 0; d < reports; ++d) {
        AnnotatedReport a;
        a.documentId = d + 1;
        ParsedReport &r = a.report;
        auto add = [&r](SegmentKind kind, int number, const QString &text) {
            if (!r.text.isEmpty())
                r.text += QStringLiteral("\n\n");
            Segment s;
            s.kind = kind;
            s.id = idPrefix(kind) + QString::number(number);
            s.start = r.text.size();
            r.text += text;
            s.end = r.text.size();
            s.text = text;
            r.segments.append(s);
        };
        for (int i = 0; i < findings; ++i)
            add(SegmentKind::Finding, i + 1, all[(2 * i + 31 * d) % n] + u' ' + all[(2 * i + 7 + 17 * d) % n]);
        for (int i = 0; i < priorities; ++i)
            add(SegmentKind::Priority, i + 1, all[(i * 13 + 5 + 11 * d) % n].left(120));
        out.append(a);
    }
    return out;
}

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
    const QList<AnnotatedReport> reports = series(5, 60, 15);
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
    const QList<AnnotatedReport> reports = series(5, 60, 15);
    const QList<ProgressSuggester::Report> m = members(reports);
    const ProgressSuggester suggester;
    (void)suggester.suggest(m);
    for (auto _ : state)
        benchmark::DoNotOptimize(SeriesProgress::build(reports, {}, suggester.suggest(m)));
}
BENCHMARK(BM_SeriesProgressBuild_5x60x15)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
