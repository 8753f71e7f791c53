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
        QSqlQuery segments
            = exec(db, QStringLiteral(R"(SELECT id, kind, side, start, "end", speaker_name, speaker_role, polarity
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

        readAnnotations(db, documentId, labels, &fresh);
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
