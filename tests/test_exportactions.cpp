// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's export and print actions: installed into a File menu and an Export
// menu, enabled only with a report open, writing real files, and Print…
// rendering the same annotated document (printed to PDF and read back).
#include "ExportFixture.h"
#include "common/MessageBar.h"
#include "mainwindow/CoverDialog.h"
#include "mainwindow/ExportActions.h"

#include <QAction>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QProcess>
#include <QSignalSpy>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Scrutiny;

class TestExportActions final : public QObject
{
    Q_OBJECT
    AnnotatedReport m_report = ExportFixture::sample();
    bool m_open = true;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("scrutiny-test-exportactions"));
        QSettings().clear();
    }

    // Off the UI thread, with the outcome and its Open / Show in Folder buttons in the
    // message bar; Cancel (clicked) saves nothing and leaves an older file alone.
    void exportFeedbackAndCancel()
    {
        QMainWindow window;
        auto *bar = new MessageBar(&window);
        window.setCentralWidget(bar);
        window.show();
        auto *actions = new ExportActions(
            {[this]() -> const AnnotatedReport * { return &m_report; }, [](qint64) { return QByteArray(); }}, &window);
        actions->setMessageBar(bar);
        QTemporaryDir dir;
        QString suggested;
        actions->setFileChooser([&](const QString &, const QString &s, const QString &) {
            suggested = s;
            return dir.filePath(QStringLiteral("pack.html"));
        });
        QSignalSpy done(actions, &ExportActions::finished);
        actions->htmlAction()->trigger();
        QVERIFY(actions->waitForFinished());
        QCOMPARE(done.count(), 1);
        const QString path = dir.filePath(QStringLiteral("pack.html"));
        QCOMPARE(done.at(0).at(0).toString(), path);
        QCOMPARE(bar->text(), QStringLiteral("Saved to %1").arg(QDir::toNativeSeparators(path)));
        QCOMPARE(bar->type(), MessageBar::Type::Positive);
        QCOMPARE(bar->actionButtons().size(), 2);
        QCOMPARE(bar->actionButtons().at(0)->text(), QStringLiteral("Open"));
        QCOMPARE(bar->actionButtons().at(1)->text(), QStringLiteral("Show in Folder"));
        QVERIFY(QFileInfo(path).size() > 100);
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        // The next dialog starts where the last export went.
        actions->htmlAction()->trigger();
        QVERIFY(actions->waitForFinished());
        QCOMPARE(QFileInfo(suggested).absolutePath(), QFileInfo(path).absolutePath());

        // Cancel: the older file stays as it was, nothing new is saved.
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly | QIODevice::Truncate));
        old.write("older");
        old.close();
        actions->pdfAction()->trigger();
        QVERIFY(actions->isExporting());
        QCOMPARE(bar->actionButtons().size(), 1);
        QToolButton *cancel = bar->actionButtons().at(0);
        QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(actions->waitForFinished());
        QCOMPARE(done.count(), 3);
        QVERIFY(done.at(2).at(0).toString().isEmpty());
        QVERIFY(bar->text().contains(QStringLiteral("cancelled")));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("older"));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    }

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
            QVERIFY(actions->waitForFinished());
            QVERIFY2(QFileInfo(dir.filePath(QFileInfo(asked).fileName())).size() > 100, qPrintable(asked));
        }
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("wrexham-joint-review-annotated.pdf"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("wrexham-joint-review.qdpx"))));
        // Cancelling writes nothing.
        actions->setFileChooser([](const QString &, const QString &, const QString &) { return QString(); });
        actions->htmlAction()->trigger();

        // A failed export says so through errorOccurred (the message bar), never a modal box.
        QSignalSpy errors(actions, &ExportActions::errorOccurred);
        actions->setFileChooser([&](const QString &, const QString &, const QString &) {
            return dir.filePath(QStringLiteral("no-such-folder/report.csv"));
        });
        actions->csvAction()->trigger();
        QVERIFY(actions->waitForFinished());
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.constFirst().constFirst().toString().contains(QStringLiteral("report.csv")),
            qPrintable(errors.constFirst().constFirst().toString()));
    }

    /// The annotated PDF asks for the meeting first, saves the answers and prints them; cancelling writes nothing.
    void asksForTheCover()
    {
        QMainWindow window;
        CoverDetails stored;
        stored.committee = QStringLiteral("Old Committee");
        int saves = 0;
        auto *actions = new ExportActions({[this]() -> const AnnotatedReport * { return &m_report; },
                                              [](qint64) { return QByteArray(); }, [&] { return stored; },
                                              [&](const CoverDetails &details, QString *) {
                                                  stored = details;
                                                  ++saves;
                                                  return true;
                                              },
                                              [] { return QStringLiteral("Gwen Probert"); }},
            &window);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pack.pdf"));
        actions->setFileChooser([&](const QString &, const QString &, const QString &) { return path; });
        CoverDetails seen;
        actions->setCoverAsker([&](const CoverDetails &current) -> std::optional<CoverDetails> {
            seen = current;
            return std::nullopt;
        });
        actions->pdfAction()->trigger();
        QCOMPARE(seen.committee, QStringLiteral("Old Committee"));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(saves, 0);

        actions->setCoverAsker([](const CoverDetails &current) -> std::optional<CoverDetails> {
            CoverDetails answer = current;
            answer.committee = QStringLiteral("Social Care Scrutiny Committee");
            answer.agendaItem = QStringLiteral("Item 6");
            return answer;
        });
        actions->pdfAction()->trigger();
        QVERIFY(actions->waitForFinished());
        QCOMPARE(saves, 1);
        QCOMPARE(stored.agendaItem, QStringLiteral("Item 6"));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-l"), QStringLiteral("1"), path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString cover = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(cover.contains(QStringLiteral("Social Care Scrutiny Committee")), qPrintable(cover));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        QVERIFY(info.waitForFinished(60000));
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("Gwen Probert")));
    }

    /// The dialog starts from what the project remembers and returns what was typed.
    void coverDialog()
    {
        CoverDetails current;
        current.officer = QStringLiteral("Gwen Probert");
        CoverDialog dialog(current);
        QCOMPARE(dialog.editor(CoverDetails::Field::Officer)->text(), QStringLiteral("Gwen Probert"));
        dialog.editor(CoverDetails::Field::Version)->setText(QStringLiteral("  Version 3 "));
        QCOMPARE(dialog.details().version, QStringLiteral("Version 3"));
        QCOMPARE(dialog.details().officer, QStringLiteral("Gwen Probert"));
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
