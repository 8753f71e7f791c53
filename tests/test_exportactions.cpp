// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's export and print actions: installed into a File menu and an Export
// menu, enabled only with a report open, writing real files, and Print…
// rendering the same annotated document (printed to PDF and read back).
#include "mainwindow/ExportActions.h"
#include "ExportFixture.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Scrutiny;

class TestExportActions final : public QObject
{
    Q_OBJECT
    AnnotatedReport m_report = ExportFixture::sample();
    bool m_open = true;

private Q_SLOTS:
    void installsAndExports()
    {
        QMainWindow window;
        QMenu *file = window.menuBar()->addMenu(QStringLiteral("&File"));
        file->addAction(QStringLiteral("Open"));
        QMenu *exportMenu = file->addMenu(QStringLiteral("Export"));
        exportMenu->addAction(QStringLiteral("No export formats yet"))->setEnabled(false);
        file->addSeparator();
        QAction *quit = file->addAction(QStringLiteral("Quit"));

        auto *actions = new ExportActions({[this]() -> const AnnotatedReport * { return m_open ? &m_report : nullptr; },
                                              [](qint64) { return QByteArray(); }},
            &window);
        actions->install(exportMenu, file);
        QCOMPARE(exportMenu->actions().count(), 6); // pdf, original, separator, html, csv, qdpx
        QVERIFY(!exportMenu->actions().contains(nullptr));
        const QList<QAction *> fileActions = file->actions();
        QVERIFY(fileActions.indexOf(actions->printAction()) < fileActions.indexOf(quit));
        QVERIFY(fileActions.indexOf(actions->printPreviewAction()) < fileActions.indexOf(actions->printAction()));

        // Enabled with a report; the original-PDF export only for a PDF source.
        actions->updateEnabled();
        QVERIFY(actions->pdfAction()->isEnabled());
        QVERIFY(!actions->originalPdfAction()->isEnabled());
        m_open = false;
        actions->updateEnabled();
        QVERIFY(!actions->pdfAction()->isEnabled());
        QVERIFY(!actions->printAction()->isEnabled());
        m_open = true;
        actions->updateEnabled();

        QTemporaryDir dir;
        QString asked;
        actions->setFileChooser([&](const QString &, const QString &suggested, const QString &) {
            asked = suggested;
            return dir.filePath(QFileInfo(suggested).fileName());
        });
        for (QAction *a : {actions->pdfAction(), actions->htmlAction(), actions->csvAction(), actions->qdpxAction()}) {
            a->trigger();
            QVERIFY2(QFileInfo(dir.filePath(QFileInfo(asked).fileName())).size() > 100, qPrintable(asked));
        }
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("wrexham-joint-review-annotated.pdf"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("wrexham-joint-review.qdpx"))));
        // Cancelling writes nothing.
        actions->setFileChooser([](const QString &, const QString &, const QString &) { return QString(); });
        actions->htmlAction()->trigger();
    }

    void printsTheSameDocument()
    {
        QWidget window;
        ExportActions actions({[this]() -> const AnnotatedReport * { return &m_report; }, {}}, &window);
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
        printer.setPageSize(QPageSize(QPageSize::Letter));
        QString error;
        QVERIFY2(actions.printTo(&printer, &error), qPrintable(error));
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {printer.outputFileName(), QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        QVERIFY(text.contains(QStringLiteral("Traceability matrix")));
        QVERIFY(text.contains(QStringLiteral("Action plan")));
        QVERIFY(text.contains(m_report.sha256));
        QVERIFY(text.contains(QStringLiteral("Page 2 of")));
    }
};

QTEST_MAIN(TestExportActions)
#include "test_exportactions.moc"
