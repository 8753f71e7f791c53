// SPDX-License-Identifier: GPL-3.0-or-later
// scrutiny-cli suggest / accept / reject end to end, on a real project file:
// suggestions for a stored report, a rejected one never offered again, an
// accepted one becoming a link, both journaled, and one-line errors.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SCRUTINY_CLI_PATH), args);
    if (!p.waitForStarted() || !p.waitForFinished(60000))
        return {};
    return Run {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// "1:F1 -> 1:P2" of each line of `suggest`'s text output.
QStringList pairs(const QString &text)
{
    QStringList list;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts))
        list.append(line.section(u'\t', 0, 0));
    return list;
}
} // namespace

class TestSuggestCommands final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    Run project(QStringList args)
    {
        args << u"--db"_s << m_db;
        return cli(args);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"project-%1.scrutiny"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        const Run imported
            = project({u"import"_s, QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt")});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(imported.out.trimmed(), u"1"_s);
    }

    void listsSuggestions()
    {
        const Run r = project({u"suggest"_s, u"1"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 10);
        for (const QString &line : lines) {
            // from -> to, score, type, reason
            const QStringList fields = line.split(u'\t');
            QCOMPARE(fields.size(), 4);
            QVERIFY2(fields[0].contains(QRegularExpression(u"^1:[FRQ]\\d+ -> 1:P\\d+$"_s)), qPrintable(line));
            bool ok = false;
            const double score = fields[1].toDouble(&ok);
            QVERIFY(ok && score > 0 && score <= 1);
            QCOMPARE(fields[2], fields[0].startsWith(u"1:F") ? u"addresses"_s : u"responds-to"_s);
            QVERIFY(!fields[3].isEmpty());
        }
        // The finding calling for political leadership is matched with the review of political arrangements.
        QVERIFY2(pairs(r.out).contains(u"1:F6 -> 1:P1"_s), qPrintable(r.out));

        const Run one = project({u"suggest"_s, u"1"_s, u"--top"_s, u"1"_s});
        QCOMPARE(one.exitCode, 0);
        QStringList sources;
        for (const QString &p : pairs(one.out))
            sources.append(p.section(u' ', 0, 0));
        QCOMPARE(sources.removeDuplicates(), 0); // one per source

        const Run json = project({u"suggest"_s, u"1"_s, u"--format"_s, u"json"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(array.size(), lines.size());
        const QJsonObject first = array.first().toObject();
        QCOMPARE(first.value(u"from"_s).toString() + u" -> "_s + first.value(u"to"_s).toString(), pairs(r.out).first());
        QVERIFY(first.value(u"score"_s).toDouble() > 0);
        QVERIFY(!first.value(u"reason"_s).toString().isEmpty());
    }

    void rejectedIsNotOfferedAgain()
    {
        const QStringList before = pairs(project({u"suggest"_s, u"1"_s}).out);
        QVERIFY(before.contains(u"1:F6 -> 1:P1"_s));
        const Run rejected = project({u"reject"_s, u"1:F6"_s, u"P1"_s});
        QCOMPARE(rejected.exitCode, 0);
        QVERIFY(rejected.out.contains(u"rejected 1:F6 -> 1:P1"_s));
        const QStringList after = pairs(project({u"suggest"_s, u"1"_s}).out);
        QVERIFY(!after.contains(u"1:F6 -> 1:P1"_s));
        QVERIFY(after.size() >= before.size() - 1);
        // Still gone after a fresh start of the program (it is stored), and journaled.
        QVERIFY(!pairs(project({u"suggest"_s, u"1"_s, u"--top"_s, u"5"_s}).out).contains(u"1:F6 -> 1:P1"_s));
        const Run journal = project({u"journal"_s});
        QVERIFY2(journal.out.contains(u"F6"_s) && journal.out.contains(u"reject"_s), qPrintable(journal.out));
        // Undo brings it back.
        QCOMPARE(project({u"undo"_s}).exitCode, 0);
        QVERIFY(pairs(project({u"suggest"_s, u"1"_s}).out).contains(u"1:F6 -> 1:P1"_s));
    }

    void acceptedBecomesALink()
    {
        const Run accepted = project({u"accept"_s, u"1:F2"_s, u"1:P2"_s});
        QCOMPARE(accepted.exitCode, 0);
        QVERIFY2(accepted.out.contains(u"1:F2 addresses 1:P2"_s), qPrintable(accepted.out));
        const Run links = project({u"links"_s, u"1"_s});
        QVERIFY2(links.out.contains(u"1:F2 -> 1:P2\taddresses"_s), qPrintable(links.out));
        QVERIFY(!pairs(project({u"suggest"_s, u"1"_s}).out).contains(u"1:F2 -> 1:P2"_s));
        const Run journal = project({u"journal"_s});
        QVERIFY2(journal.out.contains(u"accept"_s), qPrintable(journal.out));
        // A council response answers a priority: responds-to.
        const Run response = project({u"accept"_s, u"1:R6"_s, u"P2"_s});
        QCOMPARE(response.exitCode, 0);
        QVERIFY2(response.out.contains(u"responds-to"_s), qPrintable(response.out));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown document") << QStringList {u"suggest"_s, u"9"_s} << 1 << u"no document 9"_s;
        QTest::newRow("bad --top") << QStringList {u"suggest"_s, u"1"_s, u"--top"_s, u"none"_s} << 2 << u"--top"_s;
        QTest::newRow("bad format") << QStringList {u"suggest"_s, u"1"_s, u"--format"_s, u"xml"_s} << 2 << u"xml"_s;
        QTest::newRow("no document") << QStringList {u"suggest"_s} << 2 << u"suggest"_s;
        QTest::newRow("unknown segment") << QStringList {u"accept"_s, u"1:F99"_s, u"1:P1"_s} << 1 << u"F99"_s;
        QTest::newRow("two documents") << QStringList {u"reject"_s, u"1:F1"_s, u"2:P1"_s} << 2 << u"different"_s;
        QTest::newRow("not a segment name") << QStringList {u"reject"_s, u"F1"_s, u"P1"_s} << 2 << u"F1"_s;
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = project(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.startsWith(u"scrutiny-cli: "_s) && r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestSuggestCommands)
#include "test_suggestcommands.moc"
