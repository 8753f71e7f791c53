// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace Scrutiny {

/// The append-only record of every change, and the undo/redo built on it.
///
/// An undoable action declares the rows it may touch (scopes); the journal
/// captures those rows before and after as JSON row images and stores both.
/// Undo turns the "after" rows back into the "before" rows (update, insert or
/// delete by primary key), redo the reverse. Because the images live in the
/// database, undo and redo survive a restart.
///
/// Each entry names its author (`who`) and the session that wrote it (one
/// window or one command run), so an undo can be limited to one's own steps.
/// Undo or redo of an entry is refused when a later, still done entry changed
/// any of the same rows: reversing it would overwrite that later change.
class Journal
{
public:
    /// Rows of one table that an action may change: `SELECT * FROM table WHERE where`.
    struct Scope
    {
        QString table;
        QString where;
        QVariantList binds;
    };

    enum class UndoState { None = 0, Done = 1, Undone = 2, Discarded = 3, Barrier = 4 };

    explicit Journal(const QSqlDatabase &db);

    /// Row images of the scopes: {"table": [{column: value}, ...]}.
    QJsonObject capture(const QList<Scope> &scopes) const;

    struct Entry
    {
        QString who;
        QString session;
        QString action;
        QString description;
        qint64 documentId = 0;
        QJsonObject before;
        QJsonObject after;
        UndoState state = UndoState::None;
    };
    /// Appends an entry (unchanged rows are dropped from its images). An undoable
    /// entry discards what its author or its session could redo (a barrier:
    /// everything). Returns the entry's id. Throws.
    qint64 append(Entry entry);

    /// Entries of one session and/or one author; an empty field matches any.
    struct Filter
    {
        QString session;
        QString who;
    };
    /// The newest done entry / the oldest undone entry of the filter after the
    /// last barrier: what an undo / a redo would act on. 0 when there is none.
    qint64 undoable(const Filter &filter = {}) const;
    qint64 redoable(const Filter &filter = {}) const;
    QString description(qint64 id) const;

    struct Reversal
    {
        qint64 documentId = 0; ///< of the entry undone or redone
        qint64 recordId = 0; ///< the "undo" / "redo" entry that records it
        QString action; ///< of the entry undone or redone
    };
    /// Undoes / redoes the entry and records that in the journal as written by
    /// `record` (its who and session). A removed report (RemovedDocuments) comes
    /// back / goes again whole. Throws
    /// StoreFailure, one line naming the entry, when it is not done (undone), lies
    /// before a barrier, a later done entry changed the same rows, or the rows are
    /// no longer as the entry left them; the caller's transaction then rolls back.
    Reversal undo(qint64 id, const Entry &record);
    Reversal redo(qint64 id, const Entry &record);

    /// Indexes the rows named in images under entry id (journal_rows), for the
    /// later-change check. append() does it for undoable entries; migrations call it.
    static void indexRows(const QSqlDatabase &db, qint64 id, const QList<QJsonObject> &images);

private:
    /// Throws when entry id may not be undone or redone now (see undo()).
    void requireReversible(qint64 id, bool undo) const;
    Reversal reverse(qint64 id, const Entry &record, bool undo);
    /// Turns the rows of `current` into those of `target`; refusals name the entry.
    void apply(const QJsonObject &current, const QJsonObject &target, bool undo, const QString &description);
    qint64 barrier() const;

    QSqlDatabase m_db;
};

} // namespace Scrutiny
