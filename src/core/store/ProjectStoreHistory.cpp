// SPDX-License-Identifier: GPL-3.0-or-later
// Undo, redo and the journal.
#include "ProjectStore.h"

#include "ProjectStore_p.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace Scrutiny {

using CheckedSql::exec;

bool ProjectStore::canUndo() const
{
    qint64 id = 0;
    d->read(nullptr, [&] { id = Journal(d->db()).undoable(); });
    return id != 0;
}

bool ProjectStore::canRedo() const
{
    qint64 id = 0;
    d->read(nullptr, [&] { id = Journal(d->db()).redoable(); });
    return id != 0;
}

QString ProjectStore::undoText() const
{
    QString text;
    d->read(nullptr, [&] {
        const Journal journal(d->db());
        if (const qint64 id = journal.undoable())
            text = journal.description(id);
    });
    return text;
}

QString ProjectStore::redoText() const
{
    QString text;
    d->read(nullptr, [&] {
        const Journal journal(d->db());
        if (const qint64 id = journal.redoable())
            text = journal.description(id);
    });
    return text;
}

bool ProjectStore::undo(QString *error)
{
    qint64 documentId = 0;
    const bool ok = d->write(error, [&] {
        Journal journal(d->db());
        const qint64 id = journal.undoable();
        if (!id)
            throw StoreFailure(QStringLiteral("nothing to undo"));
        documentId = journal.undo(id, d->author);
    });
    if (ok) {
        Q_EMIT annotationsChanged(documentId);
        Q_EMIT undoStateChanged();
    }
    return ok;
}

bool ProjectStore::redo(QString *error)
{
    qint64 documentId = 0;
    const bool ok = d->write(error, [&] {
        Journal journal(d->db());
        const qint64 id = journal.redoable();
        if (!id)
            throw StoreFailure(QStringLiteral("nothing to redo"));
        documentId = journal.redo(id, d->author);
    });
    if (ok) {
        Q_EMIT annotationsChanged(documentId);
        Q_EMIT undoStateChanged();
    }
    return ok;
}

QList<ProjectStore::JournalEntry> ProjectStore::journal(qint64 documentId, int limit) const
{
    QList<JournalEntry> out;
    d->read(nullptr, [&] {
        QSqlQuery q = exec(d->db(),
            QStringLiteral("SELECT id, at, who, action, description, document_id, before, after FROM journal "
                           "WHERE ? = 0 OR document_id = ? ORDER BY id DESC LIMIT ?"),
            {documentId, documentId, limit > 0 ? limit : -1});
        while (q.next())
            out.prepend(JournalEntry {q.value(0).toLongLong(),
                QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::UTC), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString(),
                q.value(7).toString()});
    });
    return out;
}

} // namespace Scrutiny
