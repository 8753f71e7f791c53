// SPDX-License-Identifier: GPL-3.0-or-later
// Re-reading only the annotations of a report the caller already holds, so the
// reader can follow a tag or a link in a long report without re-reading its text.
#include "ProjectStore_p.h"

#include <QTimeZone>

namespace Scrutiny {

using CheckedSql::exec;

bool ProjectStore::refreshAnnotations(AnnotatedReport *report, QString *error) const
{
    const qint64 documentId = report->documentId;
    bool segmentsChanged = false;
    AnnotatedReport fresh;
    const bool ok = d->read(error, [&] {
        const QSqlDatabase db = d->db();
        // The segments without their text: if kinds, ranges, sides or speakers
        // moved (kind change, split, merge, speaker fix), fall back to a full read.
        QHash<qint64, QString> labels;
        SegmentLabeller labeller;
        QSqlQuery segments = exec(db,
            QStringLiteral(R"(SELECT id, kind, side, start, "end", speaker_name, speaker_role, polarity
                              FROM segments WHERE document_id = ? ORDER BY start, id)"),
            {documentId});
        const QList<Segment> &held = report->report.segments;
        qsizetype i = 0;
        while (segments.next()) {
            const SegmentKind kind = kindFromSql(segments.value(1).toString());
            const QString label = labeller.next(kind);
            labels.insert(segments.value(0).toLongLong(), label);
            if (segmentsChanged)
                continue;
            if (i >= held.size()) {
                segmentsChanged = true;
                continue;
            }
            const Segment &s = held.at(i++);
            segmentsChanged = s.id != label || s.kind != kind
                || s.side != sideFromString(segments.value(2).toString()).value_or(Side::Review)
                || s.start != segments.value(3).toLongLong() || s.end != segments.value(4).toLongLong()
                || s.speakerName != segments.value(5).toString() || s.speakerRole != segments.value(6).toString()
                || s.polarity != polarityFromString(segments.value(7).toString()).value_or(Polarity::None);
        }
        if (i != held.size())
            segmentsChanged = true;
        if (segmentsChanged)
            return;

        QSqlQuery tags = exec(db, QStringLiteral(R"(
            WITH RECURSIVE used(id) AS (
                SELECT st.tag_id FROM segment_tags st JOIN segments s ON s.id = st.segment_id WHERE s.document_id = ?
                UNION SELECT t.parent_id FROM tags t JOIN used ON t.id = used.id WHERE t.parent_id IS NOT NULL)
            SELECT id, name, colour, description, coalesce(parent_id, 0) FROM tags WHERE id IN (SELECT id FROM used)
            ORDER BY name COLLATE NOCASE)"),
            {documentId});
        while (tags.next())
            fresh.tags.append(Tag {tags.value(0).toLongLong(), tags.value(1).toString(), QColor(tags.value(2).toString()),
                tags.value(3).toString(), tags.value(4).toLongLong()});
        QSqlQuery segmentTags = exec(db,
            QStringLiteral("SELECT st.segment_id, st.tag_id FROM segment_tags st JOIN segments s "
                           "ON s.id = st.segment_id WHERE s.document_id = ? ORDER BY st.id"),
            {documentId});
        while (segmentTags.next())
            fresh.segmentTags[labels.value(segmentTags.value(0).toLongLong())].append(segmentTags.value(1).toLongLong());
        QSqlQuery links = exec(db,
            QStringLiteral("SELECT id, from_segment, to_segment, type, note, author, created FROM links "
                           "WHERE document_id = ? ORDER BY id"),
            {documentId});
        while (links.next())
            fresh.links.append(Link {links.value(0).toLongLong(), labels.value(links.value(1).toLongLong()),
                labels.value(links.value(2).toLongLong()),
                linkTypeFromString(links.value(3).toString()).value_or(LinkType::Addresses), links.value(4).toString(),
                links.value(5).toString(), QDateTime::fromMSecsSinceEpoch(links.value(6).toLongLong(), QTimeZone::UTC)});
        QSqlQuery notes = exec(db,
            QStringLiteral("SELECT id, segment_id, markdown, modified FROM notes WHERE document_id = ? "
                           "ORDER BY segment_id IS NOT NULL, id"),
            {documentId});
        while (notes.next())
            fresh.notes.append(Note {notes.value(0).toLongLong(),
                notes.value(1).isNull() ? QString() : labels.value(notes.value(1).toLongLong()), notes.value(2).toString(),
                QDateTime::fromMSecsSinceEpoch(notes.value(3).toLongLong(), QTimeZone::UTC)});
        QSqlQuery plan = exec(db,
            QStringLiteral("SELECT p.segment_id, p.owner, p.due, p.status, p.evidence FROM plan_items p "
                           "JOIN segments s ON s.id = p.segment_id WHERE s.document_id = ? ORDER BY s.start, s.id"),
            {documentId});
        while (plan.next())
            fresh.plan.append(PlanItem {labels.value(plan.value(0).toLongLong()), plan.value(1).toString(),
                QDate::fromString(plan.value(2).toString(), Qt::ISODate),
                planStatusFromString(plan.value(3).toString()).value_or(PlanStatus::NotStarted),
                plan.value(4).toString()});
    });
    if (!ok)
        return false;
    if (segmentsChanged) {
        std::optional<AnnotatedReport> full = annotatedReport(documentId, error);
        if (!full)
            return false;
        *report = std::move(*full);
        return true;
    }
    report->tags = std::move(fresh.tags);
    report->segmentTags = std::move(fresh.segmentTags);
    report->links = std::move(fresh.links);
    report->notes = std::move(fresh.notes);
    report->plan = std::move(fresh.plan);
    return true;
}

} // namespace Scrutiny
