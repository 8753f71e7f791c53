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

class QUndoStack;

namespace Scrutiny {

class ProjectStore;

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
    /// Re-reads the open report from the store (called on annotationsChanged).
    void reload();

    QStringList selectedSegments() const;
    /// The segment last clicked or moved to; empty when none.
    QString currentSegment() const;
    void setSelectedSegments(const QStringList &segments, const QString &current = {});

    KSyntaxHighlighting::Repository &repository();
    KSyntaxHighlighting::Theme theme() const;
    void setTheme(const KSyntaxHighlighting::Theme &theme);
    /// Background tint and accent for a segment kind, taken from the theme so lists,
    /// matrix, reader and export agree.
    QColor kindTint(SegmentKind kind) const;
    QColor kindAccent(SegmentKind kind) const;

    /// Runs one store action (a lambda calling one ProjectStore method) and, when it
    /// succeeds, pushes an undo step whose undo/redo call the store's undo/redo.
    /// On failure emits errorOccurred with the store's message and returns false.
    bool perform(const QString &description, const std::function<bool(QString *error)> &action);

    /// One store action of a group.
    struct Step
    {
        QString description;
        std::function<bool(QString *error)> action;
    };
    /// Runs steps in order as one undo step named description, stopping at the
    /// first failure (what ran stays, undone together). The group opens only once
    /// its first step has worked, so a failure at the start leaves no empty undo step.
    bool performSteps(const QString &description, const QList<Step> &steps);

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

    /// The store's undo/redo with errors reported; what the undo commands call.
    bool undoInStore();
    bool redoInStore();

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
    /// Runs one store action; on failure says why (errorOccurred) and returns false.
    bool runStep(const Step &step);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Scrutiny
