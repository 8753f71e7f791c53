// SPDX-License-Identifier: GPL-3.0-or-later
// scrutiny-cli's command line as a user meets it: the project named before the
// command, among its options (--project or --db), by SCRUTINY_PROJECT, or the
// default one; help for every command; the version; and the man page naming
// every command. Each case runs the real program.
#include "ProcessRun.h"
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliOptions final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    using Run = Scrutiny::Testing::Run;

    /// Runs scrutiny-cli with HOME (so the default project) inside the test's directory.
    Run cli(const QStringList &args, const QString &projectVariable = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"home/.local/share"_s));
        env.remove(u"SCRUTINY_PROJECT"_s);
        if (!projectVariable.isEmpty())
            env.insert(u"SCRUTINY_PROJECT"_s, projectVariable);
        return Scrutiny::Testing::run(QStringLiteral(SCRUTINY_CLI_PATH), args, env);
    }

    QStringList commands()
    {
        const Run help = cli({u"--help"_s});
        QStringList names;
        static const QRegularExpression line(u"^  ([a-z]+)\\b"_s, QRegularExpression::MultilineOption);
        for (auto it = line.globalMatch(help.out); it.hasNext();)
            names.append(it.next().captured(1));
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString sample = QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt");
        QCOMPARE(cli({u"--project"_s, m_dir.filePath(u"a.scrutiny"_s), u"import"_s, sample}).code, 0);
    }

    void projectIsFound_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("viaVariable");
        QTest::addColumn<bool>("seesTheReport");
        const QString a = m_dir.filePath(u"a.scrutiny"_s);
        QTest::newRow("--project before the command") << QStringList {u"--project"_s, a, u"list"_s} << false << true;
        QTest::newRow("--project=PATH before") << QStringList {u"--project="_s + a, u"list"_s} << false << true;
        QTest::newRow("--db before (alias)") << QStringList {u"--db"_s, a, u"list"_s} << false << true;
        QTest::newRow("--project after") << QStringList {u"list"_s, u"--project"_s, a} << false << true;
        QTest::newRow("--db after") << QStringList {u"list"_s, u"--db"_s, a} << false << true;
        QTest::newRow("SCRUTINY_PROJECT") << QStringList {u"list"_s} << true << true;
        QTest::newRow("the option wins over the variable")
            << QStringList {u"--project"_s, m_dir.filePath(u"b.scrutiny"_s), u"list"_s} << true << false;
        QTest::newRow("after wins over before")
            << QStringList {u"--project"_s, a, u"list"_s, u"--project"_s, m_dir.filePath(u"b.scrutiny"_s)} << false
            << false;
    }

    void projectIsFound()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, viaVariable);
        QFETCH(bool, seesTheReport);
        const Run r = cli(args, viaVariable ? m_dir.filePath(u"a.scrutiny"_s) : QString());
        if (seesTheReport) {
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.contains(u"Wrexham"_s), qPrintable(r.out + r.err));
        } else {
            // b.scrutiny does not exist: listing it is an error, and a.scrutiny was not read.
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(u"b.scrutiny: no such project"_s), qPrintable(r.err));
        }
    }

    void defaultProjectIsTheWindowsOne()
    {
        // No option, no variable: the project in the user's data directory,
        // ~/.local/share/Scrutiny/Scrutiny/default.scrutiny, which the window uses too.
        const QString sample = QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt");
        QCOMPARE(cli({u"import"_s, sample}).code, 0);
        QVERIFY(QFile::exists(m_dir.filePath(u"home/.local/share/Scrutiny/Scrutiny/default.scrutiny"_s)));
        QVERIFY(cli({u"list"_s}).out.contains(u"Wrexham"_s));
        // and the variable moves it
        const QString elsewhere = m_dir.filePath(u"env.scrutiny"_s);
        QCOMPARE(cli({u"import"_s, sample}, elsewhere).code, 0);
        QVERIFY(QFile::exists(elsewhere));
    }

    void everyCommandHasHelp()
    {
        const QStringList names = commands();
        QVERIFY2(names.size() >= 20, qPrintable(names.join(u' ')));
        for (const QString &name : names) {
            if (name == u"help"_s)
                continue;
            const Run own = cli({name, u"--help"_s});
            QVERIFY2(own.code == 0, qPrintable(name + u": "_s + own.err));
            QVERIFY2(own.out.startsWith(u"Usage: scrutiny-cli [--project PATH] "_s + name), qPrintable(own.out));
            const Run viaHelp = cli({u"help"_s, name});
            QCOMPARE(viaHelp.code, 0);
            QCOMPARE(viaHelp.out, own.out);
            QCOMPARE(cli({name, u"-h"_s}).out, own.out);
        }
        QCOMPARE(cli({u"help"_s, u"no-such-command"_s}).code, 2);
    }

    void version_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("-V") << u"-V"_s;
        QTest::newRow("-v") << u"-v"_s;
        QTest::newRow("--version") << u"--version"_s;
    }

    void version()
    {
        QFETCH(QString, option);
        const Run r = cli({option});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("scrutiny-cli " SCRUTINY_VERSION "\n"));
    }

    void badGlobalOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList {u"--frobnicate"_s, u"list"_s}
                                        << u"unknown option --frobnicate"_s;
        QTest::newRow("no value") << QStringList {u"--project"_s} << u"--project needs a value"_s;
        QTest::newRow("no command") << QStringList {u"--project"_s, u"x.scrutiny"_s} << u"no command given"_s;
        QTest::newRow("unknown command") << QStringList {u"frobnicate"_s} << u"unknown command \"frobnicate\""_s;
    }

    void badGlobalOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(u"scrutiny-cli: "_s + message), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
    }

    void manPageNamesEveryCommand()
    {
        QFile page(QStringLiteral(SCRUTINY_SOURCE_DIR "/resources/desktop/man/scrutiny-cli.1"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(page.readAll());
        for (const QString &name : commands())
            QVERIFY2(text.contains(u"\n.B "_s + name + u' ') || text.contains(u"\n.B "_s + name + u'\n'),
                qPrintable(u"scrutiny-cli.1 does not describe "_s + name));
    }
};

QTEST_GUILESS_MAIN(TestCliOptions)
#include "test_clioptions.moc"
