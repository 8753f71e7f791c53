// SPDX-License-Identifier: GPL-3.0-or-later
// How the scrutiny program starts, run as real processes: help and version
// without a display; every file named is imported; a second launch on the same
// project hands its files to the running window and exits; a second launch that
// cannot reach the first (a stale socket) starts normally; and, in process, a
// read-only project opens read-only with a banner.
#include "application/InstanceChannel.h"
#include "common/MessageBar.h"
#include "mainwindow/MainWindow.h"
#include "store/ProjectStore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

class TestAppStartup final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QProcessEnvironment environment(bool display = true) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"home/.config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"home/.local/share"_s));
        env.remove(u"SCRUTINY_PROJECT"_s);
        if (!display) {
            env.remove(u"QT_QPA_PLATFORM"_s);
            env.remove(u"DISPLAY"_s);
            env.remove(u"WAYLAND_DISPLAY"_s);
        }
        return env;
    }

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run run(const QString &program, const QStringList &args, bool display = true)
    {
        QProcess p;
        p.setProcessEnvironment(environment(display));
        p.start(program, args);
        Run r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    /// The documents scrutiny-cli lists in `project`.
    QString listed(const QString &project)
    {
        return run(QStringLiteral(SCRUTINY_CLI_PATH), {u"--project"_s, project, u"list"_s}).out;
    }

    /// Waits until a window serves `project` (a hand-over of nothing succeeds).
    bool waitForServer(const QString &project)
    {
        // The child's user is ours: same server name.
        for (QDeadlineTimer deadline(60000); !deadline.hasExpired(); QTest::qWait(200)) {
            if (InstanceChannel::handOver(project, {}, 1000))
                return true;
        }
        return false;
    }

    static QString sample() { return QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt"); }
    static QString otherReport() { return QStringLiteral(SCRUTINY_TEST_DATA "/reports/estyn-council-release.html"); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
    }

    void helpAndVersionNeedNoDisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--help") << u"--help"_s << u"--project, --db <path>"_s;
        QTest::newRow("-h") << u"-h"_s << u"--language <code>"_s;
        QTest::newRow("--version") << u"--version"_s << u"Scrutiny " SCRUTINY_VERSION "\n"_s;
        QTest::newRow("-V") << u"-V"_s << u"Scrutiny " SCRUTINY_VERSION "\n"_s;
    }

    void helpAndVersionNeedNoDisplay()
    {
        QFETCH(QString, option);
        QFETCH(QString, expected);
        const Run r = run(QStringLiteral(SCRUTINY_APP_PATH), {option}, false);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(expected), qPrintable(r.out + r.err));
        // The options of the tools and tests are not shown to users.
        for (const QString &hidden : {u"--screenshot"_s, u"--quit-when-shown"_s, u"--export-pdf"_s, u"--select"_s})
            QVERIFY2(!r.out.contains(hidden), qPrintable(hidden));
    }

    void badOptionIsOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown option") << QStringList {u"--frobnicate"_s} << u"frobnicate"_s;
        QTest::newRow("empty --author") << QStringList {u"--author"_s, u"  "_s} << u"--author needs a name"_s;
    }

    void badOptionIsOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = run(QStringLiteral(SCRUTINY_APP_PATH), args, false);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(u"scrutiny: "_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
    }

    // The window's edits carry --author over $SCRUTINY_AUTHOR and Settings, as
    // scrutiny-cli's do, and the journal shows it.
    void authorOptionNamesTheJournal()
    {
        const QString project = m_dir.filePath(u"author.scrutiny"_s);
        const Run r = run(QStringLiteral(SCRUTINY_APP_PATH),
            {u"--project"_s, project, u"--author"_s, u"Ffion Evans"_s, u"--quit-when-shown"_s, sample()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Run journal = run(QStringLiteral(SCRUTINY_CLI_PATH), {u"--project"_s, project, u"journal"_s});
        QCOMPARE(journal.code, 0);
        QVERIFY2(journal.out.contains(u"Ffion Evans"_s), qPrintable(journal.out));
    }

    void everyFileNamedIsImported()
    {
        const QString project = m_dir.filePath(u"every.scrutiny"_s);
        const Run r = run(QStringLiteral(SCRUTINY_APP_PATH),
            {u"--project"_s, project, u"--quit-when-shown"_s, sample(), otherReport()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString list = listed(project);
        QVERIFY2(list.contains(u"Wrexham"_s), qPrintable(list));
        QCOMPARE(list.trimmed().split(u'\n').size(), 2);
    }

    void secondLaunchHandsItsFilesToTheFirst()
    {
        const QString project = m_dir.filePath(u"shared.scrutiny"_s);
        QProcess first;
        first.setProcessEnvironment(environment());
        first.start(QStringLiteral(SCRUTINY_APP_PATH), {u"--project"_s, project});
        QVERIFY(first.waitForStarted());
        QVERIFY2(waitForServer(project), "the first window never listened");

        // Double-click a report: the second launch ends at once, the first imports it.
        const Run second = run(QStringLiteral(SCRUTINY_APP_PATH), {u"--project"_s, project, sample()});
        QCOMPARE(second.code, 0);
        QVERIFY(first.state() == QProcess::Running);
        QString list;
        for (QDeadlineTimer deadline(60000); !deadline.hasExpired() && !list.contains(u"Wrexham"_s); QTest::qWait(300))
            list = listed(project);
        QVERIFY2(list.contains(u"Wrexham"_s), qPrintable(list));

        // A launch on another project is not handed over.
        QVERIFY(!InstanceChannel::handOver(m_dir.filePath(u"other.scrutiny"_s), {}, 500));

        first.terminate();
        if (!first.waitForFinished(10000))
            first.kill();
    }

    void secondLaunchThatCannotReachTheFirstStartsNormally()
    {
        const QString project = m_dir.filePath(u"stale.scrutiny"_s);
        // What a crashed window leaves behind: the socket's name taken by a dead file.
        const QString stale = QDir::temp().filePath(InstanceChannel::serverName(project));
        QFile leftover(stale);
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.close();
        QVERIFY(!InstanceChannel::handOver(project, {}, 500));

        QProcess launch;
        launch.setProcessEnvironment(environment());
        launch.start(QStringLiteral(SCRUTINY_APP_PATH), {u"--project"_s, project, sample()});
        QVERIFY(launch.waitForStarted());
        QVERIFY2(waitForServer(project), "the launch did not start or did not take over the stale name");
        QString list;
        for (QDeadlineTimer deadline(60000); !deadline.hasExpired() && !list.contains(u"Wrexham"_s); QTest::qWait(300))
            list = listed(project);
        QVERIFY2(list.contains(u"Wrexham"_s), qPrintable(list));
        launch.terminate();
        if (!launch.waitForFinished(10000))
            launch.kill();
        QFile::remove(stale);
    }

    void readOnlyProjectOpensReadOnlyWithABanner()
    {
        const QString path = m_dir.filePath(u"readonly.scrutiny"_s);
        {
            ProjectStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        MainWindow window(path);
        QVERIFY(window.store()->isOpen());
        QCOMPARE(window.store()->path(), path);
        QVERIFY(window.store()->isReadOnly());
        auto *banner = window.findChild<MessageBar *>(u"readOnlyBanner"_s);
        QVERIFY(banner);
        QVERIFY(!banner->isHidden());
        QCOMPARE(banner->type(), MessageBar::Type::Warning);
        QVERIFY2(banner->text().contains(u"read-only"_s), qPrintable(banner->text()));

        // A writable project clears it.
        QVERIFY(window.openProject(m_dir.filePath(u"writable.scrutiny"_s)));
        QVERIFY(banner->isHidden());
        QVERIFY(!window.store()->isReadOnly());
    }
};

QTEST_MAIN(TestAppStartup)
#include "test_appstartup.moc"
