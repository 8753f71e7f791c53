// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search (FTS5, bm25-ranked) over segment text and notes.
#include "ProjectStore.h"

#include "FullTextQuery.h"
#include "ProjectStore_p.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace Scrutiny {

using CheckedSql::exec;

QList<ProjectStore::SearchHit> ProjectStore::search(
    const QString &query, const SearchFilter &filter, QString *error) const
{
    QList<SearchHit> hits;
    const QString match = FullTextQuery::fromUserInput(query);
    const bool ok = d->read(error, [&] {
        const bool tagOnly = query.trimmed().isEmpty() && !filter.tag.trimmed().isEmpty();
        if (match.isEmpty() && !tagOnly)
            throw StoreFailure(
                QCoreApplication::translate("Scrutiny::ProjectStore", "nothing to search for in \"%1\"").arg(query));
        if (filter.documentId)
            d->requireDocument(filter.documentId);
        QStringList conditions;
        QVariantList binds;
        const QString open(QChar(0xE000));
        const QString close(QChar(0xE001));
        const QString ellipsis(QChar(0x2026));
        if (filter.documentId) {
            conditions.append(QStringLiteral("%2.document_id = ?"));
            binds.append(filter.documentId);
        }
        if (filter.kind) {
            conditions.append(QStringLiteral("s.kind = ?"));
            binds.append(sqlKind(*filter.kind));
        }
        if (filter.side) {
            conditions.append(QStringLiteral("s.side = ?"));
            binds.append(toString(*filter.side));
        }
        QString tagScope;
        if (!filter.tag.isEmpty()) {
            if (!CheckedSql::scalar(
                    d->db(), QStringLiteral("SELECT 1 FROM tags WHERE name = ? COLLATE NOCASE"), {filter.tag.trimmed()})
                     .isValid())
                throw StoreFailure(
                    QCoreApplication::translate("Scrutiny::ProjectStore", "no tag named \"%1\" in the project")
                        .arg(filter.tag.trimmed()));
            // The tag and every tag under it.
            tagScope = QStringLiteral("WITH RECURSIVE wanted(id) AS (SELECT id FROM tags WHERE name = ? COLLATE NOCASE "
                                      "UNION SELECT t.id FROM tags t JOIN wanted w ON t.parent_id = w.id) ");
            conditions.append(QStringLiteral("EXISTS (SELECT 1 FROM segment_tags st WHERE st.segment_id = s.id "
                                             "AND st.tag_id IN (SELECT id FROM wanted))"));
        }
        const QString where = conditions.isEmpty() ? QString() : QStringLiteral(" AND ") + conditions.join(u" AND ");
        const int limit = filter.limit > 0 ? filter.limit : 200;

        if (tagOnly) {
            // Code retrieval: every segment carrying the tag, in reading order.
            QVariantList all {filter.tag.trimmed()};
            all += binds;
            all.append(limit);
            QSqlQuery q = exec(d->db(),
                tagScope
                    + QStringLiteral("SELECT s.document_id, s.id, s.kind, s.text FROM segments s WHERE 1%1 "
                                     "ORDER BY s.document_id, s.start, s.id LIMIT ?")
                          .arg(QString(where).replace(QStringLiteral("%2"), QStringLiteral("s"))),
                all);
            while (q.next()) {
                SearchHit hit;
                hit.documentId = q.value(0).toLongLong();
                hit.segment = d->label(q.value(1).toLongLong());
                hit.kind = kindFromSql(q.value(2).toString());
                const QStringList words = q.value(3).toString().split(u' ', Qt::SkipEmptyParts);
                hit.snippet = words.mid(0, 24).join(u' ') + (words.size() > 24 ? ellipsis : QString());
                hits.append(hit);
            }
            return;
        }

        // Without filters FTS5 sorts by rank itself and makes snippets for the
        // best `limit` rows only. With filters the segments must be joined first,
        // so: rank every match that passes and keep the best ids, then make
        // snippets for those (SQLite would otherwise snippet every match before
        // sorting). `table` is the FTS table; `join` what it indexes, %R its rowid.
        auto run = [&](const QString &table, const QString &join, const QString &extra, bool inNote) {
            const QString documentTable = inNote ? QStringLiteral("n") : QStringLiteral("s");
            const QString filters = QString(where).replace(QStringLiteral("%2"), documentTable) + extra;
            const QString idColumn = inNote ? QStringLiteral("n.segment_id") : QStringLiteral("s.id");
            QString sql;
            QVariantList all;
            if (filters.isEmpty()) {
                sql = QStringLiteral(
                    "WITH best(id, snip, rank) AS (SELECT rowid, snippet(%1, 0, ?, ?, ?, 24), rank FROM %1 "
                    "WHERE %1 MATCH ? ORDER BY rank LIMIT ?) "
                    "SELECT %3.document_id, %4, s.kind, best.snip, best.rank FROM best %2 ORDER BY best.rank")
                          .arg(table, QString(join).replace(QStringLiteral("%R"), QStringLiteral("best.id")),
                              documentTable, idColumn);
                all << open << close << ellipsis << match << limit;
            } else {
                const QString joined = QString(join).replace(QStringLiteral("%R"), table + QStringLiteral(".rowid"));
                sql = (tagScope.isEmpty() ? QStringLiteral("WITH ") : tagScope + QStringLiteral(", "))
                    + QStringLiteral("best(id, rank) AS (SELECT %1.rowid, bm25(%1) FROM %1 %2 WHERE %1 MATCH ?%3 "
                                     "ORDER BY 2 LIMIT ?) "
                                     "SELECT %4.document_id, %5, s.kind, snippet(%1, 0, ?, ?, ?, 24), best.rank "
                                     "FROM %1 JOIN best ON best.id = %1.rowid %2 WHERE %1 MATCH ? ORDER BY best.rank")
                          .arg(table, joined, filters, documentTable, idColumn);
                if (!tagScope.isEmpty())
                    all.append(filter.tag.trimmed());
                all.append(match);
                all += binds;
                all << limit << open << close << ellipsis << match;
            }
            QSqlQuery q = exec(d->db(), sql, all);
            while (q.next()) {
                SearchHit hit;
                hit.documentId = q.value(0).toLongLong();
                hit.kind = kindFromSql(q.value(2).toString());
                hit.snippet = q.value(3).toString();
                hit.rank = q.value(4).toDouble();
                hit.inNote = inNote;
                hit.segment = q.value(1).isNull() ? QString() : d->label(q.value(1).toLongLong());
                hits.append(hit);
            }
        };
        try {
            run(QStringLiteral("segments_fts"), QStringLiteral("JOIN segments s ON s.id = %R"), {}, false);
            // Notes: on a segment they follow its filters; a document note only passes document filters.
            const bool segmentFiltersOnly = filter.kind || filter.side || !filter.tag.isEmpty();
            run(QStringLiteral("notes_fts"),
                QStringLiteral("JOIN notes n ON n.id = %R LEFT JOIN segments s ON s.id = n.segment_id"),
                segmentFiltersOnly ? QStringLiteral(" AND n.segment_id IS NOT NULL") : QString(), true);
        } catch (const StoreFailure &failure) {
            if (failure.message().contains(QLatin1StringView("fts5")))
                throw StoreFailure(QCoreApplication::translate("Scrutiny::ProjectStore", "cannot search for \"%1\": %2")
                                       .arg(query, failure.message()));
            throw;
        }
    });
    if (!ok)
        return {};
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) { return a.rank < b.rank; });
    if (hits.size() > filter.limit && filter.limit > 0)
        hits.resize(filter.limit);
    return hits;
}

} // namespace Scrutiny
