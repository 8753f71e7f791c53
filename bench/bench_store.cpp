// SPDX-License-Identifier: GPL-3.0-or-later
// The project store on disk: importing the sample, and a project of 1,000
// reports (variants of the sample and the test reports): opening it, searching
// it, and its file size against the text it holds; batch tagging, undo and redo
// in a 300,000-word report.
#include "BenchmarkRun.h"
#include "LongReport.h"
#include "ingest/ReportImporter.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Scrutiny;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    (void)f.open(QIODevice::ReadOnly);
    return f.readAll();
}

const QString samplePath = QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt");

const ParsedReport &sample()
{
    static const ParsedReport report = [] {
        QString error;
        return ReportImporter::importFile(samplePath, &error).value_or(ParsedReport {});
    }();
    return report;
}

/// The sample and every test report, parsed.
QList<std::pair<ParsedReport, QByteArray>> bases()
{
    QList<std::pair<ParsedReport, QByteArray>> out;
    QStringList paths {samplePath};
    const QDir reports(QStringLiteral(SCRUTINY_SOURCE_DIR "/tests/data/reports"));
    for (const QString &name : reports.entryList(QDir::Files, QDir::Name))
        paths.append(reports.filePath(name));
    for (const QString &path : paths) {
        QString error;
        if (const auto r = ReportImporter::importFile(path, &error))
            out.append({*r, readFile(path)});
    }
    return out;
}

/// Variant n of a report: another place name, numbers shifted, segments of a
/// kind in another order; text and offsets rebuilt so it is a valid report.
ParsedReport variant(const ParsedReport &base, int n)
{
    static const QStringList places {QStringLiteral("Ashworth"), QStringLiteral("Brackley"), QStringLiteral("Carnford"),
        QStringLiteral("Dunmere"), QStringLiteral("Elsworth"), QStringLiteral("Farleigh"), QStringLiteral("Glenholm"),
        QStringLiteral("Hartwell")};
    ParsedReport r = base;
    r.title = base.title + QStringLiteral(" (%1 %2)").arg(places[n % places.size()]).arg(n);
    r.text.clear();
    QList<Segment> segments = base.segments;
    if (segments.size() > 4)
        std::rotate(segments.begin() + 1, segments.begin() + 1 + n % (segments.size() - 2), segments.end() - 1);
    QHash<int, int> counts;
    for (Segment &s : segments) {
        QString text = s.text;
        text.replace(QStringLiteral("Wrexham"), places[n % places.size()]);
        text.replace(QStringLiteral("council"), n % 2 ? QStringLiteral("authority") : QStringLiteral("council"));
        if (n % 3 == 0)
            text.append(QStringLiteral(" (ref %1)").arg(n));
        if (!r.text.isEmpty())
            r.text += QStringLiteral("\n\n");
        s.start = r.text.size();
        r.text += text;
        s.end = r.text.size();
        s.text = text;
        s.id = idPrefix(s.kind) + QString::number(++counts[int(s.kind)]);
    }
    r.segments = segments;
    r.repairs.clear();
    r.suggestedLinks.clear();
    return r;
}

/// A project of 1,000 reports, built once per run.
struct LargeProject
{
    QTemporaryDir dir;
    QString path;
    qint64 totalText = 0; ///< bytes of the original files stored
    int reports = 0;

    LargeProject()
    {
        path = dir.filePath(QStringLiteral("large.scrutiny"));
        ProjectStore store;
        QString error;
        if (!store.open(path, &error))
            qFatal("%s", qPrintable(error));
        const auto sources = bases();
        const QStringList themes {QStringLiteral("leadership"), QStringLiteral("safeguarding"),
            QStringLiteral("timeliness"), QStringLiteral("carers"), QStringLiteral("budget")};
        for (int n = 0; n < 1000; ++n) {
            const ParsedReport r = variant(sources[n % sources.size()].first, n);
            const QByteArray original = r.text.toUtf8();
            const auto result = store.importReport(r, original, QStringLiteral("report-%1.txt").arg(n), &error);
            if (!result)
                qFatal("%s", qPrintable(error));
            totalText += original.size();
            ++reports;
            // Some annotations, as a real project has.
            if (r.count(SegmentKind::Finding) > 0)
                store.tagSegmentByName(result->documentId, QStringLiteral("F1"), themes[n % themes.size()], &error);
            if (r.count(SegmentKind::Finding) > 0 && r.count(SegmentKind::Priority) > 0)
                store.addLink(
                    result->documentId, QStringLiteral("F1"), QStringLiteral("P1"), LinkType::Addresses, &error);
            store.setNote(
                result->documentId, {}, QStringLiteral("Read for the committee of week %1.").arg(n % 52), &error);
        }
    }
};

