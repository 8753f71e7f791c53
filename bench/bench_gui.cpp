// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop reader's responsiveness: the window shown after start, the sample
// opened and displayed, and tagging and scrolling in a 300,000-word report.
// Each tagging or scrolling iteration is one user action done to the end on the
// UI thread (store call, reload, repaint); "peak_ms" is the longest one, to be
// compared with the 50 ms a user notices.
#include "BenchmarkRun.h"
#include "LongReport.h"
#include "mainwindow/MainWindow.h"
#include "reader/ReaderView.h"
#include "session/ReportSession.h"
#include "session/SegmentLinking.h"
#include "ingest/ReportImporter.h"
#include "store/ProjectStore.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <functional>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

namespace {
const QString samplePath = QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt");

void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents(QEventLoop::AllEvents);
}

qint64 importAndWait(MainWindow &window, const QString &path)
{
    qint64 id = -1;
    QEventLoop loop;
    QObject::connect(&window, &MainWindow::importFinished, &loop, [&](qint64 documentId) {
        id = documentId;
        loop.quit();
    });
    window.openFile(path);
    if (window.isImporting())
        loop.exec();
    return id;
}

struct LongReport
{
    QTemporaryDir dir;
    QString project = dir.filePath(u"long.scrutiny"_s);
    qint64 documentId = Bench::storeLongReport(project, samplePath, 300000);
};

LongReport &longReport()
{
    static LongReport report;
    return report;
}

/// The window shown at the size the benchmarks use, with documentId open.
void showReport(MainWindow &window, qint64 documentId)
{
    window.resize(1280, 820);
    window.show();
    settle();
    window.session()->setDocument(documentId);
    settle();
}

/// The first finding and the first priority from segment `from` on.
std::pair<QString, QString> findingAndPriority(const QList<Segment> &segments, qsizetype from)
{
    QString finding;
    QString priority;
    for (qsizetype i = from; i < segments.size() && (finding.isEmpty() || priority.isEmpty()); ++i) {
        if (finding.isEmpty() && segments.at(i).kind == SegmentKind::Finding)
            finding = segments.at(i).id;
        if (priority.isEmpty() && segments.at(i).kind == SegmentKind::Priority)
            priority = segments.at(i).id;
    }
    return {finding, priority};
}

/// Times `action` once per iteration, to the end on the UI thread (events handled,
/// `shown` repainted); the longest goes in the "peak_ms" counter.
void timeEach(benchmark::State &state, QWidget *shown, const std::function<void(int iteration)> &action)
{
    double peak = 0;
    int iteration = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        action(iteration++);
        settle();
        shown->repaint();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        peak = std::max(peak, ms);
        state.SetIterationTime(ms / 1000);
    }
    state.counters["peak_ms"] = peak;
}

/// Brings a dock to the front, as a user clicking its tab; the others in its tab group are hidden.
void raiseDock(MainWindow &window, const QString &title)
{
    for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        if (dock->windowTitle() == title) {
            dock->show();
            dock->raise();
        }
    }
    settle();
}

void tagRepeatedly(benchmark::State &state, const QString &project, qint64 documentId)
{
    MainWindow window(project);
    window.resize(1280, 820);
    window.show();
    settle();
    window.session()->setDocument(documentId);
    // The default layout: Search in front of Notes, Traceability and Action plan.
    raiseDock(window, u"Search"_s);
    ReaderView *reader = window.reader();
    QString error;
    const std::optional<Tag> tag = window.store()->tagByName(u"bench"_s)
        ? window.store()->tagByName(u"bench"_s)
        : window.store()->createTag(u"bench"_s, QColor(u"#2980b9"_s), &error);
    const QList<Segment> &segments = window.session()->report().report.segments;
    // Somewhere in the middle of the report, on screen.
    const QString segment = segments.at(segments.size() / 2).id;
    reader->showSegment(segment);
    reader->viewport()->repaint();
    double peak = 0;
    bool add = true;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        reader->applyTag(documentId, {segment}, *tag, add);
        settle();
        reader->viewport()->repaint();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        peak = std::max(peak, ms);
        state.SetIterationTime(ms / 1000);
        add = !add;
    }
    state.counters["peak_ms"] = peak;
}
} // namespace

