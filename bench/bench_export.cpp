// SPDX-License-Identifier: GPL-3.0-or-later
// Exports of the annotated sample and of a ~200-page report, against the floor
// of printing the same plain text with QTextDocument::print (one layout, no
// annotations, no page-number pass).
#include "BenchmarkRun.h"
#include "ExportFixture.h"
#include "export/AnnotatedPdfExporter.h"
#include "export/CsvExporter.h"
#include "export/HtmlExporter.h"
#include "export/QdpxProject.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTextDocument>

#include <benchmark/benchmark.h>

using namespace Scrutiny;

namespace {
constexpr int CopiesFor200Pages = 56; // 199 annotated A4 pages

const AnnotatedReport &sample()
{
    static const AnnotatedReport a = ExportFixture::sample();
    return a;
}

const AnnotatedReport &large()
{
    static const AnnotatedReport a = ExportFixture::annotate(
        ExportFixture::repeated(
            ExportFixture::segmentParagraphs(ExportFixture::sampleText(), QStringLiteral("Large")), CopiesFor200Pages),
        QStringLiteral("large.txt"));
    return a;
}

int pdfPages(const QByteArray &pdf)
{
    return int(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r"));
}

void plainPrint(benchmark::State &state, const AnnotatedReport &a)
{
    for (auto _ : state) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        AnnotatedPdfExporter::setUpPage(&writer, QPageSize(QPageSize::A4));
        QTextDocument doc;
        doc.setPlainText(a.report.text);
        doc.print(&writer);
        benchmark::DoNotOptimize(buffer.data().size());
    }
}

void annotatedPdf(benchmark::State &state, const AnnotatedReport &a, const char *floor)
{
    int pages = 0;
    for (auto _ : state) {
        QString error;
        const QByteArray pdf = AnnotatedPdfExporter::toPdf(a, {}, &error);
        if (pdf.isEmpty())
            state.SkipWithError(qPrintable(error));
        pages = pdfPages(pdf);
    }
    state.counters["pages"] = pages;
    state.SetLabel(floor);
}
} // namespace

static void BM_ExportPdf_Sample(benchmark::State &state)
{
    annotatedPdf(state, sample(), "floor=BM_Floor_PlainPrint_Sample");
}
BENCHMARK(BM_ExportPdf_Sample)->Unit(benchmark::kMillisecond);

static void BM_Floor_PlainPrint_Sample(benchmark::State &state)
{
    plainPrint(state, sample());
}
BENCHMARK(BM_Floor_PlainPrint_Sample)->Unit(benchmark::kMillisecond);

static void BM_ExportPdf_200Pages(benchmark::State &state)
{
    annotatedPdf(state, large(), "floor=BM_Floor_PlainPrint_200Pages");
}
BENCHMARK(BM_ExportPdf_200Pages)->Unit(benchmark::kMillisecond)->Iterations(3);

static void BM_Floor_PlainPrint_200Pages(benchmark::State &state)
{
    plainPrint(state, large());
}
BENCHMARK(BM_Floor_PlainPrint_200Pages)->Unit(benchmark::kMillisecond)->Iterations(3);

static void BM_ExportHtml_Sample(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(HtmlExporter::toHtml(sample()).size());
}
BENCHMARK(BM_ExportHtml_Sample)->Unit(benchmark::kMillisecond);

static void BM_ExportCsv_Sample(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(CsvExporter::toCsv(sample()).size());
}
BENCHMARK(BM_ExportCsv_Sample)->Unit(benchmark::kMillisecond);

static void BM_ExportQdpx_Sample(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(QdpxProject::write(sample()).size());
}
BENCHMARK(BM_ExportQdpx_Sample)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts for layout
    return Scrutiny::Bench::runBenchmarks(argc, argv);
}
