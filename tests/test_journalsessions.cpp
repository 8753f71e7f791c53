// SPDX-License-Identifier: GPL-3.0-or-later
// Who and where in the journal, on real project files: every entry names its
// author and session; each store undoes only its own session's steps; undoEntry
// and redoEntry act on one entry and are refused, changing nothing, when someone
// changed the same rows later.
#include "StoreDump.h"
#include "StoreFixtures.h"
#include "store/ProjectStore.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Scrutiny;

class TestJournalSessions final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("j%1.scrutiny").arg(++m_counter)); }

    /// A project with the council report, opened by `a` (Ann Jones) and `b` (Bob Lee).
    qint64 twoWriters(ProjectStore &a, ProjectStore &b, const QString &path)
    {
        QString error;
        a.setAuthor(QStringLiteral("Ann Jones"));
        b.setAuthor(QStringLiteral("Bob Lee"));
        if (!a.open(path, &error) || !b.open(path, &error))
            qFatal("open failed: %s", qPrintable(error));
        const auto result
            = a.importReport(StoreFixtures::councilReport(), "original bytes", QStringLiteral("review.txt"), &error);
        if (!result)
            qFatal("import failed: %s", qPrintable(error));
        return result->documentId;
    }

    static QList<qint64> tagsOf(const ProjectStore &store, qint64 documentId, const QString &segment)
    {
        QString error;
        const auto report = store.annotatedReport(documentId, &error);
        return report ? report->segmentTags.value(segment) : QList<qint64> {};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void entriesNameAuthorSessionAndTime()
    {
        ProjectStore store;
        store.setAuthor(QStringLiteral("Jane Smith"));
        store.setSessionId(QStringLiteral("window-1"));
        QCOMPARE(store.lastEntryId(), qint64(0));
        QString error;
        QVERIFY(store.open(freshPath(), &error));
        const auto imported
            = store.importReport(StoreFixtures::councilReport(), "bytes", QStringLiteral("review.txt"), &error);
        QVERIFY(imported);
        const qint64 importEntry = store.lastEntryId();
        QVERIFY(importEntry > 0);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(
            store.tagSegmentByName(imported->documentId, QStringLiteral("F3"), QStringLiteral("leadership"), &error));
        QVERIFY(store.lastEntryId() > importEntry);
        const auto entry = store.journalEntry(store.lastEntryId());
        QVERIFY(entry);
        QCOMPARE(entry->who, QStringLiteral("Jane Smith"));
        QCOMPARE(entry->sessionId, QStringLiteral("window-1"));
        QCOMPARE(entry->description, QStringLiteral("tag F3 with leadership"));
        QVERIFY(entry->when.toMSecsSinceEpoch() >= before - 1000);
        QVERIFY(entry->when.toMSecsSinceEpoch() <= QDateTime::currentMSecsSinceEpoch());
        // A refused call leaves lastEntryId alone.
        const qint64 last = store.lastEntryId();
        QVERIFY(
            !store.tagSegmentByName(imported->documentId, QStringLiteral("F3"), QStringLiteral("leadership"), &error));
        QCOMPARE(store.lastEntryId(), last);
        // Undo writes a record, which is then the last entry.
        QVERIFY2(store.undo(&error), qPrintable(error));
        QCOMPARE(store.journalEntry(store.lastEntryId())->action, QStringLiteral("undo"));
        QCOMPARE(store.journal(0, 0, {QStringLiteral("window-1"), {}}).size(), 3);
        QCOMPARE(store.journal(0, 0, {QStringLiteral("someone else"), {}}).size(), 0);
    }

    void sessionsAreFreshPerStore()
    {
        ProjectStore a;
        ProjectStore b;
        QVERIFY(!QUuid::fromString(a.sessionId()).isNull());
        QVERIFY(a.sessionId() != b.sessionId());
        a.setSessionId({});
        QVERIFY(!QUuid::fromString(a.sessionId()).isNull());
    }

    void defaultAuthor_data()
    {
        QTest::addColumn<QByteArray>("variable");
        QTest::addColumn<QString>("expected");
        QTest::addRow("configured") << QByteArray("Jane Smith") << QStringLiteral("Jane Smith");
        QTest::addRow("configured, padded") << QByteArray("  Jane Smith ") << QStringLiteral("Jane Smith");
        QTest::addRow("not configured") << QByteArray() << QString();
    }

    void defaultAuthor()
    {
        QFETCH(QByteArray, variable);
        QFETCH(QString, expected);
        const QByteArray saved = qgetenv("SCRUTINY_AUTHOR");
        const bool wasSet = qEnvironmentVariableIsSet("SCRUTINY_AUTHOR");
        if (variable.isEmpty())
            qunsetenv("SCRUTINY_AUTHOR");
        else
            qputenv("SCRUTINY_AUTHOR", variable);
        const QString author = ProjectStore::defaultAuthor();
        ProjectStore store;
        const QString storeAuthor = store.author();
        if (wasSet)
            qputenv("SCRUTINY_AUTHOR", saved);
        else
            qunsetenv("SCRUTINY_AUTHOR");
        QCOMPARE(storeAuthor, author);
        if (!expected.isEmpty())
            QCOMPARE(author, expected);
        else
            QVERIFY(!author.trimmed().isEmpty()); // the OS user's full or login name
    }

    void eachStoreUndoesOnlyItsOwnSteps()
    {
        const QString path = freshPath();
        ProjectStore a;
        ProjectStore b;
        const qint64 doc = twoWriters(a, b, path);
        QString error;
        QVERIFY(a.tagSegmentByName(doc, QStringLiteral("F1"), QStringLiteral("timeliness"), &error));
        QVERIFY(b.tagSegmentByName(doc, QStringLiteral("F2"), QStringLiteral("leadership"), &error));
        QCOMPARE(a.undoText(), QStringLiteral("tag F1 with timeliness"));
        QCOMPARE(b.undoText(), QStringLiteral("tag F2 with leadership"));
        QVERIFY2(a.undo(&error), qPrintable(error));
        QVERIFY(tagsOf(a, doc, QStringLiteral("F1")).isEmpty());
        QCOMPARE(tagsOf(a, doc, QStringLiteral("F2")).size(), 1); // Bob's step stays
        QVERIFY(!a.canUndo());
        QVERIFY(a.canRedo());
        QVERIFY(!b.canRedo());
        QVERIFY2(b.undo(&error), qPrintable(error));
        QVERIFY(tagsOf(b, doc, QStringLiteral("F2")).isEmpty());

        // A third store (a restart) undoes nothing by default, but finds each
        // author's steps by scope.
        ProjectStore c;
        c.setAuthor(QStringLiteral("Ann Jones"));
        QVERIFY(c.open(path, &error));
        QVERIFY(!c.canUndo());
        QVERIFY(!c.canRedo());
        QVERIFY(c.redoableEntry({{}, QStringLiteral("Ann Jones")}) != 0);
        QCOMPARE(c.journalEntry(c.redoableEntry({{}, QStringLiteral("Bob Lee")}))->description,
            QStringLiteral("tag F2 with leadership"));
        QVERIFY2(c.redoEntry(c.redoableEntry({{}, QStringLiteral("Ann Jones")}), &error), qPrintable(error));
        QCOMPARE(tagsOf(c, doc, QStringLiteral("F1")).size(), 1);
        QVERIFY(tagsOf(c, doc, QStringLiteral("F2")).isEmpty());
        QCOMPARE(c.journalEntry(c.lastEntryId())->who, QStringLiteral("Ann Jones"));
        QCOMPARE(c.journalEntry(c.lastEntryId())->sessionId, c.sessionId());
    }

    /// The pack's cover is edited like everything else: one step of its store's
    /// author and session, undone and redone within that session only.
    void coverChangesAreStepsOfTheirSession()
    {
        const QString path = freshPath();
        ProjectStore a;
        ProjectStore b;
        twoWriters(a, b, path);
        QString error;
        QVERIFY2(a.setCoverField(CoverDetails::Field::Committee, QStringLiteral("Care Scrutiny"), &error),
            qPrintable(error));
        const auto entry = a.journalEntry(a.lastEntryId());
        QVERIFY(entry);
        QCOMPARE(entry->who, QStringLiteral("Ann Jones"));
        QCOMPARE(entry->sessionId, a.sessionId());
        QCOMPARE(a.undoText(), QStringLiteral("cover committee: Care Scrutiny"));
        CoverDetails all;
        all.committee = QStringLiteral("Adult Care Scrutiny");
        all.date = QStringLiteral("14 January 2027");
        all.version = QStringLiteral("Draft 2");
        QVERIFY2(b.setCoverFields(all, &error), qPrintable(error));
        QCOMPARE(a.coverFields(), all);
        QVERIFY2(b.setCoverField(CoverDetails::Field::Version, {}, &error), qPrintable(error));
        QVERIFY(b.coverFields().version.isEmpty());

        // Bob's two steps come back one by one; Ann's stays.
        QVERIFY2(b.undo(&error), qPrintable(error));
        QCOMPARE(b.coverFields().version, QStringLiteral("Draft 2"));
        QVERIFY2(b.undo(&error), qPrintable(error));
        CoverDetails annOnly;
        annOnly.committee = QStringLiteral("Care Scrutiny");
        QCOMPARE(b.coverFields(), annOnly);
        QVERIFY(!b.canUndo());
        QVERIFY2(b.redo(&error), qPrintable(error));
        QCOMPARE(a.coverFields(), all);

        // Ann's step is refused now: Bob changed the same field later.
        QVERIFY(!a.undo(&error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot undo")), qPrintable(error));
        QCOMPARE(a.coverFields(), all);
        QVERIFY2(b.undo(&error), qPrintable(error));
        QVERIFY2(a.undo(&error), qPrintable(error));
        QCOMPARE(a.coverFields(), CoverDetails {});
        QVERIFY2(a.redo(&error), qPrintable(error));
        QCOMPARE(a.coverFields(), annOnly);

        // A long value is refused with one line and changes nothing.
        QVERIFY(!a.setCoverField(CoverDetails::Field::Officer, QString(501, QLatin1Char('x')), &error));
        QVERIFY2(error.contains(QStringLiteral("at most 500")), qPrintable(error));
        QCOMPARE(a.coverFields(), annOnly);
    }

    void undoEntryActsOnExactlyThatEntry()
    {
        ProjectStore a;
        ProjectStore b;
        const qint64 doc = twoWriters(a, b, freshPath());
        QString error;
        QVERIFY(a.tagSegmentByName(doc, QStringLiteral("F1"), QStringLiteral("timeliness"), &error));
        const qint64 tagging = a.lastEntryId();
        QVERIFY(a.addLink(doc, QStringLiteral("F1"), QStringLiteral("P1"), LinkType::Addresses, &error));
        const qint64 linking = a.lastEntryId();
        // Out of order: the older step goes, the newer stays.
        QVERIFY2(a.undoEntry(tagging, &error), qPrintable(error));
        QVERIFY(tagsOf(a, doc, QStringLiteral("F1")).isEmpty());
        QCOMPARE(a.annotatedReport(doc, &error)->links.size(), 1);
        QVERIFY(!a.undoEntry(tagging, &error));
        QCOMPARE(error, QStringLiteral("“tag F1 with timeliness” is already undone."));
        QVERIFY(!a.redoEntry(linking, &error));
        QCOMPARE(error, QStringLiteral("“link F1 addresses P1” is not undone; there is nothing to redo."));
        QVERIFY(!a.undoEntry(0, &error));
        QCOMPARE(error, QStringLiteral("nothing to undo"));
        // Another store may undo and redo it too: the entry is named, not "the newest".
        QVERIFY2(b.redoEntry(tagging, &error), qPrintable(error));
        QCOMPARE(tagsOf(a, doc, QStringLiteral("F1")).size(), 1);
    }

    void refusedWhenSomeoneChangedTheSameRowsLater_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("theirStep");
        QTest::addRow("tag, then they untag")
            << QStringLiteral("untag") << QStringLiteral("remove tag leadership from F3");
        QTest::addRow("tag, then they rename the tag")
            << QStringLiteral("rename") << QStringLiteral("rename tag leadership to Leadership");
        QTest::addRow("link, then they edit it") << QStringLiteral("edit link") << QStringLiteral("edit link F3 -> P1");
        QTest::addRow("note, then they rewrite it") << QStringLiteral("note") << QStringLiteral("note on F3");
        QTest::addRow("plan, then they update it") << QStringLiteral("plan") << QStringLiteral("plan P1: done");
    }

    void refusedWhenSomeoneChangedTheSameRowsLater()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, theirStep);
        const QString path = freshPath();
        ProjectStore a;
        ProjectStore b;
        const qint64 doc = twoWriters(a, b, path);
        QString error;
        const QString f3 = QStringLiteral("F3");
        const QString p1 = QStringLiteral("P1");
        // Ann's step, then Bob's on the same rows.
        bool ok = false;
        if (scenario == QLatin1StringView("untag") || scenario == QLatin1StringView("rename")) {
            ok = a.tagSegmentByName(doc, f3, QStringLiteral("leadership"), &error).has_value();
        } else if (scenario == QLatin1StringView("edit link")) {
            ok = a.addLink(doc, f3, p1, LinkType::Addresses, &error).has_value();
        } else if (scenario == QLatin1StringView("note")) {
            ok = a.setNote(doc, f3, QStringLiteral("first thoughts"), &error);
        } else {
            ok = a.setPlanItem(
                doc, PlanItem {p1, QStringLiteral("Ann"), {}, PlanStatus::InProgress, {}, 0, {}}, &error);
        }
        QVERIFY2(ok, qPrintable(error));
        const qint64 mine = a.lastEntryId();
        const QString myStep = a.undoText();
        const QList<Tag> tags = b.tags();
        if (scenario == QLatin1StringView("untag")) {
            ok = b.untagSegment(doc, f3, tags.value(0).id, &error);
        } else if (scenario == QLatin1StringView("rename")) {
            Tag renamed = tags.value(0);
            renamed.name = QStringLiteral("Leadership");
            ok = b.updateTag(renamed, &error);
        } else if (scenario == QLatin1StringView("edit link")) {
            Link link = b.annotatedReport(doc, &error)->links.value(0);
            link.note = QStringLiteral("only in part");
            ok = b.updateLink(doc, link, &error);
        } else if (scenario == QLatin1StringView("note")) {
            ok = b.setNote(doc, f3, QStringLiteral("second thoughts"), &error);
        } else {
            ok = b.setPlanItem(doc, PlanItem {p1, QStringLiteral("Bob"), {}, PlanStatus::Done, {}, 0, {}}, &error);
        }
        QVERIFY2(ok, qPrintable(error));

        const QString before = StoreDump::dump(path);
        QVERIFY(a.canUndo());
        QVERIFY(!a.undo(&error));
        const QString expected
            = QStringLiteral("Cannot undo “%1”: Bob Lee changed the same rows later (%2, ").arg(myStep, theirStep);
        QVERIFY2(error.startsWith(expected), qPrintable(error));
        QVERIFY2(error.endsWith(QStringLiteral(").")) && !error.contains(QLatin1Char('\n')), qPrintable(error));
        QCOMPARE(StoreDump::dump(path), before);
        QVERIFY(!a.undoEntry(mine, &error));
        QCOMPARE(StoreDump::dump(path), before);

        // Once Bob takes his step back, Ann's can go.
        QVERIFY2(b.undo(&error), qPrintable(error));
        QVERIFY2(a.undo(&error), qPrintable(error));
        const auto report = a.annotatedReport(doc, &error);
        QVERIFY(report->segmentTags.isEmpty() && report->links.isEmpty() && report->notes.isEmpty()
            && report->plan.isEmpty());
    }

    void redoRefusedWhenSomeoneChangedTheSameRowsLater()
    {
        const QString path = freshPath();
        ProjectStore a;
        ProjectStore b;
        const qint64 doc = twoWriters(a, b, path);
        QString error;
        QVERIFY(a.setNote(doc, QStringLiteral("F2"), QStringLiteral("Ann's note"), &error));
        QVERIFY(a.undo(&error));
        QVERIFY(b.setNote(doc, QStringLiteral("F2"), QStringLiteral("Bob's note"), &error));
        // Bob's step does not end Ann's redo history, but it blocks this redo.
        QVERIFY(a.canRedo());
        const QString before = StoreDump::dump(path);
        QVERIFY(!a.redo(&error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot redo “note on F2”: ")), qPrintable(error));
        QCOMPARE(StoreDump::dump(path), before);
        QCOMPARE(a.annotatedReport(doc, &error)->notes.value(0).markdown, QStringLiteral("Bob's note"));
    }

    void aNewStepEndsOnlyItsOwnRedoHistory()
    {
        ProjectStore a;
        ProjectStore b;
        const qint64 doc = twoWriters(a, b, freshPath());
        QString error;
        QVERIFY(a.tagSegmentByName(doc, QStringLiteral("F1"), QStringLiteral("timeliness"), &error));
        QVERIFY(a.undo(&error));
        QVERIFY(b.tagSegmentByName(doc, QStringLiteral("F2"), QStringLiteral("leadership"), &error));
        QVERIFY(a.canRedo());
        QVERIFY(a.tagSegmentByName(doc, QStringLiteral("F3"), QStringLiteral("leadership"), &error));
        QVERIFY(!a.canRedo());
        qint64 tagging = 0;
        for (const auto &entry : a.journal(doc, 0, {a.sessionId(), {}})) {
            if (entry.action == QLatin1StringView("tag") && entry.description.contains(QStringLiteral("F1")))
                tagging = entry.id;
        }
        QVERIFY(!a.redoEntry(tagging, &error));
        QVERIFY2(error.contains(QStringLiteral("a newer change")), qPrintable(error));
    }

    void removedReportHoldsBackEarlierSteps()
    {
        ProjectStore a;
        ProjectStore b;
        const qint64 doc = twoWriters(a, b, freshPath());
        QString error;
        QVERIFY(a.tagSegmentByName(doc, QStringLiteral("F1"), QStringLiteral("timeliness"), &error));
        const qint64 tagging = a.lastEntryId();
        QVERIFY(b.removeDocument(doc, &error));
        // Bob's removal took the tag with it: Ann's step waits until it is undone.
        QVERIFY(!a.undoEntry(tagging, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot undo “tag F1 with timeliness”: Bob Lee changed the same rows "
                                                 "later (remove document %1 (review.txt), ")
                                      .arg(doc)),
            qPrintable(error));
        QVERIFY2(b.undo(&error), qPrintable(error));
        QVERIFY2(a.undoEntry(tagging, &error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestJournalSessions)
#include "test_journalsessions.moc"
