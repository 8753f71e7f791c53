// SPDX-License-Identifier: GPL-3.0-or-later
// `scrutiny-cli export pdf|html|csv|qdpx` end to end: the real sample and the
// real PDF fixture imported into a real project file, annotated with the CLI,
// exported, and the files read back with poppler-utils and our readers.
#include "ProcessRun.h"
#include "export/CsvExporter.h"
#include "export/QdpxProject.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-annotation.h>
#include <poppler-qt6.h>

using namespace Scrutiny;

using Scrutiny::Testing::run;
using Scrutiny::Testing::Run;

class TestExportCommand final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    QString m_doc;

    Run cli(QStringList args)
    {
        args << QStringLiteral("--db") << m_db;
        return run(QStringLiteral(SCRUTINY_CLI_PATH), args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("project.scrutiny"));
        const Run imported
            = cli({QStringLiteral("import"), QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt")});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        m_doc = imported.out.trimmed();
        QVERIFY(!m_doc.isEmpty());
        for (const QStringList &args :
            QList<QStringList> {{QStringLiteral("tag"), m_doc + QStringLiteral(":F1"), QStringLiteral("leadership")},
                {QStringLiteral("tag"), m_doc + QStringLiteral(":P1"), QStringLiteral("leadership")},
                {QStringLiteral("link"), m_doc + QStringLiteral(":F1"), m_doc + QStringLiteral(":P1")},
                {QStringLiteral("link"), m_doc + QStringLiteral(":F2"), m_doc + QStringLiteral(":P2"),
                    QStringLiteral("--type"), QStringLiteral("partly-addresses")},
                {QStringLiteral("note"), m_doc + QStringLiteral(":F1"), QStringLiteral("Ask for **figures**")},
                {QStringLiteral("plan"), m_doc + QStringLiteral(":P1"), QStringLiteral("--owner"),
                    QStringLiteral("Director"), QStringLiteral("--due"), QStringLiteral("2020-01-31")}}) {
            const Run r = cli(args);
            QVERIFY2(r.code == 0, qPrintable(args.join(u' ') + QStringLiteral(": ") + r.err));
        }
    }

    void pdfBothPageSizes_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("expected");
        QTest::newRow("A4") << QStringLiteral("A4") << QStringLiteral("(A4)");
        QTest::newRow("Letter") << QStringLiteral("Letter") << QStringLiteral("(letter)");
    }
    void pdfBothPageSizes()
    {
        QFETCH(QString, size);
        QFETCH(QString, expected);
        const QString out = m_dir.filePath(size + QStringLiteral(".pdf"));
        const Run r = cli({QStringLiteral("export"), QStringLiteral("pdf"), m_doc, QStringLiteral("-o"), out,
            QStringLiteral("--page-size"), size});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Run info = run(QStringLiteral("pdfinfo"), {out});
        QCOMPARE(info.code, 0);
        QVERIFY2(info.out.contains(expected), qPrintable(info.out));
        const QString text = run(QStringLiteral("pdftotext"), {out, QStringLiteral("-")}).out.simplified();
        QVERIFY(text.contains(QStringLiteral("Traceability matrix")));
        QVERIFY(text.contains(QStringLiteral("leadership")));
        QVERIFY(text.contains(QStringLiteral("figures")));
        QVERIFY(text.contains(QStringLiteral("Director")));
        QVERIFY(text.contains(QStringLiteral("overdue")));
        QVERIFY(text.contains(QStringLiteral("Supported by:")));
        // The matrix's heading and legend start the page its first lines are on,
        // not the foot of the page before.
        const QStringList pages
            = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), out, QStringLiteral("-")}).out.split(u'\f');
        static const QRegularExpression header(QStringLiteral("^\\s*P1\\s+P2\\s"), QRegularExpression::MultilineOption);
        int headingPage = -1;
        int matrixPage = -1;
        for (int i = 0; i < pages.size(); ++i) {
            for (const QString &line : pages[i].split(u'\n')) {
                if (line.trimmed() == QStringLiteral("Traceability matrix") && headingPage < 0)
                    headingPage = i;
            }
            if (matrixPage < 0 && header.match(pages[i]).hasMatch())
                matrixPage = i;
        }
        QVERIFY(headingPage >= 0 && matrixPage >= 0);
        QCOMPARE(headingPage, matrixPage);
    }

    void otherFormats()
    {
        const QString html = m_dir.filePath(QStringLiteral("r.html"));
        const QString csv = m_dir.filePath(QStringLiteral("r.csv"));
        const QString qdpx = m_dir.filePath(QStringLiteral("r.qdpx"));
        for (const auto &[format, path] : {std::pair {QStringLiteral("html"), html},
                 std::pair {QStringLiteral("csv"), csv}, std::pair {QStringLiteral("qdpx"), qdpx}}) {
            const Run r = cli({QStringLiteral("export"), format, m_doc, QStringLiteral("-o"), path});
            QVERIFY2(r.code == 0, qPrintable(format + QStringLiteral(": ") + r.err));
        }
        QFile h(html);
        QVERIFY(h.open(QIODevice::ReadOnly));
        QVERIFY(h.readAll().contains("Traceability matrix"));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        QList<QStringList> rows;
        QVERIFY(CsvExporter::parse(c.readAll(), &rows));
        QVERIFY(rows.size() > 10);
        const auto f1 = std::find_if(rows.cbegin(), rows.cend(),
            [](const QStringList &row) { return row[CsvExporter::column(u"id")] == QStringLiteral("F1"); });
        QVERIFY(f1 != rows.cend());
        QCOMPARE((*f1)[CsvExporter::column(u"tags")], QStringLiteral("leadership"));
        QVERIFY((*f1)[CsvExporter::column(u"linked priorities")].contains(QStringLiteral("P1")));
        QFile q(qdpx);
        QVERIFY(q.open(QIODevice::ReadOnly));
        QString error;
        const auto project = QdpxProject::read(q.readAll(), &error);
        QVERIFY2(project, qPrintable(error));
        QCOMPARE(project->links.size(), 2);
        QCOMPARE(project->notes.size(), 2); // the note on F1 and the plan of P1
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("page size") << QStringList {QStringLiteral("pdf"), QStringLiteral("DOC"), QStringLiteral("-o"),
            QStringLiteral("x.pdf"), QStringLiteral("--page-size"), QStringLiteral("A3")}
                                   << QStringLiteral("unknown page size");
        QTest::newRow("original of a text") << QStringList {QStringLiteral("pdf"), QStringLiteral("DOC"),
            QStringLiteral("-o"), QStringLiteral("x.pdf"), QStringLiteral("--annotate-original")}
                                            << QStringLiteral("needs a document imported from a PDF");
        QTest::newRow("size for csv") << QStringList {QStringLiteral("csv"), QStringLiteral("DOC"),
            QStringLiteral("--page-size"), QStringLiteral("A4")}
                                      << QStringLiteral("apply to pdf only");
        QTest::newRow("size for the original")
            << QStringList {QStringLiteral("pdf"), QStringLiteral("DOC"), QStringLiteral("-o"), QStringLiteral("x.pdf"),
                   QStringLiteral("--annotate-original"), QStringLiteral("--page-size"), QStringLiteral("Letter")}
            << QStringLiteral("--page-size does not apply to --annotate-original");
        QTest::newRow("format") << QStringList {QStringLiteral("docx"), QStringLiteral("DOC")}
                                << QStringLiteral("unknown export format");
    }
    void badUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        args.replaceInStrings(QStringLiteral("DOC"), m_doc);
        args.replaceInStrings(QStringLiteral("x.pdf"), m_dir.filePath(QStringLiteral("x.pdf")));
        const Run r = cli(QStringList {QStringLiteral("export")} + args);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
    }

    /// The cover details are the project's: set once, on every pack, one undo step each.
    void coverDetails()
    {
        Run r = cli({QStringLiteral("cover"), QStringLiteral("set"), QStringLiteral("committee"),
            QStringLiteral("Social Care Scrutiny Committee")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(
            {QStringLiteral("cover"), QStringLiteral("set"), QStringLiteral("agenda-item"), QStringLiteral("Item 6")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("cover"), QStringLiteral("show")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("committee\tSocial Care Scrutiny Committee\n")));
        QVERIFY(r.out.contains(QStringLiteral("agenda-item\tItem 6\n")));
        r = cli({QStringLiteral("cover"), QStringLiteral("set"), QStringLiteral("room"), QStringLiteral("3")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown cover field \"room\"")));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);

        const QString out = m_dir.filePath(QStringLiteral("cover.pdf"));
        r = cli({QStringLiteral("export"), QStringLiteral("pdf"), m_doc, QStringLiteral("-o"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Run text = run(QStringLiteral("pdftotext"),
            {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), out,
                QStringLiteral("-")});
        QVERIFY2(text.out.contains(QStringLiteral("Social Care Scrutiny Committee")), qPrintable(text.out));

        // Undo takes back the last set only; redo puts it back.
        QCOMPARE(cli({QStringLiteral("undo")}).code, 0);
        r = cli({QStringLiteral("cover"), QStringLiteral("show")});
        QVERIFY(r.out.contains(QStringLiteral("agenda-item\t\n")));
        QVERIFY(r.out.contains(QStringLiteral("committee\tSocial Care Scrutiny Committee\n")));
        QCOMPARE(cli({QStringLiteral("redo")}).code, 0);
        r = cli({QStringLiteral("cover"), QStringLiteral("show")});
        QVERIFY(r.out.contains(QStringLiteral("agenda-item\tItem 6\n")));
    }

    void annotateOriginalPdf()
    {
        const Run imported
            = cli({QStringLiteral("import"), QStringLiteral(SCRUTINY_TEST_DATA "/pdf/wrexham-joint-review.pdf")});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        const QString doc = imported.out.trimmed();
        QVERIFY(cli({QStringLiteral("tag"), doc + QStringLiteral(":F1"), QStringLiteral("leadership")}).code == 0);
        QVERIFY(cli({QStringLiteral("link"), doc + QStringLiteral(":F1"), doc + QStringLiteral(":P1")}).code == 0);
        const QString out = m_dir.filePath(QStringLiteral("original-annotated.pdf"));
        const Run r = cli({QStringLiteral("export"), QStringLiteral("pdf"), doc, QStringLiteral("-o"), out,
            QStringLiteral("--annotate-original")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(out);
        QVERIFY(pdf);
        int highlights = 0;
        bool taggedFound = false;
        for (int i = 0; i < pdf->numPages(); ++i) {
            for (const auto &a : pdf->page(i)->annotations()) {
                if (a->subType() != Poppler::Annotation::AHighlight)
                    continue;
                ++highlights;
                if (a->contents().startsWith(QStringLiteral("F1 ")))
                    taggedFound = a->contents().contains(QStringLiteral("leadership"))
                        && a->contents().contains(QStringLiteral("P1"));
            }
        }
        QVERIFY(highlights > 5);
        QVERIFY(taggedFound);
        // The original's pages are all still there.
        QFile original(QStringLiteral(SCRUTINY_TEST_DATA "/pdf/wrexham-joint-review.pdf"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(pdf->numPages(), Poppler::Document::loadFromData(original.readAll())->numPages());
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "test_exportcommand.moc"
