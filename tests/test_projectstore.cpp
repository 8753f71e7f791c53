// SPDX-License-Identifier: GPL-3.0-or-later
// The project store on real SQLite files: import, annotations, segment edits,
// undo/redo (also across a restart) and the journal.
#include "StoreFixtures.h"
#include "store/ProjectStore.h"
#include "store/Schema.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Scrutiny;

class TestProjectStore final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("p%1.scrutiny").arg(++m_counter)); }

    /// Opens a new project with the council report imported; returns its document id.
    qint64 openWithReport(ProjectStore &store, const QString &path)
    {
        QString error;
        if (!store.open(path, &error))
            qFatal("open failed: %s", qPrintable(error));
        const auto result = store.importReport(
            StoreFixtures::councilReport(), "original bytes of the report", QStringLiteral("review.txt"), &error);
        if (!result)
            qFatal("import failed: %s", qPrintable(error));
        return result->documentId;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void refreshRereadsSegmentsOnlyWhenTheyChanged()
    {
        ProjectStore store;
        const QString path = freshPath();
        const qint64 id = openWithReport(store, path);
        QString error;
        auto held = store.annotatedReport(id, &error);
        QVERIFY2(held, qPrintable(error));
        const QList<Segment> before = held->report.segments;
        QVERIFY(store.tagSegmentByName(id, QStringLiteral("F1"), QStringLiteral("timeliness"), &error));
        QVERIFY2(store.refreshAnnotations(&*held, &error), qPrintable(error));
        QCOMPARE(held->segmentTags.value(QStringLiteral("F1")).size(), 1);
        // A tag changes no segment: the list held is the same one, not a re-read copy.
        QVERIFY(held->report.segments.constData() == before.constData());

        // Another process turns F2 into a priority: the next refresh sees it.
        {
            ProjectStore other;
            QVERIFY(other.open(path, &error));
            QVERIFY2(other.updateSegment(id, QStringLiteral("F2"), SegmentKind::Priority, Side::Review, {}, {}, &error),
                qPrintable(error));
        }
        QVERIFY2(store.refreshAnnotations(&*held, &error), qPrintable(error));
        const auto count = [&](SegmentKind kind) {
            return std::count_if(held->report.segments.cbegin(), held->report.segments.cend(),
                [kind](const Segment &s) { return s.kind == kind; });
        };
        QCOMPARE(count(SegmentKind::Finding), 2);
        QCOMPARE(count(SegmentKind::Priority), 3);
        QCOMPARE(held->segmentTags.value(QStringLiteral("F1")).size(), 1);
        QCOMPARE(held->report.segments.size(), held->segmentRows.size());

        // A split by this store, and its undo, show too.
        const qsizetype segments = held->report.segments.size();
        QVERIFY2(store.splitSegment(id, QStringLiteral("F1"), 5, &error), qPrintable(error));
        QVERIFY(store.refreshAnnotations(&*held, &error));
        QCOMPARE(held->report.segments.size(), segments + 1);
        QVERIFY(store.undo(&error));
        QVERIFY(store.refreshAnnotations(&*held, &error));
        QCOMPARE(held->report.segments.size(), segments);
        QCOMPARE(held->report.segments, store.annotatedReport(id, &error)->report.segments);
    }

    void importsAndReadsBack()
    {
        ProjectStore store;
        store.setAuthor(QStringLiteral("tester"));
        QSignalSpy documents(&store, &ProjectStore::documentsChanged);
        const QString path = freshPath();
        const qint64 id = openWithReport(store, path);
        QCOMPARE(documents.count(), 1);
        QVERIFY(id > 0);
        QString error;
        const auto a = store.annotatedReport(id, &error);
        QVERIFY2(a, qPrintable(error));
        const ParsedReport expected = StoreFixtures::councilReport();
        QCOMPARE(a->report.text, expected.text);
        QCOMPARE(a->report.segments, expected.segments);
        QCOMPARE(a->report.title, expected.title);
        QCOMPARE(a->report.judgement, expected.judgement);
        QCOMPARE(a->fileName, QStringLiteral("review.txt"));
        QCOMPARE(a->sha256.size(), 64);
        QCOMPARE(store.originalBytes(id), QByteArray("original bytes of the report"));

        const auto docs = store.documents();
        QCOMPARE(docs.size(), 1);
        QCOMPARE(docs[0].findings, 3);
        QCOMPARE(docs[0].priorities, 2);
        QCOMPARE(docs[0].quotes, 1);
        QCOMPARE(docs[0].responses, 1);
        QCOMPARE(docs[0].title, expected.title);

        // WAL and foreign keys are on; the schema is current.
        QCOMPARE(store.schemaVersion(), Schema::currentVersion);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    void sameBytesAreNotDuplicated()
    {
        ProjectStore store;
        const qint64 id = openWithReport(store, freshPath());
        QString error;
        const auto again = store.importReport(StoreFixtures::councilReport(QStringLiteral(" (other title)")),
            "original bytes of the report", QStringLiteral("copy.txt"), &error);
        QVERIFY2(again, qPrintable(error));
        QVERIFY(again->alreadyPresent);
        QCOMPARE(again->documentId, id);
        QCOMPARE(store.documents().size(), 1);
        const auto other
            = store.importReport(StoreFixtures::councilReport(), "different bytes", QStringLiteral("b.txt"), &error);
        QVERIFY(other && !other->alreadyPresent);
        QCOMPARE(store.documents().size(), 2);
    }

    /// Many labels at once (read by kind in one pass, issue 17): the rows named,
    /// each once, whatever the case or repetition; a label naming nothing fails
    /// the whole step with the message one label gets.
    void batchTaggingByLabels()
    {
        ProjectStore store;
        const qint64 id = openWithReport(store, freshPath());
        QString error;
        const QStringList labels {
            QStringLiteral("P1"), QStringLiteral("f3"), QStringLiteral("F1"), QStringLiteral("F3")};
        const auto batch = store.tagSegmentsByName(id, labels, QStringLiteral("batch"), &error);
        QVERIFY2(batch, qPrintable(error));
        auto tagged = [&] {
            QStringList out;
            const auto a = store.annotatedReport(id, &error);
            for (const Segment &s : a->report.segments) {
                if (a->segmentTags.value(s.id).contains(batch->id))
                    out.append(s.id);
            }
            return out;
        };
        QCOMPARE(tagged(), (QStringList {QStringLiteral("F1"), QStringLiteral("F3"), QStringLiteral("P1")}));
        QVERIFY(!store.tagSegments(id, {QStringLiteral("F2"), QStringLiteral("F99")}, batch->id, &error));
        QCOMPARE(error, QStringLiteral("document %1 has no segment F99").arg(id));
        QVERIFY(!store.tagSegments(id, {QStringLiteral("F2"), QStringLiteral("Z1")}, batch->id, &error));
        QCOMPARE(error, QStringLiteral("\"Z1\" is not a segment id (like F3 or P2)"));
        QCOMPARE(tagged().size(), 3);
        QVERIFY2(store.untagSegments(id, {QStringLiteral("F3"), QStringLiteral("p1")}, batch->id, &error),
            qPrintable(error));
        QCOMPARE(tagged(), QStringList {QStringLiteral("F1")});
    }

    void tagsLinksNotesPlan()
    {
        ProjectStore store;
        store.setAuthor(QStringLiteral("tester"));
        const qint64 id = openWithReport(store, freshPath());
        QSignalSpy changed(&store, &ProjectStore::annotationsChanged);
        QString error;
        const auto leadership
            = store.createTag(QStringLiteral("leadership"), QColor(Qt::red), &error, QStringLiteral("who leads"));
        QVERIFY2(leadership, qPrintable(error));
        QVERIFY(!store.createTag(QStringLiteral("Leadership"), QColor(Qt::blue), &error));
        QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));
        QVERIFY2(store.tagSegment(id, QStringLiteral("F2"), leadership->id, &error), qPrintable(error));
        QVERIFY(!store.tagSegment(id, QStringLiteral("F2"), leadership->id, &error));
        QVERIFY(!store.tagSegment(id, QStringLiteral("F9"), leadership->id, &error));
        QCOMPARE(error, QStringLiteral("document %1 has no segment F9").arg(id));
        const auto safeguarding
            = store.tagSegmentByName(id, QStringLiteral("f3"), QStringLiteral("safeguarding"), &error);
        QVERIFY2(safeguarding, qPrintable(error));
        QVERIFY(safeguarding->colour.isValid());
        QVERIFY(store.tagSegmentByName(id, QStringLiteral("P2"), QStringLiteral("Safeguarding"), &error));
        QCOMPARE(store.tags().size(), 2);

        const auto link = store.addLink(
            id, QStringLiteral("F1"), QStringLiteral("P1"), LinkType::Addresses, &error, QStringLiteral("same issue"));
        QVERIFY2(link, qPrintable(error));
        QCOMPARE(link->from, QStringLiteral("F1"));
        QCOMPARE(link->to, QStringLiteral("P1"));
        QCOMPARE(link->author, QStringLiteral("tester"));
        QVERIFY(!store.addLink(id, QStringLiteral("F1"), QStringLiteral("P1"), LinkType::Contradicts, &error));
        QVERIFY(!store.addLink(id, QStringLiteral("F1"), QStringLiteral("F1"), LinkType::Contradicts, &error));
        Link edited = *link;
        edited.type = LinkType::PartlyAddresses;
        edited.note = QStringLiteral("only timeliness");
        QVERIFY2(store.updateLink(id, edited, &error), qPrintable(error));

        QVERIFY(store.rejectSuggestion(id, QStringLiteral("F2"), QStringLiteral("P2"), &error));
        QVERIFY(store.isRejected(id, QStringLiteral("F2"), QStringLiteral("P2")));
        const auto accepted = store.acceptSuggestion(id, QStringLiteral("R1"), QStringLiteral("P2"), &error);
        QVERIFY2(accepted, qPrintable(error));
        QVERIFY(accepted->type == LinkType::RespondsTo);

        QVERIFY(store.setNote(id, QStringLiteral("F1"), QStringLiteral("Check the *2003* figures."), &error));
        QVERIFY(store.setNote(id, {}, QStringLiteral("Discussed at committee."), &error));
        QVERIFY(store.setNote(id, QStringLiteral("F1"), QStringLiteral("Check the 2004 figures."), &error));

        PlanItem plan {QStringLiteral("P1"), QStringLiteral("Head of adult services"), QDate(2027, 3, 31),
            PlanStatus::InProgress, QStringLiteral("Audit of 50 files"), 0, {}};
        QVERIFY2(store.setPlanItem(id, plan, &error), qPrintable(error));
        PlanItem wrong = plan;
        wrong.priority = QStringLiteral("F1");
        QVERIFY(!store.setPlanItem(id, wrong, &error));
        QVERIFY2(error.contains(QStringLiteral("only priorities")), qPrintable(error));

        const auto a = store.annotatedReport(id, &error);
        QVERIFY(a);
        QCOMPARE(a->segmentTags.value(QStringLiteral("F2")), QList<qint64> {leadership->id});
        QCOMPARE(a->segmentTags.value(QStringLiteral("F3")), QList<qint64> {safeguarding->id});
        QCOMPARE(a->segmentTags.value(QStringLiteral("P2")), QList<qint64> {safeguarding->id});
        QCOMPARE(a->tags.size(), 2);
        QCOMPARE(a->links.size(), 2);
        QVERIFY(a->linksFrom(u"F1").value(0).type == LinkType::PartlyAddresses);
        QCOMPARE(a->linksFrom(u"F1").value(0).note, QStringLiteral("only timeliness"));
        QCOMPARE(a->notes.size(), 2);
        QCOMPARE(a->notes[0].segment, QString());
        QCOMPARE(a->notes[1].markdown, QStringLiteral("Check the 2004 figures."));
        QCOMPARE(a->plan.size(), 1);
        QVERIFY(a->plan[0].id > 0);
        plan.id = a->plan[0].id; // the store names what it stored
        QCOMPARE(a->plan, QList<PlanItem> {plan});
        QVERIFY(changed.count() >= 10);

        QVERIFY(store.setNote(id, QStringLiteral("F1"), QString(), &error));
        QVERIFY(store.removeLink(id, link->id, &error));
        QVERIFY(!store.removeLink(id, link->id, &error));
        QVERIFY(store.untagSegment(id, QStringLiteral("F2"), leadership->id, &error));
        QVERIFY(!store.untagSegment(id, QStringLiteral("F2"), leadership->id, &error));
        const auto b = store.annotatedReport(id, &error);
        QCOMPARE(b->notes.size(), 1);
        QCOMPARE(b->links.size(), 1);
        QVERIFY(b->segmentTags.value(QStringLiteral("F2")).isEmpty());
    }

    void tagHierarchyMergeDelete()
    {
        ProjectStore store;
        const qint64 id = openWithReport(store, freshPath());
        QString error;
        const auto parent = store.createTag(QStringLiteral("quality"), QColor(Qt::green), &error);
        const auto child = store.createTag(QStringLiteral("recording"), QColor(Qt::yellow), &error, {}, parent->id);
        QVERIFY(child);
        QCOMPARE(child->parentId, parent->id);
        Tag loop = *parent;
        loop.parentId = child->id;
        QVERIFY(!store.updateTag(loop, &error));
        const auto dup = store.createTag(QStringLiteral("records"), QColor(Qt::gray), &error);
        QVERIFY(store.tagSegment(id, QStringLiteral("F1"), dup->id, &error));
        QVERIFY(store.tagSegment(id, QStringLiteral("F1"), child->id, &error));
        QVERIFY(store.tagSegment(id, QStringLiteral("F2"), dup->id, &error));
        QVERIFY2(store.mergeTags(dup->id, child->id, &error), qPrintable(error));
        QCOMPARE(store.tagUsage().value(child->id), 2);
        QVERIFY(!store.tagByName(QStringLiteral("records")));
        QVERIFY2(store.undo(&error), qPrintable(error));
        QCOMPARE(store.tagUsage().value(dup->id), 2);
        QCOMPARE(store.tagUsage().value(child->id), 1);
        QVERIFY2(store.redo(&error), qPrintable(error));
        QVERIFY(store.deleteTag(parent->id, &error));
        QCOMPARE(store.tagByName(QStringLiteral("recording"))->parentId, 0);
        QVERIFY2(store.undo(&error), qPrintable(error));
        QCOMPARE(store.tagByName(QStringLiteral("recording"))->parentId, parent->id);
    }

    void segmentEdits()
    {
        ProjectStore store;
        const qint64 id = openWithReport(store, freshPath());
        QString error;
        QVERIFY(store.tagSegmentByName(id, QStringLiteral("F2"), QStringLiteral("leadership"), &error));
        QVERIFY(store.addLink(id, QStringLiteral("F3"), QStringLiteral("P2"), LinkType::Addresses, &error));
        // F1 becomes a priority: findings renumber, annotations follow their rows.
        QVERIFY2(store.updateSegment(id, QStringLiteral("F1"), SegmentKind::Priority, Side::Review, {}, {}, &error),
            qPrintable(error));
        auto a = store.annotatedReport(id, &error);
        QCOMPARE(a->report.count(SegmentKind::Finding), 2);
        QCOMPARE(a->report.count(SegmentKind::Priority), 3);
        QVERIFY(a->report.segment(u"P1")->text.startsWith(QStringLiteral("Care management")));
        QVERIFY(a->segmentTags.value(QStringLiteral("F1")).size() == 1); // the old F2
        QCOMPARE(a->links.value(0).from, QStringLiteral("F2"));
        QCOMPARE(a->links.value(0).to, QStringLiteral("P3"));

        // Split the (new) F1 after its first clause.
        const QString text = a->report.segment(u"F1")->text;
        const qsizetype cut = text.indexOf(QStringLiteral(" has improved"));
        QVERIFY2(store.splitSegment(id, QStringLiteral("F1"), cut, &error), qPrintable(error));
        a = store.annotatedReport(id, &error);
        QCOMPARE(a->report.segment(u"F1")->text, QStringLiteral("Leadership of children's services"));
        QCOMPARE(a->report.segment(u"F2")->text, QStringLiteral("has improved since the last inspection."));
        QCOMPARE(a->segmentTags.value(QStringLiteral("F1")).size(), 1);
        for (const Segment &s : a->report.segments)
            QCOMPARE(a->report.text.mid(s.start, s.end - s.start), s.text);
        QVERIFY(!store.splitSegment(id, QStringLiteral("F1"), 0, &error));

        // Merge them back: tags of both kept.
        QVERIFY(store.tagSegmentByName(id, QStringLiteral("F2"), QStringLiteral("progress"), &error));
        QVERIFY2(store.mergeSegments(id, QStringLiteral("F1"), &error), qPrintable(error));
        a = store.annotatedReport(id, &error);
        QCOMPARE(a->report.segment(u"F1")->text, text);
        QCOMPARE(a->segmentTags.value(QStringLiteral("F1")).size(), 2);
        QCOMPARE(a->links.value(0).from, QStringLiteral("F2"));

        // Undo the merge, the tag, the split and the kind change.
        for (int i = 0; i < 4; ++i)
            QVERIFY2(store.undo(&error), qPrintable(error));
        a = store.annotatedReport(id, &error);
        QCOMPARE(a->report.segments, StoreFixtures::councilReport().segments);
        QCOMPARE(a->segmentTags.value(QStringLiteral("F2")).size(), 1);
        QCOMPARE(a->links.value(0).from, QStringLiteral("F3"));
    }

    // Segments read with low confidence wait in the review queue until accepted or corrected.
    void reviewQueue()
    {
        ProjectStore store;
        QString error;
        QVERIFY(store.open(freshPath(), &error));
        ParsedReport report = StoreFixtures::councilReport();
        report.segments[1].confidence = 0.4;
        report.segments[1].reason = QStringLiteral("no cue");
        report.segments[2].confidence = 0.5;
        report.segments[2].reason = QStringLiteral("evaluative statement");
        report.structureRecognised = false;
        const QString first = report.segments[1].id;
        const QString second = report.segments[2].id;
        const auto imported = store.importReport(report, "bytes", QStringLiteral("queue.txt"), &error);
        QVERIFY2(imported, qPrintable(error));
        const qint64 id = imported->documentId;
        QCOMPARE(store.documents().value(0).needsReview, 2);
        QVERIFY(!store.documents().value(0).structureRecognised);
        auto a = store.annotatedReport(id, &error);
        QVERIFY2(a, qPrintable(error));
        QVERIFY(!a->report.structureRecognised);
        QVERIFY(a->report.segment(first)->needsReview());
        QCOMPARE(a->report.segment(first)->reason, QStringLiteral("no cue"));
        QCOMPARE(a->report.segment(first)->confidence, 0.4);
        QVERIFY(!a->report.segment(report.segments[0].id)->needsReview());

        // Accepting takes it off the queue, as one undoable step.
        QVERIFY2(store.acceptSegments(id, {first}, &error), qPrintable(error));
        a = store.annotatedReport(id, &error);
        QVERIFY(!a->report.segment(first)->needsReview());
        QVERIFY(a->report.segment(first)->reviewed);
        QCOMPARE(store.documents().value(0).needsReview, 1);
        QVERIFY2(store.undo(&error), qPrintable(error));
        QCOMPARE(store.documents().value(0).needsReview, 2);

        // Correcting with Edit Segment reviews it too, even when nothing changes.
        const auto beforeEdit = store.annotatedReport(id, &error); // held: the segment points into it
        const Segment *s = beforeEdit->report.segment(second);
        QVERIFY2(store.updateSegment(id, second, s->kind, s->side, s->speakerName, s->speakerRole, &error),
            qPrintable(error));
        QCOMPARE(store.documents().value(0).needsReview, 1);

        // Splitting a flagged segment leaves both parts flagged.
        const auto beforeSplit = store.annotatedReport(id, &error);
        const Segment *flagged = beforeSplit->report.segment(first);
        QVERIFY2(store.splitSegment(id, first, flagged->text.size() / 2, &error), qPrintable(error));
        QCOMPARE(store.documents().value(0).needsReview, 2);

        QVERIFY(!store.acceptSegments(id, {QStringLiteral("F99")}, &error));
        QVERIFY(error.contains(QStringLiteral("F99")));
    }

    void undoRedoSurvivesRestart()
    {
        const QString path = freshPath();
        qint64 id = 0;
        QString error;
        // A window that comes back after a restart resumes its session by id.
        QString session;
        {
            ProjectStore store;
            session = store.sessionId();
            id = openWithReport(store, path);
            QVERIFY(!store.canUndo());
            QVERIFY(store.tagSegmentByName(id, QStringLiteral("F1"), QStringLiteral("timeliness"), &error));
            QVERIFY(store.addLink(id, QStringLiteral("F1"), QStringLiteral("P1"), LinkType::Addresses, &error));
            QVERIFY(store.setNote(id, QStringLiteral("P1"), QStringLiteral("owner agreed"), &error));
            QVERIFY(store.setPlanItem(
                id, PlanItem {QStringLiteral("P1"), QStringLiteral("Ann"), {}, PlanStatus::Done, {}, 0, {}}, &error));
            QCOMPARE(store.undoText(), QStringLiteral("plan P1: done"));
            QSignalSpy undoState(&store, &ProjectStore::undoStateChanged);
            QVERIFY2(store.undo(&error), qPrintable(error));
            QCOMPARE(undoState.count(), 1);
            QVERIFY(store.canRedo());
            QCOMPARE(store.redoText(), QStringLiteral("plan P1: done"));
        }
        {
            ProjectStore store;
            QVERIFY(store.open(path, &error));
            // Another session does not take back these steps by default.
            QVERIFY(!store.canUndo());
            QVERIFY(!store.canRedo());
            QVERIFY(store.undoableEntry({session, {}}) != 0);
            store.setSessionId(session);
            QVERIFY(store.canUndo());
            QVERIFY(store.canRedo());
            QCOMPARE(store.undoText(), QStringLiteral("note on P1"));
            QVERIFY2(store.redo(&error), qPrintable(error));
            QCOMPARE(store.annotatedReport(id, &error)->plan.size(), 1);
            QVERIFY(!store.canRedo());
            for (int i = 0; i < 4; ++i)
                QVERIFY2(store.undo(&error), qPrintable(error));
            QVERIFY(!store.canUndo());
            QVERIFY(!store.undo(&error));
            QCOMPARE(error, QStringLiteral("nothing to undo"));
            const auto a = store.annotatedReport(id, &error);
            QVERIFY(a->tags.isEmpty() && a->links.isEmpty() && a->notes.isEmpty() && a->plan.isEmpty());
            QVERIFY(store.tags().isEmpty());
            QVERIFY2(store.redo(&error), qPrintable(error));
            QVERIFY2(store.redo(&error), qPrintable(error));
        }
        {
            ProjectStore store;
            store.setSessionId(session);
            QVERIFY(store.open(path, &error));
            const auto a = store.annotatedReport(id, &error);
            QCOMPARE(a->segmentTags.value(QStringLiteral("F1")).size(), 1);
            QCOMPARE(a->links.size(), 1);
            // A new action drops what could be redone.
            QVERIFY(store.canRedo());
            QVERIFY(store.setNote(id, {}, QStringLiteral("new"), &error));
            QVERIFY(!store.canRedo());
            const auto entries = store.journal(id);
            QVERIFY(entries.size() >= 12);
            QCOMPARE(entries.first().action, QStringLiteral("import"));
            QCOMPARE(entries.last().action, QStringLiteral("note"));
            QVERIFY(entries.last().after.contains(QStringLiteral("new")));
        }
    }

    void removingADocumentIsOneUndoStep()
    {
        ProjectStore store;
        const qint64 id = openWithReport(store, freshPath());
        QString error;
        QVERIFY(store.tagSegmentByName(id, QStringLiteral("F1"), QStringLiteral("x"), &error));
        QVERIFY(store.removeDocument(id, &error));
        QCOMPARE(store.undoText(), QStringLiteral("remove document %1 (review.txt)").arg(id));
        QVERIFY(store.documents().isEmpty());
        QVERIFY(!store.annotatedReport(id, &error));
        QCOMPARE(error, QStringLiteral("no document %1 in the project").arg(id));
        QVERIFY(!store.removeDocument(id, &error));
        QVERIFY2(store.undo(&error), qPrintable(error));
        QCOMPARE(store.documents().size(), 1);
        QCOMPARE(store.annotatedReport(id, &error)->segmentTags.value(QStringLiteral("F1")).size(), 1);
        QCOMPARE(store.undoText(), QStringLiteral("tag F1 with x"));
    }

    // Schema 13: the ratings are kept with their report, name their segment by what it is now
    // labelled, and come back with an undone removal.
    void ratingsAreKept()
    {
        ProjectStore store;
        QString error;
        QVERIFY(store.open(freshPath(), &error));
        ParsedReport report = StoreFixtures::councilReport();
        report.ratings = {Rating {QStringLiteral("Overall"), QStringLiteral("Requires improvement"),
                              QStringLiteral("four-point"), QStringLiteral("F2")},
            Rating {QStringLiteral("Serving people"), QStringLiteral("Serving some people well"),
                QStringLiteral("serving"), QStringLiteral("S1")},
            Rating {QStringLiteral("Leadership"), QStringLiteral("Good"), QString(), QString()}};
        const auto result = store.importReport(report, "bytes", QStringLiteral("rated.txt"), &error);
        QVERIFY2(result, qPrintable(error));
        const qint64 id = result->documentId;
        QCOMPARE(store.annotatedReport(id, &error)->report.ratings, report.ratings);
        QCOMPARE(store.documents().value(0).ratings.size(), 3);
        QCOMPARE(store.documents().value(0).ratings.value(0).grade, QStringLiteral("Requires improvement"));
        QCOMPARE(store.documents().value(0).ratings.value(0).segmentId, QString());
        // F1 becomes a priority: the rating stated by the old F2 follows its segment, now F1.
        QVERIFY(store.updateSegment(id, QStringLiteral("F1"), SegmentKind::Priority, Side::Review, {}, {}, &error));
        QCOMPARE(store.annotatedReport(id, &error)->report.ratings.value(0).segmentId, QStringLiteral("F1"));
        QVERIFY(store.removeDocument(id, &error));
        QVERIFY2(store.undo(&error), qPrintable(error));
        QCOMPARE(store.annotatedReport(id, &error)->report.ratings.value(1).segmentId, QStringLiteral("S1"));
        QCOMPARE(store.documents().value(0).ratings.size(), 3);
    }

    void readOnlyStoreRefusesChanges()
    {
        const QString path = freshPath();
        qint64 id = 0;
        {
            ProjectStore store;
            id = openWithReport(store, path);
        }
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(path, &error, true), qPrintable(error));
        QVERIFY(store.isReadOnly());
        QVERIFY(store.annotatedReport(id, &error));
        QVERIFY(!store.tagSegmentByName(id, QStringLiteral("F1"), QStringLiteral("x"), &error));
        QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "test_projectstore.moc"
