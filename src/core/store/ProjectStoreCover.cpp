// SPDX-License-Identifier: GPL-3.0-or-later
// The cover details of the project's committee packs (table cover_fields).
#include "ProjectStore_p.h"

namespace Scrutiny {

using namespace CheckedSql;

CoverDetails ProjectStore::coverDetails() const
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

namespace {
void writeField(ProjectStore::Private *d, CoverDetails::Field field, const QString &value)
{
    const QString v = value.trimmed();
    if (v.size() > 500)
        throw StoreFailure(QStringLiteral("the %1 is too long (%2 characters; at most 500)")
                               .arg(CoverDetails::label(field).toLower())
                               .arg(v.size()));
    if (v.isEmpty())
        exec(d->db(), QStringLiteral("DELETE FROM cover_fields WHERE key = ?"), {CoverDetails::key(field)});
    else
        exec(d->db(),
            QStringLiteral("INSERT INTO cover_fields (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            {CoverDetails::key(field), v});
}
} // namespace

bool ProjectStore::setCoverField(CoverDetails::Field field, const QString &value, QString *error)
{
    const bool ok = d->write(error, [&] {
        const QString v = value.trimmed();
        d->record(QStringLiteral("cover"),
            v.isEmpty() ? QStringLiteral("clear cover %1").arg(CoverDetails::key(field))
                        : QStringLiteral("cover %1: %2").arg(CoverDetails::key(field), v.left(60)),
            0, {{QStringLiteral("cover_fields"), QStringLiteral("key = ?"), {CoverDetails::key(field)}}},
            [&] { writeField(d.get(), field, v); });
    });
    if (ok)
        Q_EMIT undoStateChanged();
    return ok;
}

bool ProjectStore::setCoverDetails(const CoverDetails &details, QString *error)
{
    const bool ok = d->write(error, [&] {
        d->record(QStringLiteral("cover"), QStringLiteral("set the cover details"), 0,
            {{QStringLiteral("cover_fields"), QStringLiteral("1 = 1"), {}}}, [&] {
                for (CoverDetails::Field f : CoverDetails::fields())
                    writeField(d.get(), f, details.value(f));
            });
    });
    if (ok)
        Q_EMIT undoStateChanged();
    return ok;
}

} // namespace Scrutiny
