// SPDX-License-Identifier: GPL-3.0-or-later
// Re-reading only the annotations of a report the caller already holds, so the
// reader can follow a tag or a link in a long report without re-reading its text
// or its segments.
#include "ProjectStore_p.h"

#include <QCoreApplication>

namespace Scrutiny {

using CheckedSql::scalar;

bool ProjectStore::refreshAnnotations(AnnotatedReport *report, QString *error) const
{
    const qint64 documentId = report->documentId;
    bool segmentsChanged = false;
    AnnotatedReport fresh;
    const bool ok = d->read(error, [&] {
        const QSqlDatabase db = d->db();
        // The triggers count every change to the report's segments (kind change,
        // split, merge, edit, undo of those, another process's edits).
        const QVariant revision = scalar(db,
            QStringLiteral(
                "SELECT coalesce((SELECT r.revision FROM segment_revisions r WHERE r.document_id = d.id), 0) "
                "FROM documents d WHERE d.id = ?"),
            {documentId});
        if (!revision.isValid())
            throw StoreFailure(
                QCoreApplication::translate("Scrutiny::ProjectStore", "no document %1 in the project").arg(documentId));
        const QList<Segment> &held = report->report.segments;
        segmentsChanged
            = revision.toLongLong() != report->segmentsRevision || report->segmentRows.size() != held.size();
        if (segmentsChanged)
            return;
        QHash<qint64, QString> labels;
        labels.reserve(held.size());
        for (qsizetype i = 0; i < held.size(); ++i)
            labels.insert(report->segmentRows.at(i), held.at(i).id);
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
    report->planHistory = std::move(fresh.planHistory);
    return true;
}

} // namespace Scrutiny
