// SPDX-License-Identifier: GPL-3.0-or-later
// Every row of a project's annotation tables and journal as text, read through a
// connection of its own: two dumps are equal exactly when nothing was committed.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>

#include <utility>

namespace Scrutiny::StoreDump {

/// Every row of `tables` (name, ordering column), in that order.
inline QString dumpTables(const QString &path, const QList<std::pair<const char *, const char *>> &tables)
{
    QString out;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return QStringLiteral("cannot open %1").arg(path);
        for (const auto &[table, key] : tables) {
            out += QLatin1StringView(table) + QLatin1Char('\n');
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                            .arg(QLatin1StringView(table), QLatin1StringView(key))))
                return QStringLiteral("cannot read %1").arg(QLatin1StringView(table));
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < q.record().count(); ++i)
                    values.append(q.value(i).toString());
                out += values.join(QLatin1Char('|')) + QLatin1Char('\n');
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

/// The annotation tables and the journal.
inline QString dump(const QString &path)
{
    return dumpTables(path,
        {{"tags", "id"}, {"segment_tags", "id"}, {"links", "id"}, {"notes", "id"}, {"plan_items", "id"},
            {"rejected_suggestions", "id"}, {"segments", "id"}, {"journal", "id"}});
}

} // namespace Scrutiny::StoreDump
