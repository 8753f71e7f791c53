// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/ReportSession.h"

#include "store/ProjectStore.h"
#include "theme/SegmentPalette.h"

#include <QGuiApplication>
#include <QPalette>
#include <QUndoCommand>
#include <QUndoStack>

namespace Scrutiny {

namespace {
/// One store action on the undo stack. The action has already run when the
/// command is pushed, so the first redo() does nothing; later undo/redo replay
/// the store's journal.
class StoreUndoCommand : public QUndoCommand
{
public:
    StoreUndoCommand(ReportSession *session, const QString &text)
        : QUndoCommand(text)
        , m_session(session)
    {
    }
    void undo() override { m_session->undoInStore(); }
    void redo() override
    {
        if (m_done) {
            m_session->redoInStore();
            return;
        }
        m_done = true;
    }

private:
    ReportSession *m_session;
    bool m_done = false;
};
} // namespace

struct ReportSession::Private
{
    ProjectStore *store = nullptr;
    QUndoStack undoStack;
    qint64 documentId = 0;
    AnnotatedReport report;
    QStringList selected;
    QString current;
    KSyntaxHighlighting::Repository repository;
    KSyntaxHighlighting::Theme theme;
    int storeOnlyUndone = 0;
};

ReportSession::ReportSession(ProjectStore *store, QObject *parent)
    : QObject(parent)
{
    d = std::make_unique<Private>();
    d->store = store;
    d->theme = d->repository.themeForPalette(QGuiApplication::palette());
    connect(store, &ProjectStore::annotationsChanged, this, [this](qint64 documentId) {
        if (d->documentId != 0 && (documentId == 0 || documentId == d->documentId))
            reload();
    });
    connect(store, &ProjectStore::documentsChanged, this, [this] {
        // The open report was removed (or undone away): show nothing rather than stale text.
        if (d->documentId == 0)
            return;
        const QList<ProjectStore::DocumentSummary> documents = d->store->documents();
        const bool stillThere
            = std::any_of(documents.begin(), documents.end(), [this](const auto &s) { return s.id == d->documentId; });
        if (!stillThere)
            setDocument(0);
    });
    connect(store, &ProjectStore::undoStateChanged, this, &ReportSession::undoStateChanged);
    connect(&d->undoStack, &QUndoStack::indexChanged, this, &ReportSession::undoStateChanged);
}

ReportSession::~ReportSession() = default;

ProjectStore *ReportSession::store() const
{
    return d->store;
}

QUndoStack *ReportSession::undoStack() const
{
    return &d->undoStack;
}

qint64 ReportSession::documentId() const
{
    return d->documentId;
}

void ReportSession::setDocument(qint64 documentId)
{
    if (documentId != 0) {
        QString error;
        std::optional<AnnotatedReport> report = d->store->annotatedReport(documentId, &error);
        if (!report) {
            Q_EMIT errorOccurred(error.isEmpty() ? tr("Cannot open report %1.").arg(documentId) : error);
            return;
        }
        d->report = std::move(*report);
    } else {
        d->report = AnnotatedReport();
    }
    d->documentId = documentId;
    d->selected.clear();
    d->current.clear();
    Q_EMIT documentChanged(documentId);
    Q_EMIT selectionChanged();
}

const AnnotatedReport &ReportSession::report() const
{
    return d->report;
}

void ReportSession::reload()
{
    if (d->documentId == 0)
        return;
    // Only the annotations are re-read while the segments stay as they were:
    // tagging in a long report must not re-read its whole text.
    QString error;
    if (!d->store->refreshAnnotations(&d->report, &error)) {
        Q_EMIT errorOccurred(error);
        return;
    }
    // Segments may have been renumbered (kind change, split, merge): keep only ids that exist.
    QStringList kept;
    for (const QString &id : std::as_const(d->selected))
        if (d->report.report.segment(id))
            kept << id;
    const bool selectionLost = kept != d->selected;
    d->selected = kept;
    if (!d->current.isEmpty() && !d->report.report.segment(d->current))
        d->current = d->selected.isEmpty() ? QString() : d->selected.constLast();
    Q_EMIT reportReloaded();
    if (selectionLost)
        Q_EMIT selectionChanged();
}

void ReportSession::resetProject()
{
    d->undoStack.clear();
    d->storeOnlyUndone = 0;
    setDocument(0);
    Q_EMIT projectChanged();
    Q_EMIT undoStateChanged();
}

QStringList ReportSession::selectedSegments() const
{
    return d->selected;
}

QString ReportSession::currentSegment() const
{
    return d->current;
}

void ReportSession::setSelectedSegments(const QStringList &segments, const QString &current)
{
    QString newCurrent = current;
    if (newCurrent.isEmpty() && !segments.isEmpty())
        newCurrent = segments.constLast();
    if (segments == d->selected && newCurrent == d->current)
        return;
    d->selected = segments;
    d->current = newCurrent;
    Q_EMIT selectionChanged();
}

KSyntaxHighlighting::Repository &ReportSession::repository()
{
    return d->repository;
}

KSyntaxHighlighting::Theme ReportSession::theme() const
{
    return d->theme;
}

void ReportSession::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    if (!theme.isValid() || theme.name() == d->theme.name())
        return;
    d->theme = theme;
    Q_EMIT themeChanged();
}

