// SPDX-License-Identifier: GPL-3.0-or-later
// Removing a report is one undoable step, on real SQLite files: undo puts back
// every row (the report, its original file, segments with their ids, tags, notes,
// links, cross-report progress links both ways, plan and its history, turned-down
// suggestions, its place in the series) and the search index; redo takes them
// away again; both work after a restart; and undo or redo is refused, in one
// line, when something done since depends on the same rows.
#include "StoreDump.h"
#include "StoreFixtures.h"
#include "store/ProjectStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Scrutiny;

namespace {
SegmentRef ref(qint64 document, const char *label)
{
    return SegmentRef {document, QString::fromLatin1(label)};
}

const QByteArray secondOriginal = QByteArrayLiteral("%PDF-1.7 fictional original of the progress review");

/// The progress review (report 2): words of its own, so search can tell it apart.
ParsedReport progressReview()
{
    using StoreFixtures::Paragraph;
    return StoreFixtures::report(QStringLiteral("Progress review of Testshire social services"),
        {{SegmentKind::Heading, QStringLiteral("Progress since the review")},
            {SegmentKind::Finding,
                QStringLiteral("Assessments at the Kingfisher team are now completed on time and recorded well.")},
            {SegmentKind::Finding,
                QStringLiteral("Adult safeguarding procedures are still not followed in every "
                               "team, as found at the last inspection.")},
            {SegmentKind::Priority, QStringLiteral("Embed the new safeguarding audit in the Heronsgate teams.")},
            {SegmentKind::Priority, QStringLiteral("Report progress on audits to the scrutiny committee.")}});
}

/// Every row of the tables a removal touches, read through a connection of its
/// own. segment_revisions is left out: its counter only ever grows.
QString dump(const QString &path)
{
    return StoreDump::dumpTables(path,
        {{"documents", "id"}, {"originals", "document_id"}, {"segments", "id"}, {"tags", "id"}, {"segment_tags", "id"},
            {"links", "id"}, {"notes", "id"}, {"plan_items", "id"}, {"plan_history", "id"},
            {"rejected_suggestions", "id"}, {"follow_ups", "id"}, {"progress_links", "id"}, {"cover_fields", "id"}});
}

QStringList hits(const ProjectStore &store, const QString &query)
{
    QString error;
    QStringList out;
    for (const auto &hit : store.search(query, {}, &error))
        out.append(QStringLiteral("%1:%2%3").arg(hit.documentId).arg(hit.segment, hit.inNote ? u" note" : u""));
    out.sort();
    return out;
}
} // namespace

