// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotations.h"
#include "model/CoverDetails.h"
#include "series/SeriesProgress.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QAction;
class QMenu;
class QPrinter;
class QWidget;

namespace Scrutiny {

class MessageBar;

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
/// Actions enable themselves when a menu opens. An export runs off the UI thread,
/// into a temporary file renamed over the target only when it succeeds, so Cancel
/// (or a failure) leaves whatever was there. Progress and the outcome ("Saved to
/// PATH · Open · Show in folder") go to the message bar given to setMessageBar();
/// other errors go out through errorOccurred (the main window shows them there too).
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
        /// The project's committee-pack cover details, and where the answers are saved
        /// (both optional: without them no cover is asked for).
        std::function<CoverDetails()> cover = {};
        std::function<bool(const CoverDetails &details, QString *error)> saveCover = {};
        /// Who exports (the store's author): the PDF's Author, the QDA user, the annotations' author.
        std::function<QString()> author = {};
        /// The report's series up to it (SeriesProgress::upTo), for the pack's "Progress since
        /// the last inspection"; optional, and nullopt when the report has no earlier one.
        std::function<std::optional<SeriesProgress>(qint64 documentId)> progress = {};
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
    /// Asks for the cover details before a PDF export (the CoverDialog); tests
    /// replace it. Returns nullopt when cancelled.
    using CoverAsker = std::function<std::optional<CoverDetails>(const CoverDetails &current)>;
    void setCoverAsker(CoverAsker asker);

    /// Lays the annotated report out for `printer` and prints it: what Print…
    /// and the print preview do. Returns false with *error on failure.
    bool printTo(QPrinter *printer, QString *error) const;

    /// Enables what applies to the current report.
    void updateEnabled();

    /// Where progress and outcomes are shown (without one, failures go out through errorOccurred).
    void setMessageBar(MessageBar *bar);
    bool isExporting() const;
    /// Stops waiting for the export under way: its file is not saved.
    void cancel();
    /// For tests and shutdown: waits for the export under way. False on timeout.
    bool waitForFinished(int milliseconds = 60000);
    /// The folder the next save dialog starts in: the last one used, else the
    /// folder reports were opened from, else Documents.
    static QString startFolder();

Q_SIGNALS:
    /// An export or a print failed: one line saying what and why.
    void errorOccurred(const QString &message);
    /// An export ended: path saved, or path empty with the reason in message.
    void finished(const QString &path, const QString &message);

private:
    void exportAs(QAction *action);
    void exportFinished();
    QString suggestedName(const QString &suffix) const;
    void print();
    void printPreview();

    Source m_source;
    QPointer<QWidget> m_window;
    FileChooser m_chooser;
    CoverAsker m_coverAsker;
    QAction *m_pdf;
    QAction *m_originalPdf;
    QAction *m_html;
    QAction *m_csv;
    QAction *m_qdpx;
    QAction *m_print;
    QAction *m_preview;
    QPointer<MessageBar> m_bar;
    struct Outcome
    {
        bool ok = false;
        QString error;
    };
    QFutureWatcher<Outcome> *m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QString m_target; ///< where the export under way will be saved
    QString m_partial; ///< where it is written meanwhile
    QString m_name; ///< the report's name, for messages
};

} // namespace Scrutiny
