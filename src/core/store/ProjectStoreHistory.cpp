// SPDX-License-Identifier: GPL-3.0-or-later
// Undo, redo and the journal.
#include "ProjectStore.h"

#include "ProjectStore_p.h"
#include "RemovedDocuments.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>

namespace Scrutiny {

using CheckedSql::exec;

namespace {
// Steps whose undo changes the Library: the list of reports or their series.
bool changesDocuments(const QString &action)
{
    return action == RemovedDocuments::action() || action == QLatin1StringView("follows")
        || action == QLatin1StringView("leave series");
}

Journal::Filter filterOf(const ProjectStore::JournalScope &scope)
{
    return {scope.sessionId, scope.author};
}
} // namespace

qint64 ProjectStore::undoableEntry(const JournalScope &scope) const
{
    qint64 id = 0;
    d->read(nullptr, [&] { id = Journal(d->db()).undoable(filterOf(scope)); });
    return id;
}

qint64 ProjectStore::redoableEntry(const JournalScope &scope) const
{
    qint64 id = 0;
    d->read(nullptr, [&] { id = Journal(d->db()).redoable(filterOf(scope)); });
    return id;
}

bool ProjectStore::undoEntry(qint64 entryId, QString *error)
{
    Journal::Reversal reversal;
    const bool ok = d->write(error, [&] {
        if (entryId <= 0)
            throw StoreFailure(QCoreApplication::translate("Scrutiny::Journal", "nothing to undo"));
        reversal = Journal(d->db()).undo(entryId, d->recordOfThisStore());
        d->pendingEntryId = reversal.recordId;
    });
    if (ok) {
        if (changesDocuments(reversal.action))
            Q_EMIT documentsChanged();
        Q_EMIT annotationsChanged(reversal.documentId);
        Q_EMIT undoStateChanged();
    }
    return ok;
}

bool ProjectStore::redoEntry(qint64 entryId, QString *error)
{
    Journal::Reversal reversal;
    const bool ok = d->write(error, [&] {
        if (entryId <= 0)
            throw StoreFailure(QCoreApplication::translate("Scrutiny::Journal", "nothing to redo"));
        reversal = Journal(d->db()).redo(entryId, d->recordOfThisStore());
        d->pendingEntryId = reversal.recordId;
    });
    if (ok) {
        if (changesDocuments(reversal.action))
            Q_EMIT documentsChanged();
        Q_EMIT annotationsChanged(reversal.documentId);
        Q_EMIT undoStateChanged();
    }
    return ok;
}

bool ProjectStore::canUndo() const
{
    return undoableEntry({d->sessionId, {}}) != 0;
}

bool ProjectStore::canRedo() const
{
    return redoableEntry({d->sessionId, {}}) != 0;
}

QString ProjectStore::undoText() const
{
    QString text;
    d->read(nullptr, [&] {
        const Journal journal(d->db());
        if (const qint64 id = journal.undoable({d->sessionId, {}}))
            text = journal.description(id);
    });
    return text;
}

QString ProjectStore::redoText() const
{
    QString text;
    d->read(nullptr, [&] {
        const Journal journal(d->db());
        if (const qint64 id = journal.redoable({d->sessionId, {}}))
            text = journal.description(id);
    });
    return text;
}

bool ProjectStore::undo(QString *error)
{
    return undoEntry(undoableEntry({d->sessionId, {}}), error);
}

bool ProjectStore::redo(QString *error)
{
    return redoEntry(redoableEntry({d->sessionId, {}}), error);
}

namespace {
const QString entryColumns = QStringLiteral("id, at, who, action, description, document_id, before, after, session");

ProjectStore::JournalEntry readEntry(const QSqlQuery &q)
{
    return ProjectStore::JournalEntry {q.value(0).toLongLong(),
        QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::UTC), q.value(2).toString(),
        q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString(),
        q.value(7).toString(), q.value(8).toString()};
}
} // namespace

QList<ProjectStore::JournalEntry> ProjectStore::journal(qint64 documentId, int limit, const JournalScope &scope) const
{
    QList<JournalEntry> out;
    d->read(nullptr, [&] {
        QString where = QStringLiteral("(? = 0 OR document_id = ?)");
        QVariantList binds {documentId, documentId};
        if (!scope.sessionId.isEmpty()) {
            where += QStringLiteral(" AND session = ?");
            binds.append(scope.sessionId);
        }
        if (!scope.author.isEmpty()) {
            where += QStringLiteral(" AND who = ?");
            binds.append(scope.author);
        }
        binds.append(limit > 0 ? limit : -1);
        QSqlQuery q = exec(d->db(),
            QStringLiteral("SELECT %1 FROM journal WHERE %2 ORDER BY id DESC LIMIT ?").arg(entryColumns, where), binds);
        while (q.next())
            out.prepend(readEntry(q));
    });
    return out;
}

std::optional<ProjectStore::JournalEntry> ProjectStore::journalEntry(qint64 entryId) const
{
    std::optional<JournalEntry> entry;
    d->read(nullptr, [&] {
        QSqlQuery q = exec(d->db(), QStringLiteral("SELECT %1 FROM journal WHERE id = ?").arg(entryColumns), {entryId});
        if (q.next())
            entry = readEntry(q);
    });
    return entry;
}

} // namespace Scrutiny
