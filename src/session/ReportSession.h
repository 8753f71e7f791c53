// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotations.h"

#include <QColor>
#include <QObject>
#include <QStringList>

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace Scrutiny {

class ProjectStore;
class ReportCache;
class TagTreeModel;
class ThemeController;

/// What every window and panel of the GUI shares: the open project, the report
/// being read (cached as an AnnotatedReport, reloaded when the store says it
/// changed), the selected segments, the theme and the undo stack. Panels take a
/// ReportSession*, read from it, and change things only through perform(), so
/// every user action is one store transaction, one journal entry and one undo step.
class ReportSession : public QObject
{
    Q_OBJECT
public:
    explicit ReportSession(ProjectStore *store, QObject *parent = nullptr);
    ~ReportSession() override;

    ProjectStore *store() const;
    QUndoStack *undoStack() const;

    /// 0 when no report is open.
    qint64 documentId() const;
    void setDocument(qint64 documentId);
    /// The open report with its annotations; empty when none is open.
    const AnnotatedReport &report() const;
    /// Every report of the project as the views read them (the open one included).
    ReportCache *reportCache() const;
    /// Re-reads the open report from the store (called on annotationsChanged).
    void reload();

    /// The project's tags (empty when no project is open), read once and shared by
    /// every panel; re-read after any change to the project.
    const QList<Tag> &tags() const;
    /// The tag with this id, if the project has it.
    std::optional<Tag> tag(qint64 tagId) const;
    /// The same tags as a tree with their counts in the open report and the project:
    /// the one model the Tags panel and the tag manager show. Brought up to date
    /// after each change once control returns to the event loop, or at once when asked for.
    TagTreeModel *tagModel() const;

    QStringList selectedSegments() const;
    /// The segment last clicked or moved to; empty when none.
    QString currentSegment() const;
    void setSelectedSegments(const QStringList &segments, const QString &current = {});

    /// The theme shown (and the process's one Repository): ThemeController's, here
    /// for the panels that take only the session.
    ThemeController *themeController() const;
    KSyntaxHighlighting::Repository &repository();
    KSyntaxHighlighting::Theme theme() const;
    void setTheme(const KSyntaxHighlighting::Theme &theme);
    /// Background tint and accent for a segment kind, taken from the theme so lists,
    /// matrix, reader and export agree.
    QColor kindTint(SegmentKind kind) const;
    QColor kindAccent(SegmentKind kind) const;

    /// Runs one store action (a lambda calling one ProjectStore mutator, which is one
    /// transaction and one journal entry) and, when it succeeded and wrote an entry,
    /// pushes an EditCommand holding that entry's id. On failure emits errorOccurred
    /// with the store's message and returns false. Only the session layer calls it:
    /// widgets go through EditCommands, SegmentTagging and SegmentLinking.
    bool perform(const QString &description, const std::function<bool(QString *error)> &action);

    /// Edit > Undo / Redo. Undo takes this session's steps first, then older
    /// journal entries (from before a restart) straight from the store.
    bool canUndo() const;
    bool canRedo() const;
    QString undoText() const;
    QString redoText() const;
    void undo();
    void redo();

    /// After the store was closed and reopened on another project: forgets the
    /// report, the selection and the undo steps.
    void resetProject();

Q_SIGNALS:
    void documentChanged(qint64 documentId);
    void reportReloaded();
    void selectionChanged();
    void themeChanged();
    void errorOccurred(const QString &message);
    /// canUndo/canRedo or their texts may have changed.
    void undoStateChanged();
    /// resetProject() was called: models over the store should re-read it.
    void projectChanged();

private:
    /// Runs a store action and reports its failure (perform()'s first half; every
    /// edit now writes an undoable entry, so nothing else calls it).
    bool run(const QString &description, const std::function<bool(QString *error)> &action);
    /// The window's session id is kept per project file, so after a restart Undo
    /// still takes back this window's own entries and no one else's.
    void restoreSessionId();
    /// The tags or their counts may have changed: refresh tagModel() soon.
    void tagsMayHaveChanged();
    void refreshTagModel() const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Scrutiny
