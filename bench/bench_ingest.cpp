// SPDX-License-Identifier: GPL-3.0-or-later
// Report ingestion against its floors, measured in the same run:
//  - parse+clean+segment of ~1 MB (the sample repeated, each copy's names varied so no copy is
//    a duplicate of another) against reading the same bytes and splitting them into lines;
//  - importing a ~200-page PDF against running `pdftotext` on the same file;
//  - the peak memory of importing 50 MB of text, as a multiple of the input's size;
//  - importing the sample once (the store imports reports one at a time).
#include "BenchmarkRun.h"
#include "ingest/ReportImporter.h"

#include <QFile>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextDocument>

#include <poppler-qt6.h>

#include <benchmark/benchmark.h>

#include <fstream>
#include <string>

using namespace Scrutiny;

namespace {
QByteArray sample()
{
    QFile f(QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample");
    return f.readAll();
}

// The sample repeated until `bytes`, each copy naming a different council.
QByteArray repeatedSample(qsizetype bytes)
{
    const QByteArray one = sample();
    QByteArray out;
    out.reserve(bytes + one.size() * 2);
    for (int copy = 0; out.size() < bytes; ++copy) {
        QByteArray name = "Wrexham";
        for (int n = copy; n > 0; n /= 26)
            name += char('a' + n % 26);
        out += QByteArray(one).replace("Wrexham", name);
        out += "\n\n";
    }
    return out;
}

qsizetype statusKb(const char *field)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    const std::string key = std::string(field) + ":";
    while (std::getline(status, line)) {
        if (line.rfind(key, 0) == 0)
            return std::stoll(line.substr(key.size()));
    }
    return 0;
}

// Writes a report of about `pages` pages with QPdfWriter (Qt's own PDF engine, not Poppler).
QString generatedPdf(const QString &path, int pages)
{
    const QString text = QString::fromUtf8(sample());
    QString body;
    int copies = 1;
    for (int attempt = 0; attempt < 3; ++attempt) {
        body = text.repeated(copies);
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(QStringLiteral("Generated inspection report"));
        QTextDocument document;
        document.setPlainText(body);
        document.print(&writer);
        auto pdf = Poppler::Document::load(path);
        const int got = pdf ? pdf->numPages() : 0;
        if (got >= pages * 9 / 10 || got == 0)
            break;
        copies = std::max(copies + 1, copies * pages / std::max(1, got));
    }
    return path;
}

const QByteArray &oneMegabyte()
{
    static const QByteArray bytes = repeatedSample(1 << 20);
    return bytes;
}

QTemporaryDir &tempDir()
{
    static QTemporaryDir dir;
    return dir;
}

const QString &pdfPath()
{
    static const QString path = generatedPdf(tempDir().filePath(QStringLiteral("report.pdf")), 200);
    return path;
}
} // namespace

static void BM_Floor_ReadSplitLines(benchmark::State &state)
{
    const QByteArray &bytes = oneMegabyte();
    for (auto _ : state) {
        const QString text = QString::fromUtf8(bytes);
        const QStringList lines = text.split(u'\n');
        benchmark::DoNotOptimize(lines.size());
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(BM_Floor_ReadSplitLines)->Unit(benchmark::kMillisecond);

// Parse+clean+segment: what ingestion itself costs, without the link assistant's proposals.
static void BM_IngestText1MB(benchmark::State &state)
{
    const QByteArray &bytes = oneMegabyte();
    ReportImporter::Options options;
    options.suggestLinks = false;
    std::size_t segments = 0;
    for (auto _ : state) {
        QString error;
        const auto report = ReportImporter::importBytes(bytes, QStringLiteral("-"), &error, options);
        if (!report) {
            state.SkipWithError(error.toStdString());
            return;
        }
        segments = report->segments.size();
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
    state.counters["segments"] = double(segments);
    state.SetLabel("floor=BM_Floor_ReadSplitLines");
}
BENCHMARK(BM_IngestText1MB)->Unit(benchmark::kMillisecond);

// The same with suggested links filled, as `scrutiny-cli parse` does: for information.
static void BM_IngestText1MBWithLinks(benchmark::State &state)
{
    const QByteArray &bytes = oneMegabyte();
    for (auto _ : state) {
        QString error;
        benchmark::DoNotOptimize(ReportImporter::importBytes(bytes, QStringLiteral("-"), &error));
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
    state.SetLabel("floor=BM_Floor_ReadSplitLines");
}
BENCHMARK(BM_IngestText1MBWithLinks)->Unit(benchmark::kMillisecond);

static void BM_IngestSampleOnce(benchmark::State &state)
{
    const QByteArray bytes = sample();
    for (auto _ : state) {
        QString error;
        benchmark::DoNotOptimize(ReportImporter::importBytes(bytes, QStringLiteral("sample.txt"), &error));
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(BM_IngestSampleOnce)->Unit(benchmark::kMillisecond);

static void BM_Floor_Pdftotext(benchmark::State &state)
{
    const QString &path = pdfPath();
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
BENCHMARK(BM_Floor_Pdftotext)->Unit(benchmark::kMillisecond);

static void BM_ImportPdf200Pages(benchmark::State &state)
{
    const QString &path = pdfPath();
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
    state.SetLabel("floor=BM_Floor_Pdftotext");
}
BENCHMARK(BM_ImportPdf200Pages)->Unit(benchmark::kMillisecond);

// Peak resident memory while importing 50 MB of text, beyond what the process held before.
static void BM_PeakMemory50MB(benchmark::State &state)
{
    const QByteArray bytes = repeatedSample(50 << 20);
    double ratio = 0;
    double peakMb = 0;
    for (auto _ : state) {
        {
            std::ofstream reset("/proc/self/clear_refs");
            reset << "5"; // resets VmHWM to the current resident size
        }
        const qsizetype before = statusKb("VmRSS");
        {
            QString error;
            const auto report = ReportImporter::importBytes(bytes, QStringLiteral("-"), &error);
            if (!report) {
                state.SkipWithError(error.toStdString());
                return;
            }
            benchmark::DoNotOptimize(report->segments.size());
        }
        const qsizetype peak = statusKb("VmHWM");
        peakMb = double(peak - before) / 1024.0;
        ratio = double(peak - before) * 1024.0 / double(bytes.size());
    }
    state.counters["peak_rss_mb"] = peakMb;
    state.counters["peak_ratio"] = ratio; // peak extra memory / input size; target < 10
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(BM_PeakMemory50MB)->Unit(benchmark::kMillisecond)->Iterations(1);

int main(int argc, char **argv)
{
    // QPdfWriter and QTextDocument need a GUI application; no display is used.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return Scrutiny::Bench::runBenchmarks(argc, argv);
}