// Process start to the main window painted, as a user double-clicking the app;
// the floor is the same program printing its version (process, loader, Qt start).
void runApp(benchmark::State &state, const QStringList &arguments)
{
    for (auto _ : state) {
        // A new project each time: the sample is imported, not found already there.
        state.PauseTiming();
        QTemporaryDir dir;
        const QStringList common {u"-platform"_s, u"offscreen"_s, u"--project"_s, dir.filePath(u"start.scrutiny"_s)};
        // Nor may it touch the user's settings (Open Recent, window layout).
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        state.ResumeTiming();
        QProcess app;
        app.setProcessEnvironment(environment);
        app.start(QStringLiteral(SCRUTINY_APP), common + arguments);
        if (!app.waitForFinished(60000) || app.exitCode() != 0) {
            state.SkipWithError("scrutiny did not start and quit");
            return;
        }
    }
}

static void BM_StartToWindowShown(benchmark::State &state)
{
    runApp(state, {u"--quit-when-shown"_s});
    state.SetLabel("floor=BM_Floor_StartAndPrintVersion");
}
BENCHMARK(BM_StartToWindowShown)->Unit(benchmark::kMillisecond)->Iterations(5);

static void BM_StartToSampleShown(benchmark::State &state)
{
    runApp(state, {u"--quit-when-shown"_s, samplePath});
    state.SetLabel("floor=BM_Floor_StartAndPrintVersion");
}
BENCHMARK(BM_StartToSampleShown)->Unit(benchmark::kMillisecond)->Iterations(5);

static void BM_Floor_StartAndPrintVersion(benchmark::State &state)
{
    runApp(state, {u"--version"_s});
}
BENCHMARK(BM_Floor_StartAndPrintVersion)->Unit(benchmark::kMillisecond)->Iterations(5);

static void BM_WindowShown(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"empty.scrutiny"_s);
    for (auto _ : state) {
        MainWindow window(project);
        window.show();
        settle();
        window.repaint();
    }
}
BENCHMARK(BM_WindowShown)->Unit(benchmark::kMillisecond)->Iterations(5);

static void BM_OpenSample(benchmark::State &state)
{
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        MainWindow window(dir.filePath(u"sample.scrutiny"_s));
        window.show();
        settle();
        state.ResumeTiming();
        if (importAndWait(window, samplePath) <= 0)
            state.SkipWithError("import failed");
        settle();
        window.repaint();
    }
}
BENCHMARK(BM_OpenSample)->Unit(benchmark::kMillisecond)->Iterations(5);

static void BM_TagInSample(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"sample.scrutiny"_s);
    qint64 id = 0;
    {
        MainWindow window(project);
        id = importAndWait(window, samplePath);
    }
    tagRepeatedly(state, project, id);
}
BENCHMARK(BM_TagInSample)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(40);

static void BM_TagIn300kWords(benchmark::State &state)
{
    tagRepeatedly(state, longReport().project, longReport().documentId);
    state.SetLabel("floor=BM_Floor_StoreTagAndReload300kWords");
}
BENCHMARK(BM_TagIn300kWords)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(40);

// The store alone on the long report: one segment in the middle and a tag to toggle on it.
struct StoreOnLongReport
{
    ProjectStore store;
    QString error;
    qint64 id = longReport().documentId;
    std::optional<Tag> tag;
    std::optional<AnnotatedReport> report;
    QString segment;
    bool add = true;

    StoreOnLongReport()
    {
        if (!store.open(longReport().project, &error))
            qFatal("%s", qPrintable(error));
        tag = store.tagByName(u"bench"_s) ? store.tagByName(u"bench"_s)
                                          : store.createTag(u"bench"_s, QColor(Qt::blue), &error);
        report = store.annotatedReport(id, &error);
        segment = report->report.segments.at(report->report.segments.size() / 2).id;
        add = !report->segmentTags.value(segment).contains(tag->id);
    }
    bool toggle()
    {
        const bool ok
            = add ? store.tagSegment(id, segment, tag->id, &error) : store.untagSegment(id, segment, tag->id, &error);
        add = !add;
        return ok;
    }
};

