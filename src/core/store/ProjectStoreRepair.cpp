// SPDX-License-Identifier: GPL-3.0-or-later
// A repaired copy of a damaged project. VACUUM INTO first (a clean copy when
// every page can still be read); otherwise a salvage into a new project of the
// same schema: each table copied by rowid ranges, halving a range that hits an
// unreadable page until just the rows on that page are left out, then rows whose
// parent was lost dropped and the search index rebuilt. The damaged file is only
// ever opened read-only.
#include "ProjectStore.h"

#include "ProjectStore_p.h"
#include "Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace Scrutiny {

namespace {

/// One connection of its own, removed when it goes out of scope.
class ScratchConnection
{
public:
    ScratchConnection(const QString &path, const QString &options)
        : m_name(QStringLiteral("scrutiny-repair-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        if (!db.open())
            m_error = CheckedSql::describe(db.lastError());
    }
    ~ScratchConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ScratchConnection(const ScratchConnection &) = delete;
    ScratchConnection &operator=(const ScratchConnection &) = delete;
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    const QString &error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
};

/// What is wrong with the file, or empty; never throws: a copy too damaged for the
/// check itself to run is damaged, not a failure of the repair.
QString integrityProblem(const QSqlDatabase &db)
{
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA integrity_check(1)")))
        return check.lastError().text().simplified();
    if (!check.next())
        return QCoreApplication::translate("Scrutiny::ProjectStore", "the integrity check gave no answer");
    const QString result = check.value(0).toString();
    return result == QLatin1StringView("ok") ? QString() : result.simplified();
}

struct Salvage
{
    QSqlDatabase db;
    QString source; ///< URI of the damaged file, read-only
    qint64 copied = 0;
    qint64 skippedRanges = 0;
    int budget = 0; ///< statements left for this table before giving up on its unreadable rest

    /// Attaches the damaged file afresh: once SQLite has met a damaged page through an
    /// attachment, every later read through it fails, also of healthy tables.
    void reattach()
    {
        QSqlQuery(db).exec(QStringLiteral("DETACH DATABASE damaged"));
        CheckedSql::exec(db, QStringLiteral("ATTACH DATABASE ? AS damaged"), {source});
    }

    /// Copies every readable row of `table`.
    void copyTable(const QString &table)
    {
        reattach();
        budget = 2000;
        // The ends of the b-tree bound the search; when even they cannot be read, rowids
        // as this store writes them (from 1 up) are searched.
        qint64 low = 1;
        qint64 high = qint64(1) << 40;
        bool bounded = false;
        {
            QSqlQuery bounds(db);
            if (bounds.exec(QStringLiteral("SELECT min(rowid), max(rowid) FROM damaged.\"%1\"").arg(table))
                && bounds.next()) {
                if (bounds.value(0).isNull())
                    return; // empty
                low = bounds.value(0).toLongLong();
                high = bounds.value(1).toLongLong();
                bounded = true;
            }
        }
        if (!bounded) {
            // Each end on its own (a damaged page on one side leaves the other readable);
            // when neither can be read the table's root is gone and bisecting rowids up to
            // 2^40 would only spend the whole budget failing (fuzz_project_file found it).
            reattach();
            const auto end = [&](const char *order) -> std::optional<qint64> {
                std::optional<qint64> rowid;
                bool failed = false;
                {
                    QSqlQuery probe(db);
                    if (probe.exec(QStringLiteral("SELECT rowid FROM damaged.\"%1\" ORDER BY rowid %2 LIMIT 1")
                                       .arg(table, QLatin1StringView(order)))
                        && probe.next())
                        rowid = probe.value(0).toLongLong();
                    else if (probe.lastError().isValid())
                        failed = true;
                    else
                        rowid = 0; // readable and empty
                } // the statement is gone before the damaged file is attached again
                if (failed)
                    reattach();
                return rowid;
            };
            const std::optional<qint64> first = end("ASC");
            const std::optional<qint64> last = end("DESC");
            if (!first && !last) {
                ++skippedRanges;
                return;
            }
            if ((first && *first == 0) || (last && *last == 0))
                return; // empty
            if (first)
                low = *first;
            if (last)
                high = *last;
        }
        copy(table, low, high);
    }

