// SPDX-License-Identifier: GPL-3.0-or-later
// Faults around a project, through scrutiny-cli as real processes: read-only
// files and folders, a full disk (a 1 MB tmpfs in a private mount namespace,
// skipped where unshare is not allowed), and kill -9 in the middle of an
// import, an export and a run of edits. After each: the exact message, and the
// project passes integrity_check with every committed change whole.
#include "StoreFixtures.h"
#include "model/ReportJson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <signal.h>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 30000)
{
    QProcess p;
    p.start(program, args);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.code = -2;
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Run cli(const QStringList &args)
{
    return run(QStringLiteral(SCRUTINY_CLI_PATH), args);
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/// Runs `check` on a plain SQLite connection to path (its own, removed after).
template<typename Check> void withDatabase(const QString &path, Check check)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open())
            check(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString integrity(const QString &path)
{
    QString result = u"cannot open"_s;
    withDatabase(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        result = q.exec(u"PRAGMA integrity_check"_s) && q.next() ? q.value(0).toString() : q.lastError().text();
    });
    return result;
}

qint64 count(const QString &path, const QString &sql)
{
    qint64 n = -1;
    withDatabase(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            n = q.value(0).toLongLong();
    });
    return n;
}
} // namespace

class TestFaults final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_json; ///< the council report as parse JSON
    QString m_bigJson; ///< a long report, so an import takes a while

    QString newProject(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const Run r = cli({u"import"_s, u"--parsed"_s, m_json, u"--db"_s, path});
        return r.code == 0 ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_json = m_dir.filePath(u"council.json"_s);
        QFile f(m_json);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(ReportJson::toJson(StoreFixtures::councilReport())).toJson());
        f.close();
        QList<StoreFixtures::Paragraph> paragraphs;
        for (int i = 0; i < 8000; ++i)
            paragraphs.append({i % 3 == 0 ? SegmentKind::Priority : SegmentKind::Finding,
                u"Paragraph %1 of a long report about care assessments and their timeliness."_s.arg(i)});
        m_bigJson = m_dir.filePath(u"long.json"_s);
        QFile big(m_bigJson);
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QJsonDocument(ReportJson::toJson(StoreFixtures::report(u"Long"_s, paragraphs))).toJson());
    }

    // ---- read-only places --------------------------------------------------------

    void readOnlyPlaces_data()
    {
        QTest::addColumn<bool>("fileWritable");
        QTest::addColumn<bool>("folderWritable");
        QTest::newRow("writable project, read-only folder") << true << false;
        QTest::newRow("read-only project, read-only folder") << false << false;
        QTest::newRow("read-only project, writable folder") << false << true;
    }
    void readOnlyPlaces()
    {
        QFETCH(bool, fileWritable);
        QFETCH(bool, folderWritable);
        const QString folder = m_dir.filePath(u"ro-%1-%2"_s.arg(fileWritable).arg(folderWritable));
        QVERIFY(QDir().mkpath(folder));
        const QString project = newProject(u"ro-%1-%2/p.scrutiny"_s.arg(fileWritable).arg(folderWritable));
        QVERIFY(!project.isEmpty());
        if (!fileWritable)
            QVERIFY(QFile::setPermissions(project, QFileDevice::ReadOwner | QFileDevice::ReadUser));
        if (!folderWritable)
            QVERIFY(QFile::setPermissions(
                folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser | QFileDevice::ExeUser));
        const QByteArray before = fileHash(project);
        const Run list = cli({u"list"_s, u"--db"_s, project});
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY2(list.code == 0, qPrintable(list.err));
        QVERIFY2(list.out.contains(u"Review of Testshire social services"_s), qPrintable(list.out));
        QCOMPARE(list.err, QString());
        if (!folderWritable)
            QVERIFY(QFile::setPermissions(
                folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser | QFileDevice::ExeUser));
        const Run tag = cli({u"tag"_s, u"1:F1"_s, u"late"_s, u"--db"_s, project});
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(tag.code, 1);
        QCOMPARE(tag.err,
            u"scrutiny-cli: %1: %2\n"_s.arg(project,
                fileWritable ? u"its folder is read-only; open it read-only to read it"_s
                             : u"the file is read-only; open it read-only to read it"_s));
        QCOMPARE(fileHash(project), before);
    }

    void newProjectInReadOnlyFolder()
    {
        const QString folder = m_dir.filePath(u"ro-new"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser | QFileDevice::ExeUser));
        const Run r = cli({u"import"_s, u"--parsed"_s, m_json, u"--db"_s, folder + u"/new.scrutiny"_s});
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(r.code, 1);
        // One line: no Qt "removeDatabase ... still in use" warning before it.
        QCOMPARE(r.err,
            u"scrutiny-cli: %1/new.scrutiny: the folder %1 is read-only; a new project cannot be made there\n"_s.arg(
                folder));
        QVERIFY(!QFile::exists(folder + u"/new.scrutiny"_s));
    }

    // ---- a full disk ---------------------------------------------------------------

    void fullDisk()
    {
        const QString project = newProject(u"full-source.scrutiny"_s);
        QVERIFY(!project.isEmpty());
        const QString mount = m_dir.filePath(u"full"_s);
        QVERIFY(QDir().mkpath(mount));
        const QString out = m_dir.filePath(u"full-out"_s);
        QVERIFY(QDir().mkpath(out));
        // In a private mount namespace: a 1 MB tmpfs, the project copied in, the rest filled.
        const QString script = uR"(set -u
mount -t tmpfs -o size=1m tmpfs "$1" || exit 77
cp "$2" "$1/p.scrutiny"
dd if=/dev/zero of="$1/filler" bs=1k 2>/dev/null
"$3" list --db "$1/p.scrutiny" > "$4/list.out" 2> "$4/list.err"; echo $? > "$4/list.code"
"$3" tag 1:F1 late --db "$1/p.scrutiny" 2> "$4/tag.err"; echo $? > "$4/tag.code"
QT_QPA_PLATFORM=offscreen "$3" export pdf 1 -o "$1/out.pdf" --db "$1/p.scrutiny" 2> "$4/export.err"; echo $? > "$4/export.code"
ls "$1" > "$4/files"
cp "$1"/p.scrutiny* "$4/"
)"_s;
        const Run r = run(u"unshare"_s,
            {u"-rm"_s, u"sh"_s, u"-c"_s, script, u"sh"_s, mount, project, QStringLiteral(SCRUTINY_CLI_PATH), out},
            60000);
        if (r.code == 77 || (r.code != 0 && r.err.contains(u"unshare"_s)))
            QSKIP("no private mount namespace here (unshare -rm or mount refused)");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto read = [&](const QString &name) {
            QFile f(out + u'/' + name);
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        QCOMPARE(read(u"list.code"_s).trimmed(), u"0"_s);
        QVERIFY2(
            read(u"list.out"_s).contains(u"Review of Testshire social services"_s), qPrintable(read(u"list.err"_s)));
        QCOMPARE(read(u"tag.code"_s).trimmed(), u"1"_s);
        QCOMPARE(read(u"tag.err"_s),
            u"scrutiny-cli: %1/p.scrutiny: the disk is full (No space left on device)\n"_s.arg(mount));
        QCOMPARE(read(u"export.code"_s).trimmed(), u"1"_s);
        QCOMPARE(read(u"export.err"_s),
            u"scrutiny-cli: %1/out.pdf: cannot write it (No space left on device)\n"_s.arg(mount));
        QVERIFY(!read(u"files"_s).contains(u"out.pdf"_s));
        QCOMPARE(integrity(out + u"/p.scrutiny"_s), u"ok"_s);
        QCOMPARE(count(out + u"/p.scrutiny"_s, u"SELECT count(*) FROM segments"_s),
            qint64(StoreFixtures::councilReport().segments.size()));
    }

    // ---- kill -9 mid-operation -----------------------------------------------------

    void killDuringImport_data()
    {
        QTest::addColumn<int>("delayMs");
        QTest::newRow("after 100 ms") << 100;
        QTest::newRow("after 400 ms") << 400;
    }
    void killDuringImport()
    {
        QFETCH(int, delayMs);
        const QString project = newProject(u"kill-import-%1.scrutiny"_s.arg(delayMs));
        QVERIFY(!project.isEmpty());
        QProcess p;
        p.start(QStringLiteral(SCRUTINY_CLI_PATH), {u"import"_s, u"--parsed"_s, m_bigJson, u"--db"_s, project});
        QVERIFY(p.waitForStarted());
        QTest::qWait(delayMs);
        const bool killed = p.state() == QProcess::Running;
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished();
        QCOMPARE(integrity(project), u"ok"_s);
        // The long report is there whole or not at all; the first one is untouched.
        const qint64 documents = count(project, u"SELECT count(*) FROM documents"_s);
        const qint64 segments = count(project, u"SELECT count(*) FROM segments"_s);
        const qint64 first = StoreFixtures::councilReport().segments.size();
        QVERIFY2((documents == 1 && segments == first) || (documents == 2 && segments == first + 8000),
            qPrintable(u"%1 documents, %2 segments"_s.arg(documents).arg(segments)));
        if (!killed)
            qWarning("the import finished before the kill");
    }

    void killDuringEdits()
    {
        const QString project = newProject(u"kill-edits.scrutiny"_s);
        QVERIFY(!project.isEmpty());
        // A stream of edits of every kind, killed part-way.
        const QString script = uR"(i=0
while [ $i -lt 400 ]; do
  "$1" tag 1:F$((i % 3 + 1)) "t$i" --db "$2" > /dev/null
  "$1" note 1:F1 "note $i" --db "$2" > /dev/null
  "$1" link 1:F1 1:P$((i % 2 + 1)) --db "$2" > /dev/null 2>&1
  "$1" undo --db "$2" > /dev/null
  i=$((i + 1))
done)"_s;
        QProcess p;
        // setsid: the shell leads a process group of its own, so one kill reaches the CLI it runs.
        p.start(u"setsid"_s, {u"sh"_s, u"-c"_s, script, u"sh"_s, QStringLiteral(SCRUTINY_CLI_PATH), project});
        QVERIFY(p.waitForStarted());
        QTest::qWait(2500);
        // The whole group: the shell and the scrutiny-cli it is running.
        QCOMPARE(::kill(-pid_t(p.processId()), SIGKILL), 0);
        p.waitForFinished();
        QCOMPARE(integrity(project), u"ok"_s);
        // Every tag that exists was journaled with it (one transaction each).
        QCOMPARE(count(project,
                     u"SELECT count(*) FROM tags t WHERE NOT EXISTS (SELECT 1 FROM journal j WHERE j.description "
                     "LIKE '%' || t.name || '%')"_s),
            0);
        const Run list = cli({u"list"_s, u"--db"_s, project});
        QCOMPARE(list.code, 0);
    }

    void killDuringExport()
    {
        const QString project = newProject(u"kill-export.scrutiny"_s);
        QVERIFY(!project.isEmpty());
        QVERIFY(cli({u"import"_s, u"--parsed"_s, m_bigJson, u"--db"_s, project}).code == 0);
        const QByteArray before = fileHash(project);
        const QString pdf = m_dir.filePath(u"killed.pdf"_s);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SCRUTINY_CLI_PATH), {u"export"_s, u"pdf"_s, u"2"_s, u"-o"_s, pdf, u"--db"_s, project});
        QVERIFY(p.waitForStarted());
        QTest::qWait(700);
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished();
        // Written whole or not at all, and the project not touched by a read.
        QVERIFY(!QFile::exists(pdf) || run(u"pdfinfo"_s, {pdf}).code == 0);
        QCOMPARE(fileHash(project), before);
        QCOMPARE(integrity(project), u"ok"_s);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "test_faults.moc"
