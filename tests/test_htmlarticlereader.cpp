// SPDX-License-Identifier: GPL-3.0-or-later
// Saved web pages: the article's paragraphs, list items and headings; site chrome dropped and recorded.
#include "SourceBlockText.h"
#include "ingest/HtmlArticleReader.h"

#include <QTest>

using namespace Scrutiny;
using namespace Scrutiny::Ingest;

class TestHtmlArticleReader final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void blocks_data();
    void blocks();
    void entities_data();
    void entities();
    void title_data();
    void title();
};

using Scrutiny::Testing::describe;

void TestHtmlArticleReader::blocks_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("removed");
    QTest::newRow("structure kept") << QStringLiteral(
        "<html><body><h2>Findings</h2><p>One\n  paragraph.</p><ul><li>first</li><li>second</li></ul>"
        "<ol><li>do this</li><li>do that</li></ol></body></html>")
                                    << QStringList {QStringLiteral("H:Findings"), QStringLiteral("P:One paragraph."),
                                           QStringLiteral("L:first"), QStringLiteral("L:second"),
                                           QStringLiteral("L1.:do this"), QStringLiteral("L2.:do that")}
                                    << QStringList {};
    QTest::newRow("scripts and styles are not text") << QStringLiteral(
        "<body><script>var p = '<p>no</p>';</script><style>p{}</style><p>Yes.</p><noscript>Enable JS</noscript></body>")
                                                     << QStringList {QStringLiteral("P:Yes.")} << QStringList {};
    QTest::newRow("chrome elements recorded")
        << QStringLiteral("<body><nav><a>Home</a></nav><header>Site name</header><p>Article text.</p>"
                          "<aside>Related stories</aside><footer>Copyright</footer></body>")
        << QStringList {QStringLiteral("P:Article text.")}
        << QStringList {QStringLiteral("Home"), QStringLiteral("Site name"), QStringLiteral("Related stories"),
               QStringLiteral("Copyright")};
    QTest::newRow("furniture classes") << QStringLiteral(
        "<body><div class=\"cookie-notice\">We use cookies</div><p>Text.</p>"
        "<div id=\"comments\"><p>Great article!</p></div><div class='social share'>Tweet</div></body>")
                                       << QStringList {QStringLiteral("P:Text.")}
                                       << QStringList {QStringLiteral("We use cookies"),
                                              QStringLiteral("Great article!"), QStringLiteral("Tweet")};
    QTest::newRow("only the marked article")
        << QStringLiteral("<body><div><p>Latest jobs in care</p></div><article><h1>Report</h1><p>Body.</p></article>"
                          "<div><p>Most read</p></div></body>")
        << QStringList {QStringLiteral("H:Report"), QStringLiteral("P:Body.")}
        << QStringList {QStringLiteral("Latest jobs in care"), QStringLiteral("Most read")};
    QTest::newRow("unclosed paragraphs and br") << QStringLiteral("<body><p>First<p>Second<br>Third<br/>Fourth</body>")
                                                << QStringList {QStringLiteral("P:First"), QStringLiteral("P:Second"),
                                                       QStringLiteral("P:Third"), QStringLiteral("P:Fourth")}
                                                << QStringList {};
    QTest::newRow("inline markup joins") << QStringLiteral(
        "<p>The <b>council</b> is <a href=\"x\">serving</a> some<!-- comment --> people <em>well</em>.</p>")
                                         << QStringList {QStringLiteral("P:The council is serving some people well.")}
                                         << QStringList {};
    // A table row of labels and values is one block, its cells joined as the PDF reader joins
    // them; running text in a cell (a layout table, a table of findings) keeps its paragraphs.
    QTest::newRow("a ratings table: a row is one block, the caption a heading")
        << QStringLiteral("<table class=\"ratings\"><caption>Our ratings</caption>\n<thead><tr><th>Area</th>"
                          "<th>Rating</th></tr></thead>\n<tbody><tr><th scope=\"row\">Safe</th> <td>Good</td></tr>"
                          "<tr><td>Well-led</td><td><span class=\"rating\">Requires</span> improvement</td><td></td>"
                          "</tr></tbody></table><p>After the table.</p>")
        << QStringList {QStringLiteral("H:Our ratings"), QStringLiteral("P:Area | Rating"),
               QStringLiteral("P:Safe | Good"), QStringLiteral("P:Well-led | Requires improvement"),
               QStringLiteral("P:After the table.")}
        << QStringList {};
    QTest::newRow("a layout table keeps its paragraphs")
        << QStringLiteral("<table><tr><td><p>Staff knew each resident well.</p><p>Meals were served warm.</p></td>"
                          "<td>Opening times</td></tr></table>")
        << QStringList {QStringLiteral("P:Staff knew each resident well."), QStringLiteral("P:Meals were served warm."),
               QStringLiteral("P:Opening times")}
        << QStringList {};
    QTest::newRow("a cell of running text keeps the row's cells apart")
        << QStringLiteral("<table><tr><td>Leadership</td><td>Managers did not check the rota often enough.</td></tr>"
                          "</table>")
        << QStringList {QStringLiteral("P:Leadership"),
               QStringLiteral("P:Managers did not check the rota often enough.")}
        << QStringList {};
    QTest::newRow("a ratings table inside a layout table")
        << QStringLiteral("<table><tr><td><p>The home was inspected in May.</p><table><tr><td>Caring</td>"
                          "<td>Good</td></tr><tr><td>Safe</td><td>Good</td></tr></table></td><td><p>Contact us.</p>"
                          "</td></tr></table>")
        << QStringList {QStringLiteral("P:The home was inspected in May."), QStringLiteral("P:Caring | Good"),
               QStringLiteral("P:Safe | Good"), QStringLiteral("P:Contact us.")}
        << QStringList {};
}

