// SPDX-License-Identifier: GPL-3.0-or-later
// scrutiny-cli's project commands end to end, each run as a real process.
#include "StoreFixtures.h"
#include "model/ReportJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Scrutiny;

class TestStoreCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_parsed;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run cli(QStringList args, const QByteArray &input = {}, const QString &db = {})
    {
        args << QStringLiteral("--db") << (db.isEmpty() ? m_db : db);
        QProcess p;
        p.start(QStringLiteral(SCRUTINY_CLI_PATH), args);
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    /// Fails the test unless the command succeeded; returns its output.
    QString ok(const QStringList &args, const QByteArray &input = {})
    {
        const Run r = cli(args, input);
        if (r.code != 0)
            qWarning() << args << r.code << r.err;
        return r.code == 0 ? r.out : QStringLiteral("FAILED: ") + r.err;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("cli.scrutiny"));
        m_parsed = m_dir.filePath(QStringLiteral("council.json"));
        QFile f(m_parsed);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(ReportJson::toJson(StoreFixtures::councilReport())).toJson());
    }

    void importPrintsTheId()
    {
        QCOMPARE(ok({QStringLiteral("import"), QStringLiteral("--parsed"), m_parsed}), QStringLiteral("1\n"));
        // Same bytes again: the same id, nothing added, said on stderr.
        const Run again = cli({QStringLiteral("import"), QStringLiteral("--parsed"), m_parsed});
        QCOMPARE(again.code, 0);
        QCOMPARE(again.out, QStringLiteral("1\n"));
        QVERIFY(again.err.contains(QStringLiteral("already in the project as document 1")));
        // The real sample through the importer, from standard input.
        QFile sample(QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QCOMPARE(ok({QStringLiteral("import"), QStringLiteral("-")}, sample.readAll()), QStringLiteral("2\n"));
        const QString list = ok({QStringLiteral("list")});
        QCOMPARE(list.count(QLatin1Char('\n')), 2);
        QVERIFY(list.startsWith(QStringLiteral("1\tcouncil.json\t")));
        QVERIFY(list.contains(QStringLiteral("findings 3, priorities 2, quotes 1, responses 1, links 0")));
        QVERIFY(list.contains(QStringLiteral("\n2\tstdin\t")));
    }

    void annotateAndShow()
    {
        QCOMPARE(ok({QStringLiteral("tag"), QStringLiteral("1:F1"), QStringLiteral("timeliness")}),
            QStringLiteral("tagged 1:F1 with timeliness\n"));
        QCOMPARE(ok({QStringLiteral("tag"), QStringLiteral("1:f3"), QStringLiteral("safeguarding"),
                     QStringLiteral("--colour"), QStringLiteral("#d62728")}),
            QStringLiteral("tagged 1:F3 with safeguarding\n"));
        QVERIFY(ok({QStringLiteral("tag"), QStringLiteral("1:P2"), QStringLiteral("safeguarding")})
                    .startsWith(QStringLiteral("tagged")));
        QVERIFY(ok({QStringLiteral("link"), QStringLiteral("1:F1"), QStringLiteral("1:P1"), QStringLiteral("--note"),
                       QStringLiteral("same issue")})
                    .startsWith(QStringLiteral("link 1: 1:F1 addresses 1:P1")));
        QVERIFY(ok({QStringLiteral("link"), QStringLiteral("1:F3"), QStringLiteral("1:P2"), QStringLiteral("--type"),
                       QStringLiteral("partly-addresses")})
                    .startsWith(QStringLiteral("link 2:")));
        QCOMPARE(ok({QStringLiteral("note"), QStringLiteral("1:F1"), QStringLiteral("Check the *audit*.")}),
            QStringLiteral("noted on 1:F1\n"));
        QCOMPARE(ok({QStringLiteral("note"), QStringLiteral("1"), QStringLiteral("-")}, "For the March committee.\n"),
            QStringLiteral("noted on 1\n"));
        QCOMPARE(ok({QStringLiteral("plan"), QStringLiteral("1:P1"), QStringLiteral("--owner"),
                     QStringLiteral("Head of adult services"), QStringLiteral("--due"), QStringLiteral("2027-03-31"),
                     QStringLiteral("--status"), QStringLiteral("in-progress")}),
            QStringLiteral("plan 1:P1: in progress\n"));
        // Only the options given change.
        QVERIFY(ok({QStringLiteral("plan"), QStringLiteral("1:P1"), QStringLiteral("--evidence"),
                       QStringLiteral("audit of 50 files")})
                    .startsWith(QStringLiteral("plan")));

        const QString show = ok({QStringLiteral("show"), QStringLiteral("1")});
        QVERIFY(show.contains(QStringLiteral("F1 [finding, review] Care management assessments")));
        QVERIFY(show.contains(QStringLiteral("    tags: timeliness\n")));
        QVERIFY(show.contains(QStringLiteral("    -> P1 (addresses): same issue\n")));
        QVERIFY(show.contains(QStringLiteral("    <- F3 (partly-addresses)\n")));
        QVERIFY(show.contains(QStringLiteral("    note: Check the *audit*.\n")));
        QVERIFY(show.contains(QStringLiteral("Note: For the March committee.")));
        QVERIFY(show.contains(QStringLiteral(
            "    plan: in progress; owner Head of adult services; due 2027-03-31; evidence: audit of 50 files\n")));

        const QString tags = ok({QStringLiteral("tags")});
        QVERIFY(tags.contains(QStringLiteral("safeguarding\t#d62728\t2 segments")));
        QVERIFY(tags.contains(QStringLiteral("timeliness\t")));
        const QString links = ok({QStringLiteral("links"), QStringLiteral("1")});
        QCOMPARE(links.count(QLatin1Char('\n')), 2);
        QVERIFY(links.contains(QStringLiteral("1:F1 -> 1:P1\taddresses")));
    }

    void searchFromTheCommandLine()
    {
        const QString all = ok({QStringLiteral("search"), QStringLiteral("safeguarding")});
        QVERIFY(all.contains(QStringLiteral("1:F3\tfinding\t**Safeguarding** procedures")));
        QVERIFY(all.contains(QStringLiteral("1:P2\tpriority\t")));
        const QString findings = ok({QStringLiteral("search"), QStringLiteral("safeguarding"), QStringLiteral("--kind"),
            QStringLiteral("finding"), QStringLiteral("--doc"), QStringLiteral("1")});
        QCOMPARE(findings.count(QLatin1Char('\n')), 1);
        const QString tagged = ok({QStringLiteral("search"), QStringLiteral("safeguarding"), QStringLiteral("--tag"),
            QStringLiteral("safeguarding"), QStringLiteral("--doc"), QStringLiteral("1")});
        QCOMPARE(tagged.count(QLatin1Char('\n')), 2);
        QVERIFY(ok({QStringLiteral("search"), QStringLiteral("audit")})
                    .contains(QStringLiteral("1:F1\tnote\tCheck the *")));
    }

    void undoRedoAcrossProcesses()
    {
        QCOMPARE(ok({QStringLiteral("undo")}), QStringLiteral("undone: plan P1: in progress\n"));
        QVERIFY(!ok({QStringLiteral("show"), QStringLiteral("1")}).contains(QStringLiteral("evidence: audit")));
        QCOMPARE(ok({QStringLiteral("redo")}), QStringLiteral("redone: plan P1: in progress\n"));
        QVERIFY(ok({QStringLiteral("show"), QStringLiteral("1")}).contains(QStringLiteral("evidence: audit")));
        const Run nothing = cli({QStringLiteral("redo")});
        QCOMPARE(nothing.code, 1);
        QCOMPARE(nothing.err, QStringLiteral("scrutiny-cli: nothing to redo\n"));
        const QString journal = ok({QStringLiteral("journal"), QStringLiteral("1")});
        QVERIFY(journal.contains(QStringLiteral("\timport\timport council.json as document 1")));
        QVERIFY(journal.contains(QStringLiteral("\ttag\ttag F1 with timeliness")));
        QVERIFY(journal.contains(QStringLiteral("\tundo\tundo: plan P1: in progress")));
        QVERIFY(journal.contains(QStringLiteral("\tredo\tredo: plan P1: in progress")));
    }

    void unlinkAndUntag()
    {
        QCOMPARE(ok({QStringLiteral("unlink"), QStringLiteral("1:F3"), QStringLiteral("1:P2")}),
            QStringLiteral("removed link 2\n"));
        QCOMPARE(ok({QStringLiteral("unlink"), QStringLiteral("1")}), QStringLiteral("removed link 1\n"));
        QCOMPARE(ok({QStringLiteral("links")}), QString());
        QCOMPARE(ok({QStringLiteral("untag"), QStringLiteral("1:F1"), QStringLiteral("timeliness")}),
            QStringLiteral("removed tag timeliness from 1:F1\n"));
        QCOMPARE(ok({QStringLiteral("undo")}), QStringLiteral("undone: remove tag timeliness from F1\n"));
    }

    void segmentCorrections()
    {
        QVERIFY(ok({QStringLiteral("segment"), QStringLiteral("1:Q1"), QStringLiteral("--speaker"),
                       QStringLiteral("Mrs Jones"), QStringLiteral("--role"), QStringLiteral("carer")})
                    .startsWith(QStringLiteral("updated")));
        QVERIFY(
            ok({QStringLiteral("show"), QStringLiteral("1")}).contains(QStringLiteral("speaker: Mrs Jones (carer)")));
        QVERIFY(ok({QStringLiteral("split"), QStringLiteral("1:F2"), QStringLiteral("has improved")})
                    .startsWith(QStringLiteral("split")));
        QVERIFY(ok({QStringLiteral("show"), QStringLiteral("1")})
                    .contains(QStringLiteral("F3 [finding, review] has improved since the last inspection.")));
        QVERIFY(ok({QStringLiteral("merge"), QStringLiteral("1:F2")}).startsWith(QStringLiteral("merged")));
        QVERIFY(ok({QStringLiteral("show"), QStringLiteral("1")})
                    .contains(QStringLiteral("F2 [finding, review] Leadership of children's services has improved")));
    }

    void exportJson()
    {
        const QString text = ok({QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("1")});
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("document")).toObject().value(QStringLiteral("id")).toInteger(), 1);
        QCOMPARE(o.value(QStringLiteral("notes")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("plan")).toArray().at(0).toObject().value(QStringLiteral("owner")).toString(),
            QStringLiteral("Head of adult services"));
        QCOMPARE(o.value(QStringLiteral("segments")).toArray().at(2).toObject().value(QStringLiteral("tags")).toArray(),
            QJsonArray {QStringLiteral("timeliness")});
        ParsedReport back;
        QString error;
        QVERIFY2(ReportJson::fromJson(o, &back, &error), qPrintable(error));
        QCOMPARE(back.segments.size(), StoreFixtures::councilReport().segments.size());
        // To a file.
        const QString file = m_dir.filePath(QStringLiteral("out.json"));
        QCOMPARE(ok({QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("1"), QStringLiteral("--output"),
                     file}),
            QString());
        QVERIFY(QFileInfo(file).size() > 1000);
    }

    void errorsAreOneClearLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown document") << QStringList {QStringLiteral("show"), QStringLiteral("99")} << 1
                                          << QStringLiteral("no document 99 in the project");
        QTest::addRow("not a document id") << QStringList {QStringLiteral("show"), QStringLiteral("abc")} << 2
                                           << QStringLiteral("\"abc\" is not a document id");
        QTest::addRow("unknown segment") << QStringList {QStringLiteral("tag"), QStringLiteral("1:F42"),
            QStringLiteral("x")} << 1 << QStringLiteral("document 1 has no segment F42");
        QTest::addRow("segment without document") << QStringList {QStringLiteral("tag"), QStringLiteral("F1"),
            QStringLiteral("x")} << 2 << QStringLiteral("name one as DOCUMENT:SEGMENT");
        QTest::addRow("missing argument") << QStringList {QStringLiteral("tag"), QStringLiteral("1:F1")} << 2
                                          << QStringLiteral("missing arguments; usage: scrutiny-cli tag");
        QTest::addRow("unknown option") << QStringList {QStringLiteral("list"), QStringLiteral("--frobnicate")} << 2
                                        << QStringLiteral("Unknown option 'frobnicate'");
        QTest::addRow("bad link type") << QStringList {QStringLiteral("link"), QStringLiteral("1:F1"),
            QStringLiteral("1:P1"), QStringLiteral("--type"), QStringLiteral("supports")}
                                       << 2 << QStringLiteral("unknown link type \"supports\"");
        QTest::addRow("links across documents") << QStringList {QStringLiteral("link"), QStringLiteral("1:F1"),
            QStringLiteral("2:P1")} << 2 << QStringLiteral("different ones");
        QTest::addRow("plan on a finding") << QStringList {QStringLiteral("plan"), QStringLiteral("1:F1"),
            QStringLiteral("--owner"), QStringLiteral("x")}
                                           << 1 << QStringLiteral("only priorities have an action plan");
        QTest::addRow("bad date") << QStringList {QStringLiteral("plan"), QStringLiteral("1:P1"),
            QStringLiteral("--due"), QStringLiteral("next week")}
                                  << 2 << QStringLiteral("is not a date");
        QTest::addRow("bad status") << QStringList {QStringLiteral("plan"), QStringLiteral("1:P1"),
            QStringLiteral("--status"), QStringLiteral("meh")}
                                    << 2 << QStringLiteral("unknown status");
        QTest::addRow("bad kind") << QStringList {QStringLiteral("search"), QStringLiteral("x"),
            QStringLiteral("--kind"), QStringLiteral("recommendation")}
                                  << 2 << QStringLiteral("unknown kind");
        QTest::addRow("unknown export format") << QStringList {QStringLiteral("export"), QStringLiteral("docx"),
            QStringLiteral("1")} << 2 << QStringLiteral("unknown export format \"docx\"; use one of: ");
        QTest::addRow("missing file") << QStringList {QStringLiteral("import"),
            QStringLiteral("/nonexistent/report.txt")}
                                      << 1 << QStringLiteral("/nonexistent/report.txt");
        QTest::addRow("unlinked pair") << QStringList {QStringLiteral("unlink"), QStringLiteral("1:F2"),
            QStringLiteral("1:P2")} << 1
                                       << QStringLiteral("1:F2 is not linked to 1:P2");
    }

    void errorsAreOneClearLine()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.startsWith(QStringLiteral("scrutiny-cli: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(r.out, QString());
    }

    void badDatabaseFiles()
    {
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some notes\n");
        f.close();
        Run r = cli({QStringLiteral("list")}, {}, text);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not an SQLite database); it was left untouched")), qPrintable(r.err));
        r = cli({QStringLiteral("tag"), QStringLiteral("1:F1"), QStringLiteral("x")}, {}, text);
        QCOMPARE(r.code, 1);
        QFile check(text);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("just some notes\n"));

        // A read-only project: reading works, writing says why not.
        const QString readOnly = m_dir.filePath(QStringLiteral("ro.scrutiny"));
        QVERIFY(QFile::copy(m_db, readOnly));
        QVERIFY(QFile::setPermissions(readOnly, QFileDevice::ReadOwner));
        r = cli({QStringLiteral("show"), QStringLiteral("1")}, {}, readOnly);
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("tag"), QStringLiteral("1:F1"), QStringLiteral("x")}, {}, readOnly);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("read-only")), qPrintable(r.err));
        QVERIFY(QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));

        r = cli({QStringLiteral("list")}, {}, m_dir.filePath(QStringLiteral("missing.scrutiny")));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("no such project")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.scrutiny"))));
    }
};

QTEST_GUILESS_MAIN(TestStoreCli)
#include "test_storecli.moc"
