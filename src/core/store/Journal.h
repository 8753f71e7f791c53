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
        QString action;
        QString description;
        qint64 documentId = 0;
        QJsonObject before;
        QJsonObject after;
        UndoState state = UndoState::None;
    };
    /// Appends an entry (unchanged rows are dropped from its images). An undoable
    /// entry discards whatever could be redone. Returns the entry's id. Throws.
    qint64 append(Entry entry);

    /// The entry undo() / redo() would act on: 0 when there is none.
    qint64 undoable() const;
    qint64 redoable() const;
    QString description(qint64 id) const;

    /// Undoes / redoes the entry and records that in the journal. Returns the
    /// document ids touched. Throws StoreFailure when the rows are no longer as
    /// the entry left them (the caller's transaction then rolls back).
    qint64 undo(qint64 id, const QString &who);
    qint64 redo(qint64 id, const QString &who);

private:
    /// Turns the rows of `current` into those of `target`.
    void apply(const QJsonObject &current, const QJsonObject &target);
    qint64 barrier() const;

    QSqlDatabase m_db;
};

} // namespace Scrutiny