void TestHtmlArticleReader::blocks()
{
    QFETCH(QString, html);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, removed);
    const HtmlArticleReader::Result r = HtmlArticleReader::read(html);
    QCOMPARE(describe(r.blocks), expected);
    QStringList dropped;
    for (const Removal &x : r.removed) {
        QVERIFY(x.reason == Removal::Reason::Boilerplate);
        dropped << x.text;
    }
    QCOMPARE(dropped, removed);
}

void TestHtmlArticleReader::entities_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::newRow("named") << QStringLiteral("&ldquo;A&rdquo; &amp; &lsquo;B&rsquo; &ndash; &pound;5&hellip;")
                           << QStringLiteral("\u201cA\u201d & \u2018B\u2019 \u2013 \u00a35\u2026");
    QTest::newRow("numeric") << QStringLiteral("&#8217;&#x2019;&#233;") << QStringLiteral("\u2019\u2019\u00e9");
    QTest::newRow("cp1252 numeric") << QStringLiteral("&#146;&#147;") << QStringLiteral("\u2019\u201c");
    QTest::newRow("unknown kept") << QStringLiteral("&bogus; & a") << QStringLiteral("&bogus; & a");
    QTest::newRow("welsh") << QStringLiteral("Ca&#373;l &wcirc;") << QStringLiteral("Ca\u0175l \u0175");
}

void TestHtmlArticleReader::entities()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QCOMPARE(HtmlArticleReader::decodeEntities(input), output);
}

void TestHtmlArticleReader::title_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("title");
    QTest::newRow("h1 wins") << QStringLiteral("<head><title>Site | Page</title></head><body><h1>Headline</h1></body>")
                             << QStringLiteral("Headline");
    QTest::newRow("title without site") << QStringLiteral(
        "<head><title>Council slammed | Local News</title></head><body><p>x</p></body>")
                                        << QStringLiteral("Council slammed");
}

void TestHtmlArticleReader::title()
{
    QFETCH(QString, html);
    QFETCH(QString, title);
    QCOMPARE(HtmlArticleReader::read(html).title, title);
}

QTEST_APPLESS_MAIN(TestHtmlArticleReader)
#include "test_htmlarticlereader.moc"
