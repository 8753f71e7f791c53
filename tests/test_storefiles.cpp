// SPDX-License-Identifier: GPL-3.0-or-later
// What the store does with the files it is given: upgrades older schemas with
// data in them, and refuses (leaving the bytes as they were) newer, damaged,
// foreign, read-only and locked files.
#include "StoreFixtures.h"
#include "store/ProjectStore.h"
#include "store/Schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Scrutiny;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// A raw connection for building and inspecting databases behind the store's back.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path, const QString &options = {})
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_ok = db.open();
    }
    ~RawDatabase()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(db());
        if (!q.prepare(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        for (qsizetype i = 0; i < binds.size(); ++i) {
            // As the store does: a null QString is an empty text, not SQL NULL.
            const bool nullText = binds[i].typeId() == QMetaType::QString && binds[i].toString().isNull();
            q.bindValue(int(i), nullText ? QVariant(QString(u"")) : binds[i]);
        }
        if (!q.exec()) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_ok = false;
};

} // namespace

class TestStoreFiles final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("f%1.scrutiny").arg(++m_counter)); }

    QString projectWithReport()
    {
        const QString path = freshPath();
        ProjectStore store;
        QString error;
        if (!store.open(path, &error))
            qFatal("%s", qPrintable(error));
        const auto r = store.importReport(StoreFixtures::councilReport(), "bytes", QStringLiteral("r.txt"), &error);
        store.tagSegmentByName(r->documentId, QStringLiteral("F1"), QStringLiteral("timeliness"), &error);
        return path;
    }

    void expectRefused(const QString &path, const QString &expected, bool readOnly = false)
    {
        const QByteArray before = fileHash(path);
        const qint64 size = QFileInfo(path).size();
        ProjectStore store;
        QString error;
        QVERIFY(!store.open(path, &error, readOnly));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.startsWith(path), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QVERIFY(!store.isOpen());
        QCOMPARE(QFileInfo(path).size(), size);
        QCOMPARE(fileHash(path), before);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void upgradesOlderSchemaWithData_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (int v = 0; v < Schema::currentVersion; ++v)
            QTest::addRow("from %d", v) << v;
    }

    void upgradesOlderSchemaWithData()
    {
        // The steps that changed what the rows written below look like.
        constexpr int tagKeysVersion = 6;
        constexpr int planActionsVersion = 7;
        QFETCH(int, fromVersion);
        const QString path = freshPath();
        const ParsedReport report = StoreFixtures::councilReport();
        {
            RawDatabase raw(path);
            QVERIFY(raw.ok());
            Schema::migrate(raw.db(), fromVersion);
            QCOMPARE(Schema::version(raw.db()), fromVersion);
            if (fromVersion >= 1) {
                // Data as a version-1 build wrote it (later steps only add columns and tables).
                QVERIFY(raw.exec(
                    QStringLiteral("INSERT INTO documents (id, file_name, title, format, sha256, imported_at, text) "
                                   "VALUES (7, 'old.txt', ?, 'text', 'abc', 1700000000000, ?)"),
                    {report.title, report.text}));
                QVERIFY(raw.exec(QStringLiteral("INSERT INTO originals (document_id, bytes) VALUES (7, ?)"),
                    {QByteArray("old bytes")}));
                qint64 row = 100;
                for (const Segment &s : report.segments)
                    QVERIFY(raw.exec(
                        QStringLiteral(
                            "INSERT INTO segments (id, document_id, kind, side, start, \"end\", text, polarity, "
                            "speaker_name, speaker_role) VALUES (?, 7, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {++row, toString(s.kind), toString(s.side), qint64(s.start), qint64(s.end), s.text,
                            toString(s.polarity), s.speakerName, s.speakerRole}));
                // Rows 101.. are H1 S1 F1 F2 F3 P1 P2 Q1 R1.
                QVERIFY(raw.exec(
                    QStringLiteral("INSERT INTO tags (id, name, colour) VALUES (1, 'timeliness', '#ff0000')")));
                QVERIFY(raw.exec(QStringLiteral("INSERT INTO segment_tags (segment_id, tag_id) VALUES (103, 1)")));
                QVERIFY(raw.exec(QStringLiteral(
                    "INSERT INTO links (document_id, from_segment, to_segment, type, note, author, created) "
                    "VALUES (7, 103, 106, 'addresses', 'old link', 'ann', 1700000000000)")));
                QVERIFY(raw.exec(QStringLiteral("INSERT INTO notes (document_id, segment_id, markdown, modified) "
                                                "VALUES (7, 105, 'remember the winterbourne audit', 1700000000000)")));
                // From the step that gave actions their own document, a plan row names it.
                QVERIFY(raw.exec(fromVersion >= planActionsVersion
                        ? QStringLiteral("INSERT INTO plan_items (document_id, segment_id, owner, due, status, evidence) "
                                         "VALUES (7, 107, 'Bob', '2004-06-30', 'done', 'report to committee')")
                        : QStringLiteral("INSERT INTO plan_items (segment_id, owner, due, status, evidence) "
                                         "VALUES (107, 'Bob', '2004-06-30', 'done', 'report to committee')")));
                QVERIFY(raw.exec(QStringLiteral("INSERT INTO journal (at, who, action, description, document_id) "
                                                "VALUES (1700000000000, 'ann', 'tag', 'tag F1 with timeliness', 7)")));
            }
            if (fromVersion >= 2)
                QVERIFY(
                    raw.exec(QStringLiteral("INSERT INTO rejected_suggestions (document_id, from_segment, to_segment) "
                                            "VALUES (7, 104, 107)")));
            if (fromVersion >= 3) {
                // An undoable step as a version-3 build wrote it: who, but no session.
                QVERIFY(
                    raw.exec(QStringLiteral("INSERT INTO tags (id, name, colour) VALUES (2, 'old step', '#00ff00')")));
                QVERIFY(raw.exec(
                    QStringLiteral("INSERT INTO journal (at, who, action, description, document_id, before, after, "
                                   "undo_state) VALUES (1700000000001, 'ann', 'create tag', 'create tag old step', 0, "
                                   "'{\"tags\":[]}', ?, 1)"),
                    {QStringLiteral(R"({"tags":[{"id":2,"name":"old step","colour":"#00ff00","description":"",)"
                                    R"("parent_id":null}]})")}));
            }
        }
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), Schema::currentVersion);
        if (fromVersion == 0) {
            QVERIFY(store.documents().isEmpty());
            return;
        }
        const auto a = store.annotatedReport(7, &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->report.segments, report.segments);
        QCOMPARE(a->segmentTags.value(QStringLiteral("F1")), QList<qint64> {1});
        QCOMPARE(a->links.size(), 1);
        QCOMPARE(a->links[0].from, QStringLiteral("F1"));
        QCOMPARE(a->links[0].to, QStringLiteral("P1"));
        QCOMPARE(a->notes.value(0).segment, QStringLiteral("F3"));
        QCOMPARE(a->plan.value(0).priority, QStringLiteral("P2"));
        QCOMPARE(a->plan.value(0).due, QDate(2004, 6, 30));
        QCOMPARE(store.originalBytes(7), QByteArray("old bytes"));
        // Step 11: segments stored before confidence existed are sure (nothing to review) and the
        // report's structure counts as recognised.
        QVERIFY(a->report.structureRecognised);
        QCOMPARE(a->report.segments.value(0).confidence, 1.0);
        QCOMPARE(store.documents().value(0).needsReview, 0);
        // Step 13: reports imported before ratings were stored have none.
        QVERIFY(a->report.ratings.isEmpty());
        QVERIFY(store.documents().value(0).ratings.isEmpty());
        // Step 5 gave the tags of older projects the keys alphabetical order gave them.
        if (fromVersion < tagKeysVersion)
            // ("old step", written from version 3 on, comes first in that order.)
            QCOMPARE(store.tagByName(QStringLiteral("timeliness"))->key, fromVersion >= 3 ? 2 : 1);
        // Step 6 kept the plan item, now an action of its document, and older undo steps still work.
        QVERIFY(a->plan.value(0).id > 0);
        if (fromVersion >= 2)
            QVERIFY(store.isRejected(7, QStringLiteral("F2"), QStringLiteral("P2")));
        // Step 2 filled in the anchors of version-1 rows; step 3 indexed the old text and notes.
        {
            RawDatabase raw(path);
            if (fromVersion == 1)
                QCOMPARE(raw.scalar(QStringLiteral("SELECT anchor_prefix FROM segments WHERE id = 103")).toString(),
                    report.text.mid(report.segments[2].start - 32, 32));
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        }
        ProjectStore::SearchFilter all;
        QCOMPARE(store.search(QStringLiteral("recorded"), all, &error).value(0).segment, QStringLiteral("F1"));
        const auto noteHits = store.search(QStringLiteral("winterbourne"), all, &error);
        QCOMPARE(noteHits.size(), 1);
        QVERIFY(noteHits[0].inNote);
        // Old history is kept (from version 3 with its undo steps, which have no
        // session); a new store's own session has none, and new actions are steps.
        QVERIFY(!store.canUndo());
        QCOMPARE(store.journal().size(), fromVersion >= 3 ? 2 : 1);
        QCOMPARE(store.journal().constFirst().who, QStringLiteral("ann"));
        QCOMPARE(store.journal().constFirst().sessionId, QString());
        QVERIFY(store.tagSegmentByName(7, QStringLiteral("F2"), QStringLiteral("leadership"), &error));
        QVERIFY2(store.undo(&error), qPrintable(error));
        QVERIFY(!store.canUndo());
        const qint64 oldStep = store.undoableEntry({{}, QStringLiteral("ann")});
        QCOMPARE(oldStep != 0, fromVersion >= 3);
        if (fromVersion >= 3) {
            // Step 5 indexed its rows: a later change to the same tag blocks its undo.
            Tag renamed = *store.tagByName(QStringLiteral("old step"));
            renamed.name = QStringLiteral("renamed");
            QVERIFY(store.updateTag(renamed, &error));
            QVERIFY(!store.undoEntry(oldStep, &error));
            QVERIFY2(error.startsWith(QStringLiteral("Cannot undo “create tag old step”: ")), qPrintable(error));
            QVERIFY(store.undo(&error));
            QVERIFY2(store.undoEntry(oldStep, &error), qPrintable(error));
            QVERIFY(!store.tagByName(QStringLiteral("old step")));
        }
    }

    // An undo step journaled before plan actions had their own document: its row
    // image has none, which redo needs now; the upgrade gives it its entry's.
    void olderPlanUndoStepsStillWork_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (int v = 3; v < 7; ++v)
            QTest::addRow("from %d", v) << v;
    }
    void olderPlanUndoStepsStillWork()
    {
        QFETCH(int, fromVersion);
        const QString path = freshPath();
        const ParsedReport report = StoreFixtures::councilReport();
        {
            RawDatabase raw(path);
            QVERIFY(raw.ok());
            Schema::migrate(raw.db(), fromVersion);
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO documents (id, file_name, title, format, sha256, imported_at, text) "
                                            "VALUES (7, 'old.txt', ?, 'text', 'abc', 1700000000000, ?)"),
                {report.title, report.text}));
            qint64 row = 100;
            for (const Segment &s : report.segments)
                QVERIFY(raw.exec(QStringLiteral("INSERT INTO segments (id, document_id, kind, side, start, \"end\", text) "
                                                "VALUES (?, 7, ?, ?, ?, ?, ?)"),
                    {++row, toString(s.kind), toString(s.side), qint64(s.start), qint64(s.end), s.text}));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO plan_items (id, segment_id, owner, due, status, evidence) "
                                            "VALUES (1, 107, 'Bob', '2004-06-30', 'done', 'report to committee')")));
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO journal (at, who, action, description, document_id, before, after, undo_state) "
                "VALUES (1700000000001, 'ann', 'plan', 'plan P2: done', 7, '{}', "
                "'{\"plan_items\":[{\"id\":1,\"segment_id\":107,\"owner\":\"Bob\",\"due\":\"2004-06-30\","
                "\"status\":\"done\",\"evidence\":\"report to committee\"}]}', 1)")));
        }
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        // A new store is a new session: the old step is reached by its author.
        const qint64 oldStep = store.undoableEntry({{}, QStringLiteral("ann")});
        QVERIFY(oldStep != 0);
        QVERIFY2(store.undoEntry(oldStep, &error), qPrintable(error));
        QVERIFY(store.annotatedReport(7, &error)->plan.isEmpty());
        QVERIFY2(store.redoEntry(oldStep, &error), qPrintable(error));
        const auto plan = store.annotatedReport(7, &error)->plan;
        QCOMPARE(plan.size(), 1);
        QCOMPARE(plan[0].owner, QStringLiteral("Bob"));
        QCOMPARE(plan[0].priority, QStringLiteral("P2"));
    }

    void newerSchemaIsRefusedUntouched()
    {
        const QString path = projectWithReport();
        {
            RawDatabase raw(path);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion + 1)));
        }
        expectRefused(path, QStringLiteral("newer version of Scrutiny"));
        expectRefused(path, QStringLiteral("newer version of Scrutiny"), true);
    }

    void badFilesAreRefusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addRow("text file") << QByteArray("Joint review of Wrexham social services\n")
                                   << QStringLiteral("not an SQLite database");
        QTest::addRow("pdf") << QByteArray("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
                             << QStringLiteral("not an SQLite database");
        QTest::addRow("header cut short") << QByteArray("SQLite format 3\0\x10\0", 19) << QStringLiteral("truncated");
    }

    void badFilesAreRefusedUntouched()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString path = freshPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        expectRefused(path, expected);
        expectRefused(path, expected, true);
    }

    void truncatedDatabaseIsRefused()
    {
        const QString path = projectWithReport();
        const qint64 size = QFileInfo(path).size();
        QVERIFY(size > 8192);
        QVERIFY(QFile::resize(path, size / 2 + 100)); // mid-page, past the header
        expectRefused(path, QStringLiteral("truncated"));
        QVERIFY(QFile::resize(path, 4096)); // whole pages, fewer than the header says
        expectRefused(path, QStringLiteral("truncated"));
    }

    void damagedDatabaseIsRefused()
    {
        const QString path = projectWithReport();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100); // page 1's b-tree, where the schema lives
        file.write(QByteArray(400, '\x5a'));
        file.close();
        expectRefused(path, QStringLiteral("malformed"));
    }

    void otherSqliteDatabaseIsRefused()
    {
        const QString path = freshPath();
        {
            RawDatabase raw(path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO invoices (total) VALUES (12.5)")));
        }
        expectRefused(path, QStringLiteral("not a Scrutiny project"));
        {
            RawDatabase raw(path);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = 1234")));
        }
        expectRefused(path, QStringLiteral("another program"));
    }

    void readOnlyFileOpensOnlyReadOnly()
    {
        const QString path = projectWithReport();
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        expectRefused(path, QStringLiteral("read-only"));
        const QByteArray before = fileHash(path);
        {
            ProjectStore store;
            QString error;
            QVERIFY2(store.open(path, &error, true), qPrintable(error));
            QCOMPARE(store.documents().size(), 1);
            QVERIFY(store.annotatedReport(store.documents()[0].id, &error));
            QVERIFY(!store.setNote(store.documents()[0].id, {}, QStringLiteral("x"), &error));
            QVERIFY(error.contains(QStringLiteral("read-only")));
        }
        QCOMPARE(fileHash(path), before);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }

    void lockedDatabase()
    {
        const QString path = projectWithReport();
        // Another program holding an exclusive lock: open fails with "in use" after the wait.
        {
            RawDatabase holder(path);
            QVERIFY(holder.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
            QVERIFY(holder.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY(holder.exec(QStringLiteral("UPDATE tags SET colour = colour")));
            const QByteArray before = fileHash(path);
            ProjectStore store;
            store.setBusyTimeout(200);
            QString error;
            QVERIFY(!store.open(path, &error));
            QVERIFY2(error.contains(QStringLiteral("in use by another program")), qPrintable(error));
            QCOMPARE(fileHash(path), before);
            QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
        }
        // Another writer mid-transaction: reading goes on, a write waits and then says "in use".
        RawDatabase writer(path);
        QVERIFY(writer.exec(QStringLiteral("BEGIN IMMEDIATE")));
        ProjectStore store;
        store.setBusyTimeout(200);
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        const qint64 id = store.documents().value(0).id;
        QVERIFY(store.annotatedReport(id, &error));
        QVERIFY(!store.setNote(id, {}, QStringLiteral("blocked"), &error));
        QVERIFY2(error.contains(QStringLiteral("in use by another program")), qPrintable(error));
        QVERIFY(writer.exec(QStringLiteral("COMMIT")));
        QVERIFY2(store.setNote(id, {}, QStringLiteral("now free"), &error), qPrintable(error));
    }

    void missingFolderIsAClearError()
    {
        ProjectStore store;
        QString error;
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("no/such/dir/p.scrutiny")), &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("absent.scrutiny")), &error, true));
        QVERIFY2(error.contains(QStringLiteral("no such file")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestStoreFiles)
#include "test_storefiles.moc"
