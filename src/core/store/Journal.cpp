// SPDX-License-Identifier: GPL-3.0-or-later
#include "Journal.h"

#include "CheckedSql.h"
#include "RemovedDocuments.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Scrutiny {

using CheckedSql::exec;

namespace {

// Parents before children: inserts run in this order, deletes in reverse.
const QStringList &tableOrder()
{
    static const QStringList order {QStringLiteral("documents"), QStringLiteral("tags"), QStringLiteral("segments"),
        QStringLiteral("segment_tags"), QStringLiteral("links"), QStringLiteral("notes"), QStringLiteral("plan_items"),
        QStringLiteral("plan_history"), QStringLiteral("rejected_suggestions"), QStringLiteral("cover_fields"),
        QStringLiteral("follow_ups"), QStringLiteral("progress_links")};
    return order;
}

bool isIdentifier(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return identifier.match(name).hasMatch();
}

QString quoted(const QString &column)
{
    return QLatin1Char('"') + column + QLatin1Char('"');
}

QJsonValue toJson(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    default:
        return QJsonValue(value.toString());
    }
}

QVariant toVariant(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    return value.toVariant();
}

// id -> row for one table of an image.
QMap<qint64, QJsonObject> rowsById(const QJsonObject &image, const QString &table)
{
    QMap<qint64, QJsonObject> rows;
    for (const QJsonValue &v : image.value(table).toArray()) {
        const QJsonObject row = v.toObject();
        rows.insert(row.value(QStringLiteral("id")).toInteger(), row);
    }
    return rows;
}

QJsonObject parseImage(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

Journal::Journal(const QSqlDatabase &db)
    : m_db(db)
{
}

QJsonObject Journal::capture(const QList<Scope> &scopes) const
{
    QMap<QString, QMap<qint64, QJsonObject>> tables;
    for (const Scope &scope : scopes) {
        Q_ASSERT(tableOrder().contains(scope.table));
        QSqlQuery query
            = exec(m_db, QStringLiteral("SELECT * FROM %1 WHERE %2").arg(scope.table, scope.where), scope.binds);
        while (query.next()) {
            const QSqlRecord record = query.record();
            QJsonObject row;
            for (int i = 0; i < record.count(); ++i)
                row.insert(record.fieldName(i), toJson(record.value(i)));
            tables[scope.table].insert(row.value(QStringLiteral("id")).toInteger(), row);
        }
    }
    QJsonObject image;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        QJsonArray rows;
        for (const QJsonObject &row : it.value())
            rows.append(row);
        image.insert(it.key(), rows);
    }
    return image;
}

qint64 Journal::append(Entry entry)
{
    // Keep only rows the action changed, so entries stay small.
    for (const QString &table : tableOrder()) {
        const QMap<qint64, QJsonObject> before = rowsById(entry.before, table);
        const QMap<qint64, QJsonObject> after = rowsById(entry.after, table);
        QJsonArray keptBefore, keptAfter;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (after.value(it.key()) != it.value())
                keptBefore.append(it.value());
        }
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (before.value(it.key()) != it.value())
                keptAfter.append(it.value());
        }
        if (entry.before.contains(table))
            entry.before.insert(table, keptBefore);
        if (entry.after.contains(table))
            entry.after.insert(table, keptAfter);
    }
    // A new step ends the redo history of its author and its session (not that of
    // other people's windows); a barrier ends every redo history.
    if (entry.state == UndoState::Barrier) {
        exec(m_db, QStringLiteral("UPDATE journal SET undo_state = 3 WHERE undo_state = 2"));
        // No removal before a barrier can be undone: what it kept aside can go.
        RemovedDocuments::forgetAll(m_db);
    } else if (entry.state == UndoState::Done)
        exec(m_db,
            QStringLiteral("UPDATE journal SET undo_state = 3 WHERE undo_state = 2 AND (session = ? OR who = ?)"),
            {entry.session, entry.who});
    QSqlQuery insert = exec(m_db,
        QStringLiteral("INSERT INTO journal (at, who, session, action, description, document_id, before, after, "
                       "undo_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {QDateTime::currentMSecsSinceEpoch(), entry.who, entry.session, entry.action, entry.description,
            entry.documentId, QString::fromUtf8(QJsonDocument(entry.before).toJson(QJsonDocument::Compact)),
            QString::fromUtf8(QJsonDocument(entry.after).toJson(QJsonDocument::Compact)), int(entry.state)});
    const qint64 id = insert.lastInsertId().toLongLong();
    if (entry.state == UndoState::Done)
        indexRows(m_db, id, {entry.before, entry.after});
    return id;
}