QColor ReportSession::kindTint(SegmentKind kind) const
{
    return SegmentPalette::tint(d->theme, kind);
}

QColor ReportSession::kindAccent(SegmentKind kind) const
{
    return SegmentPalette::accent(d->theme, kind);
}

bool ReportSession::runStep(const Step &step)
{
    QString error;
    if (!step.action(&error)) {
        Q_EMIT errorOccurred(error.isEmpty() ? tr("Could not %1.").arg(step.description) : error);
        return false;
    }
    // A new action discards what was undone, in the store's journal as on the stack.
    d->storeOnlyUndone = 0;
    return true;
}

bool ReportSession::perform(const QString &description, const std::function<bool(QString *error)> &action)
{
    if (!runStep({description, action}))
        return false;
    d->undoStack.push(new StoreUndoCommand(this, description));
    return true;
}

bool ReportSession::performSteps(const QString &description, const QList<Step> &steps)
{
    if (steps.isEmpty())
        return false;
    if (steps.size() == 1)
        return perform(steps.constFirst().description, steps.constFirst().action);
    if (!runStep(steps.constFirst()))
        return false;
    d->undoStack.beginMacro(description);
    d->undoStack.push(new StoreUndoCommand(this, steps.constFirst().description));
    bool ok = true;
    for (qsizetype i = 1; ok && i < steps.size(); ++i)
        ok = perform(steps.at(i).description, steps.at(i).action);
    d->undoStack.endMacro();
    return ok;
}

namespace {
// Steps with no command on the stack (from before a restart) are the author's
// own: another person's steps are never undone from here.
ProjectStore::JournalScope ownSteps(const ProjectStore *store)
{
    return {{}, store->author()};
}

QString describe(const ProjectStore *store, qint64 entryId)
{
    const auto entry = store->journalEntry(entryId);
    return entry ? entry->description : QString();
}
} // namespace

bool ReportSession::canUndo() const
{
    return d->undoStack.canUndo() || d->store->undoableEntry(ownSteps(d->store)) != 0;
}

bool ReportSession::canRedo() const
{
    return d->storeOnlyUndone > 0 ? d->store->redoableEntry(ownSteps(d->store)) != 0 : d->undoStack.canRedo();
}

QString ReportSession::undoText() const
{
    return d->undoStack.canUndo() ? d->undoStack.undoText()
                                  : describe(d->store, d->store->undoableEntry(ownSteps(d->store)));
}

QString ReportSession::redoText() const
{
    return d->storeOnlyUndone > 0 ? describe(d->store, d->store->redoableEntry(ownSteps(d->store)))
                                  : d->undoStack.redoText();
}

void ReportSession::undo()
{
    // This session's own steps first; then the journal's older entries, which
    // may come from before a restart and have no command on the stack.
    if (d->undoStack.canUndo()) {
        d->undoStack.undo();
        return;
    }
    QString error;
    if (d->store->undoEntry(d->store->undoableEntry(ownSteps(d->store)), &error))
        ++d->storeOnlyUndone;
    else
        Q_EMIT errorOccurred(error.isEmpty() ? tr("Nothing to undo.") : error);
    Q_EMIT undoStateChanged();
}

void ReportSession::redo()
{
    // Redo replays in the opposite order: journal-only entries come first.
    if (d->storeOnlyUndone > 0) {
        QString error;
        if (d->store->redoEntry(d->store->redoableEntry(ownSteps(d->store)), &error))
            --d->storeOnlyUndone;
        else
            Q_EMIT errorOccurred(error.isEmpty() ? tr("Nothing to redo.") : error);
        Q_EMIT undoStateChanged();
        return;
    }
    if (d->undoStack.canRedo())
        d->undoStack.redo();
}

bool ReportSession::undoInStore()
{
    QString error;
    if (d->store->undo(&error))
        return true;
    Q_EMIT errorOccurred(error.isEmpty() ? tr("Nothing to undo.") : error);
    return false;
}

bool ReportSession::redoInStore()
{
    QString error;
    if (d->store->redo(&error))
        return true;
    Q_EMIT errorOccurred(error.isEmpty() ? tr("Nothing to redo.") : error);
    return false;
}

} // namespace Scrutiny
