// SPDX-License-Identifier: GPL-3.0-or-later
// Plain text into blocks: blank lines, list markers, hard-wrapped lines, one paragraph per line.
#include "SourceBlockText.h"
#include "ingest/PlainTextReader.h"
#include "ingest/TextNormaliser.h"

#include <QTest>

using namespace Scrutiny::Ingest;

class TestPlainTextReader final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void blocks_data();
    void blocks();
    void normalises_data();
    void normalises();
    void listMarkers_data();
    void listMarkers();
};

using Scrutiny::Testing::describe;

void TestPlainTextReader::blocks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("blank lines") << QStringLiteral("First para.\n\nSecond para.\n")
                                 << QStringList {QStringLiteral("P:First para."), QStringLiteral("P:Second para.")};
    QTest::newRow("crlf") << QStringLiteral("One.\r\n\r\nTwo.\r\n")
                          << QStringList {QStringLiteral("P:One."), QStringLiteral("P:Two.")};
    QTest::newRow("one paragraph per line")
        << QStringLiteral("Headline without stop\nSOCIAL work was praised by inspectors today in a report.\n"
                          "Staff were thanked by all councillors at the full council meeting.\n")
        << QStringList {QStringLiteral("P:Headline without stop"),
               QStringLiteral("P:SOCIAL work was praised by inspectors today in a report."),
               QStringLiteral("P:Staff were thanked by all councillors at the full council meeting.")};
    const QString wrapped = QStringLiteral("A fresh study cautions that visits across\n"
                                           "Northmere have shown an uneven record in\n"
                                           "home care. It says that councils need to do\n"
                                           "more. And less than half of the services were\n"
                                           "found to be improving across the country now.\n\n"
                                           "The report says that reviews have found that:\n\n"
                                           "* effort is needed to improve children's\n"
                                           "services in most of the councils inspected;\n"
                                           "* councils struggle to provide information.\n");
    QTest::newRow("hard-wrapped") << wrapped
                                  << QStringList {
                                         QStringLiteral("P:A fresh study cautions that visits across Northmere have "
                                                        "shown an uneven record in home care. It says that "
                                                        "councils need to do more. And less than half of the services "
                                                        "were found to be improving across the country now."),
                                         QStringLiteral("P:The report says that reviews have found that:"),
                                         QStringLiteral("L:effort is needed to improve children's services in most "
                                                        "of the councils inspected;"),
                                         QStringLiteral("L:councils struggle to provide information.")};
    QTest::newRow("bullets of every kind")
        << QStringLiteral("Lead-in:\n* star\n\u2022 bullet\n- hyphen\n\u2013 dash\n  \u2022 nested\n")
        << QStringList {QStringLiteral("P:Lead-in:"), QStringLiteral("L:star"), QStringLiteral("L:bullet"),
               QStringLiteral("L:hyphen"), QStringLiteral("L:dash"), QStringLiteral("L:nested")};
    QTest::newRow("numbered") << QStringLiteral(
        "Recommendations:\n1. First one.\n2) Second one.\n(3) Third.\na) Fourth.\n")
                              << QStringList {QStringLiteral("P:Recommendations:"), QStringLiteral("L1.:First one."),
                                     QStringLiteral("L2):Second one."), QStringLiteral("L(3):Third."),
                                     QStringLiteral("La):Fourth.")};
    QTest::newRow("mangled bullet after lead-in")
        << QStringLiteral(
               "Areas for improvement include:\n\nn Services are hard to reach.\n\nn Tenants are not asked.\n")
        << QStringList {QStringLiteral("P:Areas for improvement include:"),
               QStringLiteral("L:Services are hard to reach."), QStringLiteral("L:Tenants are not asked.")};
    QTest::newRow("n without lead-in is a word")
        << QStringLiteral("Some text here.\n\nn Services is odd but text.\n")
        << QStringList {QStringLiteral("P:Some text here."), QStringLiteral("P:n Services is odd but text.")};
    QTest::newRow("bullet then unrelated line")
        << QStringLiteral("  \u2022 Comment\nWrexham social services are fine.\n")
        << QStringList {QStringLiteral("L:Comment"), QStringLiteral("P:Wrexham social services are fine.")};
    QTest::newRow("markdown heading") << QStringLiteral("# Findings\nText follows here.\n")
                                      << QStringList {
                                             QStringLiteral("H:Findings"), QStringLiteral("P:Text follows here.")};
    QTest::newRow("lower-case continuation") << QStringLiteral("The council said the\nreport was fair.\n")
                                             << QStringList {QStringLiteral("P:The council said the report was fair.")};
    QTest::newRow("year is not a list") << QStringLiteral("In 2004 the council was weak.\n")
                                        << QStringList {QStringLiteral("P:In 2004 the council was weak.")};
}

void TestPlainTextReader::blocks()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(PlainTextReader::read(text)), expected);
}

void TestPlainTextReader::normalises_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::newRow("spaces folded") << QStringLiteral("  a \t b\u00a0\u00a0c  ") << QStringLiteral("a b c");
    QTest::newRow("nfc") << QStringLiteral("Caf\u0065\u0301") << QStringLiteral("Caf\u00e9");
    QTest::newRow("welsh circumflex nfc") << QStringLiteral("Cymru w\u0302") << QStringLiteral("Cymru \u0175");
    QTest::newRow("soft hyphen dropped") << QStringLiteral("inspec\u00adtion") << QStringLiteral("inspection");
    QTest::newRow("typography kept") << QStringLiteral("\u2018good\u2019 \u2013 \u201cyes\u201d")
                                     << QStringLiteral("\u2018good\u2019 \u2013 \u201cyes\u201d");
}

void TestPlainTextReader::normalises()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QCOMPARE(normaliseParagraph(input), output);
}

void TestPlainTextReader::listMarkers_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("marker");
    QTest::newRow("star") << QStringLiteral("* item") << QStringLiteral("*");
    QTest::newRow("number") << QStringLiteral("12. item") << QStringLiteral("12.");
    QTest::newRow("no space") << QStringLiteral("*item") << QString();
    QTest::newRow("decimal") << QStringLiteral("4.6m overspend") << QString();
    QTest::newRow("e.g.") << QStringLiteral("e.g. this") << QString();
    QTest::newRow("roman") << QStringLiteral("(iv) item") << QStringLiteral("(iv)");
    QTest::newRow("recommendation code") << QStringLiteral("R1 Raise standards") << QStringLiteral("R1");
    QTest::newRow("code with stop") << QStringLiteral("P12. Improve attendance") << QStringLiteral("P12.");
    QTest::newRow("road name is prose") << QStringLiteral("A1 road closures") << QString();
    QTest::newRow("three capitals") << QStringLiteral("ABC1 Report") << QString();
}

void TestPlainTextReader::listMarkers()
{
    QFETCH(QString, line);
    QFETCH(QString, marker);
    qsizetype length = 0;
    QCOMPARE(listMarker(line, &length).toString(), marker);
}

QTEST_APPLESS_MAIN(TestPlainTextReader)
#include "test_plaintextreader.moc"
