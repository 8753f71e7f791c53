// SPDX-License-Identifier: GPL-3.0-or-later
// The language scrutiny-cli speaks, as real processes: --language before the
// command, else the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); every
// command's --help has no English line left in Welsh; errors, plurals, link
// reasons and the progress CSV follow the language; and what programs read
// (the parse JSON) is the same in every language.
#include "ProcessRun.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Scrutiny::Testing::Run;

class TestCliLanguage final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

    /// scrutiny-cli with the locale variables cleared, then `variables` set
    /// ("LANGUAGE=cy"), and HOME inside the test's directory.
    Run cli(const QStringList &args, const QStringList &variables = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANG"_s})
            env.remove(name);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"home/.local/share"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"home/.config"_s));
        env.remove(u"SCRUTINY_PROJECT"_s);
        for (const QString &variable : variables)
            env.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
        return Scrutiny::Testing::run(QStringLiteral(SCRUTINY_CLI_PATH), args, env);
    }

    QString ok(const QStringList &args, const QStringList &variables = {})
    {
        const Run r = cli(args, variables);
        if (r.code != 0)
            qWarning() << args << r.code << r.err;
        return r.code == 0 ? r.out : u"FAILED: "_s + r.err;
    }

    /// The command names `scrutiny-cli --help` lists.
    QStringList commands()
    {
        QStringList names;
        static const QRegularExpression line(u"^  ([a-z][a-z-]*)\\b"_s, QRegularExpression::MultilineOption);
        for (auto it = line.globalMatch(cli({u"--help"_s}).out); it.hasNext();)
            names.append(it.next().captured(1));
        return names;
    }

    /// Whether a help line says something in words: left after taking out the
    /// option names (--project, -o), the upper-case placeholders (FILE, DOC),
    /// segment names (1:F3), $VARIABLES and the command's own name.
    static bool hasWords(const QString &line, const QString &command)
    {
        static const QRegularExpression notWords(
            u"(--?[a-z][a-z-]*|\\$[A-Z_]+|\\b[A-Z][A-Z0-9_-]*\\b|\\b\\d+:[A-Z]\\d+\\b|scrutiny-cli)"_s);
        QString rest = line;
        rest.remove(notWords);
        rest.remove(QRegularExpression(u"\\b"_s + QRegularExpression::escape(command) + u"\\b"_s));
        return rest.contains(QRegularExpression(u"[a-z]{2,}"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(u"language.scrutiny"_s);
        for (const char *name : {"1-inspection.txt", "2-progress.txt"})
            QCOMPARE(
                ok({u"--project"_s, m_project, u"import"_s,
                       QStringLiteral(SCRUTINY_TEST_DATA "/series/ciw-cwm-tawel-adults/") + QLatin1StringView(name)})
                        .trimmed()
                        .toInt()
                    > 0,
                true);
        QCOMPARE(cli({u"--project"_s, m_project, u"follows"_s, u"2"_s, u"1"_s}).code, 0);
    }

    void languageIsChosen_data()
    {
        QTest::addColumn<QStringList>("variables");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("welsh");
        const QStringList help {u"tags"_s, u"--help"_s};
        const QStringList cy {u"--language"_s, u"cy"_s};
        const QStringList en {u"--language"_s, u"en"_s};
        QTest::newRow("C locale: English") << QStringList() << help << false;
        QTest::newRow("--language cy") << QStringList() << cy + help << true;
        QTest::newRow("--language=cy") << QStringList() << QStringList {u"--language=cy"_s} + help << true;
        QTest::newRow("after another global option")
            << QStringList() << QStringList {u"--project"_s, m_project} + cy + help << true;
        QTest::newRow("LANGUAGE=cy") << QStringList {u"LANGUAGE=cy"_s} << help << true;
        QTest::newRow("LC_ALL=cy_GB.UTF-8") << QStringList {u"LC_ALL=cy_GB.UTF-8"_s} << help << true;
        QTest::newRow("LC_MESSAGES=cy_GB.UTF-8") << QStringList {u"LC_MESSAGES=cy_GB.UTF-8"_s} << help << true;
        QTest::newRow("LANG=cy_GB.UTF-8") << QStringList {u"LANG=cy_GB.UTF-8"_s} << help << true;
        QTest::newRow("--language en wins over LANG=cy") << QStringList {u"LANG=cy_GB.UTF-8"_s} << en + help << false;
        QTest::newRow("a language we lack: English") << QStringList {u"LANG=fr_FR.UTF-8"_s} << help << false;
        QTest::newRow("the main help") << QStringList() << cy + QStringList {u"--help"_s} << true;
        QTest::newRow("help COMMAND") << QStringList() << cy + QStringList {u"help"_s, u"export"_s} << true;
    }

    void languageIsChosen()
    {
        QFETCH(QStringList, variables);
        QFETCH(QStringList, args);
        QFETCH(bool, welsh);
        const Run r = cli(args, variables);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.startsWith(u"Defnydd: scrutiny-cli"_s), welsh);
        QCOMPARE(r.out.startsWith(u"Usage: scrutiny-cli"_s), !welsh);
    }

    void errorsAreInTheLanguage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("welsh");
        const QString missing = m_dir.filePath(u"missing.scrutiny"_s);
        QTest::newRow("a missing project")
            << QStringList {u"--project"_s, missing, u"list"_s} << 1 << missing + u": no such project"_s
            << missing + u": nid oes prosiect o'r fath"_s;
        QTest::newRow("unknown command") << QStringList {u"frobnicate"_s} << 2
                                         << u"unknown command \"frobnicate\"; see scrutiny-cli --help"_s
                                         << u"gorchymyn anhysbys \"frobnicate\"; gweler scrutiny-cli --help"_s;
        QTest::newRow("not a document id")
            << QStringList {u"--project"_s, m_project, u"show"_s, u"x"_s} << 2
            << u"\"x\" is not a document id (a number, as `scrutiny-cli list` shows)"_s
            << u"nid yw \"x\" yn rhif dogfen (rhif, fel y mae `scrutiny-cli list` yn ei ddangos)"_s;
        QTest::newRow("the core's words") << QStringList {u"--project"_s, m_project, u"progress"_s, u"99"_s} << 1
                                          << u"no document 99 in the project"_s << u"nid oes dogfen 99 yn y prosiect"_s;
        QTest::newRow("unknown option (Qt's words)") << QStringList {u"--project"_s, m_project, u"list"_s, u"--frob"_s}
                                                     << 2 << u"Unknown option 'frob'.; usage: scrutiny-cli list"_s
                                                     << u"Dewis anhysbys 'frob'.; defnydd: scrutiny-cli list"_s;
        QTest::newRow("missing arguments") << QStringList {u"--project"_s, m_project, u"show"_s} << 2
                                           << u"missing arguments; usage: scrutiny-cli show DOC"_s
                                           << u"dadleuon ar goll; defnydd: scrutiny-cli show DOC"_s;
    }

    void errorsAreInTheLanguage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, english);
        QFETCH(QString, welsh);
        const Run en = cli(args);
        QCOMPARE(en.code, code);
        QCOMPARE(en.err, u"scrutiny-cli: "_s + english + u'\n');
        const Run cy = cli(QStringList {u"--language"_s, u"cy"_s} + args);
        QCOMPARE(cy.code, code);
        QCOMPARE(cy.err, u"scrutiny-cli: "_s + welsh + u'\n');
        QCOMPARE(cli(args, {u"LANGUAGE=cy"_s}).err, cy.err);
    }

    void unknownLanguageIsRefused()
    {
        const Run r = cli({u"--language"_s, u"xx"_s, u"list"_s});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err, u"scrutiny-cli: unknown language \"xx\"; use one of: en, cy\n"_s);
        QVERIFY(r.out.isEmpty());
    }

    // Each command's help in Welsh has no line left as it is in English, other
    // than lines of option names and placeholders alone. A string that misses
    // translate() (or a message lupdate did not find) fails here.
    void everyHelpIsWelsh()
    {
        const QStringList names = commands();
        QVERIFY2(names.size() >= 20, qPrintable(names.join(u' ')));
        for (const QString &name : names) {
            const QStringList args = name == u"help"_s ? QStringList {u"--help"_s} : QStringList {name, u"--help"_s};
            const Run en = cli(args);
            const Run cy = cli(QStringList {u"--language"_s, u"cy"_s} + args);
            QCOMPARE(en.code, 0);
            QCOMPARE(cy.code, 0);
            // Line by line would not do: a translation may wrap a description differently.
            const QStringList welshLines = cy.out.split(u'\n');
            for (const QString &line : en.out.split(u'\n')) {
                // The main help's synopses ("  tag SEG... TAG [--colour COLOUR]") are syntax.
                const bool synopsis = name == u"help"_s && line.startsWith(u"  "_s) && !line.startsWith(u"   "_s)
                    && names.contains(line.mid(2).section(u' ', 0, 0));
                if (synopsis || !hasWords(line, name))
                    continue;
                QVERIFY2(!welshLines.contains(line),
                    qPrintable(u"scrutiny-cli %1 --help: still English in Welsh: %2"_s.arg(name, line)));
            }
        }
    }

    void hasWordsCanFail()
    {
        // The check above skips only lines without words of their own.
        QVERIFY(!hasWords(u"  --project, --db PATH"_s, u"list"_s));
        QVERIFY(!hasWords(u"  tags"_s, u"tags"_s));
        QVERIFY(hasWords(u"  --limit N  At most N hits (default 50)"_s, u"search"_s));
        QVERIFY(hasWords(u"Usage: scrutiny-cli [--project PATH] tags"_s, u"tags"_s));
    }

    // A sentence for people written as QStringLiteral in src/cli escapes
    // translation; what is left there is syntax (synopses, option names), tab
    // tables and keys. A sentence has two different lower-case words, once
    // option names (--format) and alternatives (json|text) are taken out.
    static QStringList untranslatedSentences(const QString &source)
    {
        static const QRegularExpression literal(
            u"(?:QStringLiteral\\(|QLatin1StringView\\()\"((?:[^\"\\\\]|\\\\.)*)\"|u\"((?:[^\"\\\\]|\\\\.)*)\"_s"_s);
        static const QRegularExpression notWords(u"--?[a-z][a-z-]*|\\w+(?:\\|[\\w-]+)+"_s);
        static const QRegularExpression word(u"\\b[a-z]{3,}\\b"_s);
        QStringList found;
        for (auto it = literal.globalMatch(source); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            QString text = m.captured(1).isNull() ? m.captured(2) : m.captured(1);
            text.remove(notWords);
            QSet<QString> words;
            for (auto w = word.globalMatch(text); w.hasNext();)
                words.insert(w.next().captured(0));
            if (words.size() >= 2)
                found.append(m.captured(0));
        }
        return found;
    }

    void sourcesHaveNoUntranslatedSentences()
    {
        QCOMPARE(untranslatedSentences(uR"(fail(QStringLiteral("cannot open %1")))"_s).size(), 1);
        QCOMPARE(untranslatedSentences(uR"(out(u"removed link %1\n"_s))"_s).size(), 1);
        QCOMPARE(untranslatedSentences(uR"(out(QStringLiteral("tagged %1 with %2")))"_s).size(), 1);
        QVERIFY(untranslatedSentences(uR"(QStringLiteral("unlink FROM TO | unlink [DOC:]LINK-ID"))"_s).isEmpty());
        QVERIFY(untranslatedSentences(uR"(QStringLiteral("progress DOC [--format text|json] [--db DB]"))"_s).isEmpty());
        QVERIFY(untranslatedSentences(uR"(tr("cannot open %1"))"_s).isEmpty());
        const QDir cli(QStringLiteral(SCRUTINY_SOURCE_DIR "/src/cli"));
        const QStringList files = cli.entryList({u"*.cpp"_s, u"*.h"_s}, QDir::Files);
        QVERIFY(files.size() >= 20);
        QStringList faults;
        for (const QString &name : files) {
            QFile file(cli.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            for (const QString &literal : untranslatedSentences(QString::fromUtf8(file.readAll())))
                faults.append(name + u": "_s + literal);
        }
        QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u'\n')));
    }

    void parseJsonIsTheSameInEveryLanguage_data()
    {
        QTest::addColumn<QStringList>("variables");
        QTest::addColumn<QStringList>("global");
        QTest::newRow("--language cy") << QStringList() << QStringList {u"--language"_s, u"cy"_s};
        QTest::newRow("LANGUAGE=cy") << QStringList {u"LANGUAGE=cy"_s} << QStringList();
        QTest::newRow("LC_ALL=cy_GB.UTF-8") << QStringList {u"LC_ALL=cy_GB.UTF-8"_s} << QStringList();
    }

    void parseJsonIsTheSameInEveryLanguage()
    {
        QFETCH(QStringList, variables);
        QFETCH(QStringList, global);
        const QStringList parse {u"parse"_s, QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt")};
        const Run en = cli(parse);
        const Run cy = cli(global + parse, variables);
        QCOMPARE(en.code, 0);
        QCOMPARE(cy.code, 0);
        // The sample has suggested links, whose reasons are words for people.
        QVERIFY(en.out.contains(u"\"suggested_links\""_s));
        QVERIFY(en.out.contains(u"\"reason\""_s));
        QCOMPARE(cy.out.toUtf8(), en.out.toUtf8());
        // while the outline for people is in Welsh
        const Run outline = cli(global + QStringList {u"parse"_s, u"--format"_s, u"text"_s, parse.at(1)}, variables);
        QVERIFY2(outline.out.startsWith(u"Teitl: "_s), qPrintable(outline.out.left(200)));
    }

    void pluralsFollowTheCount()
    {
        // English plural forms come from scrutiny_en.ts: without them "1 segment(s)".
        QCOMPARE(cli({u"--project"_s, m_project, u"tag"_s, u"1:F1"_s, u"one"_s}).code, 0);
        QCOMPARE(cli({u"--project"_s, m_project, u"tag"_s, u"1:F1,F2"_s, u"two"_s}).code, 0);
        const QString en = ok({u"--project"_s, m_project, u"tags"_s});
        QVERIFY2(en.contains(u"one\t"_s) && en.contains(u"\t1 segment\t"_s), qPrintable(en));
        QVERIFY2(en.contains(u"\t2 segments\t"_s), qPrintable(en));
        const QString cy = ok({u"--language"_s, u"cy"_s, u"--project"_s, m_project, u"tags"_s});
        QVERIFY2(cy.contains(u"\t1 segment\t"_s) && cy.contains(u"\t2 segment\t"_s), qPrintable(cy));
    }

    void linkReasonsAreInTheLanguage()
    {
        const QString en = ok({u"--project"_s, m_project, u"suggest"_s, u"1"_s});
        const QString cy = ok({u"--language"_s, u"cy"_s, u"--project"_s, m_project, u"suggest"_s, u"1"_s});
        QVERIFY2(en.contains(u"\twords: "_s) || en.contains(u"; words: "_s), qPrintable(en));
        QVERIFY2(!cy.contains(u"words: "_s) && cy.contains(u"geiriau: "_s), qPrintable(cy));
        // Same suggestions, same scores: only the words differ.
        QCOMPARE(cy.count(u'\n'), en.count(u'\n'));
    }

    void progressCsvHeadingsAreInTheLanguage()
    {
        const QStringList csv {u"--project"_s, m_project, u"export"_s, u"progress-csv"_s, u"1"_s};
        const QString en = ok(csv);
        QVERIFY2(en.startsWith(u"\uFEFFpriority,text,plan,report,status,"_s) || en.startsWith(u"priority,text,"_s),
            qPrintable(en.left(200)));
        const QString cy = ok(QStringList {u"--language"_s, u"cy"_s} + csv);
        QVERIFY2(cy.contains(u"blaenoriaeth,testun,cynllun,adroddiad,statws,"_s), qPrintable(cy.left(200)));
        // The export's own --language wins over the CLI's.
        const QString both = ok(QStringList {u"--language"_s, u"cy"_s} + csv + QStringList {u"--language"_s, u"en"_s});
        QCOMPARE(both, en);
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "test_clilanguage.moc"
