// SPDX-License-Identifier: GPL-3.0-or-later
// The committee-pack cover details (cover_fields): edits like any other, one
// transaction and one journal entry of this store's author and session.
#include "ProjectStore_p.h"

#include <QCoreApplication>

namespace Scrutiny {

using CheckedSql::exec;

namespace {

void writeField(const QSqlDatabase &db, CoverDetails::Field field, const QString &value)
{
    const QString v = value.trimmed();
    if (v.size() > 500)
        throw StoreFailure(
            QCoreApplication::translate("Scrutiny::ProjectStore", "the %1 is too long (%2 characters; at most 500)")
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

} // namespace

CoverDetails ProjectStore::coverFields() const
{
    CoverDetails details;
    d->read(nullptr, [&] {
        QSqlQuery q = exec(d->db(), QStringLiteral("SELECT key, value FROM cover_fields"));
        while (q.next()) {
            if (const auto field = CoverDetails::fieldFromKey(q.value(0).toString()))
                details.setValue(*field, q.value(1).toString());
        }
    });
    return details;
}

bool ProjectStore::setCoverField(CoverDetails::Field field, const QString &value, QString *error)
{
    const QString v = value.trimmed();
    const bool ok = d->write(error, [&] {
        d->record(QStringLiteral("cover"),
            v.isEmpty() ? QStringLiteral("clear cover %1").arg(CoverDetails::key(field))
                        : QStringLiteral("cover %1: %2").arg(CoverDetails::key(field), v.left(60)),
            0, {{QStringLiteral("cover_fields"), QStringLiteral("key = ?"), {CoverDetails::key(field)}}},
            [&] { writeField(d->db(), field, v); });
    });
    if (ok)
        Q_EMIT undoStateChanged();
    return ok;
}

bool ProjectStore::setCoverFields(const CoverDetails &details, QString *error)
{
    const bool ok = d->write(error, [&] {
        d->record(QStringLiteral("cover"), QStringLiteral("set the cover details"), 0,
            {{QStringLiteral("cover_fields"), QStringLiteral("1 = 1"), {}}}, [&] {
                for (CoverDetails::Field f : CoverDetails::fields())
                    writeField(d->db(), f, details.value(f));
            });
    });
    if (ok)
        Q_EMIT undoStateChanged();
    return ok;
}

} // namespace Scrutiny
