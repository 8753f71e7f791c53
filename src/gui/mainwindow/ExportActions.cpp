// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/ExportActions.h"

#include "CoverDialog.h"
#include "export/AnnotatedPdfExporter.h"
#include "export/AnnotatedReportPrinter.h"
#include "export/CsvExporter.h"
#include "export/HtmlExporter.h"
#include "export/OriginalPdfAnnotator.h"
#include "export/QdpxProject.h"
#include "common/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

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
    , m_watcher(new QFutureWatcher<Outcome>(this))
{
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ExportActions::exportFinished);
    m_chooser = [this](const QString &title, const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(m_window, title, suggested, filter);
    };
    m_coverAsker = [this](const CoverDetails &current) -> std::optional<CoverDetails> {
        CoverDialog dialog(current, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.details();
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

void ExportActions::setCoverAsker(CoverAsker asker)
{
    m_coverAsker = std::move(asker);
}

void ExportActions::updateEnabled()
{
    const AnnotatedReport *report = m_source.report ? m_source.report() : nullptr;
    for (QAction *a : {m_pdf, m_html, m_csv, m_qdpx, m_print, m_preview})
        a->setEnabled(report != nullptr);
    m_originalPdf->setEnabled(report && report->report.format == ParsedReport::Format::Pdf);
}

QString ExportActions::startFolder()
{
    const QSettings settings;
    for (const QString &key : {QStringLiteral("paths/lastExportDir"), QStringLiteral("paths/lastOpenDir")}) {
        const QString dir = settings.value(key).toString();
        if (!dir.isEmpty() && QFileInfo(dir).isDir())
            return dir;
    }
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString ExportActions::suggestedName(const QString &suffix) const
{
    const AnnotatedReport *report = m_source.report();
    QString base = QFileInfo(report->fileName).completeBaseName();
    if (base.isEmpty())
        base = report->report.title;
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    return QDir(startFolder()).filePath(base + suffix);
}

void ExportActions::setMessageBar(MessageBar *bar)
{
    m_bar = bar;
}

bool ExportActions::isExporting() const
{
    return m_watcher->isRunning();
}

void ExportActions::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

bool ExportActions::waitForFinished(int milliseconds)
{
    QDeadlineTimer deadline(milliseconds);
    while (m_watcher->isRunning() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    // Deliver the finished signal too.
    QCoreApplication::processEvents();
    return !m_watcher->isRunning();
}

void ExportActions::exportAs(QAction *action)
{
    const AnnotatedReport *report = m_source.report ? m_source.report() : nullptr;
    if (!report)
        return;
    if (isExporting()) {
        if (m_bar)
            m_bar->showMessage(tr("An export is still running; wait for it or cancel it."), MessageBar::Type::Warning);
        return;
    }
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
    // The meeting the pack is for: asked before an annotated PDF, remembered by the project.
    CoverDetails cover = m_source.cover ? m_source.cover() : CoverDetails();
    if (action == m_pdf && m_source.cover) {
        const std::optional<CoverDetails> answer = m_coverAsker(cover);
        if (!answer)
            return;
        QString saveError;
        // A saver that reports its own error (the session's message bar) leaves saveError empty.
        if (*answer != cover && m_source.saveCover && !m_source.saveCover(*answer, &saveError) && !saveError.isEmpty())
            Q_EMIT errorOccurred(tr("The cover details were not saved: %1").arg(saveError));
        cover = *answer;
    }
    const QString author = m_source.author ? m_source.author() : QString();
    const std::optional<SeriesProgress> progress
        = m_source.progress ? m_source.progress(report->documentId) : std::nullopt;
    const QString path = m_chooser(
        action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")), suggestedName(kind.suffix), kind.filter);
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("paths/lastExportDir"), QFileInfo(path).absolutePath());

    // The worker gets its own copy of everything: the report on screen may change meanwhile.
    const AnnotatedReport copy = *report;
    const QByteArray original = action == m_originalPdf && m_source.originalBytes
        ? m_source.originalBytes(report->documentId)
        : QByteArray();
    enum class Format { Pdf, OriginalPdf, Html, Csv, Qdpx };
    const Format format = action == m_html ? Format::Html
        : action == m_csv                  ? Format::Csv
        : action == m_qdpx                 ? Format::Qdpx
        : action == m_originalPdf          ? Format::OriginalPdf
                                           : Format::Pdf;
    m_target = path;
    m_partial = path + QStringLiteral(".part");
    m_name = QFileInfo(path).fileName();
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    const QPageSize pageSize = localPageSize();
    const QString partial = m_partial;
    const CoverDetails htmlCover = m_source.cover ? m_source.cover() : CoverDetails();
    // Everything by value (copy, original, format, partial, pageSize, cover, htmlCover, author, progress).
    m_watcher->setFuture(QtConcurrent::run([=] {
        Outcome outcome;
        const SeriesProgress *series = progress ? &*progress : nullptr;
        switch (format) {
        case Format::Html:
            outcome.ok = HtmlExporter::exportTo(copy, partial, &outcome.error, QDate::currentDate(), htmlCover, series);
            break;
        case Format::Csv:
            outcome.ok = CsvExporter::exportTo(copy, partial, &outcome.error);
            break;
        case Format::Qdpx:
            outcome.ok = QdpxProject::exportTo(copy, partial, &outcome.error, author);
            break;
        case Format::OriginalPdf:
            outcome.ok = OriginalPdfAnnotator::exportTo(original, copy, partial, &outcome.error, nullptr, author);
            break;
        case Format::Pdf: {
            AnnotatedPdfExporter::Options options;
            options.pageSize = pageSize;
            options.cover = cover;
            options.author = author;
            options.progress = series;
            outcome.ok = AnnotatedPdfExporter::exportTo(copy, partial, options, &outcome.error);
            break;
        }
        }
        return outcome;
    }));
    if (m_bar) {
        auto *cancelAction = new QAction(tr("Cancel"));
        cancelAction->setObjectName(QStringLiteral("cancelExport"));
        connect(cancelAction, &QAction::triggered, this, &ExportActions::cancel);
        m_bar->showProgress(tr("Exporting %1…").arg(m_name), {cancelAction});
    } else {
        QApplication::setOverrideCursor(Qt::WaitCursor);
    }
}

void ExportActions::exportFinished()
{
    const Outcome outcome = m_watcher->result();
    if (!m_bar)
        QApplication::restoreOverrideCursor();
    const bool cancelled = m_cancelled && m_cancelled->load();
    QString message;
    bool saved = false;
    if (cancelled) {
        QFile::remove(m_partial);
        message = tr("Export of %1 cancelled; nothing was saved.").arg(m_name);
    } else if (!outcome.ok) {
        QFile::remove(m_partial);
        message = tr("Could not export %1: %2").arg(m_name, outcome.error);
    } else if ((QFile::exists(m_target) && !QFile::remove(m_target)) || !QFile::rename(m_partial, m_target)) {
        QFile::remove(m_partial);
        message = tr("Could not save %1: it cannot be replaced.").arg(QDir::toNativeSeparators(m_target));
    } else {
        saved = true;
    }
    const QString target = m_target;
    if (m_bar) {
        if (saved) {
            auto *open = new QAction(tr("Open"));
            open->setObjectName(QStringLiteral("openExport"));
            connect(open, &QAction::triggered, this,
                [target] { QDesktopServices::openUrl(QUrl::fromLocalFile(target)); });
            auto *folder = new QAction(tr("Show in Folder"));
            folder->setObjectName(QStringLiteral("showExportFolder"));
            connect(folder, &QAction::triggered, this, [target] {
                QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(target).absolutePath()));
            });
            m_bar->showMessage(
                tr("Saved to %1").arg(QDir::toNativeSeparators(target)), MessageBar::Type::Positive, {open, folder});
        } else {
            m_bar->showMessage(message, cancelled ? MessageBar::Type::Information : MessageBar::Type::Error);
        }
    } else if (!saved && !cancelled) {
        Q_EMIT errorOccurred(message);
    }
    Q_EMIT finished(saved ? target : QString(), message);
}

bool ExportActions::printTo(QPrinter *printer, QString *error) const
{
    const AnnotatedReport *report = m_source.report ? m_source.report() : nullptr;
    if (!report) {
        if (error)
            *error = tr("no report is open");
        return false;
    }
    AnnotatedReportPrinter layout(*report, QDate::currentDate(), m_source.cover ? m_source.cover() : CoverDetails());
    const std::optional<SeriesProgress> progress
        = m_source.progress ? m_source.progress(report->documentId) : std::nullopt;
    layout.setProgress(progress ? &*progress : nullptr);
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
        Q_EMIT errorOccurred(tr("Printing failed: %1").arg(error));
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
            Q_EMIT errorOccurred(tr("Printing failed: %1").arg(error));
    });
    preview.exec();
}

} // namespace Scrutiny