// What a tag costs without the GUI: the store's write and the re-read of the annotations.
static void BM_Floor_StoreTagAndReload300kWords(benchmark::State &state)
{
    StoreOnLongReport on;
    for (auto _ : state) {
        on.toggle();
        benchmark::DoNotOptimize(on.store.refreshAnnotations(&*on.report, &on.error));
    }
}
BENCHMARK(BM_Floor_StoreTagAndReload300kWords)->Unit(benchmark::kMillisecond)->Iterations(20);

// The two halves of that floor, to see which one to work on.
static void BM_StoreTagOnly300kWords(benchmark::State &state)
{
    StoreOnLongReport on;
    for (auto _ : state)
        benchmark::DoNotOptimize(on.toggle());
}
BENCHMARK(BM_StoreTagOnly300kWords)->Unit(benchmark::kMillisecond)->Iterations(20);

static void BM_StoreRefreshOnly300kWords(benchmark::State &state)
{
    StoreOnLongReport on;
    for (auto _ : state)
        benchmark::DoNotOptimize(on.store.refreshAnnotations(&*on.report, &on.error));
}
BENCHMARK(BM_StoreRefreshOnly300kWords)->Unit(benchmark::kMillisecond)->Iterations(20);

// Linking a finding to a priority with the traceability matrix on screen: the
// matrix of the long report (thousands of findings x priorities) follows each link.
static void linkRepeatedly(benchmark::State &state, bool matrixShown)
{
    MainWindow window(longReport().project);
    window.resize(1280, 820);
    window.show();
    settle();
    window.session()->setDocument(longReport().documentId);
    raiseDock(window, matrixShown ? u"Traceability"_s : u"Search"_s);
    settle();
    const QList<Segment> &segments = window.session()->report().report.segments;
    const auto [finding, priority] = findingAndPriority(segments, segments.size() / 2);
    double peak = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        if (!SegmentLinking::toggle(window.session(), {finding}, priority))
            state.SkipWithError("link failed");
        // Qt repaints what the change marked dirty (reader margin, matrix cells, ...).
        settle();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        peak = std::max(peak, ms);
        state.SetIterationTime(ms / 1000);
    }
    state.counters["peak_ms"] = peak;
}

static void BM_LinkIn300kWords(benchmark::State &state)
{
    linkRepeatedly(state, false);
}
BENCHMARK(BM_LinkIn300kWords)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(20);

static void BM_LinkIn300kWordsMatrixShown(benchmark::State &state)
{
    linkRepeatedly(state, true);
}
BENCHMARK(BM_LinkIn300kWordsMatrixShown)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(20);

static void BM_OpenReport300kWords(benchmark::State &state)
{
    MainWindow window(longReport().project);
    window.show();
    settle();
    for (auto _ : state) {
        window.session()->setDocument(0);
        settle();
        window.session()->setDocument(longReport().documentId);
        settle();
        window.reader()->viewport()->repaint();
    }
}
BENCHMARK(BM_OpenReport300kWords)->Unit(benchmark::kMillisecond)->Iterations(3);

// Opening the long report as the user sees it: from the click to the first screen
// painted. The rest of the text is laid out afterwards in slices from the event
// loop; "slice_peak_ms" is the longest of those (what could delay a key press).
static void BM_OpenReport300kWordsFirstScreen(benchmark::State &state)
{
    MainWindow window(longReport().project);
    window.resize(1280, 820);
    window.show();
    settle();
    ReaderView *reader = window.reader();
    double peak = 0;
    double slicePeak = 0;
    for (auto _ : state) {
        window.session()->setDocument(0);
        settle();
        QElapsedTimer timer;
        timer.start();
        window.session()->setDocument(longReport().documentId);
        reader->viewport()->repaint();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        peak = std::max(peak, ms);
        state.SetIterationTime(ms / 1000);
        while (!reader->isFullyLoaded()) {
            QElapsedTimer slice;
            slice.start();
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            slicePeak = std::max(slicePeak, double(slice.nsecsElapsed()) / 1e6);
        }
    }
    state.counters["peak_ms"] = peak;
    state.counters["slice_peak_ms"] = slicePeak;
    state.SetLabel("floor=BM_Floor_BareTextEdit300kWords");
}
BENCHMARK(BM_OpenReport300kWordsFirstScreen)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(5);

