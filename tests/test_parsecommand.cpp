// SPDX-License-Identifier: GPL-3.0-or-later
// `scrutiny-cli parse` run as a user runs it: real files, real process, exit codes and streams.
#include "model/ReportJson.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Scrutiny;

class TestParseCommand final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void jsonFollowsContract();
    void standardInput();
    void textOutline();
    void errors_data();
    void errors();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args, const QByteArray &input = {});
    QTemporaryDir m_dir;
};

void TestParseCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

TestParseCommand::Run TestParseCommand::run(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(QStringLiteral(SCRUTINY_CLI_PATH), args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return Run {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError()};
}

void TestParseCommand::jsonFollowsContract()
{
    const Run r = run({QStringLiteral("parse"), QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    QVERIFY(doc.isObject());
    ParsedReport report;
    QString error;
    QVERIFY2(ReportJson::fromJson(doc.object(), &report, &error), qPrintable(error));
    QVERIFY(report.count(SegmentKind::Finding) > 0);
    QCOMPARE(toString(report.format), QStringLiteral("text"));
    // suggested_links: each finding's best priorities (at most three), with a score and a reason.
    QVERIFY(!report.suggestedLinks.isEmpty());
    QHash<QString, int> perFinding;
    for (const SuggestedLink &l : std::as_const(report.suggestedLinks)) {
        const Segment *from = report.segment(l.from);
        const Segment *to = report.segment(l.to);
        QVERIFY2(from && from->kind == SegmentKind::Finding, qPrintable(l.from));
        QVERIFY2(to && to->kind == SegmentKind::Priority, qPrintable(l.to));
        QVERIFY(l.score > 0 && l.score <= 1);
        QVERIFY(!l.reason.isEmpty());
        QVERIFY(++perFinding[l.from] <= 3);
    }
}

void TestParseCommand::standardInput()
{
    QFile f(QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const Run fromStdin = run(
        {QStringLiteral("parse"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-")}, bytes);
    const Run fromFile = run({QStringLiteral("parse"), f.fileName()});
    QCOMPARE(fromStdin.exitCode, 0);
    QCOMPARE(fromStdin.out, fromFile.out);
}

void TestParseCommand::textOutline()
{
    const Run r = run({QStringLiteral("parse"), QStringLiteral("--format"), QStringLiteral("text"),
        QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt")});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY(text.contains(QStringLiteral("[S1] summary, review")));
    QVERIFY(text.contains(QStringLiteral("Sue Mead, review director, joint reviews")));
    QVERIFY(text.contains(QStringLiteral("\"goo d\" -> \"good\"")));
}

void TestParseCommand::errors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("problem");
    QTest::newRow("missing") << QStringLiteral("missing.txt") << QByteArray() << QStringLiteral("no such file");
    QTest::newRow("empty") << QStringLiteral("empty.txt") << QByteArray("") << QStringLiteral("empty");
    QTest::newRow("blank") << QStringLiteral("blank.txt") << QByteArray(" \n\n\t\n") << QStringLiteral("empty");
    QTest::newRow("binary") << QStringLiteral("image.txt") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", 16)
                            << QStringLiteral("binary");
    QTest::newRow("undecodable") << QStringLiteral("odd.txt") << QByteArray("Report \x81\x8d\x8f\x90 text\n")
                                 << QStringLiteral("undecodable");
    QTest::newRow("damaged pdf") << QStringLiteral("broken.pdf") << QByteArray("%PDF-1.4\n1 0 obj garbage\n%%EOF")
                                 << QStringLiteral("damaged");
}

void TestParseCommand::errors()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, problem);
    const QString path = m_dir.filePath(name);
    if (name != QLatin1StringView("missing.txt")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const Run r = run({QStringLiteral("parse"), path});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    const QString err = QString::fromUtf8(r.err);
    QCOMPARE(err.count(u'\n'), 1); // one line
    QVERIFY2(err.contains(path), qPrintable(err));
    QVERIFY2(err.contains(problem), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestParseCommand)
#include "test_parsecommand.moc"
