// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotations.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QPrinter;
class QWidget;

namespace Scrutiny {

/// File > Export (annotated PDF, annotated original PDF, HTML, CSV, REFI-QDA)
/// and File > Print Preview… / Print…, for whatever report the window shows.
/// The main window installs it with one call:
///
///     auto *exports = new ExportActions(
///         {[this] { return m_session->documentId() ? &m_session->report() : nullptr; },
///          [this](qint64 id) { return m_session->store()->originalBytes(id); }},
///         this);
///     exports->install(m_ui->menuExport, m_ui->menuFile);
///
/// Actions enable themselves when a menu opens; errors are shown in a message box.
class ExportActions : public QObject
{
    Q_OBJECT
public:
    struct Source
    {
        /// The report on screen, or nullptr when none is open.
        std::function<const AnnotatedReport *()> report;
        /// The original file's bytes (for annotating a PDF source).
        std::function<QByteArray(qint64 documentId)> originalBytes;
    };

    ExportActions(Source source, QWidget *window);

    /// Adds the export actions to exportMenu (removing its disabled placeholder
    /// entries) and Print Preview… and Print… to fileMenu, before its last
    /// separator when it has one (Quit usually follows it).
    void install(QMenu *exportMenu, QMenu *fileMenu);

    QAction *pdfAction() const { return m_pdf; }
    QAction *originalPdfAction() const { return m_originalPdf; }
    QAction *htmlAction() const { return m_html; }
    QAction *csvAction() const { return m_csv; }
    QAction *qdpxAction() const { return m_qdpx; }
    QAction *printAction() const { return m_print; }
    QAction *printPreviewAction() const { return m_preview; }

    /// Asks where to save; tests replace it. Returns an empty path when cancelled.
    using FileChooser = std::function<QString(const QString &title, const QString &suggested, const QString &filter)>;
    void setFileChooser(FileChooser chooser);

    /// Lays the annotated report out for `printer` and prints it: what Print…
    /// and the print preview do. Returns false with *error on failure.
    bool printTo(QPrinter *printer, QString *error) const;

    /// Enables what applies to the current report.
    void updateEnabled();

private:
    void exportAs(QAction *action);
    QString suggestedName(const QString &suffix) const;
    void print();
    void printPreview();

    Source m_source;
    QPointer<QWidget> m_window;
    FileChooser m_chooser;
    QAction *m_pdf;
    QAction *m_originalPdf;
    QAction *m_html;
    QAction *m_csv;
    QAction *m_qdpx;
    QAction *m_print;
    QAction *m_preview;
};

} // namespace Scrutiny
