// SPDX-License-Identifier: GPL-3.0-or-later
// Every row of a project's annotation tables and journal as text, read through a
// connection of its own: two dumps are equal exactly when nothing was committed.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>

namespace Scrutiny::StoreDump {

inline QString dump(const QString &path)
{
    QString out;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return QStringLiteral("cannot open %1").arg(path);
        for (const char *table :
            {"tags", "segment_tags", "links", "notes", "plan_items", "rejected_suggestions", "segments", "journal"}) {
            out += QLatin1StringView(table) + QLatin1Char('\n');
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1StringView(table))))
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

} // namespace Scrutiny::StoreDump
