// SPDX-License-Identifier: GPL-3.0-or-later
// Fixing the importer's mistakes: a segment's kind, side and speaker; split; merge.
#include "ProjectStore.h"

#include "ProjectStore_p.h"
#include "RemovedDocuments.h"
#include "TextAnchor.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Scrutiny {

using CheckedSql::exec;
using CheckedSql::scalar;

namespace {
struct SegmentRow
{
    qint64 id = 0;
    qsizetype start = 0;
    qsizetype end = 0;
};

SegmentRow segmentRow(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q = exec(db, QStringLiteral(R"(SELECT id, start, "end" FROM segments WHERE id = ?)"), {id});
    if (!q.next())
        throw StoreFailure(QCoreApplication::translate("Scrutiny::ProjectStore", "segment row %1 is gone").arg(id));
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

QString documentText(const QSqlDatabase &db, qint64 documentId)
{
    return scalar(db, QStringLiteral("SELECT text FROM documents WHERE id = ?"), {documentId}).toString();
}

void setRange(const QSqlDatabase &db, const QString &text, qint64 id, qsizetype start, qsizetype end)
{
    const TextAnchor anchor = TextAnchor::around(text, start, end);
    exec(db,
        QStringLiteral(
            R"(UPDATE segments SET start = ?, "end" = ?, text = ?, anchor_prefix = ?, anchor_suffix = ? WHERE id = ?)"),
        {qint64(start), qint64(end), anchor.exact, anchor.prefix, anchor.suffix, id});
}
} // namespace

bool ProjectStore::updateSegment(qint64 documentId, const QString &segment, SegmentKind kind, Side side,
    const QString &speakerName, const QString &speakerRole, QString *error)
{
    const bool ok = d->write(error, [&] {
        const StoredSegment s = d->segment(documentId, segment);
        QString description = s.kind == kind ? QStringLiteral("edit %1").arg(s.label)
                                             : QStringLiteral("make %1 a %2").arg(s.label, displayName(kind).toLower());
        d->record(QStringLiteral("segment"), description, documentId,
            {{QStringLiteral("segments"), QStringLiteral("id = ?"), {s.id}}}, [&] {
                exec(d->db(),
                    QStringLiteral("UPDATE segments SET kind = ?, side = ?, speaker_name = ?, speaker_role = ?, "
                                   "reviewed = 1, "
                                   "polarity = CASE WHEN ? = 'finding' AND polarity IN ('', 'none') THEN 'mixed' ELSE "
                                   "polarity END "
                                   "WHERE id = ?"),
                    {sqlKind(kind), toString(side), speakerName, speakerRole, sqlKind(kind), s.id});
            });
    });
    if (ok) {
        Q_EMIT annotationsChanged(documentId);
        Q_EMIT undoStateChanged();
    }
    return ok;
}

bool ProjectStore::acceptSegments(qint64 documentId, const QStringList &segments, QString *error)
{
    const bool ok = d->write(error, [&] {
        QVariantList rows;
        QStringList labels;
        for (const QString &label : segments) {
            const StoredSegment s = d->segment(documentId, label);
            if (!rows.contains(s.id)) {
                rows.append(s.id);
                labels.append(s.label);
            }
        }
        if (rows.isEmpty())
            throw StoreFailure(QCoreApplication::translate("Scrutiny::ProjectStore", "no segment to accept"));
        const QString where = QStringLiteral("id IN ") + CheckedSql::inIds();
        const QVariantList binds {CheckedSql::ids(rows)};
        d->record(QStringLiteral("segment"), QStringLiteral("accept %1").arg(labels.join(QStringLiteral(", "))),
            documentId, {{QStringLiteral("segments"), where, binds}},
            [&] { exec(d->db(), QStringLiteral("UPDATE segments SET reviewed = 1 WHERE ") + where, binds); });
    });
    if (ok) {
        Q_EMIT annotationsChanged(documentId);
        Q_EMIT undoStateChanged();
    }
    return ok;
}

bool ProjectStore::splitSegment(qint64 documentId, const QString &segment, qsizetype offset, QString *error)
{
    const bool ok = d->write(error, [&] {
        const StoredSegment s = d->segment(documentId, segment);
        const SegmentRow row = segmentRow(d->db(), s.id);
        const QString text = documentText(d->db(), documentId);
        if (offset <= 0 || offset >= row.end - row.start)
            throw StoreFailure(QStringLiteral("%1 can only be split inside its text (offset 1 to %2)")
                                   .arg(s.label)
                                   .arg(row.end - row.start - 1));
        // Whitespace at the cut belongs to neither part.
        qsizetype firstEnd = row.start + offset;
        while (firstEnd > row.start && text.at(firstEnd - 1).isSpace())
            --firstEnd;
        qsizetype secondStart = row.start + offset;
        while (secondStart < row.end && text.at(secondStart).isSpace())
            ++secondStart;
        if (firstEnd == row.start || secondStart == row.end)
            throw StoreFailure(
                QCoreApplication::translate("Scrutiny::ProjectStore", "splitting %1 there would leave an empty part")
                    .arg(s.label));
        d->record(QStringLiteral("split"), QStringLiteral("split %1").arg(s.label), documentId,
            {{QStringLiteral("segments"), QStringLiteral(R"(document_id = ? AND start >= ? AND "end" <= ?)"),
                {documentId, qint64(row.start), qint64(row.end)}}},
            [&] {
                setRange(d->db(), text, s.id, row.start, firstEnd);
                const TextAnchor anchor = TextAnchor::around(text, secondStart, row.end);
                exec(d->db(),
                    QStringLiteral(
                        R"(INSERT INTO segments (id, document_id, kind, side, start, "end", text, speaker_name,
                                                      speaker_role, polarity, page, anchor_prefix, anchor_suffix,
                                                      confidence, reason, reviewed)
                                                      SELECT ?, document_id, kind, side, ?, ?, ?, speaker_name, speaker_role, polarity,
                                                      page, ?, ?, confidence, reason, reviewed FROM segments WHERE id = ?)"),
                    {RemovedDocuments::nextSegmentId(d->db()), qint64(secondStart), qint64(row.end), anchor.exact,
                        anchor.prefix, anchor.suffix, s.id});
            });
    });
    if (ok) {
        Q_EMIT annotationsChanged(documentId);
        Q_EMIT undoStateChanged();
    }
    return ok;
}

