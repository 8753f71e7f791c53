// SPDX-License-Identifier: GPL-3.0-or-later
// Two people (two real scrutiny-cli processes, each with its own --author or
// --session) writing to one project: each `undo` reverses only its own step, an
// undo whose rows the other changed later is refused and changes nothing, batch
// forms are one step, and `journal` names author and session.
#include "ProcessRun.h"
#include "StoreDump.h"
#include "StoreFixtures.h"
#include "model/ReportJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

class TestCliSessions final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    using Run = Testing::Run;

    /// Runs scrutiny-cli on the project; `environment` adds variables (NAME=value).
    Run cli(QStringList args, const QStringList &environment = {})
    {
        args << u"--db"_s << m_db;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"SCRUTINY_AUTHOR"_s);
        env.remove(u"SCRUTINY_SESSION"_s);
        for (const QString &variable : environment)
            env.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
        return Testing::run(QStringLiteral(SCRUTINY_CLI_PATH), args, env);
    }

    QString ok(const QStringList &args, const QStringList &environment = {})
    {
        const Run r = cli(args, environment);
        if (r.code != 0)
            qWarning() << args << r.code << r.err;
        return r.code == 0 ? r.out : u"FAILED: "_s + r.err;
    }

    static QStringList ann(QStringList args) { return args << u"--author"_s << u"Ann Jones"_s; }
    /// Bob names himself with the global form, before the command.
    static QStringList bob(const QStringList &args) { return QStringList {u"--author"_s, u"Bob Lee"_s} + args; }

    /// The lines of `show 1` that list a segment's tags.
    QString tagLines()
    {
        QStringList lines;
        for (const QString &line : ok({u"show"_s, u"1"_s}).split(u'\n')) {
            if (line.contains(u"tags:"))
                lines.append(line.trimmed());
        }
        return lines.join(u'\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"shared.scrutiny"_s);
        const QString parsed = m_dir.filePath(u"council.json"_s);
        QFile f(parsed);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(ReportJson::toJson(StoreFixtures::councilReport())).toJson());
        f.close();
        QCOMPARE(ok(ann({u"import"_s, u"--parsed"_s, parsed})), u"1\n"_s);
    }

    void eachProcessUndoesOnlyItsOwnStep()
    {
        QCOMPARE(ok(ann({u"tag"_s, u"1:F1"_s, u"timeliness"_s})), u"tagged 1:F1 with timeliness\n"_s);
        QCOMPARE(ok(bob({u"tag"_s, u"1:F2"_s, u"leadership"_s})), u"tagged 1:F2 with leadership\n"_s);
        // Ann's newest step is older than Bob's; her undo takes hers, not his.
        QCOMPARE(ok(ann({u"undo"_s})), u"undone: tag F1 with timeliness\n"_s);
        QCOMPARE(tagLines(), u"tags: leadership"_s);
        QCOMPARE(ok(bob({u"undo"_s})), u"undone: tag F2 with leadership\n"_s);
        QCOMPARE(tagLines(), QString());
        QCOMPARE(ok(ann({u"redo"_s})), u"redone: tag F1 with timeliness\n"_s);
        QCOMPARE(tagLines(), u"tags: timeliness"_s);
        QCOMPARE(ok(ann({u"undo"_s})), u"undone: tag F1 with timeliness\n"_s);
        // SCRUTINY_AUTHOR names the author as --author does.
        const Run nothing = cli({u"undo"_s}, {u"SCRUTINY_AUTHOR=Carol Evans"_s});
        QCOMPARE(nothing.code, 1);
        QCOMPARE(nothing.err, u"scrutiny-cli: nothing to undo\n"_s);
    }

    void sessionsSeparateOneAuthorsScripts()
    {
        // One author, two scripts, each under a session id of its own.
        QVERIFY(ok({u"--session"_s, u"script-a"_s, u"tag"_s, u"1:F3"_s, u"safeguarding"_s}, {u"SCRUTINY_AUTHOR=Sam"_s})
                    .startsWith(u"tagged"_s));
        QVERIFY(ok({u"link"_s, u"1:F3"_s, u"1:P2"_s}, {u"SCRUTINY_AUTHOR=Sam"_s, u"SCRUTINY_SESSION=script-b"_s})
                    .startsWith(u"link"_s));
        QCOMPARE(ok({u"undo"_s, u"--session"_s, u"script-a"_s}), u"undone: tag F3 with safeguarding\n"_s);
        QVERIFY(ok({u"links"_s, u"1"_s}).contains(u"1:F3 -> 1:P2"_s));
        QCOMPARE(ok({u"undo"_s}, {u"SCRUTINY_SESSION=script-b"_s}), u"undone: link F3 addresses P2\n"_s);
        QCOMPARE(ok({u"links"_s, u"1"_s}), QString());
    }

    void undoOfRowsChangedLaterByTheOtherIsRefused()
    {
        QCOMPARE(ok(ann({u"note"_s, u"1:F1"_s, u"Ask about the audit."_s})), u"noted on 1:F1\n"_s);
        QCOMPARE(ok(bob({u"note"_s, u"1:F1"_s, u"The audit was in May."_s})), u"noted on 1:F1\n"_s);
        const QString before = StoreDump::dump(m_db);
        const Run refused = cli(ann({u"undo"_s}));
        QCOMPARE(refused.code, 1);
        static const QRegularExpression message(
            u"^scrutiny-cli: Cannot undo “note on F1”: Bob Lee changed the same rows later \\(note on F1, "
            "\\d\\d:\\d\\d\\)\\.\n$"_s);
        QVERIFY2(message.match(refused.err).hasMatch(), qPrintable(refused.err));
        QCOMPARE(refused.out, QString());
        QCOMPARE(StoreDump::dump(m_db), before);
        QVERIFY(ok({u"show"_s, u"1"_s}).contains(u"note: The audit was in May."_s));
        // Bob's undo is his own and is allowed; then Ann's goes through.
        QCOMPARE(ok(bob({u"undo"_s})), u"undone: note on F1\n"_s);
        QCOMPARE(ok(ann({u"undo"_s})), u"undone: note on F1\n"_s);
        QVERIFY(!ok({u"show"_s, u"1"_s}).contains(u"note:"_s));
    }

    void batchFormsAreOneStep()
    {
        QCOMPARE(ok(ann({u"tag"_s, u"1:F1,F2"_s, u"1:F3"_s, u"batch"_s})), u"tagged 1:F1, 1:F2, 1:F3 with batch\n"_s);
        QCOMPARE(tagLines(), u"tags: batch\ntags: batch\ntags: batch"_s);
        const QString links = ok(ann({u"link"_s, u"1:F1,F2"_s, u"1:P1"_s, u"--type"_s, u"partly-addresses"_s}));
        QCOMPARE(links.count(u'\n'), 2);
        QVERIFY(links.contains(u"1:F2 partly-addresses 1:P1"_s));
        QCOMPARE(ok(ann({u"undo"_s})), u"undone: link F1 partly-addresses P1, F2 partly-addresses P1\n"_s);
        QCOMPARE(ok(ann({u"undo"_s})), u"undone: tag F1, F2, F3 with batch\n"_s);
        QCOMPARE(tagLines(), QString());
        // A batch with one bad label changes nothing.
        const QString before = StoreDump::dump(m_db);
        const Run bad = cli(ann({u"tag"_s, u"1:F1,F9,F2"_s, u"batch"_s}));
        QCOMPARE(bad.code, 1);
        QCOMPARE(bad.err, u"scrutiny-cli: document 1 has no segment F9\n"_s);
        QCOMPARE(StoreDump::dump(m_db), before);
        const Run mixed = cli(ann({u"untag"_s, u"1:F1"_s, u"2:F1"_s, u"batch"_s}));
        QCOMPARE(mixed.code, 2);
        QVERIFY2(mixed.err.contains(u"one document at a time"_s), qPrintable(mixed.err));
    }

    void journalNamesAuthorAndSession()
    {
        const QStringList lines = ok({u"journal"_s, u"1"_s}).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        // id, time, author, session, action, description
        for (const QString &line : lines)
            QCOMPARE(line.count(u'\t'), 5);
        QVERIFY(lines.constFirst().contains(u"\tAnn Jones\t"_s));
        QVERIFY(lines.constFirst().endsWith(u"\timport\timport council.json as document 1"_s));
        QVERIFY(ok({u"journal"_s}).contains(u"\tBob Lee\t"_s));
        const QString scriptA = ok({u"journal"_s, u"--session"_s, u"script-a"_s});
        QCOMPARE(scriptA.count(u'\n'), 2); // the tag and its undo
        QVERIFY(scriptA.contains(u"\tSam\tscript-a\ttag\ttag F3 with safeguarding\n"_s));
        const QString bobs = ok({u"journal"_s, u"--by"_s, u"Bob Lee"_s});
        QVERIFY(!bobs.isEmpty() && !bobs.contains(u"Ann Jones"_s));
        const Run empty = cli({u"--author"_s, u" "_s, u"journal"_s});
        QCOMPARE(empty.code, 2);
        QCOMPARE(empty.err, u"scrutiny-cli: --author needs a value\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliSessions)
#include "test_clisessions.moc"
