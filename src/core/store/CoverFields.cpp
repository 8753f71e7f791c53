// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoverFields.h"

#include "CheckedSql.h"
#include "Journal.h"
#include "ProjectStore.h"

#include <QDir>
#include <QJsonObject>
#include <QSqlQuery>

#include <functional>

namespace Scrutiny::CoverFields {

using CheckedSql::exec;

namespace {

/// The store's connection in this thread (ProjectStore names its connections "scrutiny-<uuid>").
QSqlDatabase connectionOf(const ProjectStore &store)
{
    if (!store.isOpen())
        return {};
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (!name.startsWith(QLatin1StringView("scrutiny-")))
            continue;
        const QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid() && db.isOpen() && db.databaseName() == store.path())
            return db;
    }
    return {};
}

void writeField(const QSqlDatabase &db, CoverDetails::Field field, const QString &value)
{
    const QString v = value.trimmed();
    if (v.size() > 500)
        throw StoreFailure(QStringLiteral("the %1 is too long (%2 characters; at most 500)")
                               .arg(CoverDetails::key(field))
                               .arg(v.size()));
    if (v.isEmpty())
        exec(db, QStringLiteral("DELETE FROM cover_fields WHERE key = ?"), {CoverDetails::key(field)});
    else
        exec(db,
            QStringLiteral("INSERT INTO cover_fields (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            {CoverDetails::key(field), v});
}

/// One transaction and one undoable journal entry around change.
bool record(ProjectStore &store, const QString &description, const QList<Journal::Scope> &scopes,
    const std::function<void(const QSqlDatabase &)> &change, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (store.isReadOnly())
        return fail(
            QStringLiteral("%1 is open read-only; nothing can be changed").arg(QDir::toNativeSeparators(store.path())));
    const QSqlDatabase db = connectionOf(store);
    if (!db.isValid())
        return fail(QStringLiteral("no project is open"));
    try {
        WriteTransaction transaction(db);
        Journal journal(db);
        const QJsonObject before = journal.capture(scopes);
        change(db);
        const QJsonObject after = journal.capture(scopes);
        journal.append(
            {store.author(), store.sessionId(), QStringLiteral("cover"), description, 0, before, after,
                Journal::UndoState::Done});
        transaction.commit();
    } catch (const StoreFailure &failure) {
        return fail(failure.message());
    }
    Q_EMIT store.undoStateChanged();
    return true;
}

} // namespace

CoverDetails read(const ProjectStore &store)
{
    CoverDetails details;
    const QSqlDatabase db = connectionOf(store);
    if (!db.isValid())
        return details;
    try {
        QSqlQuery q = exec(db, QStringLiteral("SELECT key, value FROM cover_fields"));
        while (q.next()) {
            if (const auto field = CoverDetails::fieldFromKey(q.value(0).toString()))
                details.setValue(*field, q.value(1).toString());
        }
    } catch (const StoreFailure &) {
        return {};
    }
    return details;
}

bool set(ProjectStore &store, CoverDetails::Field field, const QString &value, QString *error)
{
    const QString v = value.trimmed();
    return record(
        store,
        v.isEmpty() ? QStringLiteral("clear cover %1").arg(CoverDetails::key(field))
                    : QStringLiteral("cover %1: %2").arg(CoverDetails::key(field), v.left(60)),
        {{QStringLiteral("cover_fields"), QStringLiteral("key = ?"), {CoverDetails::key(field)}}},
        [&](const QSqlDatabase &db) { writeField(db, field, v); }, error);
}

bool setAll(ProjectStore &store, const CoverDetails &details, QString *error)
{
    return record(
        store, QStringLiteral("set the cover details"), {{QStringLiteral("cover_fields"), QStringLiteral("1 = 1"), {}}},
        [&](const QSqlDatabase &db) {
            for (CoverDetails::Field f : CoverDetails::fields())
                writeField(db, f, details.value(f));
        },
        error);
}

} // namespace Scrutiny::CoverFields
