// SPDX-License-Identifier: GPL-3.0-or-later
// Link suggestions for a large report (200 findings x 50 priorities), against
// the floor of only splitting the same segments into words.
#include "linking/LinkSuggester.h"
#include "linking/TextTokenizer.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <benchmark/benchmark.h>

using namespace Scrutiny;

namespace {
// Sentences of the sample and the link test reports, recombined into a report
// with `findings` findings (two sentences each) and `priorities` priorities
// (one short sentence each), so the vocabulary is that of real reports.
ParsedReport largeReport(int findings, int priorities)
{
    QStringList sentences;
    QStringList files {QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt")};
    const QDir links(QStringLiteral(SCRUTINY_SOURCE_DIR "/tests/data/links"));
    for (const QString &name : links.entryList({QStringLiteral("*.txt")}))
        files.append(links.filePath(name));
    static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.;:!?])\\s+"));
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const QString &s : QString::fromUtf8(f.readAll()).split(sentenceEnd, Qt::SkipEmptyParts)) {
            const QString t = s.simplified();
            if (t.size() > 30)
                sentences.append(t);
        }
    }
    ParsedReport r;
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
    const qsizetype n = sentences.size();
    for (int i = 0; i < findings; ++i)
        add(SegmentKind::Finding, i + 1, sentences[(2 * i) % n] + u' ' + sentences[(2 * i + 7) % n]);
    for (int i = 0; i < priorities; ++i) {
        const QString &s = sentences[(i * 13 + 5) % n];
        add(SegmentKind::Priority, i + 1, s.left(120));
    }
    return r;
}
} // namespace

static void BM_SuggestLinks_200x50(benchmark::State &state)
{
    const ParsedReport r = largeReport(200, 50);
    const LinkSuggester suggester;
    (void)suggester.suggest(r); // loads the word lists once, outside the timing
    for (auto _ : state)
        benchmark::DoNotOptimize(suggester.suggest(r, 3));
    state.SetLabel("floor=BM_Floor_TokenizeSegments_200x50");
}
BENCHMARK(BM_SuggestLinks_200x50)->Unit(benchmark::kMillisecond);

static void BM_RankAll_200x50(benchmark::State &state)
{
    const ParsedReport r = largeReport(200, 50);
    const LinkSuggester suggester;
    (void)suggester.suggest(r);
    for (auto _ : state)
        benchmark::DoNotOptimize(suggester.rankAll(r));
    state.SetLabel("floor=BM_Floor_TokenizeSegments_200x50");
}
BENCHMARK(BM_RankAll_200x50)->Unit(benchmark::kMillisecond);

static void BM_Floor_TokenizeSegments_200x50(benchmark::State &state)
{
    const ParsedReport r = largeReport(200, 50);
    for (auto _ : state) {
        qsizetype words = 0;
        for (const Segment &s : r.segments)
            words += TextTokenizer::words(s.text).size();
        benchmark::DoNotOptimize(words);
    }
}
BENCHMARK(BM_Floor_TokenizeSegments_200x50)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