LargeProject &largeProject()
{
    static LargeProject project;
    return project;
}

} // namespace

// Import of the parsed sample into an on-disk project: one transaction.
static void BM_ImportSample(benchmark::State &state)
{
    QTemporaryDir dir;
    ProjectStore store;
    QString error;
    store.open(dir.filePath(QStringLiteral("import.scrutiny")), &error);
    const ParsedReport &report = sample();
    QByteArray original = readFile(samplePath);
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        // Different bytes each time, so the import is not skipped as a duplicate.
        const QByteArray bytes = original + QByteArray::number(++n);
        state.ResumeTiming();
        benchmark::DoNotOptimize(store.importReport(report, bytes, QStringLiteral("wrexham.txt"), &error));
    }
    state.SetLabel("floor=BM_Floor_WriteSampleFile");
}
BENCHMARK(BM_ImportSample)->Unit(benchmark::kMillisecond);

// The floor: writing the original and cleaned text of the sample to a new file.
static void BM_Floor_WriteSampleFile(benchmark::State &state)
{
    QTemporaryDir dir;
    const QByteArray bytes = readFile(samplePath) + sample().text.toUtf8();
    int n = 0;
    for (auto _ : state) {
        QFile f(dir.filePath(QStringLiteral("copy%1.txt").arg(++n)));
        (void)f.open(QIODevice::WriteOnly);
        f.write(bytes);
        f.close();
    }
}
BENCHMARK(BM_Floor_WriteSampleFile)->Unit(benchmark::kMillisecond);

// Parse and import, as `scrutiny-cli import` does (without process start-up).
static void BM_ParseAndImportSample(benchmark::State &state)
{
    QTemporaryDir dir;
    ProjectStore store;
    QString error;
    store.open(dir.filePath(QStringLiteral("import.scrutiny")), &error);
    const QByteArray original = readFile(samplePath);
    int n = 0;
    for (auto _ : state) {
        const QByteArray bytes = original + QByteArray::number(++n);
        const auto report = ReportImporter::importBytes(bytes, samplePath, &error);
        benchmark::DoNotOptimize(store.importReport(*report, bytes, QStringLiteral("wrexham.txt"), &error));
    }
}
BENCHMARK(BM_ParseAndImportSample)->Unit(benchmark::kMillisecond);

// Opening the 1,000-report project and listing its documents (what the GUI does first).
static void BM_OpenProject1000(benchmark::State &state)
{
    LargeProject &project = largeProject();
    for (auto _ : state) {
        ProjectStore store;
        QString error;
        if (!store.open(project.path, &error))
            state.SkipWithError(qPrintable(error));
        benchmark::DoNotOptimize(store.documents());
    }
    state.SetLabel("floor=BM_Floor_OpenSqlite");
    state.counters["reports"] = project.reports;
    // File size against the text it holds (checkpointed: the WAL is folded in).
    {
        ProjectStore store;
        QString error;
        store.open(project.path, &error);
    }
    const qint64 size = QFileInfo(project.path).size() + QFileInfo(project.path + QStringLiteral("-wal")).size();
    state.counters["size_ratio"] = double(size) / double(project.totalText);
    state.counters["size_mb"] = double(size) / 1e6;
}
BENCHMARK(BM_OpenProject1000)->Unit(benchmark::kMillisecond);

// The floor: opening the same file with plain Qt Sql and counting its documents.
static void BM_Floor_OpenSqlite(benchmark::State &state)
{
    LargeProject &project = largeProject();
    for (auto _ : state) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("floor"));
            db.setDatabaseName(project.path);
            db.open();
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT count(*) FROM documents"));
            q.next();
            benchmark::DoNotOptimize(q.value(0));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("floor"));
    }
}
BENCHMARK(BM_Floor_OpenSqlite)->Unit(benchmark::kMillisecond);