void Journal::indexRows(const QSqlDatabase &db, qint64 id, const QList<QJsonObject> &images)
{
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT OR IGNORE INTO journal_rows (entry_id, tbl, row_id) VALUES (?, ?, ?)")))
        throw StoreFailure(CheckedSql::describe(insert.lastError()));
    for (const QJsonObject &image : images) {
        for (auto table = image.constBegin(); table != image.constEnd(); ++table) {
            for (const QJsonValue &row : table.value().toArray())
                exec(insert, {id, table.key(), row.toObject().value(QStringLiteral("id")).toInteger()});
        }
    }
}

qint64 Journal::barrier() const
{
    return CheckedSql::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM journal WHERE undo_state = 4"))
        .toLongLong();
}

namespace {
// "undo_state = ? AND id > ? [AND session = ?] [AND who = ?]", so the indexes on
// (session, undo_state, id) and (who, undo_state, id) serve it.
std::pair<QString, QVariantList> filtered(const Journal::Filter &filter, Journal::UndoState state, qint64 after)
{
    QString where = QStringLiteral("undo_state = ? AND id > ?");
    QVariantList binds {int(state), after};
    if (!filter.session.isEmpty()) {
        where += QStringLiteral(" AND session = ?");
        binds.append(filter.session);
    }
    if (!filter.who.isEmpty()) {
        where += QStringLiteral(" AND who = ?");
        binds.append(filter.who);
    }
    return {where, binds};
}

QString translated(const char *text)
{
    return QCoreApplication::translate("Scrutiny::Journal", text);
}

// "14:02" today, "2026-11-28 14:02" before.
QString shortTime(qint64 msecs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(msecs).toLocalTime();
    return at.date() == QDate::currentDate() ? at.toString(QStringLiteral("HH:mm"))
                                             : at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

qint64 Journal::undoable(const Filter &filter) const
{
    const auto [where, binds] = filtered(filter, UndoState::Done, barrier());
    return CheckedSql::scalar(
        m_db, QStringLiteral("SELECT id FROM journal WHERE %1 ORDER BY id DESC LIMIT 1").arg(where), binds)
        .toLongLong();
}

qint64 Journal::redoable(const Filter &filter) const
{
    const auto [where, binds] = filtered(filter, UndoState::Undone, barrier());
    return CheckedSql::scalar(
        m_db, QStringLiteral("SELECT id FROM journal WHERE %1 ORDER BY id ASC LIMIT 1").arg(where), binds)
        .toLongLong();
}

QString Journal::description(qint64 id) const
{
    return CheckedSql::scalar(m_db, QStringLiteral("SELECT description FROM journal WHERE id = ?"), {id}).toString();
}

void Journal::requireReversible(qint64 id, bool undo) const
{
    QSqlQuery q = exec(m_db, QStringLiteral("SELECT undo_state, description FROM journal WHERE id = ?"), {id});
    if (!q.next())
        throw StoreFailure(translated(undo ? QT_TRANSLATE_NOOP("Scrutiny::Journal", "nothing to undo")
                                           : QT_TRANSLATE_NOOP("Scrutiny::Journal", "nothing to redo")));
    const auto state = UndoState(q.value(0).toInt());
    const QString description = q.value(1).toString();
    if (undo && state == UndoState::Undone)
        throw StoreFailure(
            translated(QT_TRANSLATE_NOOP("Scrutiny::Journal", "“%1” is already undone.")).arg(description));
    if (!undo && state == UndoState::Done)
        throw StoreFailure(
            translated(QT_TRANSLATE_NOOP("Scrutiny::Journal", "“%1” is not undone; there is nothing to redo."))
                .arg(description));
    if (!undo && state == UndoState::Discarded)
        throw StoreFailure(translated(QT_TRANSLATE_NOOP("Scrutiny::Journal",
                                          "Cannot redo “%1”: a newer change by the same person or window replaced it."))
                               .arg(description));
    if (state != (undo ? UndoState::Done : UndoState::Undone))
        throw StoreFailure(translated(
            QT_TRANSLATE_NOOP("Scrutiny::Journal", "“%1” is a record, not a step that can be undone or redone."))
                               .arg(description));
    if (id < barrier())
        throw StoreFailure((undo ? translated(QT_TRANSLATE_NOOP(
                                "Scrutiny::Journal", "Cannot undo “%1”: its report was removed or replaced since."))
                                 : translated(QT_TRANSLATE_NOOP("Scrutiny::Journal",
                                     "Cannot redo “%1”: its report was removed or replaced since.")))
                               .arg(description));
    // The first later step, still done, that changed one of the same rows.
    QSqlQuery later = exec(m_db,
        QStringLiteral("SELECT j.who, j.description, j.at FROM journal_rows mine "
                       "JOIN journal_rows theirs ON theirs.tbl = mine.tbl AND theirs.row_id = mine.row_id "
                       "AND theirs.entry_id > mine.entry_id "
                       "JOIN journal j ON j.id = theirs.entry_id AND j.undo_state = 1 "
                       "WHERE mine.entry_id = ? ORDER BY j.id LIMIT 1"),
        {id});
    if (later.next())
        throw StoreFailure((undo ? translated(QT_TRANSLATE_NOOP(
                                "Scrutiny::Journal", "Cannot undo “%1”: %2 changed the same rows later (%3, %4)."))
                                 : translated(QT_TRANSLATE_NOOP("Scrutiny::Journal",
                                     "Cannot redo “%1”: %2 changed the same rows later (%3, %4).")))
                               .arg(description, later.value(0).toString(), later.value(1).toString(),
                                   shortTime(later.value(2).toLongLong())));
}

Journal::Reversal Journal::undo(qint64 id, const Entry &record)
{
    return reverse(id, record, true);
}

Journal::Reversal Journal::redo(qint64 id, const Entry &record)
{
    return reverse(id, record, false);
}

Journal::Reversal Journal::reverse(qint64 id, const Entry &record, bool undo)
{
    requireReversible(id, undo);
    QSqlQuery q = exec(
        m_db, QStringLiteral("SELECT before, after, description, document_id, action FROM journal WHERE id = ?"), {id});
    q.next();
    const QJsonObject before = parseImage(q.value(0).toString());
    const QJsonObject after = parseImage(q.value(1).toString());
    const QString description = q.value(2).toString();
    const qint64 documentId = q.value(3).toLongLong();
    const QString action = q.value(4).toString();
    // A removed report: its rows come back (go again) through the images like any
    // step's; its original file waits in removed_originals.
    const bool removal = action == RemovedDocuments::action();
    if (removal)
        RemovedDocuments::requireReversible(m_db, before, documentId, undo, description);
    if (undo) {
        apply(after, before, true, description);
        if (removal)
            RemovedDocuments::giveBack(m_db, documentId);
    } else {
        if (removal)
            RemovedDocuments::keep(m_db, documentId);
        apply(before, after, false, description);
    }
    exec(m_db, QStringLiteral("UPDATE journal SET undo_state = ? WHERE id = ?"),
        {int(undo ? UndoState::Undone : UndoState::Done), id});
    const QString verb = undo ? QStringLiteral("undo") : QStringLiteral("redo");
    const qint64 recordId = append({record.who, record.session, verb, QStringLiteral("%1: %2").arg(verb, description),
        documentId, undo ? after : before, undo ? before : after, UndoState::None});
    return {documentId, recordId, action};
}

void Journal::apply(const QJsonObject &current, const QJsonObject &target, bool undo, const QString &description)
{
    const auto changed = [&](const QString &table, qint64 id) {
        return StoreFailure((undo ? translated(QT_TRANSLATE_NOOP("Scrutiny::Journal",
                                 "Cannot undo “%1”: what it changed has been changed since (%2 row %3)."))
                                  : translated(QT_TRANSLATE_NOOP("Scrutiny::Journal",
                                      "Cannot redo “%1”: what it changed has been changed since (%2 row %3).")))
                                .arg(description, table)
                                .arg(id));
    };
    struct Plan
    {
        QString table;
        QMap<qint64, QJsonObject> current, target;
    };
    QList<Plan> plans;
    for (const QString &table : tableOrder())
        plans.append({table, rowsById(current, table), rowsById(target, table)});

    auto writeRow = [this](const QString &table, const QJsonObject &row, bool insert) {
        QStringList columns;
        QVariantList values;
        for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
            if (!isIdentifier(it.key()))
                throw StoreFailure(
                    QCoreApplication::translate("Scrutiny::ProjectStore", "the journal holds a damaged entry"));
            columns.append(it.key());
            values.append(toVariant(it.value()));
        }
        QString sql;
        if (insert) {
            QStringList quotedColumns, marks;
            for (const QString &c : std::as_const(columns)) {
                quotedColumns.append(quoted(c));
                marks.append(QStringLiteral("?"));
            }
            sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(table, quotedColumns.join(u", "), marks.join(u", "));
        } else {
            QStringList sets;
            for (const QString &c : std::as_const(columns))
                sets.append(quoted(c) + QStringLiteral(" = ?"));
            sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(u", "));
            values.append(toVariant(row.value(QStringLiteral("id"))));
        }
        return exec(m_db, sql, values).numRowsAffected();
    };

