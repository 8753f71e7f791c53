// SPDX-License-Identifier: GPL-3.0-or-later
// Serialising a report to the parse contract, against the floor of copying the
// same text into a QJsonValue and writing it out.
#include "model/ReportJson.h"

#include <QFile>
#include <QJsonDocument>

#include <benchmark/benchmark.h>

using namespace Scrutiny;

namespace {
ParsedReport sampleAsParagraphs()
{
    QFile f(QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt"));
    (void)f.open(QIODevice::ReadOnly);
    ParsedReport r;
    r.text = QString::fromUtf8(f.readAll()).repeated(100);
    qsizetype start = 0;
    int n = 0;
    while (start < r.text.size()) {
        qsizetype end = r.text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = r.text.size();
        if (end > start)
            r.segments.append(Segment {QStringLiteral("C%1").arg(++n), SegmentKind::Context, Side::Review, start, end,
                r.text.mid(start, end - start), {}, {}, Polarity::None, 0});
        start = end + 1;
    }
    return r;
}
} // namespace

static void BM_ReportToJson(benchmark::State &state)
{
    const ParsedReport r = sampleAsParagraphs();
    for (auto _ : state)
        benchmark::DoNotOptimize(QJsonDocument(ReportJson::toJson(r)).toJson(QJsonDocument::Compact));
    state.SetLabel("floor=BM_Floor_TextToJson");
    state.SetBytesProcessed(state.iterations() * r.text.size() * 2);
}
BENCHMARK(BM_ReportToJson)->Unit(benchmark::kMillisecond);

static void BM_Floor_TextToJson(benchmark::State &state)
{
    const ParsedReport r = sampleAsParagraphs();
    for (auto _ : state)
        benchmark::DoNotOptimize(
            QJsonDocument(QJsonObject {{QStringLiteral("text"), r.text}}).toJson(QJsonDocument::Compact));
    state.SetBytesProcessed(state.iterations() * r.text.size() * 2);
}
BENCHMARK(BM_Floor_TextToJson)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
