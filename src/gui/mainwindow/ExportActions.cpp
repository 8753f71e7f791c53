// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/ExportActions.h"

#include "export/AnnotatedPdfExporter.h"
#include "export/AnnotatedReportPrinter.h"
#include "export/CsvExporter.h"
#include "export/HtmlExporter.h"
#include "export/OriginalPdfAnnotator.h"
#include "export/QdpxProject.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Scrutiny {

namespace {
/// A4 everywhere but where Letter is the paper in the drawer.
QPageSize localPageSize()
{
    return QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize(QPageSize::Letter)
                                                                              : QPageSize(QPageSize::A4);
}
} // namespace

ExportActions::ExportActions(Source source, QWidget *window)
    : QObject(window)
    , m_source(std::move(source))
    , m_window(window)
{
    m_chooser = [this](const QString &title, const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(m_window, title, suggested, filter);
    };
    auto make = [this](const QString &text, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        return action;
    };
    m_pdf
        = make(tr("Annotated &PDF…"), tr("The report with tags, links, matrix, plan and notes, for a committee pack"));
    m_originalPdf = make(tr("&Original PDF with Highlights…"),
        tr("A copy of the original PDF with highlights and notes on each segment"));
    m_html = make(tr("&HTML…"), tr("One self-contained web page with the same content as the PDF"));
    m_csv = make(tr("&CSV…"), tr("One row per segment, for spreadsheets"));
    m_qdpx = make(tr("&REFI-QDA Project…"), tr("For ATLAS.ti, NVivo, MAXQDA and QualCoder (.qdpx)"));
    m_preview = make(tr("Print Pre&view…"), tr("Preview the annotated report as it will print"));
    m_print = make(tr("&Print…"), tr("Print the annotated report"));
    m_print->setShortcut(QKeySequence::Print);
    m_pdf->setIcon(QIcon::fromTheme(QStringLiteral("application-pdf")));
    m_print->setIcon(QIcon::fromTheme(QStringLiteral("document-print")));
    m_preview->setIcon(QIcon::fromTheme(QStringLiteral("document-print-preview")));
    for (QAction *a : {m_pdf, m_originalPdf, m_html, m_csv, m_qdpx})
        connect(a, &QAction::triggered, this, [this, a] { exportAs(a); });
    connect(m_print, &QAction::triggered, this, &ExportActions::print);
    connect(m_preview, &QAction::triggered, this, &ExportActions::printPreview);
    updateEnabled();
}

void ExportActions::install(QMenu *exportMenu, QMenu *fileMenu)
{
    if (exportMenu) {
        for (QAction *a : exportMenu->actions()) {
            if (!a->isEnabled() && !a->menu() && !a->isSeparator())
                exportMenu->removeAction(a); // "No export formats yet"
        }
        exportMenu->addActions({m_pdf, m_originalPdf});
        exportMenu->addSeparator();
        exportMenu->addActions({m_html, m_csv, m_qdpx});
        connect(exportMenu, &QMenu::aboutToShow, this, &ExportActions::updateEnabled);
    }
    if (fileMenu) {
        QAction *before = nullptr;
        const QList<QAction *> actions = fileMenu->actions();
        for (auto it = actions.crbegin(); it != actions.crend(); ++it) {
            if ((*it)->isSeparator()) {
                before = *it;
                break;
            }
        }
        QAction *separator = new QAction(this);
        separator->setSeparator(true);
        fileMenu->insertActions(before, {separator, m_preview, m_print});
        connect(fileMenu, &QMenu::aboutToShow, this, &ExportActions::updateEnabled);
    }
}

void ExportActions::setFileChooser(FileChooser chooser)
{
    m_chooser = std::move(chooser);
}

void ExportActions::updateEnabled()
{
    const AnnotatedReport *report = m_source.report ? m_source.report() : nullptr;
    for (QAction *a : {m_pdf, m_html, m_csv, m_qdpx, m_print, m_preview})
        a->setEnabled(report != nullptr);
    m_originalPdf->setEnabled(report && report->report.format == ParsedReport::Format::Pdf);
}

QString ExportActions::suggestedName(const QString &suffix) const
{
    const AnnotatedReport *report = m_source.report();
    QString base = QFileInfo(report->fileName).completeBaseName();
    if (base.isEmpty())
        base = report->report.title;
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(dir).filePath(base + suffix);
}

void ExportActions::exportAs(QAction *action)
{
    const AnnotatedReport *report = m_source.report ? m_source.report() : nullptr;
    if (!report)
        return;
    struct Kind
    {
        QString suffix;
        QString filter;
    };
    const Kind kind = action == m_html ? Kind {QStringLiteral(".html"), tr("Web page (*.html)")}
        : action == m_csv              ? Kind {QStringLiteral(".csv"), tr("CSV (*.csv)")}
        : action == m_qdpx             ? Kind {QStringLiteral(".qdpx"), tr("REFI-QDA project (*.qdpx)")}
        : action == m_originalPdf      ? Kind {QStringLiteral("-highlighted.pdf"), tr("PDF (*.pdf)")}
                                       : Kind {QStringLiteral("-annotated.pdf"), tr("PDF (*.pdf)")};
    const QString path = m_chooser(
        action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")), suggestedName(kind.suffix), kind.filter);
    if (path.isEmpty())
        return;
    QString error;
    bool ok = false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    if (action == m_html) {
        ok = HtmlExporter::exportTo(*report, path, &error);
    } else if (action == m_csv) {
        ok = CsvExporter::exportTo(*report, path, &error);
    } else if (action == m_qdpx) {
        ok = QdpxProject::exportTo(*report, path, &error);
    } else if (action == m_originalPdf) {
        const QByteArray original = m_source.originalBytes ? m_source.originalBytes(report->documentId) : QByteArray();
        ok = OriginalPdfAnnotator::exportTo(original, *report, path, &error);
    } else {
        AnnotatedPdfExporter::Options options;
        options.pageSize = localPageSize();
        ok = AnnotatedPdfExporter::exportTo(*report, path, options, &error);
    }
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(m_window, tr("Export failed"), tr("Could not export %1: %2").arg(report->fileName, error));
}

bool ExportActions::printTo(QPrinter *printer, QString *error) const
{
    const AnnotatedReport *report = m_source.report ? m_source.report() : nullptr;
    if (!report) {
        if (error)
            *error = tr("no report is open");
        return false;
    }
    AnnotatedReportPrinter layout(*report);
    layout.layout(printer);
    return layout.paint(printer, error);
}

void ExportActions::print()
{
    QPrinter printer(QPrinter::HighResolution);
    AnnotatedPdfExporter::setUpPage(&printer, localPageSize());
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Annotated Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!printTo(&printer, &error))
        QMessageBox::warning(m_window, tr("Printing failed"), error);
}

void ExportActions::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    AnnotatedPdfExporter::setUpPage(&printer, localPageSize());
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print Preview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        QString error;
        if (!printTo(p, &error))
            QMessageBox::warning(m_window, tr("Printing failed"), error);
    });
    preview.exec();
}

} // namespace Scrutiny