    /// Copies rowids [low, high] of `table`, halving a range that fails.
    void copy(const QString &table, qint64 low, qint64 high)
    {
        if (low > high)
            return;
        if (budget <= 0) {
            ++skippedRanges;
            return;
        }
        --budget;
        {
            QSqlQuery insert(db);
            const QString sql = QStringLiteral("INSERT OR IGNORE INTO main.\"%1\" SELECT * FROM damaged.\"%1\" "
                                               "WHERE rowid BETWEEN ? AND ?")
                                    .arg(table);
            if (insert.prepare(sql)) {
                insert.addBindValue(low);
                insert.addBindValue(high);
                if (insert.exec()) {
                    copied += insert.numRowsAffected();
                    return;
                }
            }
        } // the statement is gone before the damaged file is attached again
        reattach();
        if (low == high) {
            ++skippedRanges;
            return;
        }
        const qint64 middle = low + (high - low) / 2; // ranges stay within [min rowid, max rowid]: no overflow
        copy(table, low, middle);
        copy(table, middle + 1, high);
    }
};

} // namespace

bool ProjectStore::makeRepairedCopy(const QString &target, QString *error, QString *summary) const
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!d->isOpen())
        return fail(QCoreApplication::translate("Scrutiny::ProjectStore", "no project is open"));
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() || targetInfo.isSymLink())
        return fail(QStringLiteral("%1: already exists; name a new file for the repaired copy")
                        .arg(QDir::toNativeSeparators(target)));
    if (targetInfo.absoluteFilePath() == QFileInfo(d->path).absoluteFilePath())
        return fail(QCoreApplication::translate(
            "Scrutiny::ProjectStore", "the repaired copy must be a new file, not the project itself"));

    // 1. VACUUM INTO reads every page: a clean copy when the damage is elsewhere (free pages, indexes).
    {
        QSqlQuery vacuum(d->db());
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(targetInfo.absoluteFilePath());
        if (vacuum.exec()) {
            ScratchConnection copy(target, QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (copy.error().isEmpty() && integrityProblem(copy.db()).isEmpty()) {
                if (summary)
                    *summary = QCoreApplication::translate(
                        "Scrutiny::ProjectStore", "every page could be read; the copy holds everything");
                return true;
            }
        }
        QFile::remove(target);
    }

    // 2. Salvage into a fresh project of the same schema.
    int version = 0;
    QStringList tables;
    try {
        version = Schema::version(d->db());
        QSqlQuery names = CheckedSql::exec(d->db(),
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                           "AND name NOT LIKE '%_fts%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY rootpage"));
        while (names.next())
            tables.append(names.value(0).toString());
    } catch (const StoreFailure &failure) {
        return fail(QCoreApplication::translate("Scrutiny::ProjectStore", "the project is too damaged to copy (%1)")
                        .arg(failure.message()));
    }
    if (version < 1 || version > Schema::currentVersion)
        return fail(
            QCoreApplication::translate("Scrutiny::ProjectStore", "the project's schema version (%1) cannot be read")
                .arg(version));

    Salvage salvage;
    QString problem;
    QString step;
    {
        ScratchConnection copy(target, QStringLiteral("QSQLITE_OPEN_URI"));
        if (!copy.error().isEmpty())
            return fail(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(target), copy.error()));
        salvage.db = copy.db();
        try {
            step = QStringLiteral("schema");
            Schema::migrate(salvage.db, version);
            CheckedSql::exec(salvage.db, QStringLiteral("PRAGMA foreign_keys = OFF"));
            // Rows are copied as they are: no triggers (search index, revision counters) while
            // copying; they come back after, and the search index is rebuilt from the rows.
            step = QStringLiteral("triggers");
            QList<std::pair<QString, QString>> triggers;
            {
                QSqlQuery saved = CheckedSql::exec(
                    salvage.db, QStringLiteral("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger'"));
                while (saved.next())
                    triggers.append({saved.value(0).toString(), saved.value(1).toString()});
            }
            for (const auto &[name, sql] : std::as_const(triggers))
                CheckedSql::exec(salvage.db, QStringLiteral("DROP TRIGGER main.\"%1\"").arg(name));
            step = QStringLiteral("copy");
            // A scratch file until it is checked: no need to sync every statement.
            CheckedSql::exec(salvage.db, QStringLiteral("PRAGMA synchronous = OFF"));
            salvage.source = QUrl::fromLocalFile(QFileInfo(d->path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                + QStringLiteral("?mode=ro");
            for (const QString &table : std::as_const(tables))
                salvage.copyTable(table);
            QSqlQuery(salvage.db).exec(QStringLiteral("DETACH DATABASE damaged"));
            // Rows whose parent row was on an unreadable page (a few passes: a removed row may orphan others).
            step = QStringLiteral("orphans");
            for (int pass = 0; pass < 4; ++pass) {
                QList<std::pair<QString, QVariant>> orphans;
                {
                    QSqlQuery check = CheckedSql::exec(salvage.db, QStringLiteral("PRAGMA main.foreign_key_check"));
                    while (check.next())
                        orphans.append({check.value(0).toString(), check.value(1)});
                }
                for (const auto &[table, rowid] : std::as_const(orphans))
                    CheckedSql::exec(
                        salvage.db, QStringLiteral("DELETE FROM main.\"%1\" WHERE rowid = ?").arg(table), {rowid});
                if (orphans.isEmpty())
                    break;
            }
            for (const auto &[name, sql] : std::as_const(triggers))
                CheckedSql::exec(salvage.db, sql);
            step = QStringLiteral("search index");
            if (version >= 3) {
                CheckedSql::exec(
                    salvage.db, QStringLiteral("INSERT INTO segments_fts(segments_fts) VALUES ('rebuild')"));
                CheckedSql::exec(salvage.db, QStringLiteral("INSERT INTO notes_fts(notes_fts) VALUES ('rebuild')"));
            }
            step = QStringLiteral("check");
            problem = integrityProblem(salvage.db);
        } catch (const StoreFailure &failure) {
            problem = failure.message();
        }
        salvage.db = QSqlDatabase();
    }
    if (!problem.isEmpty()) {
        QFile::remove(target);
        return fail(
            QCoreApplication::translate("Scrutiny::ProjectStore", "the repaired copy could not be made (%1: %2)")
                .arg(step, problem));
    }
    if (summary)
        *summary = salvage.skippedRanges == 0
            ? QStringLiteral("%1 rows copied").arg(salvage.copied)
            : QStringLiteral("%1 rows copied; rows on %2 unreadable places were left out")
                  .arg(salvage.copied)
                  .arg(salvage.skippedRanges);
    return true;
}

} // namespace Scrutiny
