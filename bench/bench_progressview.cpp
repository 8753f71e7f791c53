// SPDX-License-Identifier: GPL-3.0-or-later
// Opening the progress view on the UI thread (target: under 50 ms): a real
// project file holding a series of 5 reports of 60 findings and 15 priorities
// each, chained with follows; each iteration makes the view for the first
// report, shows it (which reads the series on the UI thread and starts the
// suggesting on a worker) and paints it: that is the time measured. Then, not
// timed as a whole, it waits for the table: the counters give the UI thread's
// longest single stretch of work while filling it (fill_ms, also under 50 ms)
// and the wall time until the table shows (ready_ms). The suggestions alone are
// in bench_progress.
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
#include <QThread>

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
    double fillPeak = 0;
    double readyTotal = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        ProgressView view(&session);
        view.resize(1200, 800);
        view.show();
        settle();
        view.repaint();
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        // The worker's result arrives as an event: time each turn of the loop on this thread.
        while (view.isCalculating()) {
            QThread::msleep(1);
            QElapsedTimer turn;
            turn.start();
            settle();
            if (!view.isCalculating())
                view.repaint();
            fillPeak = std::max(fillPeak, double(turn.nsecsElapsed()) / 1e6);
        }
        readyTotal += double(timer.nsecsElapsed()) / 1e6;
        rows = view.model()->rowCount();
    }
    state.counters["fill_ms"] = fillPeak;
    state.counters["ready_ms"] = readyTotal / double(std::max<benchmark::IterationCount>(1, state.iterations()));
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
