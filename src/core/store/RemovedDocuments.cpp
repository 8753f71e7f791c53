// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemovedDocuments.h"

#include "CheckedSql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

namespace Scrutiny::RemovedDocuments {

using CheckedSql::exec;
using CheckedSql::scalar;

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("Scrutiny::Journal", text);
}
} // namespace

QString action()
{
    return QStringLiteral("remove document");
}

QList<Journal::Scope> scopes(const QSqlDatabase &db, qint64 documentId)
{
    const QString segments = QStringLiteral("(SELECT id FROM segments WHERE document_id = %1)").arg(documentId);
    const QString inDocument = QStringLiteral("document_id = %1").arg(documentId);
    QVariantList followUps;
    QSqlQuery q = exec(db, QStringLiteral("SELECT id FROM follow_ups WHERE document_id = ? OR follows_id = ?"),
        {documentId, documentId});
    while (q.next())
        followUps.append(q.value(0));
    return {
        {QStringLiteral("documents"), QStringLiteral("id = ?"), {documentId}},
        {QStringLiteral("segments"), inDocument, {}},
        {QStringLiteral("segment_tags"), QStringLiteral("segment_id IN %1").arg(segments), {}},
        {QStringLiteral("links"),
            QStringLiteral("%1 OR from_segment IN %2 OR to_segment IN %2").arg(inDocument, segments), {}},
        {QStringLiteral("notes"), QStringLiteral("%1 OR segment_id IN %2").arg(inDocument, segments), {}},
        {QStringLiteral("plan_items"), QStringLiteral("%1 OR segment_id IN %2").arg(inDocument, segments), {}},
        {QStringLiteral("plan_history"),
            QStringLiteral("plan_item_id IN (SELECT id FROM plan_items WHERE %1 OR segment_id IN %2)")
                .arg(inDocument, segments),
            {}},
        {QStringLiteral("rejected_suggestions"),
            QStringLiteral("%1 OR from_segment IN %2 OR to_segment IN %2").arg(inDocument, segments), {}},
        {QStringLiteral("follow_ups"), QStringLiteral("id IN ") + CheckedSql::inIds(), {CheckedSql::ids(followUps)}},
        {QStringLiteral("progress_links"), QStringLiteral("from_segment IN %1 OR to_segment IN %1").arg(segments), {}},
    };
}

void keep(const QSqlDatabase &db, qint64 documentId)
{
    // INSERT ... SELECT: the bytes move inside SQLite, never through memory.
    exec(db,
        QStringLiteral("INSERT INTO removed_originals (document_id, bytes, segments_revision, last_segment_id) "
                       "VALUES (?, (SELECT bytes FROM originals WHERE document_id = ?), "
                       "coalesce((SELECT revision FROM segment_revisions WHERE document_id = ?), 0), "
                       "coalesce((SELECT max(id) FROM segments WHERE document_id = ?), 0))"),
        {documentId, documentId, documentId, documentId});
}

void giveBack(const QSqlDatabase &db, qint64 documentId)
{
    exec(db,
        QStringLiteral("INSERT INTO originals (document_id, bytes) SELECT document_id, bytes FROM removed_originals "
                       "WHERE document_id = ? AND bytes IS NOT NULL"),
        {documentId});
    // Past the counter it had (and the re-inserted segments counted on top), so a
    // reader still holding the report before its removal re-reads it.
    exec(db,
        QStringLiteral(
            "INSERT INTO segment_revisions (document_id, revision) SELECT document_id, segments_revision + 1 "
            "FROM removed_originals WHERE document_id = ? "
            "ON CONFLICT(document_id) DO UPDATE SET revision = revision + excluded.revision"),
        {documentId});
    exec(db, QStringLiteral("DELETE FROM removed_originals WHERE document_id = ?"), {documentId});
}

void forgetAll(const QSqlDatabase &db)
{
    exec(db, QStringLiteral("DELETE FROM removed_originals"));
}

qint64 nextDocumentId(const QSqlDatabase &db)
{
    return scalar(db,
        QStringLiteral("SELECT max(coalesce((SELECT max(id) FROM documents), 0), "
                       "coalesce((SELECT max(document_id) FROM removed_originals), 0)) + 1"))
        .toLongLong();
}

qint64 nextSegmentId(const QSqlDatabase &db)
{
    return scalar(db,
        QStringLiteral("SELECT max(coalesce((SELECT max(id) FROM segments), 0), "
                       "coalesce((SELECT max(last_segment_id) FROM removed_originals), 0)) + 1"))
        .toLongLong();
}

void requireReversible(
    const QSqlDatabase &db, const QJsonObject &image, qint64 documentId, bool undo, const QString &description)
{
    if (undo) {
        const QString sha256 = image.value(u"documents").toArray().first().toObject().value(u"sha256").toString();
        const QVariant again
            = scalar(db, QStringLiteral("SELECT id FROM documents WHERE sha256 = ? AND id <> ?"), {sha256, documentId});
        if (again.isValid())
            throw StoreFailure(translated(QT_TRANSLATE_NOOP("Scrutiny::Journal",
                                              "Cannot undo “%1”: the same report was imported again since, as "
                                              "report %2; remove that one first."))
                                   .arg(description)
                                   .arg(again.toLongLong()));
        if (!scalar(db, QStringLiteral("SELECT 1 FROM removed_originals WHERE document_id = ?"), {documentId})
                 .isValid())
            throw StoreFailure(
                translated(QT_TRANSLATE_NOOP("Scrutiny::Journal",
                               "Cannot undo “%1”: the removed report's original file is no longer kept."))
                    .arg(description));
        return;
    }
    // Redo deletes the report again: a row that refers to it now but did not when it
    // was removed (a tag, a note, a link added after the undo) would go with it unseen.
    const QJsonObject now = Journal(db).capture(scopes(db, documentId));
    for (auto table = now.constBegin(); table != now.constEnd(); ++table) {
        QSet<qint64> known;
        for (const QJsonValue &row : image.value(table.key()).toArray())
            known.insert(row.toObject().value(u"id").toInteger());
        for (const QJsonValue &row : table.value().toArray()) {
            const qint64 id = row.toObject().value(u"id").toInteger();
            if (!known.contains(id))
                throw StoreFailure(translated(QT_TRANSLATE_NOOP("Scrutiny::Journal",
                                                  "Cannot redo “%1”: the report has been annotated since (%2 row %3)."))
                                       .arg(description, table.key())
                                       .arg(id));
        }
    }
}

} // namespace Scrutiny::RemovedDocuments