static void searchProject(benchmark::State &state, const QString &query, const ProjectStore::SearchFilter &filter)
{
    ProjectStore store;
    QString error;
    store.open(largeProject().path, &error);
    qsizetype hits = 0;
    for (auto _ : state) {
        auto found = store.search(query, filter, &error);
        hits = found.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["hits"] = double(hits);
    state.SetLabel("floor=BM_Floor_FtsCount");
}

// A typical query over the whole project: best 50 hits with marked snippets.
static void BM_SearchProject1000(benchmark::State &state)
{
    ProjectStore::SearchFilter filter;
    filter.limit = 50;
    searchProject(state, QStringLiteral("social services"), filter);
}
BENCHMARK(BM_SearchProject1000)->Unit(benchmark::kMillisecond);

// The same with kind and tag filters.
static void BM_SearchProject1000Filtered(benchmark::State &state)
{
    ProjectStore::SearchFilter filter;
    filter.limit = 50;
    filter.kind = SegmentKind::Finding;
    filter.tag = QStringLiteral("leadership");
    searchProject(state, QStringLiteral("services"), filter);
}
BENCHMARK(BM_SearchProject1000Filtered)->Unit(benchmark::kMillisecond);

// The floor: counting the matches of one term straight from the FTS index.
static void BM_Floor_FtsCount(benchmark::State &state)
{
    LargeProject &project = largeProject();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fts-floor"));
        db.setDatabaseName(project.path);
        db.open();
        for (auto _ : state) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT count(*) FROM segments_fts WHERE segments_fts MATCH 'safeguarding'"));
            q.next();
            benchmark::DoNotOptimize(q.value(0));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fts-floor"));
}
BENCHMARK(BM_Floor_FtsCount)->Unit(benchmark::kMillisecond);

// --- Batches in a 300,000-word report ---------------------------------------

namespace {
struct LongProject
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("long.scrutiny"));
    qint64 documentId = Bench::storeLongReport(path, samplePath, 300000);
};

LongProject &longProject()
{
    static LongProject project;
    return project;
}

/// A store on the long report and `count` findings from its middle, to tag and untag at once.
struct BatchOnLongReport
{
    ProjectStore store;
    QString error;
    qint64 id = longProject().documentId;
    qint64 tagId = 0;
    QStringList segments;
    std::optional<AnnotatedReport> report;
    bool add = true;

    explicit BatchOnLongReport(int count)
    {
        if (!store.open(longProject().path, &error))
            qFatal("%s", qPrintable(error));
        const auto tag = store.tagByName(QStringLiteral("batch"))
            ? store.tagByName(QStringLiteral("batch"))
            : store.createTag(QStringLiteral("batch"), QColor(Qt::darkGreen), &error);
        tagId = tag->id;
        report = store.annotatedReport(id, &error);
        const int findings = report->report.count(SegmentKind::Finding);
        for (int i = 0; i < count; ++i)
            segments.append(QStringLiteral("F%1").arg(findings / 2 + i));
        add = !report->segmentTags.value(segments.constFirst()).contains(tagId);
    }
    bool toggle()
    {
        const bool ok
            = add ? store.tagSegments(id, segments, tagId, &error) : store.untagSegments(id, segments, tagId, &error);
        add = !add;
        return ok;
    }
};
} // namespace

// Tagging N segments at once: one transaction, one journal entry (the store's part
// of what the reader does on the UI thread when a selection is tagged).
static void BM_StoreTagSegments300kWords(benchmark::State &state)
{
    BatchOnLongReport on(int(state.range(0)));
    for (auto _ : state) {
        if (!on.toggle())
            state.SkipWithError(qPrintable(on.error));
    }
}
BENCHMARK(BM_StoreTagSegments300kWords)->Arg(1)->Arg(50)->Unit(benchmark::kMillisecond)->Iterations(20);

// The same with the re-read of the annotations a view does after it.
static void BM_StoreTagSegmentsAndReload300kWords(benchmark::State &state)
{
    BatchOnLongReport on(int(state.range(0)));
    for (auto _ : state) {
        if (!on.toggle())
            state.SkipWithError(qPrintable(on.error));
        benchmark::DoNotOptimize(on.store.refreshAnnotations(&*on.report, &on.error));
    }
}
BENCHMARK(BM_StoreTagSegmentsAndReload300kWords)->Arg(50)->Unit(benchmark::kMillisecond)->Iterations(20);

// Undo and redo of one 50-segment batch, alternately (the later-change check included).
static void BM_StoreUndoRedoTag50Segments300kWords(benchmark::State &state)
{
    BatchOnLongReport on(50);
    if (!on.toggle())
        state.SkipWithError(qPrintable(on.error));
    bool undo = true;
    for (auto _ : state) {
        if (!(undo ? on.store.undo(&on.error) : on.store.redo(&on.error)))
            state.SkipWithError(qPrintable(on.error));
        undo = !undo;
    }
}
BENCHMARK(BM_StoreUndoRedoTag50Segments300kWords)->Unit(benchmark::kMillisecond)->Iterations(20);

// Qt Sql loads its driver through the application object.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return Scrutiny::Bench::runBenchmarks(argc, argv);
}
