// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Journal.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace Scrutiny::RemovedDocuments {

/// Removing a report is one undoable journal step: the entry's row images hold
/// the documents row, its segments and every row that refers to them (tags on its
/// segments, links, notes, plan and its history, turned-down suggestions,
/// follow-up relations, cross-report progress links from and to it). What the
/// images leave out, kept in removed_originals until the removal is undone or
/// can no longer be, is the original file (megabytes of binary that JSON would
/// inflate) and the report's segment counter.

/// The journal action of a removal.
QString action();

/// The rows that refer to documentId (the documents row included), as journal
/// scopes. Follow-up rows are named by id, so a redirected one (a later report now
/// following what the removed one followed) is still captured after the change.
QList<Journal::Scope> scopes(const QSqlDatabase &db, qint64 documentId);

/// Moves the original bytes and the segment counter of documentId to
/// removed_originals; call before the documents row is deleted.
void keep(const QSqlDatabase &db, qint64 documentId);
/// Puts them back after the documents row and segments were re-inserted.
void giveBack(const QSqlDatabase &db, qint64 documentId);
/// Forgets every kept report: called at a barrier, past which no removal can be undone.
void forgetAll(const QSqlDatabase &db);

/// The id a new document / the first new segment must take so that it never takes
/// the id of a removed one that an undo would put back.
qint64 nextDocumentId(const QSqlDatabase &db);
qint64 nextSegmentId(const QSqlDatabase &db);

/// Throws the refusal of an undo (true) or redo of the removal entry `description`
/// when its rows cannot be put back / taken away again without losing something:
/// undo, when the same report (same bytes) was imported again since; redo, when
/// rows that refer to the report were added after the undo. `image` is the entry's
/// "before" image (the report as it was before the removal).
void requireReversible(
    const QSqlDatabase &db, const QJsonObject &image, qint64 documentId, bool undo, const QString &description);

} // namespace Scrutiny::RemovedDocuments
