// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <exception>

namespace Scrutiny {

/// Thrown inside the store when a statement fails; caught at the public API,
/// which rolls the transaction back and reports `message` as the one-line error.
class StoreFailure : public std::exception
{
public:
    /// Where a failure came from: the store's own rules ("no segment F9"), the
    /// database (disk full, locked), or a damaged database file.
    enum class Source { Store, Database, Damage };

    explicit StoreFailure(QString message, Source source = Source::Store)
        : m_message(std::move(message))
        , m_source(source)
    {
    }
    const QString &message() const { return m_message; }
    Source source() const { return m_source; }
    const char *what() const noexcept override { return "Scrutiny::StoreFailure"; }

private:
    QString m_message;
    Source m_source = Source::Store;
};

namespace CheckedSql {

/// Prepares and runs sql with positional binds; throws StoreFailure on any error.
QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
/// Runs an already prepared query with these binds; throws on error.
void exec(QSqlQuery &query, const QVariantList &binds = {});
/// The first column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
/// "x IN " + inIds(): the ids bound as one JSON array (ids()). A "?" per id
/// costs n² before the statement runs: Qt hands SQLite the marks as named
/// parameters (:0, :1, …) and SQLite looks each new name up among those before
/// it (tagging 16,000 segments took seconds in the journal's capture alone), and
/// past 32,766 marks the statement fails.
QString inIds();
/// The bind for inIds(): "[1,2,3]".
QString ids(const QVariantList &ids);
/// One line for the user: "in use by another program" for busy/locked, else the driver's text.
QString describe(const QSqlError &error);
/// True when the error is SQLITE_BUSY / SQLITE_LOCKED.
bool isBusy(const QSqlError &error);
/// True when the error says the file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB).
bool isDamage(const QSqlError &error);
/// The StoreFailure for a driver error, its source told apart.
StoreFailure failure(const QSqlError &error);

} // namespace CheckedSql

/// BEGIN IMMEDIATE ... COMMIT, rolled back by the destructor unless committed.
/// Immediate, so a second writer waits on the busy timeout up front instead of
/// failing half-way when it upgrades a read lock.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;
    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace Scrutiny
