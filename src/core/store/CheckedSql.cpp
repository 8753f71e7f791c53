// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckedSql.h"

#include <QSqlError>

namespace Scrutiny {

namespace CheckedSql {

bool isBusy(const QSqlError &error)
{
    // SQLite primary codes 5 (BUSY) and 6 (LOCKED); extended codes keep the low byte.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 5 || (code & 0xff) == 6);
}

bool isDamage(const QSqlError &error)
{
    // SQLite primary codes 11 (CORRUPT) and 26 (NOTADB).
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 11 || (code & 0xff) == 26);
}

StoreFailure failure(const QSqlError &error)
{
    return StoreFailure(
        describe(error), isDamage(error) ? StoreFailure::Source::Damage : StoreFailure::Source::Database);
}

QString describe(const QSqlError &error)
{
    if (isBusy(error))
        return QStringLiteral(
            "the project is in use by another program (it stayed locked); try again when it has finished");
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    return text.simplified();
}

void exec(QSqlQuery &query, const QVariantList &binds)
{
    // A null QString would bind as SQL NULL; the store's text columns mean "empty".
    // Intended NULLs are passed as an invalid QVariant.
    static const QString empty(u"");
    for (qsizetype i = 0; i < binds.size(); ++i) {
        const QVariant &value = binds.at(i);
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(int(i), nullText ? QVariant(empty) : value);
    }
    if (!query.exec())
        throw failure(query.lastError());
}

QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        throw failure(query.lastError());
    exec(query, binds);
    return query;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery query = exec(db, sql, binds);
    return query.next() ? query.value(0) : QVariant();
}

QString inIds()
{
    return QStringLiteral("(SELECT value FROM json_each(?))");
}

QString ids(const QVariantList &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const QVariant &id : ids)
        numbers.append(QString::number(id.toLongLong()));
    return QLatin1Char('[') + numbers.join(QLatin1Char(',')) + QLatin1Char(']');
}

} // namespace CheckedSql

WriteTransaction::WriteTransaction(const QSqlDatabase &db)
    : m_db(db)
{
    CheckedSql::exec(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_open = true;
    // Row images restored by undo may arrive children-first; check at COMMIT.
    CheckedSql::exec(m_db, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
}

WriteTransaction::~WriteTransaction()
{
    if (m_open) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

void WriteTransaction::commit()
{
    CheckedSql::exec(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace Scrutiny
