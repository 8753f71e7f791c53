// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

#include <functional>

namespace Scrutiny {

class ProjectStore;

/// One user action on the window's undo stack. It holds the id of the journal
/// entry the action wrote and undoes or redoes exactly that entry, so Ctrl+Z
/// never reaches a step another window or a script made, and a group (one batch
/// call, one entry) comes back whole, before and after a restart.
class EditCommand : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const QString &message)>;

    /// The action has already run when the command is pushed: the first redo()
    /// does nothing.
    EditCommand(ProjectStore *store, qint64 entryId, const QString &text, ErrorSink onError);

    qint64 entryId() const;

    void undo() override;
    void redo() override;

private:
    /// A refused undo or redo (someone changed the same rows since) is said once and
    /// the command leaves the stack: it can no longer be replayed from here.
    void refuse(const QString &error);

    ProjectStore *m_store;
    qint64 m_entryId;
    ErrorSink m_onError;
    bool m_done = false;
};

} // namespace Scrutiny
