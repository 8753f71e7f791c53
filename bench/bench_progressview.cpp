// SPDX-License-Identifier: GPL-3.0-or-later
// Opening the progress view on the UI thread (target: under 50 ms): a real
// project file holding a series of 5 reports of 60 findings and 15 priorities
// each, chained with follows; each iteration makes the view for the first
// report, shows it (which reads the series, suggests the progress links and
// fills the table) and paints it. The suggestions alone are in bench_progress.
#include "BenchmarkRun.h"
#include "SyntheticSeries.h"
#include "itemmodels/ProgressModel.h"
#include "progress/ProgressView.h"
#include "session/ReportSession.h"
#include "store/ProjectStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Scrutiny;

namespace {
void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents(QEventLoop::AllEvents);
}
} // namespace

static void BM_ProgressViewOpen_5x60x15(benchmark::State &state)
{
    QTemporaryDir dir;
    ProjectStore store;
    QString error;
    if (!store.open(dir.filePath(QStringLiteral("series.scrutiny")), &error)) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    for (const AnnotatedReport &r : Bench::syntheticSeries(5, 60, 15)) {
        const auto imported = store.importReport(
            r.report, r.report.text.toUtf8(), QStringLiteral("report-%1.txt").arg(r.documentId), &error);
        if (!imported
            || (imported->documentId > 1
                && !store.setFollows(imported->documentId, imported->documentId - 1, &error))) {
            state.SkipWithError(qPrintable(error));
            return;
        }
    }
    ReportSession session(&store);
    session.setDocument(1);
    settle();
    qsizetype rows = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        ProgressView view(&session);
        view.resize(1200, 800);
        view.show();
        settle();
        view.repaint();
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        rows = view.model()->rowCount();
    }
    if (rows != 15)
        state.SkipWithError("the view did not show the 15 priorities");
}
BENCHMARK(BM_ProgressViewOpen_5x60x15)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(20);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    return Scrutiny::Bench::runBenchmarks(argc, argv);
}
