// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Scrutiny {

class ReportSession;

/// A Markdown note on the current segment (or, with "Report note" checked, on
/// the whole report), highlighted with KSyntaxHighlighting's Markdown definition
/// and saved as you type: half a second after the last keystroke, or at once
/// when the segment changes, one store call (one journal entry, one undo step)
/// per burst of typing. "Preview" shows it rendered.
/// Install: `new NoteEditor(session)` in a dock; it follows ReportSession::currentSegment().
class NoteEditor : public QWidget
{
    Q_OBJECT
public:
    explicit NoteEditor(ReportSession *session, QWidget *parent = nullptr);
    ~NoteEditor() override;

    /// The segment edited; empty for the report note.
    QString segment() const;
    /// Edit the note of the whole report instead of following the selection.
    void setReportNote(bool reportNote);
    void setPreview(bool preview);
    bool isPreview() const;
    /// True while typed text waits to be saved.
    bool hasPendingChanges() const;
    /// Saves pending text now; true when there was nothing to save or it saved.
    bool flush();

    QPlainTextEdit *editor() const;
    QTextBrowser *preview() const;

    /// Debounce delay in ms (default 500).
    void setSaveDelay(int milliseconds);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void followSelection();
    void showSegment(const QString &segment, bool reportNote);
    void loadStoredText();
    QString storedText() const;
    void textEdited();
    void applyTheme();
    void updateTitle();

    QPointer<ReportSession> m_session;
    QLabel *m_title;
    QToolButton *m_reportNote;
    QToolButton *m_previewButton;
    QLabel *m_status;
    QStackedWidget *m_stack;
    QPlainTextEdit *m_editor;
    QTextBrowser *m_preview;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QTimer *m_saveTimer;
    qint64 m_documentId = 0;
    QString m_segment;
    bool m_isReportNote = false;
    bool m_loading = false;
    bool m_pending = false;
};

} // namespace Scrutiny
