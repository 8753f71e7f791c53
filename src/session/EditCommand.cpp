// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/EditCommand.h"

#include "store/ProjectStore.h"

#include <QCoreApplication>

namespace Scrutiny {

EditCommand::EditCommand(ProjectStore *store, qint64 entryId, const QString &text, ErrorSink onError)
    : QUndoCommand(text)
    , m_store(store)
    , m_entryId(entryId)
    , m_onError(std::move(onError))
{
}

qint64 EditCommand::entryId() const
{
    return m_entryId;
}

void EditCommand::undo()
{
    QString error;
    if (!m_store->undoEntry(m_entryId, &error))
        refuse(error);
}

void EditCommand::redo()
{
    if (!m_done) {
        m_done = true;
        return;
    }
    QString error;
    if (!m_store->redoEntry(m_entryId, &error))
        refuse(error);
}

void EditCommand::refuse(const QString &error)
{
    setObsolete(true);
    if (m_onError)
        m_onError(error.isEmpty() ? QCoreApplication::translate("Scrutiny::EditCommand", "Cannot undo or redo “%1”.")
                                        .arg(text())
                                  : error);
}

} // namespace Scrutiny
