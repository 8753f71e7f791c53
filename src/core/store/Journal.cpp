// SPDX-License-Identifier: GPL-3.0-or-later
#include "Journal.h"

#include "CheckedSql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Scrutiny {

using CheckedSql::exec;

namespace {

// Parents before children: inserts run in this order, deletes in reverse.
const QStringList &tableOrder()
{
    static const QStringList order {QStringLiteral("tags"), QStringLiteral("segments"), QStringLiteral("segment_tags"),
        QStringLiteral("links"), QStringLiteral("notes"), QStringLiteral("plan_items"),
        QStringLiteral("rejected_suggestions"), QStringLiteral("follow_ups"), QStringLiteral("progress_links")};
    return order;
}

bool isIdentifier(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_]+$"));
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
    if (entry.state == UndoState::Done || entry.state == UndoState::Barrier)
        exec(m_db, QStringLiteral("UPDATE journal SET undo_state = 3 WHERE undo_state = 2"));
    QSqlQuery insert = exec(m_db,
        QStringLiteral("INSERT INTO journal (at, who, action, description, document_id, before, after, "
                       "undo_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {QDateTime::currentMSecsSinceEpoch(), entry.who, entry.action, entry.description, entry.documentId,
            QString::fromUtf8(QJsonDocument(entry.before).toJson(QJsonDocument::Compact)),
            QString::fromUtf8(QJsonDocument(entry.after).toJson(QJsonDocument::Compact)), int(entry.state)});
    return insert.lastInsertId().toLongLong();
}

qint64 Journal::barrier() const
{
    return CheckedSql::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM journal WHERE undo_state = 4"))
        .toLongLong();
}

qint64 Journal::undoable() const
{
    return CheckedSql::scalar(m_db,
        QStringLiteral("SELECT id FROM journal WHERE undo_state = 1 AND id > ? ORDER BY id DESC LIMIT 1"), {barrier()})
        .toLongLong();
}

qint64 Journal::redoable() const
{
    return CheckedSql::scalar(m_db,
        QStringLiteral("SELECT id FROM journal WHERE undo_state = 2 AND id > ? ORDER BY id ASC LIMIT 1"), {barrier()})
        .toLongLong();
}

QString Journal::description(qint64 id) const
{
    return CheckedSql::scalar(m_db, QStringLiteral("SELECT description FROM journal WHERE id = ?"), {id}).toString();
}

qint64 Journal::undo(qint64 id, const QString &who)
{
    QSqlQuery q
        = exec(m_db, QStringLiteral("SELECT before, after, description, document_id FROM journal WHERE id = ?"), {id});
    if (!q.next())
        throw StoreFailure(QStringLiteral("nothing to undo"));
    const QJsonObject before = parseImage(q.value(0).toString());
    const QJsonObject after = parseImage(q.value(1).toString());
    const QString description = q.value(2).toString();
    const qint64 documentId = q.value(3).toLongLong();
    apply(after, before);
    exec(m_db, QStringLiteral("UPDATE journal SET undo_state = 2 WHERE id = ?"), {id});
    append({who, QStringLiteral("undo"), QStringLiteral("undo: %1").arg(description), documentId, after, before,
        UndoState::None});
    return documentId;
}

qint64 Journal::redo(qint64 id, const QString &who)
{
    QSqlQuery q
        = exec(m_db, QStringLiteral("SELECT before, after, description, document_id FROM journal WHERE id = ?"), {id});
    if (!q.next())
        throw StoreFailure(QStringLiteral("nothing to redo"));
    const QJsonObject before = parseImage(q.value(0).toString());
    const QJsonObject after = parseImage(q.value(1).toString());
    const QString description = q.value(2).toString();
    const qint64 documentId = q.value(3).toLongLong();
    apply(before, after);
    exec(m_db, QStringLiteral("UPDATE journal SET undo_state = 1 WHERE id = ?"), {id});
    append({who, QStringLiteral("redo"), QStringLiteral("redo: %1").arg(description), documentId, before, after,
        UndoState::None});
    return documentId;
}

void Journal::apply(const QJsonObject &current, const QJsonObject &target)
{
    const auto changed = [](const QString &table, qint64 id) {
        return StoreFailure(
            QStringLiteral("cannot undo or redo: the report has changed since (%1 row %2)").arg(table).arg(id));
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
                throw StoreFailure(QStringLiteral("the journal holds a damaged entry"));
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

    // Inserts parents first, then updates (which may point rows at the inserted
    // ones), then deletes children first, so no cascade removes a row still needed.
    for (const Plan &p : std::as_const(plans)) {
        for (auto it = p.target.cbegin(); it != p.target.cend(); ++it) {
            if (!p.current.contains(it.key())) {
                if (CheckedSql::scalar(m_db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(p.table), {it.key()})
                        .isValid())
                    throw changed(p.table, it.key());
                writeRow(p.table, it.value(), true);
            }
        }
    }
    for (const Plan &p : std::as_const(plans)) {
        for (auto it = p.target.cbegin(); it != p.target.cend(); ++it) {
            if (p.current.contains(it.key()) && writeRow(p.table, it.value(), false) != 1)
                throw changed(p.table, it.key());
        }
    }
    for (auto plan = plans.crbegin(); plan != plans.crend(); ++plan) {
        for (auto it = plan->current.cbegin(); it != plan->current.cend(); ++it) {
            if (!plan->target.contains(it.key())
                && exec(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(plan->table), {it.key()})
                        .numRowsAffected()
                    != 1)
                throw changed(plan->table, it.key());
        }
    }
}

} // namespace Scrutiny
