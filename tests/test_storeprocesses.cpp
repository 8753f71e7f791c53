// SPDX-License-Identifier: GPL-3.0-or-later
// Several processes on one project database, and a real SIGKILL in the middle
// of a large import: the database stays intact and the report is all or nothing.
#include "StoreFixtures.h"
#include "store/ProjectStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Scrutiny;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(QStringLiteral(SCRUTINY_CLI_PATH), args);
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString integrity(const QString &path)
{
    const QString name = QStringLiteral("integrity-check");
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return QStringLiteral("cannot open");
        QSqlQuery q(db);
        result = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString()
                                                                              : QStringLiteral("failed");
        // The FTS index must agree with its content tables too.
        if (result == QLatin1StringView("ok")
            && !q.exec(QStringLiteral("INSERT INTO segments_fts(segments_fts, rank) VALUES ('integrity-check', 1)")))
            result = QStringLiteral("segments_fts damaged");
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

/// A large plain-text report (hundreds of long paragraphs of varied words), for
/// an import that takes long enough to be killed in the middle of.
QByteArray largeReport(int paragraphs)
{
    const QStringList words {QStringLiteral("council"), QStringLiteral("assessment"), QStringLiteral("carers"),
        QStringLiteral("safeguarding"), QStringLiteral("budget"), QStringLiteral("leadership"),
        QStringLiteral("housing"), QStringLiteral("waiting"), QStringLiteral("inspection"),
        QStringLiteral("partnership"), QStringLiteral("residential"), QStringLiteral("review")};
    QString text = QStringLiteral("Joint review of Testshire social services\n\n");
    for (int i = 0; i < paragraphs; ++i) {
        text += QStringLiteral("The council");
        for (int w = 0; w < 150; ++w)
            text += QLatin1Char(' ') + words[(i * 7 + w * 13 + w / 5) % words.size()];
        text += QStringLiteral(" in paragraph %1.\n\n").arg(i);
    }
    return text.toUtf8();
}

} // namespace