bool ProjectStore::mergeSegments(qint64 documentId, const QString &first, QString *error)
{
    const bool ok = d->write(error, [&] {
        const StoredSegment s = d->segment(documentId, first);
        const SegmentRow a = segmentRow(d->db(), s.id);
        QSqlQuery next = exec(d->db(),
            QStringLiteral("SELECT id FROM segments WHERE document_id = ? AND (start > ? OR (start = ? AND id > ?)) "
                           "ORDER BY start, id LIMIT 1"),
            {documentId, qint64(a.start), qint64(a.start), a.id});
        if (!next.next())
            throw StoreFailure(
                QStringLiteral("%1 is the last segment; there is nothing after it to merge with").arg(s.label));
        const SegmentRow b = segmentRow(d->db(), next.value(0).toLongLong());
        const QString secondLabel = d->label(b.id);
        const QString text = documentText(d->db(), documentId);
        const QVariantList ab {a.id, b.id};
        const QVariantList abab {a.id, b.id, a.id, b.id};
        d->record(QStringLiteral("merge"), QStringLiteral("merge %1 with %2").arg(s.label, secondLabel), documentId,
            {{QStringLiteral("segments"), QStringLiteral("id IN (?, ?)"), ab},
                {QStringLiteral("segment_tags"), QStringLiteral("segment_id IN (?, ?)"), ab},
                {QStringLiteral("links"), QStringLiteral("from_segment IN (?, ?) OR to_segment IN (?, ?)"), abab},
                {QStringLiteral("notes"), QStringLiteral("segment_id IN (?, ?)"), ab},
                {QStringLiteral("plan_items"), QStringLiteral("segment_id IN (?, ?)"), ab},
                {QStringLiteral("rejected_suggestions"),
                    QStringLiteral("from_segment IN (?, ?) OR to_segment IN (?, ?)"), abab}},
            [&] {
                const QSqlDatabase db = d->db();
                const QVariantList ba {a.id, b.id};
                exec(db, QStringLiteral("UPDATE OR IGNORE segment_tags SET segment_id = ? WHERE segment_id = ?"), ba);
                // A link between the two parts has nowhere to go: keep its note on the merged segment.
                QSqlQuery inner = exec(db,
                    QStringLiteral("SELECT type, note FROM links WHERE (from_segment = ? AND to_segment = ?) "
                                   "OR (from_segment = ? AND to_segment = ?)"),
                    {a.id, b.id, b.id, a.id});
                QStringList innerNotes;
                while (inner.next()) {
                    if (!inner.value(1).toString().isEmpty())
                        innerNotes.append(inner.value(1).toString());
                }
                exec(db,
                    QStringLiteral("DELETE FROM links WHERE (from_segment = ? AND to_segment = ?) OR (from_segment = ? "
                                   "AND to_segment = ?)"),
                    {a.id, b.id, b.id, a.id});
                exec(db, QStringLiteral("UPDATE OR IGNORE links SET from_segment = ? WHERE from_segment = ?"), ba);
                exec(db, QStringLiteral("UPDATE OR IGNORE links SET to_segment = ? WHERE to_segment = ?"), ba);
                exec(db,
                    QStringLiteral("UPDATE OR IGNORE rejected_suggestions SET from_segment = ? WHERE from_segment = ?"),
                    ba);
                exec(db,
                    QStringLiteral("UPDATE OR IGNORE rejected_suggestions SET to_segment = ? WHERE to_segment = ?"),
                    ba);
                // Notes: both kept, one after the other.
                QString secondNote
                    = scalar(db, QStringLiteral("SELECT markdown FROM notes WHERE segment_id = ?"), {b.id}).toString();
                for (const QString &n : std::as_const(innerNotes))
                    secondNote += (secondNote.isEmpty() ? QString() : QStringLiteral("\n\n")) + n;
                const QVariant firstNote
                    = scalar(db, QStringLiteral("SELECT id FROM notes WHERE segment_id = ?"), {a.id});
                if (!secondNote.isEmpty()) {
                    if (firstNote.isValid())
                        exec(db, QStringLiteral("UPDATE notes SET markdown = markdown || ? WHERE id = ?"),
                            {QString(QStringLiteral("\n\n") + secondNote), firstNote});
                    else
                        exec(db,
                            QStringLiteral(
                                "INSERT INTO notes (document_id, segment_id, markdown, modified) VALUES (?, ?, ?, ?)"),
                            {documentId, a.id, secondNote, QDateTime::currentMSecsSinceEpoch()});
                }
                // Plan: a priority may have several actions, so the second's join the first's.
                exec(db, QStringLiteral("UPDATE plan_items SET segment_id = ? WHERE segment_id = ?"), ba);
                setRange(db, text, a.id, a.start, b.end);
                exec(db, QStringLiteral("DELETE FROM segments WHERE id = ?"), {b.id});
            });
    });
    if (ok) {
        Q_EMIT annotationsChanged(documentId);
        Q_EMIT undoStateChanged();
    }
    return ok;
}

} // namespace Scrutiny
