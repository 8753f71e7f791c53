// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/NoteEditor.h"

#include "export/NoteHtml.h"
#include "session/EditCommands.h"
#include "session/ReportSession.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Scrutiny {

NoteEditor::NoteEditor(ReportSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_reportNote(new QToolButton(this))
    , m_previewButton(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_editor(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document()))
    , m_saveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("noteEditor"));
    m_title->setObjectName(QStringLiteral("noteTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_reportNote->setObjectName(QStringLiteral("reportNote"));
    m_reportNote->setText(tr("Report Note"));
    m_reportNote->setCheckable(true);
    m_reportNote->setToolTip(tr("Edit the note on the whole report instead of the selected segment"));
    m_previewButton->setObjectName(QStringLiteral("notePreview"));
    m_previewButton->setText(tr("Preview"));
    m_previewButton->setCheckable(true);
    m_previewButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_previewButton->setToolTip(tr("Show the note rendered (Ctrl+Shift+M)"));
    m_status->setObjectName(QStringLiteral("noteStatus"));
    m_editor->setObjectName(QStringLiteral("noteText"));
    m_editor->setAccessibleName(tr("Note (Markdown)"));
    m_editor->setPlaceholderText(tr("Write a note in Markdown; it is saved as you type."));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTabChangesFocus(true);
    m_preview->setObjectName(QStringLiteral("noteRendered"));
    m_preview->setAccessibleName(tr("Note preview"));
    m_preview->setOpenExternalLinks(true);
    m_stack->addWidget(m_editor);
    m_stack->addWidget(m_preview);

    // The title on its own line, wrapped: beside the buttons a narrow dock cut both short.
    m_title->setWordWrap(true);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // The save state on a line of its own too, and the buttons below it: in a
    // narrow dock (and in Welsh, whose labels are longer) all three on one line
    // cut each other to "Rep…ote".
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reportNote);
    buttons->addWidget(m_previewButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);

    m_highlighter->setDefinition(session->repository().definitionForName(QStringLiteral("Markdown")));
    applyTheme();

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(500);
    connect(m_saveTimer, &QTimer::timeout, this, &NoteEditor::flush);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &NoteEditor::textEdited);
    connect(m_reportNote, &QToolButton::toggled, this, &NoteEditor::setReportNote);
    connect(m_previewButton, &QToolButton::toggled, this, &NoteEditor::setPreview);
    connect(session, &ReportSession::selectionChanged, this, &NoteEditor::followSelection);
    connect(session, &ReportSession::documentChanged, this, &NoteEditor::followSelection);
    connect(session, &ReportSession::reportReloaded, this, &NoteEditor::loadStoredText);
    connect(session, &ReportSession::themeChanged, this, &NoteEditor::applyTheme);
    followSelection();
}

NoteEditor::~NoteEditor()
{
    // Text typed just before closing is not lost.
    if (m_session && m_pending)
        flush();
}

QString NoteEditor::segment() const
{
    return m_isReportNote ? QString() : m_segment;
}

QPlainTextEdit *NoteEditor::editor() const
{
    return m_editor;
}

QTextBrowser *NoteEditor::preview() const
{
    return m_preview;
}

void NoteEditor::setSaveDelay(int milliseconds)
{
    m_saveTimer->setInterval(milliseconds);
}

bool NoteEditor::hasPendingChanges() const
{
    return m_pending;
}

bool NoteEditor::isPreview() const
{
    return m_stack->currentWidget() == m_preview;
}

void NoteEditor::setPreview(bool preview)
{
    if (preview) {
        // The exports' renderer: a preview must not read or fetch the images a note names.
        m_preview->setHtml(NoteHtml::toHtml(m_editor->toPlainText(), NoteHtml::Target::Print));
        m_stack->setCurrentWidget(m_preview);
    } else {
        m_stack->setCurrentWidget(m_editor);
    }
    const QSignalBlocker blocker(m_previewButton);
    m_previewButton->setChecked(preview);
}

void NoteEditor::setReportNote(bool reportNote)
{
    {
        const QSignalBlocker blocker(m_reportNote);
        m_reportNote->setChecked(reportNote);
    }
    showSegment(m_session->currentSegment(), reportNote);
}

void NoteEditor::followSelection()
{
    showSegment(m_session->currentSegment(), m_isReportNote);
}

void NoteEditor::showSegment(const QString &segment, bool reportNote)
{
    const qint64 documentId = m_session->documentId();
    const QString shown = reportNote ? QString() : segment;
    if (documentId == m_documentId && shown == this->segment() && reportNote == m_isReportNote)
        return;
    flush(); // the previous segment's note first
    m_documentId = documentId;
    m_segment = segment;
    m_isReportNote = reportNote;
    loadStoredText();
}

QString NoteEditor::storedText() const
{
    for (const Note &note : m_session->report().notes) {
        if (note.segment == segment())
            return note.markdown;
    }
    return {};
}

void NoteEditor::loadStoredText()
{
    const bool editable = m_documentId != 0 && (m_isReportNote || !m_segment.isEmpty());
    m_editor->setReadOnly(!editable);
    m_editor->setEnabled(editable);
    updateTitle();
    if (m_pending)
        return; // the user's unsaved words win over a reload
    const QString stored = editable ? storedText() : QString();
    if (stored != m_editor->toPlainText()) {
        // Keep the cursor where it was when undo/redo changes the note under it.
        const int position = m_editor->textCursor().position();
        m_loading = true;
        m_editor->setPlainText(stored);
        m_loading = false;
        QTextCursor cursor = m_editor->textCursor();
        cursor.setPosition(std::min(position, int(stored.size())));
        m_editor->setTextCursor(cursor);
    }
    if (isPreview())
        m_preview->setHtml(NoteHtml::toHtml(stored, NoteHtml::Target::Print));
    m_status->setText(editable && !stored.isEmpty() ? tr("Saved") : QString());
}

void NoteEditor::textEdited()
{
    if (m_loading || m_editor->isReadOnly())
        return;
    m_pending = true;
    m_status->setText(tr("Editing…"));
    m_saveTimer->start();
}

bool NoteEditor::flush()
{
    m_saveTimer->stop();
    if (!m_pending || !m_session)
        return true;
    m_pending = false;
    const QString markdown = m_editor->toPlainText();
    if (m_documentId == 0 || markdown == storedText()) {
        m_status->setText(tr("Saved"));
        return true;
    }
    const bool ok = EditCommands::setNote(m_session, m_documentId, segment(), markdown);
    if (ok) {
        m_status->setText(tr("Saved"));
    } else {
        // Keep the text and try again on the next keystroke; the session reported the error.
        m_pending = true;
        m_status->setText(tr("Not saved"));
    }
    return ok;
}

void NoteEditor::hideEvent(QHideEvent *event)
{
    flush();
    QWidget::hideEvent(event);
}

void NoteEditor::applyTheme()
{
    m_highlighter->setTheme(m_session->theme());
    m_highlighter->rehighlight();
}

void NoteEditor::updateTitle()
{
    if (m_documentId == 0)
        m_title->setText(tr("No report open"));
    else if (m_isReportNote)
        m_title->setText(tr("Note on the report"));
    else if (m_segment.isEmpty())
        m_title->setText(tr("Select a segment to write a note on it"));
    else
        m_title->setText(tr("Note on %1").arg(m_segment));
}

} // namespace Scrutiny