// The floor for opening: a bare QTextEdit given the same text and painted.
static void BM_Floor_BareTextEdit300kWords(benchmark::State &state)
{
    ProjectStore store;
    QString error;
    if (!store.open(longReport().project, &error))
        qFatal("%s", qPrintable(error));
    const QString text = store.annotatedReport(longReport().documentId, &error)->report.text;
    QTextEdit edit;
    edit.resize(900, 760);
    edit.show();
    settle();
    for (auto _ : state) {
        edit.clear();
        settle();
        QElapsedTimer timer;
        timer.start();
        edit.setPlainText(text);
        edit.viewport()->repaint();
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
    }
}
BENCHMARK(BM_Floor_BareTextEdit300kWords)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(5);

// Tagging 50 selected segments at once (one batch call, one undo step), then
// untagging them, in the long report.
static void BM_Tag50In300kWords(benchmark::State &state)
{
    MainWindow window(longReport().project);
    showReport(window, longReport().documentId);
    QString error;
    const std::optional<Tag> tag = window.store()->tagByName(u"bench50"_s)
        ? window.store()->tagByName(u"bench50"_s)
        : window.store()->createTag(u"bench50"_s, QColor(u"#8e44ad"_s), &error);
    const QList<Segment> &segments = window.session()->report().report.segments;
    QStringList fifty;
    for (qsizetype i = segments.size() / 2; fifty.size() < 50 && i < segments.size(); ++i)
        fifty.append(segments.at(i).id);
    window.reader()->showSegment(fifty.constFirst());
    settle();
    timeEach(state, window.reader()->viewport(), [&](int iteration) {
        window.reader()->applyTag(longReport().documentId, fifty, *tag, iteration % 2 == 0);
    });
}
BENCHMARK(BM_Tag50In300kWords)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(20);

// Edit > Undo and Edit > Redo of a link in the long report, alternately.
static void BM_UndoRedoIn300kWords(benchmark::State &state)
{
    MainWindow window(longReport().project);
    showReport(window, longReport().documentId);
    ReportSession *session = window.session();
    const QList<Segment> &segments = session->report().report.segments;
    const auto [finding, priority] = findingAndPriority(segments, segments.size() / 3);
    if (!SegmentLinking::toggle(session, {finding}, priority)) {
        state.SkipWithError("link failed");
        return;
    }
    settle();
    timeEach(state, window.reader()->viewport(), [&](int iteration) {
        if (iteration % 2 == 0)
            session->undo();
        else
            session->redo();
    });
}
BENCHMARK(BM_UndoRedoIn300kWords)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(20);

static void BM_ScrollPage300kWords(benchmark::State &state)
{
    MainWindow window(longReport().project);
    window.resize(1280, 820);
    window.show();
    settle();
    window.session()->setDocument(longReport().documentId);
    settle();
    QScrollBar *bar = window.reader()->verticalScrollBar();
    double peak = 0;
    int step = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        // Page down through the report; every few pages a long jump, as with the scroll bar.
        const int value = (++step % 8 == 0) ? (bar->value() + bar->maximum() / 7) % bar->maximum()
                                            : std::min(bar->maximum(), bar->value() + bar->pageStep());
        bar->setValue(value >= bar->maximum() ? 0 : value);
        window.reader()->viewport()->repaint();
        settle();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        peak = std::max(peak, ms);
        state.SetIterationTime(ms / 1000);
    }
    state.counters["peak_ms"] = peak;
}
BENCHMARK(BM_ScrollPage300kWords)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(200);

int main(int argc, char **argv)
{
    // The offscreen platform says this for every window; it says nothing about Scrutiny.
    static const QtMessageHandler previous = qInstallMessageHandler(nullptr);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (!message.contains(u"does not support propagateSizeHints"_s))
            previous(type, context, message);
    });
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"ScrutinyBench"_s);
    // Every run starts from the default window layout, not the last run's.
    QSettings().clear();
    return Scrutiny::Bench::runBenchmarks(argc, argv);
}
