// SPDX-License-Identifier: GPL-3.0-or-later
// The annotated pack's "Progress since the last inspection" section, end to end
// through `scrutiny-cli export`: a real series (the Cwm Tawel reports, one
// finding made hostile with markup) imported into a real project file and
// chained with `follows`; the HTML parsed with xmllint, the PDF read back with
// pdftotext and its outline with Poppler. The section sits between the action
// plan and the notes, is listed in the contents and the outline, escapes the
// report's text, and is absent for a report with no earlier one.
#include "ProcessRun.h"
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>

using Scrutiny::Testing::run;
using Scrutiny::Testing::Run;

namespace {

const QString sectionTitle = QStringLiteral("Progress since the last inspection");
// Put into a repeat finding of the progress review (the pack quotes it): it must
// reach the pack as text, never as markup.
const QString hostile = QStringLiteral("<b>bold</b> & <script>alert(1)</script>");
} // namespace

class TestPackProgress final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(QStringList args)
    {
        args << QStringLiteral("--db") << m_db;
        return run(QStringLiteral(SCRUTINY_CLI_PATH), args);
    }

    QString exported(const QString &format, const QString &doc)
    {
        const QString path = m_dir.filePath(QStringLiteral("%1.%2").arg(doc, format));
        const Run r = cli({QStringLiteral("export"), format, doc, QStringLiteral("-o"), path});
        return r.code == 0 ? path : QString();
    }

    /// xmllint's HTML parser: the values an XPath expression selects, one a line.
    QString xpath(const QString &html, const QString &expression)
    {
        const Run r = run(QStringLiteral("xmllint"),
            {QStringLiteral("--html"), QStringLiteral("--nowarning"), QStringLiteral("--xpath"), expression, html});
        return r.out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("series.scrutiny"));
        const QString source = QStringLiteral(SCRUTINY_TEST_DATA "/series/ciw-cwm-tawel-adults/");
        QStringList ids;
        for (const char *name : {"1-inspection.txt", "2-progress.txt", "3-inspection.txt"}) {
            QFile in(source + QLatin1StringView(name));
            QVERIFY(in.open(QIODevice::ReadOnly));
            QString text = QString::fromUtf8(in.readAll());
            if (QLatin1StringView(name) == QLatin1StringView("2-progress.txt")) {
                const qsizetype at = text.indexOf(QStringLiteral("continue to wait"));
                QVERIFY(at > 0);
                text.insert(at, hostile + u' ');
            }
            const QString copy = m_dir.filePath(QLatin1StringView(name));
            QFile out(copy);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(text.toUtf8());
            out.close();
            const Run r = cli({QStringLiteral("import"), copy});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            ids.append(r.out.trimmed());
        }
        QCOMPARE(ids, (QStringList {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
        QCOMPARE(cli({QStringLiteral("follows"), QStringLiteral("2"), QStringLiteral("1")}).code, 0);
        QCOMPARE(cli({QStringLiteral("follows"), QStringLiteral("3"), QStringLiteral("2")}).code, 0);
    }

    void htmlHasTheSectionAfterThePlan_data()
    {
        QTest::addColumn<QString>("doc");
        QTest::addColumn<QString>("lastColumn");
        QTest::newRow("progress review") << QStringLiteral("2") << QStringLiteral("Report 2");
        QTest::newRow("later inspection") << QStringLiteral("3") << QStringLiteral("Report 3");
    }

    void htmlHasTheSectionAfterThePlan()
    {
        QFETCH(QString, doc);
        QFETCH(QString, lastColumn);
        const QString html = exported(QStringLiteral("html"), doc);
        QVERIFY(!html.isEmpty());
        QCOMPARE(run(QStringLiteral("xmllint"), {QStringLiteral("--html"), QStringLiteral("--noout"), html}).code, 0);
        // Top-level headings in document order: the section between the plan and the notes.
        const QString headings = xpath(html, QStringLiteral("//h1/a/@id"));
        const qsizetype plan = headings.indexOf(QStringLiteral("sec-plan"));
        const qsizetype progress = headings.indexOf(QStringLiteral("sec-progress"));
        const qsizetype notes = headings.indexOf(QStringLiteral("sec-notes"));
        QVERIFY2(plan >= 0 && plan < progress && progress < notes, qPrintable(headings));
        QCOMPARE(xpath(html, QStringLiteral("string(//h1[a/@id='sec-progress'])")).trimmed(), sectionTitle);
        // Listed in the contents.
        QVERIFY(xpath(html, QStringLiteral("//a[@href='#sec-progress']")).contains(sectionTitle));
        // The table: one column per later report up to this one, never beyond.
        const QString header = xpath(html, QStringLiteral("//h1[a/@id='sec-progress']/following::table[1]//th"));
        QVERIFY2(header.contains(lastColumn), qPrintable(header));
        QVERIFY2(!header.contains(QStringLiteral("Report %1").arg(doc.toInt() + 1)), qPrintable(header));
        // The series' priorities are the rows.
        QVERIFY(xpath(html, QStringLiteral("//h1[a/@id='sec-progress']/following::table[1]"))
                    .contains(QStringLiteral("1:P1")));
        QVERIFY(xpath(html, QStringLiteral("//h2")).contains(QStringLiteral("Repeat findings")));
    }

    void htmlEscapesTheReportsText()
    {
        const QString html = exported(QStringLiteral("html"), QStringLiteral("3"));
        QVERIFY(!html.isEmpty());
        QVERIFY(xpath(html, QStringLiteral("//script")).trimmed().isEmpty());
        QVERIFY(xpath(html, QStringLiteral("//b[text()='bold']")).trimmed().isEmpty());
        // Parsed back, the repeat finding's quote reads as written.
        const QString repeats
            = xpath(html, QStringLiteral("string(//h2[contains(., 'Repeat findings')]/following::table[1])"));
        QVERIFY2(repeats.contains(hostile), qPrintable(repeats));
    }

    void pdfHasTheSectionAndOutline()
    {
        const QString pdf = exported(QStringLiteral("pdf"), QStringLiteral("3"));
        QVERIFY(!pdf.isEmpty());
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out.simplified();
        // In the body (after the contents list on the cover): plan, progress, notes.
        const qsizetype plan = text.indexOf(QStringLiteral("Action plan"), text.indexOf(QStringLiteral("The report")));
        const qsizetype progress = text.lastIndexOf(sectionTitle);
        const qsizetype notes = text.lastIndexOf(QStringLiteral("Notes"));
        QVERIFY2(text.count(sectionTitle) == 2, "in the contents and as a heading");
        QVERIFY2(plan >= 0 && plan < progress && progress < notes, qPrintable(text));
        QVERIFY(text.indexOf(QStringLiteral("Repeat findings"), progress) > progress);
        QVERIFY(text.indexOf(QStringLiteral("<script>alert(1)</script>"), progress) > progress);

        std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(pdf);
        QVERIFY(doc && !doc->isLocked());
        QStringList titles;
        for (const Poppler::OutlineItem &item : doc->outline())
            titles.append(item.name());
        const qsizetype at = titles.indexOf(sectionTitle);
        QVERIFY2(at > 0 && titles.value(at - 1) == QStringLiteral("Action plan")
                && titles.value(at + 1) == QStringLiteral("Notes"),
            qPrintable(titles.join(u'|')));
    }

    void absentWithoutAnEarlierReport_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("html") << QStringLiteral("html");
        QTest::newRow("pdf") << QStringLiteral("pdf");
    }

    void absentWithoutAnEarlierReport()
    {
        QFETCH(QString, format);
        // The first report of the series: it has later ones but none before it.
        const QString path = exported(format, QStringLiteral("1"));
        QVERIFY(!path.isEmpty());
        const QString text = format == QLatin1StringView("pdf")
            ? run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).out
            : xpath(path, QStringLiteral("string(/html/body)"));
        QVERIFY(text.contains(QStringLiteral("Action plan")));
        QVERIFY(!text.contains(sectionTitle));
        QVERIFY(!text.contains(QStringLiteral("Repeat findings")));
    }
};

QTEST_GUILESS_MAIN(TestPackProgress)
#include "test_packprogress.moc"
