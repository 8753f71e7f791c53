// SPDX-License-Identifier: GPL-3.0-or-later
// The importer on full-length reports (issue 11), against its floors in the same run:
//  - importing a 90-page full-report PDF (six of the corpus's 15-page reports joined by
//    pdfunite: contents pages, running headers, footnotes, tables, two columns) against
//    `pdftotext` on the same file (target: within 1.5x);
//  - the accuracy run over the whole corpus (tests/data/accuracy), as tools/accuracy does it.
#include "BenchmarkRun.h"
#include "CorpusGold.h"
#include "ingest/ReportImporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Scrutiny;

namespace {
const QString &fullReportPdf()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QDir reports(QStringLiteral(SCRUTINY_SOURCE_DIR "/tests/data/reports"));
        QStringList parts;
        for (const QString &name : reports.entryList({QStringLiteral("full-*.pdf")}, QDir::Files, QDir::Name))
            parts.append(reports.filePath(name));
        parts = parts.mid(0, 6);
        const QString out = dir.filePath(QStringLiteral("full-report-90-pages.pdf"));
        QProcess p;
        p.start(QStringLiteral("pdfunite"), parts + QStringList {out});
        if (parts.size() < 6 || !p.waitForFinished(60000) || p.exitCode() != 0)
            qFatal("cannot join the corpus's full reports with pdfunite (poppler-utils)");
        return out;
    }();
    return path;
}
} // namespace

static void BM_Floor_PdftotextFullReport(benchmark::State &state)
{
    const QString &path = fullReportPdf();
    for (auto _ : state) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            state.SkipWithError("pdftotext failed (poppler-utils is part of the build environment)");
            return;
        }
        benchmark::DoNotOptimize(p.readAllStandardOutput().size());
    }
}
BENCHMARK(BM_Floor_PdftotextFullReport)->Unit(benchmark::kMillisecond);

static void BM_ImportFullReportPdf90Pages(benchmark::State &state)
{
    const QString &path = fullReportPdf();
    int pages = 0;
    for (auto _ : state) {
        QString error;
        const auto report = ReportImporter::importFile(path, &error);
        if (!report) {
            state.SkipWithError(error.toStdString());
            return;
        }
        pages = report->segments.isEmpty() ? 0 : report->segments.last().page;
    }
    state.counters["pages"] = pages;
    state.SetLabel("floor=BM_Floor_PdftotextFullReport");
}
BENCHMARK(BM_ImportFullReportPdf90Pages)->Unit(benchmark::kMillisecond);

static void BM_CorpusAccuracyRun(benchmark::State &state)
{
    const QDir dir(QStringLiteral(SCRUTINY_SOURCE_DIR "/tests/data/accuracy"));
    QList<CorpusGold::File> golds;
    for (const QString &name : dir.entryList({QStringLiteral("*.gold")}, QDir::Files, QDir::Name)) {
        CorpusGold::File g;
        QString error;
        if (!CorpusGold::read(dir.filePath(name), &g, &error)) {
            state.SkipWithError(error.toStdString());
            return;
        }
        golds.append(g);
    }
    double f1 = 0;
    for (auto _ : state) {
        CorpusGold::Counts all;
        for (const CorpusGold::File &g : std::as_const(golds)) {
            QString error;
            const auto report = ReportImporter::importFile(QStringLiteral(SCRUTINY_SOURCE_DIR "/") + g.report, &error);
            if (!report) {
                state.SkipWithError(error.toStdString());
                return;
            }
            all += CorpusGold::score(*report, g);
        }
        f1 = all.kindF1();
    }
    state.counters["reports"] = double(golds.size());
    state.counters["kind_f1"] = f1;
}
BENCHMARK(BM_CorpusAccuracyRun)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return Scrutiny::Bench::runBenchmarks(argc, argv);
}