    // The final guard: a row to overwrite or delete must still be exactly as the
    // entry left it, whoever changed it since and however.
    const auto requireUnchanged = [this, &changed](const QString &table, const QJsonObject &expected) {
        const qint64 id = expected.value(QStringLiteral("id")).toInteger();
        QSqlQuery query = exec(m_db, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), {id});
        if (!query.next())
            throw changed(table, id);
        const QSqlRecord record = query.record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), toJson(record.value(i)));
        // Only the columns the image holds: an image written before a migration
        // added a column (tags.key, say) says nothing about it.
        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
            if (row.value(it.key()) != it.value())
                throw changed(table, id);
        }
    };

    // Inserts parents first, then updates (which may point rows at the inserted
    // ones), then deletes children first, so no cascade removes a row still needed.
    QStringList inserted;
    for (const Plan &p : std::as_const(plans)) {
        for (auto it = p.target.cbegin(); it != p.target.cend(); ++it) {
            if (!p.current.contains(it.key())) {
                if (inserted.isEmpty() || inserted.constLast() != p.table)
                    inserted.append(p.table);
                if (CheckedSql::scalar(m_db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(p.table), {it.key()})
                        .isValid())
                    throw changed(p.table, it.key());
                // A unique key taken by a row added since: the same refusal, not SQL's words.
                try {
                    writeRow(p.table, it.value(), true);
                } catch (const StoreFailure &) {
                    throw changed(p.table, it.key());
                }
            }
        }
    }
    for (const Plan &p : std::as_const(plans)) {
        for (auto it = p.target.cbegin(); it != p.target.cend(); ++it) {
            if (!p.current.contains(it.key()))
                continue;
            requireUnchanged(p.table, p.current.value(it.key()));
            if (writeRow(p.table, it.value(), false) != 1)
                throw changed(p.table, it.key());
        }
    }
    for (auto plan = plans.crbegin(); plan != plans.crend(); ++plan) {
        for (auto it = plan->current.cbegin(); it != plan->current.cend(); ++it) {
            if (plan->target.contains(it.key()))
                continue;
            requireUnchanged(plan->table, it.value());
            if (exec(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(plan->table), {it.key()}).numRowsAffected()
                != 1)
                throw changed(plan->table, it.key());
        }
    }
    // A row put back must find what it refers to: a segment or report removed since
    // (and still removed) is a refusal now, not a foreign-key failure at COMMIT.
    for (const QString &table : std::as_const(inserted)) {
        QSqlQuery orphan = exec(m_db, QStringLiteral("PRAGMA foreign_key_check(%1)").arg(table));
        if (orphan.next())
            throw StoreFailure((undo ? translated(QT_TRANSLATE_NOOP("Scrutiny::Journal",
                                    "Cannot undo “%1”: what it refers to has been removed since (%2 row %3)."))
                                     : translated(QT_TRANSLATE_NOOP("Scrutiny::Journal",
                                         "Cannot redo “%1”: what it refers to has been removed since (%2 row %3).")))
                                   .arg(description, table)
                                   .arg(orphan.value(1).toLongLong()));
    }
}

} // namespace Scrutiny