class TestReportRemoval final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("r%1.scrutiny").arg(++m_counter)); }

    /// Reports 1 <- 2 <- 3 in a series; report 2 (the progress review) carries one
    /// of everything that can refer to a report.
    void annotatedSeries(ProjectStore &store, const QString &path)
    {
        QString error;
        if (!store.open(path, &error))
            qFatal("open failed: %s", qPrintable(error));
        const QList<std::pair<ParsedReport, QByteArray>> reports {
            {StoreFixtures::councilReport(QStringLiteral(" 2022")), QByteArray("original of the 2022 review")},
            {progressReview(), secondOriginal},
            {StoreFixtures::councilReport(QStringLiteral(" 2025")), QByteArray("original of the 2025 inspection")}};
        for (qsizetype i = 0; i < reports.size(); ++i) {
            const auto r
                = store.importReport(reports[i].first, reports[i].second, QStringLiteral("r%1.txt").arg(i + 1), &error);
            if (!r || r->documentId != i + 1)
                qFatal("import failed: %s", qPrintable(error));
        }
        QVERIFY2(store.setFollows(2, 1, &error), qPrintable(error));
        QVERIFY2(store.setFollows(3, 2, &error), qPrintable(error));
        QVERIFY(store.tagSegmentsByName(
            2, {QStringLiteral("F1"), QStringLiteral("F2")}, QStringLiteral("timeliness"), &error));
        QVERIFY(store.tagSegmentByName(1, QStringLiteral("F1"), QStringLiteral("timeliness"), &error));
        QVERIFY(store.setNote(2, QStringLiteral("F2"), QStringLiteral("Ask about the *wagtail* audit."), &error));
        QVERIFY(store.setNote(2, {}, QStringLiteral("Briefing: the review found partial progress."), &error));
        QVERIFY(store.addLink(2, QStringLiteral("F2"), QStringLiteral("P1"), LinkType::Addresses, &error,
            QStringLiteral("the audit answers the finding")));
        QVERIFY(store.rejectSuggestion(2, QStringLiteral("F1"), QStringLiteral("P2"), &error));
        PlanItem item;
        item.priority = QStringLiteral("P1");
        item.owner = QStringLiteral("Head of adult services");
        item.status = PlanStatus::InProgress;
        QVERIFY(store.setPlanItem(2, item, &error));
        item = store.annotatedReport(2, &error)->plan.constFirst();
        item.status = PlanStatus::Done;
        QVERIFY(store.setPlanItem(2, item, &error)); // a second history line
        PlanItem untied;
        untied.action = QStringLiteral("Publish the audit timetable.");
        QVERIFY(store.addPlanItem(2, untied, &error));
        // Progress links from report 2, to report 2, and one that passes it by.
        QVERIFY(store.addProgressLink(
            ref(2, "F1"), ref(1, "P1"), ProgressType::Met, &error, 0.8, QStringLiteral("completed on time")));
        QVERIFY(store.addProgressLink(ref(2, "F2"), ref(1, "F3"), ProgressType::Repeat, &error));
        QVERIFY(store.addProgressLink(ref(3, "F3"), ref(2, "P1"), ProgressType::NotMet, &error));
        QVERIFY(store.addProgressLink(ref(3, "F1"), ref(1, "P1"), ProgressType::Progress, &error));
        QVERIFY(store.setCoverField(CoverDetails::Field::Committee, QStringLiteral("Care scrutiny"), &error));
    }

    static qint64 removalEntry(const ProjectStore &store)
    {
        for (const auto &entry : store.journal(2)) {
            if (entry.action == QLatin1StringView("remove document"))
                return entry.id;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void undoPutsEveryRowBackAndRedoTakesThemAgain()
    {
        const QString path = freshPath();
        ProjectStore store;
        annotatedSeries(store, path);
        QString error;
        const QString before = dump(path);
        QCOMPARE(hits(store, QStringLiteral("kingfisher")), QStringList {QStringLiteral("2:F1")});
        QCOMPARE(hits(store, QStringLiteral("wagtail")), QStringList {QStringLiteral("2:F2 note")});
        const QList<ProgressLink> links = store.progressLinks();
        QCOMPARE(links.size(), 4);
        const qsizetype history = store.annotatedReport(2, &error)->planHistory.size();
        QVERIFY(history >= 2);

        QVERIFY2(store.removeDocument(2, &error), qPrintable(error));
        const QString removed = dump(path);
        QCOMPARE(store.documents().size(), 2);
        QCOMPARE(store.series(3), (QList<qint64> {1, 3}));
        QCOMPARE(store.progressLinks().size(), 1); // 3:F1 -> 1:P1, which never touched report 2
        QVERIFY(hits(store, QStringLiteral("kingfisher")).isEmpty());
        QVERIFY(hits(store, QStringLiteral("wagtail")).isEmpty());
        QVERIFY(store.originalBytes(2).isEmpty());
        QCOMPARE(store.undoText(), QStringLiteral("remove document 2 (r2.txt)"));
        // The original file waits in the database, not in the journal's JSON.
        const auto entry = store.journalEntry(removalEntry(store));
        QVERIFY(entry);
        QVERIFY(!entry->before.contains(QStringLiteral("fictional original")));
        QVERIFY(entry->before.contains(QStringLiteral("Kingfisher")));

        QVERIFY2(store.undo(&error), qPrintable(error));
        QCOMPARE(dump(path), before);
        QCOMPARE(store.documents().size(), 3);
        QCOMPARE(store.series(3), (QList<qint64> {1, 2, 3}));
        QCOMPARE(store.progressLinks(), links);
        QCOMPARE(store.originalBytes(2), secondOriginal);
        QCOMPARE(hits(store, QStringLiteral("kingfisher")), QStringList {QStringLiteral("2:F1")});
        QCOMPARE(hits(store, QStringLiteral("wagtail")), QStringList {QStringLiteral("2:F2 note")});
        const auto report = store.annotatedReport(2, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->segmentTags.value(QStringLiteral("F2")).size(), 1);
        QCOMPARE(report->plan.size(), 2);
        QCOMPARE(report->planHistory.size(), history);
        QCOMPARE(report->links.size(), 1);
        QVERIFY(store.isRejected(2, QStringLiteral("F1"), QStringLiteral("P2")));

        QCOMPARE(store.redoText(), QStringLiteral("remove document 2 (r2.txt)"));
        QVERIFY2(store.redo(&error), qPrintable(error));
        QCOMPARE(dump(path), removed);
        QVERIFY(hits(store, QStringLiteral("kingfisher")).isEmpty());
        QVERIFY2(store.undo(&error), qPrintable(error));
        QCOMPARE(dump(path), before);
        // Earlier steps on the report are within reach again once it is back.
        QCOMPARE(store.undoText(), QStringLiteral("cover committee: Care scrutiny"));
    }

    void undoWorksAfterARestart()
    {
        const QString path = freshPath();
        QString before;
        QString error;
        {
            ProjectStore store;
            store.setAuthor(QStringLiteral("Ann Jones"));
            annotatedSeries(store, path);
            before = dump(path);
            QVERIFY2(store.removeDocument(2, &error), qPrintable(error));
        }
        ProjectStore store;
        store.setAuthor(QStringLiteral("Ann Jones"));
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QVERIFY(!store.canUndo()); // a new session: nothing of its own yet
        const qint64 entry = store.undoableEntry({{}, QStringLiteral("Ann Jones")});
        QCOMPARE(entry, removalEntry(store));
        QVERIFY2(store.undoEntry(entry, &error), qPrintable(error));
        QCOMPARE(dump(path), before);
        QCOMPARE(hits(store, QStringLiteral("kingfisher")), QStringList {QStringLiteral("2:F1")});
        QVERIFY2(store.redoEntry(entry, &error), qPrintable(error));
        QVERIFY(hits(store, QStringLiteral("kingfisher")).isEmpty());
        QCOMPARE(store.documents().size(), 2);
    }

    void laterImportsNeverTakeTheRemovedIds()
    {
        ProjectStore store;
        QString error;
        QVERIFY(store.open(freshPath(), &error));
        QVERIFY(store.importReport(StoreFixtures::councilReport(), "first", QStringLiteral("a.txt"), &error));
        QVERIFY(store.importReport(progressReview(), secondOriginal, QStringLiteral("b.txt"), &error));
        QVERIFY(store.tagSegmentByName(2, QStringLiteral("F1"), QStringLiteral("timeliness"), &error));
        QVERIFY(store.removeDocument(2, &error)); // the newest: its ids are the highest
        const auto other = store.importReport(
            StoreFixtures::councilReport(QStringLiteral(" 2026")), "third", QStringLiteral("c.txt"), &error);
        QVERIFY2(other, qPrintable(error));
        QCOMPARE(other->documentId, 3);
        QVERIFY2(store.undoEntry(removalEntry(store), &error), qPrintable(error));
        QCOMPARE(store.documents().size(), 3);
        QCOMPARE(store.annotatedReport(2, &error)->segmentTags.value(QStringLiteral("F1")).size(), 1);
        QCOMPARE(hits(store, QStringLiteral("kingfisher")), QStringList {QStringLiteral("2:F1")});
    }

    void undoRefusedWhenTheSameReportCameBack()
    {
        ProjectStore store;
        QString error;
        QVERIFY(store.open(freshPath(), &error));
        QVERIFY(store.importReport(progressReview(), secondOriginal, QStringLiteral("b.txt"), &error));
        QVERIFY(store.removeDocument(1, &error));
        const qint64 removal = store.undoableEntry({store.sessionId(), {}});
        const auto again = store.importReport(progressReview(), secondOriginal, QStringLiteral("b.txt"), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->documentId, 2);
        const QString before = dump(store.path());
        QVERIFY(!store.undoEntry(removal, &error));
        QCOMPARE(error,
            QStringLiteral("Cannot undo “remove document 1 (b.txt)”: the same report was imported again since, as "
                           "report 2; remove that one first."));
        QCOMPARE(dump(store.path()), before);
    }

    void undoRefusedWhenSomeoneElseChangedTheSeriesSince()
    {
        const QString path = freshPath();
        ProjectStore ann;
        ann.setAuthor(QStringLiteral("Ann Jones"));
        annotatedSeries(ann, path);
        QString error;
        QVERIFY(ann.removeDocument(2, &error));
        ProjectStore bob;
        bob.setAuthor(QStringLiteral("Bob Lee"));
        QVERIFY(bob.open(path, &error));
        // Report 3 now follows report 1; Bob takes it out of the series.
        QVERIFY2(bob.leaveSeries(3, &error), qPrintable(error));
        const QString before = dump(path);
        QCOMPARE(ann.undoText(), QStringLiteral("remove document 2 (r2.txt)"));
        QVERIFY(!ann.undo(&error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot undo “remove document 2 (r2.txt)”: Bob Lee changed the same "
                                                 "rows later (take report 3 out of its series, ")),
            qPrintable(error));
        QCOMPARE(dump(path), before);
        // Once Bob's step is undone, Ann's removal can be.
        QVERIFY2(bob.undo(&error), qPrintable(error));
        QVERIFY2(ann.undo(&error), qPrintable(error));
        QCOMPARE(ann.series(3), (QList<qint64> {1, 2, 3}));
    }

    void redoRefusedWhenTheReportWasAnnotatedSince()
    {
        const QString path = freshPath();
        ProjectStore ann;
        ann.setAuthor(QStringLiteral("Ann Jones"));
        annotatedSeries(ann, path);
        QString error;
        QVERIFY(ann.removeDocument(2, &error));
        QVERIFY(ann.undo(&error));
        ProjectStore bob;
        bob.setAuthor(QStringLiteral("Bob Lee"));
        QVERIFY(bob.open(path, &error));
        QVERIFY(bob.setNote(2, QStringLiteral("P2"), QStringLiteral("Bob's question"), &error));
        const QString before = dump(path);
        QVERIFY(!ann.redo(&error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot redo “remove document 2 (r2.txt)”: the report has been "
                                                 "annotated since (notes row ")),
            qPrintable(error));
        QCOMPARE(dump(path), before);
    }

    void stepOnARemovedReportIsRefusedInOneLine()
    {
        const QString path = freshPath();
        ProjectStore ann;
        ann.setAuthor(QStringLiteral("Ann Jones"));
        annotatedSeries(ann, path);
        QString error;
        // Ann removes a progress link to report 1; Bob then removes report 1.
        const auto link = ann.progressLinks().constFirst();
        QCOMPARE(link.to, ref(1, "P1"));
        QVERIFY(ann.removeProgressLink(link.id, &error));
        ProjectStore bob;
        bob.setAuthor(QStringLiteral("Bob Lee"));
        QVERIFY(bob.open(path, &error));
        QVERIFY(bob.removeDocument(1, &error));
        const QString before = dump(path);
        // Putting the link back would point it at a segment that is gone.
        QVERIFY(!ann.undo(&error));
        QCOMPARE(error,
            QStringLiteral("Cannot undo “%1”: what it refers to has been removed since (progress_links row %2).")
                .arg(ann.journalEntry(ann.undoableEntry({ann.sessionId(), {}}))->description)
                .arg(link.id));
        QCOMPARE(dump(path), before);
        QVERIFY2(bob.undo(&error), qPrintable(error));
        QVERIFY2(ann.undo(&error), qPrintable(error));
        QCOMPARE(ann.progressLinks().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestReportRemoval)
#include "test_reportremoval.moc"
