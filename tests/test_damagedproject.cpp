// SPDX-License-Identifier: GPL-3.0-or-later
// A project with a damaged page: every read error reaches the caller, the store
// turns read-only (no write lands in the damaged file, which stays byte for
// byte the same), and a repaired copy holds everything still readable.
#include "BadInputFiles.h"
#include "StoreFixtures.h"
#include "store/ProjectStore.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestDamagedProject final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_count = 0;

    /// A project with one report, a tag on F1 and a note, closed; then `table` damaged.
    QString damagedProject(const QString &table)
    {
        const QString path = m_dir.filePath(u"p%1.scrutiny"_s.arg(++m_count));
        {
            ProjectStore store;
            QString error;
            if (!store.open(path, &error))
                return {};
            const auto imported = store.importReport(StoreFixtures::councilReport(), "bytes", u"r.txt"_s, &error);
            if (!imported || !store.tagSegmentByName(imported->documentId, u"F1"_s, u"timeliness"_s, &error)
                || !store.setNote(imported->documentId, u"F2"_s, u"check the audit"_s, &error))
                return {};
        }
        return BadInputFiles::damageTable(path, table) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void damagedAtOpenIsReadOnlyAndUntouched()
    {
        const QString path = damagedProject(u"segments"_s);
        QVERIFY(!path.isEmpty());
        const QByteArray before = fileHash(path);
        {
            ProjectStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QVERIFY(store.isReadOnly());
            QVERIFY2(store.damage().startsWith(path + u" is damaged ("_s), qPrintable(store.damage()));
            QVERIFY(store.damage().endsWith(
                u"); it is open read-only and left untouched: make a repaired copy (scrutiny-cli repair)"_s));
            // Reads that fail say so.
            QVERIFY(!store.annotatedReport(1, &error));
            QCOMPARE(error, store.damage());
            // Writes are refused with the same line, before touching the file.
            QVERIFY(!store.tagSegmentByName(1, u"F1"_s, u"late"_s, &error));
            QCOMPARE(error, store.damage());
            QVERIFY(!store.createTag(u"another"_s, QColor(), &error));
            QCOMPARE(error, store.damage());
            QVERIFY(!store.undo(&error));
            QCOMPARE(error, store.damage());
        }
        QCOMPARE(fileHash(path), before);
    }

    void readFailureWithoutErrorArgumentIsKept()
    {
        const QString path = damagedProject(u"documents"_s);
        QVERIFY(!path.isEmpty());
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QVERIFY(store.lastReadError().isEmpty());
        QVERIFY(store.documents().isEmpty());
        QCOMPARE(store.lastReadError(), u"database disk image is malformed"_s);
    }

    void damageFoundLaterTurnsReadOnly()
    {
        // quick_check passes (nothing damaged yet); the damage appears while the project is open.
        const QString path = m_dir.filePath(u"later.scrutiny"_s);
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        const auto imported = store.importReport(StoreFixtures::councilReport(), "bytes", u"r.txt"_s, &error);
        QVERIFY2(imported, qPrintable(error));
        store.close();
        const QByteArray healthy = fileHash(path);
        QVERIFY(store.open(path, &error));
        QVERIFY(store.damage().isEmpty());
        QSignalSpy spy(&store, &ProjectStore::damageFound);
        QVERIFY(BadInputFiles::damageTable(path, u"documents"_s));
        QVERIFY(fileHash(path) != healthy);
        const QByteArray damaged = fileHash(path);
        QVERIFY(store.documents().isEmpty());
        QCOMPARE(store.lastReadError(), u"database disk image is malformed"_s);
        QCOMPARE(spy.count(), 1);
        QVERIFY(store.isReadOnly());
        QVERIFY(!store.createTag(u"late"_s, QColor(), &error));
        QCOMPARE(error, store.damage());
        store.close();
        QCOMPARE(fileHash(path), damaged);
    }

    void repairedCopyKeepsWhatIsReadable_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<bool>("segmentsKept");
        QTest::newRow("index page (VACUUM INTO)") << u"segments_by_position"_s << true;
        QTest::newRow("notes table (salvage)") << u"notes"_s << true;
        QTest::newRow("segments table (salvage)") << u"segments"_s << false;
    }
    void repairedCopyKeepsWhatIsReadable()
    {
        QFETCH(QString, table);
        QFETCH(bool, segmentsKept);
        const QString path = damagedProject(table);
        QVERIFY(!path.isEmpty());
        const QByteArray before = fileHash(path);
        const QString copy = path + u".repaired"_s;
        {
            ProjectStore store;
            QString error;
            QVERIFY2(store.open(path, &error, true), qPrintable(error));
            QVERIFY(!store.damage().isEmpty());
            QString summary;
            QVERIFY2(store.makeRepairedCopy(copy, &error, &summary), qPrintable(error));
            QVERIFY(!summary.isEmpty());
            // Never over an existing file.
            QVERIFY(!store.makeRepairedCopy(copy, &error));
            QCOMPARE(error, copy + u": already exists; name a new file for the repaired copy"_s);
        }
        QCOMPARE(fileHash(path), before);
        ProjectStore repaired;
        QString error;
        QVERIFY2(repaired.open(copy, &error), qPrintable(error));
        QVERIFY2(repaired.damage().isEmpty(), qPrintable(repaired.damage()));
        QVERIFY(!repaired.isReadOnly());
        QCOMPARE(repaired.documents().size(), 1);
        QVERIFY(repaired.tagByName(u"timeliness"_s));
        const auto report = repaired.annotatedReport(1, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->report.segments.isEmpty(), !segmentsKept);
        if (segmentsKept) {
            QCOMPARE(report->report.segments.size(), StoreFixtures::councilReport().segments.size());
            QCOMPARE(report->segmentTags.value(u"F1"_s).size(), 1);
            QVERIFY(repaired.search(u"assessments"_s, {}, &error).size() >= 1);
        }
        // The copy takes edits.
        QVERIFY2(repaired.createTag(u"after repair"_s, QColor(), &error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDamagedProject)
#include "test_damagedproject.moc"
