// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/ReportSession.h"

#include "session/EditCommand.h"
#include "session/ReportCache.h"
#include "session/ThemeController.h"

#include "itemmodels/TagTreeModel.h"
#include "store/ProjectStore.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPalette>
#include <QSettings>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>

namespace Scrutiny {

struct ReportSession::Private
{
    ProjectStore *store = nullptr;
    QUndoStack undoStack;
    qint64 documentId = 0;
    ReportCache *cache = nullptr;
    std::shared_ptr<const AnnotatedReport> report; ///< the open one, from the cache
    QStringList selected;
    QString current;
    ThemeController *theme = nullptr;
    int storeOnlyUndone = 0;
    mutable std::optional<QList<Tag>> tags; ///< nothing: to be re-read
    TagTreeModel *tagModel = nullptr;
    mutable bool tagModelStale = true;
    QTimer tagModelTimer; ///< one refresh for a burst of changes
};

ReportSession::ReportSession(ProjectStore *store, QObject *parent)
    : QObject(parent)
{
    d = std::make_unique<Private>();
    d->store = store;
    // First, so the cache hears of a change before the session re-reads the report.
    d->cache = new ReportCache(store, this);
    d->theme = new ThemeController(this);
    connect(d->theme, &ThemeController::themeChanged, this, &ReportSession::themeChanged);
    d->tagModel = new TagTreeModel(this);
    d->tagModelTimer.setSingleShot(true);
    d->tagModelTimer.setInterval(0);
    connect(&d->tagModelTimer, &QTimer::timeout, this, [this] { refreshTagModel(); });
    connect(store, &ProjectStore::annotationsChanged, this, [this](qint64 documentId) {
        // Tags are project-wide, and a batch call may create one while tagging.
        d->tags.reset();
        tagsMayHaveChanged();
        if (d->documentId != 0 && (documentId == 0 || documentId == d->documentId))
            reload();
    });
    connect(store, &ProjectStore::documentsChanged, this, [this] {
        d->tags.reset();
        tagsMayHaveChanged();
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
    restoreSessionId();
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
        std::shared_ptr<const AnnotatedReport> report = d->cache->report(documentId, &error);
        if (!report) {
            Q_EMIT errorOccurred(error.isEmpty() ? tr("Cannot open report %1.").arg(documentId) : error);
            return;
        }
        d->report = std::move(report);
    } else {
        d->report.reset();
    }
    d->documentId = documentId;
    d->selected.clear();
    d->current.clear();
    tagsMayHaveChanged(); // the counts in the open report
    Q_EMIT documentChanged(documentId);
    Q_EMIT selectionChanged();
}

const AnnotatedReport &ReportSession::report() const
{
    static const AnnotatedReport none;
    return d->report ? *d->report : none;
}

ReportCache *ReportSession::reportCache() const
{
    return d->cache;
}

void ReportSession::reload()
{
    if (d->documentId == 0)
        return;
    // Only the annotations are re-read while the segments stay as they were:
    // tagging in a long report must not re-read its whole text.
    QString error;
    d->cache->invalidate(d->documentId);
    std::shared_ptr<const AnnotatedReport> report = d->cache->report(d->documentId, &error);
    if (!report) {
        Q_EMIT errorOccurred(error);
        return;
    }
    d->report = std::move(report);
    // Segments may have been renumbered (kind change, split, merge): keep only ids that exist.
    QStringList kept;
    for (const QString &id : std::as_const(d->selected))
        if (d->report->report.segment(id))
            kept << id;
    const bool selectionLost = kept != d->selected;
    d->selected = kept;
    if (!d->current.isEmpty() && !d->report->report.segment(d->current))
        d->current = d->selected.isEmpty() ? QString() : d->selected.constLast();
    Q_EMIT reportReloaded();
    if (selectionLost)
        Q_EMIT selectionChanged();
}

void ReportSession::resetProject()
{
    d->tags.reset();
    tagsMayHaveChanged();
    d->cache->clear();
    restoreSessionId();
    d->undoStack.clear();
    d->storeOnlyUndone = 0;
    setDocument(0);
    Q_EMIT projectChanged();
    Q_EMIT undoStateChanged();
}

const QList<Tag> &ReportSession::tags() const
{
    if (!d->tags)
        d->tags = d->store->isOpen() ? d->store->tags() : QList<Tag>();
    return *d->tags;
}

std::optional<Tag> ReportSession::tag(qint64 tagId) const
{
    for (const Tag &tag : tags()) {
        if (tag.id == tagId)
            return tag;
    }
    return std::nullopt;
}

TagTreeModel *ReportSession::tagModel() const
{
    if (d->tagModelStale)
        refreshTagModel();
    return d->tagModel;
}

void ReportSession::tagsMayHaveChanged()
{
    d->tagModelStale = true;
    d->tagModelTimer.start();
}

void ReportSession::refreshTagModel() const
{
    d->tagModelStale = false;
    d->tagModelTimer.stop();
    const bool open = d->store->isOpen();
    const QHash<qint64, int> inReport
        = open && d->documentId ? d->store->tagUsage(d->documentId) : QHash<qint64, int>();
    const QHash<qint64, int> inProject = open ? d->store->tagUsage() : QHash<qint64, int>();
    d->tagModel->setTags(tags(), inReport, inProject);
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

ThemeController *ReportSession::themeController() const
{
    return d->theme;
}

KSyntaxHighlighting::Repository &ReportSession::repository()
{
    return d->theme->repository();
}

KSyntaxHighlighting::Theme ReportSession::theme() const
{
    return d->theme->theme();
}

void ReportSession::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    d->theme->setTheme(theme);
}

QColor ReportSession::kindTint(SegmentKind kind) const
{
    return d->theme->kindTint(kind);
}

QColor ReportSession::kindAccent(SegmentKind kind) const
{
    return d->theme->kindAccent(kind);
}

bool ReportSession::run(const QString &description, const std::function<bool(QString *error)> &action)
{
    QString error;
    if (action(&error))
        return true;
    Q_EMIT errorOccurred(error.isEmpty() ? tr("Could not %1.").arg(description) : error);
    return false;
}

bool ReportSession::perform(const QString &description, const std::function<bool(QString *error)> &action)
{
    const qint64 before = d->store->lastEntryId();
    if (!run(description, action))
        return false;
    const qint64 entry = d->store->lastEntryId();
    if (entry == before || entry == 0)
        return true; // nothing was journaled (nothing changed): no undo step
    // A new action discards what was undone, in the store's journal as on the stack.
    d->storeOnlyUndone = 0;
    d->undoStack.push(new EditCommand(
        d->store, entry, description, [this](const QString &message) { Q_EMIT errorOccurred(message); }));
    return true;
}

namespace {
// Steps with no command on the stack (from before a restart) are this window's
// own, by the session id kept for the project: another person's or another
// window's steps are never undone from here.
ProjectStore::JournalScope ownSteps(const ProjectStore *store)
{
    return {store->sessionId(), {}};
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

void ReportSession::restoreSessionId()
{
    if (!d->store->isOpen() || d->store->path().isEmpty())
        return;
    const QString key = QStringLiteral("undo/session/")
        + QFileInfo(d->store->path()).absoluteFilePath().replace(QLatin1Char('/'), QLatin1Char('|'));
    QSettings settings;
    QString id = settings.value(key).toString();
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        settings.setValue(key, id);
    }
    d->store->setSessionId(id);
}

} // namespace Scrutiny
