// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search (FTS5, bm25-ranked) over segment text and notes.
#include "ProjectStore.h"

#include "FullTextQuery.h"
#include "ProjectStore_p.h"

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
        if (match.isEmpty())
            throw StoreFailure(QStringLiteral("nothing to search for in \"%1\"").arg(query));
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
                throw StoreFailure(QStringLiteral("no tag named \"%1\" in the project").arg(filter.tag.trimmed()));
            // The tag and every tag under it.
            tagScope = QStringLiteral("WITH RECURSIVE wanted(id) AS (SELECT id FROM tags WHERE name = ? COLLATE NOCASE "
                                      "UNION SELECT t.id FROM tags t JOIN wanted w ON t.parent_id = w.id) ");
            conditions.append(QStringLiteral("EXISTS (SELECT 1 FROM segment_tags st WHERE st.segment_id = s.id "
                                             "AND st.tag_id IN (SELECT id FROM wanted))"));
        }
        const QString where = conditions.isEmpty() ? QString() : QStringLiteral(" AND ") + conditions.join(u" AND ");
        const int limit = filter.limit > 0 ? filter.limit : 200;

        auto run = [&](const QString &sql, bool inNote) {
            const QString documentTable = inNote ? QStringLiteral("n") : QStringLiteral("s");
            QVariantList all;
            if (!tagScope.isEmpty())
                all.append(filter.tag.trimmed());
            all << open << close << ellipsis << match;
            all += binds;
            all.append(limit);
            QSqlQuery q
                = exec(d->db(), tagScope + sql.arg(QString(where).replace(QStringLiteral("%2"), documentTable)), all);
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
            run(QStringLiteral(
                    "SELECT s.document_id, s.id, s.kind, snippet(segments_fts, 0, ?, ?, ?, 24), bm25(segments_fts) "
                    "FROM segments_fts JOIN segments s ON s.id = segments_fts.rowid "
                    "WHERE segments_fts MATCH ?%1 ORDER BY bm25(segments_fts) LIMIT ?"),
                false);
            // Notes: on a segment they follow its filters; a document note only passes document filters.
            const bool segmentFiltersOnly = filter.kind || filter.side || !filter.tag.isEmpty();
            run(QStringLiteral(
                    "SELECT n.document_id, n.segment_id, s.kind, snippet(notes_fts, 0, ?, ?, ?, 24), bm25(notes_fts) "
                    "FROM notes_fts JOIN notes n ON n.id = notes_fts.rowid LEFT JOIN segments s ON s.id = n.segment_id "
                    "WHERE notes_fts MATCH ?%1 ")
                    + (segmentFiltersOnly ? QStringLiteral("AND n.segment_id IS NOT NULL ") : QString())
                    + QStringLiteral("ORDER BY bm25(notes_fts) LIMIT ?"),
                true);
        } catch (const StoreFailure &failure) {
            if (failure.message().contains(QLatin1StringView("fts5")))
                throw StoreFailure(QStringLiteral("cannot search for \"%1\": %2").arg(query, failure.message()));
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