class TestStoreProcesses final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(SCRUTINY_CLI_PATH)));
    }

    void concurrentWritersAllSucceed()
    {
        const QString db = m_dir.filePath(QStringLiteral("shared.scrutiny"));
        ProjectStore store;
        QString error;
        QVERIFY(store.open(db, &error));
        const qint64 id
            = store.importReport(StoreFixtures::councilReport(), "shared", QStringLiteral("s.txt"), &error)->documentId;
        // This process keeps the project open (as the GUI would) while four CLI
        // processes tag segments at the same time.
        const QStringList segments {
            QStringLiteral("F1"), QStringLiteral("F2"), QStringLiteral("F3"), QStringLiteral("P1")};
        QList<QProcess *> processes;
        for (const QString &segment : segments) {
            auto *p = new QProcess(this);
            // Each process runs a shell loop of 8 separate CLI invocations.
            QStringList script;
            for (int i = 0; i < 8; ++i)
                script.append(QStringLiteral("'%1' tag %2:%3 tag%4 --db '%5' --busy-timeout 20000 || exit 1")
                                  .arg(QStringLiteral(SCRUTINY_CLI_PATH))
                                  .arg(id)
                                  .arg(segment)
                                  .arg(i)
                                  .arg(db));
            p->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script.join(QStringLiteral("; "))});
            processes.append(p);
        }
        // Meanwhile this process writes too.
        for (int i = 0; i < 8; ++i)
            QVERIFY2(
                store.setNote(id, QStringLiteral("P2"), QStringLiteral("note %1").arg(i), &error), qPrintable(error));
        for (QProcess *p : std::as_const(processes)) {
            QVERIFY(p->waitForFinished(120000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            delete p;
        }
        const auto a = store.annotatedReport(id, &error);
        QVERIFY(a);
        for (const QString &segment : segments)
            QCOMPARE(a->segmentTags.value(segment).size(), 8);
        QCOMPARE(store.tags().size(), 8);
        QCOMPARE(integrity(db), QStringLiteral("ok"));
        // 32 tag steps from the other processes and 8 notes from this one, all journaled.
        QCOMPARE(store.journal(id).size(), 1 + 32 + 8);
    }

    void secondWriterWaitsOrSaysInUse()
    {
        const QString db = m_dir.filePath(QStringLiteral("wait.scrutiny"));
        ProjectStore store;
        QString error;
        QVERIFY(store.open(db, &error));
        const qint64 id
            = store.importReport(StoreFixtures::councilReport(), "wait", QStringLiteral("w.txt"), &error)->documentId;
        {
            QSqlDatabase h = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            h.setDatabaseName(db);
            QVERIFY(h.open());
            QSqlQuery q(h);
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            // A short wait: the CLI gives up with a clear message, changing nothing.
            const CliRun blocked = runCli({QStringLiteral("tag"), QStringLiteral("%1:F1").arg(id), QStringLiteral("x"),
                QStringLiteral("--db"), db, QStringLiteral("--busy-timeout"), QStringLiteral("300")});
            QCOMPARE(blocked.exitCode, 1);
            QVERIFY2(blocked.err.contains(QStringLiteral("in use by another program")), qPrintable(blocked.err));
            QCOMPARE(blocked.err.count(QLatin1Char('\n')), 1);
            // A long wait: it proceeds once the other writer commits.
            QProcess waiting;
            waiting.start(QStringLiteral(SCRUTINY_CLI_PATH),
                {QStringLiteral("tag"), QStringLiteral("%1:F1").arg(id), QStringLiteral("y"), QStringLiteral("--db"),
                    db, QStringLiteral("--busy-timeout"), QStringLiteral("30000")});
            QVERIFY(waiting.waitForStarted());
            QVERIFY(!waiting.waitForFinished(700)); // still waiting for the lock
            QVERIFY(q.exec(QStringLiteral("COMMIT")));
            QVERIFY(waiting.waitForFinished(30000));
            QCOMPARE(waiting.exitCode(), 0);
            h.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        const auto a = store.annotatedReport(id, &error);
        QCOMPARE(a->segmentTags.value(QStringLiteral("F1")).size(), 1);
        QCOMPARE(a->tags.value(0).name, QStringLiteral("y"));
    }

    void killDuringImport()
    {
        const QString large = m_dir.filePath(QStringLiteral("large.txt"));
        {
            QFile f(large);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(largeReport(2500));
        }
        // An uninterrupted import first, to know how long one takes.
        const QString reference = m_dir.filePath(QStringLiteral("reference.scrutiny"));
        QElapsedTimer timer;
        timer.start();
        const CliRun full = runCli({QStringLiteral("import"), large, QStringLiteral("--db"), reference});
        const qint64 duration = timer.elapsed();
        QVERIFY2(full.exitCode == 0, qPrintable(full.err));
        qInfo("uninterrupted import: %lld ms", duration);
        qsizetype segments = 0;
        {
            ProjectStore store;
            QString error;
            QVERIFY(store.open(reference, &error));
            segments = store.annotatedReport(full.out.trimmed().toLongLong(), &error)->report.segments.size();
            QVERIFY(segments > 2000);
        }

        int absent = 0;
        int complete = 0;
        int killedMidWrite = 0;
        // Kill points: fractions of the uninterrupted time, and moments when the
        // import's transaction has spilled so many bytes into the WAL (uncommitted
        // frames on disk, which recovery must ignore).
        struct KillPoint
        {
            int percent = 0; ///< of the uninterrupted duration; 0: use walBytes
            qint64 walBytes = 0;
        };
        const QList<KillPoint> points {{20, 0}, {50, 0}, {80, 0}, {0, 1}, {0, 2 << 20}, {0, 6 << 20}, {0, 10 << 20}};
        int step = 0;
        for (const KillPoint &point : points) {
            const QString db = m_dir.filePath(QStringLiteral("killed%1.scrutiny").arg(++step));
            const QString wal = db + QStringLiteral("-wal");
            {
                // A project with something in it already, which must survive.
                ProjectStore store;
                QString error;
                QVERIFY(store.open(db, &error));
                QVERIFY(
                    store.importReport(StoreFixtures::councilReport(), "existing", QStringLiteral("e.txt"), &error));
            }
            QProcess p;
            p.start(QStringLiteral(SCRUTINY_CLI_PATH), {QStringLiteral("import"), large, QStringLiteral("--db"), db});
            QVERIFY(p.waitForStarted());
            if (point.percent) {
                QThread::msleep(duration * point.percent / 100);
            } else {
                while (p.state() == QProcess::Running && QFileInfo(wal).size() < point.walBytes)
                    QThread::usleep(200);
            }
            p.kill(); // SIGKILL
            p.waitForFinished();
            const qint64 walBytes = QFileInfo(wal).size();

            QCOMPARE(integrity(db), QStringLiteral("ok"));
            ProjectStore store;
            QString error;
            QVERIFY2(store.open(db, &error), qPrintable(error));
            const auto documents = store.documents();
            QVERIFY(documents.size() == 1 || documents.size() == 2);
            QCOMPARE(documents[0].title, StoreFixtures::councilReport().title);
            QCOMPARE(store.annotatedReport(documents[0].id, &error)->report.segments,
                StoreFixtures::councilReport().segments);
            qInfo("kill %d: %s, %lld WAL bytes on disk at the kill", step,
                documents.size() == 1 ? "absent" : "complete", walBytes);
            if (documents.size() == 1) {
                ++absent;
                killedMidWrite += walBytes > 0 ? 1 : 0;
                continue;
            }
            ++complete;
            const auto a = store.annotatedReport(documents[1].id, &error);
            QVERIFY(a);
            QCOMPARE(a->report.segments.size(), segments);
            QCOMPARE(store.search(QStringLiteral("partnership"), {}, &error).isEmpty(), false);
        }
        // At least one kill really hit the transaction while it was writing.
        QVERIFY(killedMidWrite > 0);
        qInfo("killed imports: %d absent (%d while writing), %d complete", absent, killedMidWrite, complete);
    }
};

QTEST_GUILESS_MAIN(TestStoreProcesses)
#include "test_storeprocesses.moc"
