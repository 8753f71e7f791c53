// SPDX-License-Identifier: GPL-3.0-or-later
// Report series: follow-up relations and progress links across reports.
#include "ProjectStore.h"

#include "ProjectStore_p.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace Scrutiny {

using CheckedSql::exec;
using CheckedSql::scalar;

namespace {

QHash<qint64, qint64> followsMap(const QSqlDatabase &db)
{
    QHash<qint64, qint64> follows;
    QSqlQuery q = exec(db, QStringLiteral("SELECT document_id, follows_id FROM follow_ups"));
    while (q.next())
        follows.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return follows;
}

// Earliest first: a report after the one it follows, siblings in id order.
QList<qint64> seriesOf(const QSqlDatabase &db, qint64 documentId)
{
    const QHash<qint64, qint64> follows = followsMap(db);
    qint64 root = documentId;
    QSet<qint64> seen {root};
    while (follows.contains(root)) {
        root = follows.value(root);
        if (seen.contains(root))
            break; // a cycle cannot be written, but a damaged file must not hang us
        seen.insert(root);
    }
    QMultiHash<qint64, qint64> followers;
    for (auto it = follows.cbegin(); it != follows.cend(); ++it)
        followers.insert(it.value(), it.key());
    QList<qint64> order {root};
    QSet<qint64> placed {root};
    for (qsizetype i = 0; i < order.size(); ++i) {
        QList<qint64> next = followers.values(order[i]);
        std::sort(next.begin(), next.end());
        for (qint64 n : std::as_const(next)) {
            if (!placed.contains(n)) {
                placed.insert(n);
                order.append(n);
            }
        }
    }
    return order;
}

const QString progressColumns
    = QStringLiteral("p.id, p.from_segment, p.to_segment, p.type, p.confidence, p.reason, p.author, p.created, "
                     "f.document_id, t.document_id");
const QString progressFrom = QStringLiteral(
    "FROM progress_links p JOIN segments f ON f.id = p.from_segment JOIN segments t ON t.id = p.to_segment");

ProgressLink readProgressLink(const QSqlQuery &q, const ProjectStore::Private *d)
{
    ProgressLink l;
    l.id = q.value(0).toLongLong();
    l.from = SegmentRef {q.value(8).toLongLong(), d->label(q.value(1).toLongLong())};
    l.to = SegmentRef {q.value(9).toLongLong(), d->label(q.value(2).toLongLong())};
    l.type = progressTypeFromString(q.value(3).toString()).value_or(ProgressType::Progress);
    l.confirmed = true;
    l.confidence = q.value(4).toDouble();
    l.reason = q.value(5).toString();
    l.author = q.value(6).toString();
    l.created = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), QTimeZone::UTC);
    return l;
}

} // namespace

bool ProjectStore::setFollows(qint64 later, qint64 earlier, QString *error)
{
    const bool ok = d->write(error, [&] {
        d->requireDocument(later);
        d->requireDocument(earlier);
        if (later == earlier)
            throw StoreFailure(
                QCoreApplication::translate("Scrutiny::ProjectStore", "report %1 cannot follow up itself").arg(later));
        // `earlier` may not be `later` or come after it in a chain.
        const QHash<qint64, qint64> follows = followsMap(d->db());
        QSet<qint64> seen;
        for (qint64 r = earlier; follows.contains(r) && !seen.contains(r); r = follows.value(r)) {
            seen.insert(r);
            if (follows.value(r) == later)
                throw StoreFailure(QCoreApplication::translate("Scrutiny::ProjectStore",
                    "report %1 already follows up report %2 (through report %3); "
                    "a series runs one way")
                                       .arg(earlier)
                                       .arg(later)
                                       .arg(r));
        }
        if (follows.value(later) == earlier)
            throw StoreFailure(
                QCoreApplication::translate("Scrutiny::ProjectStore", "report %1 already follows up report %2")
                    .arg(later)
                    .arg(earlier));
        const QString description = follows.contains(later)
            ? QStringLiteral("report %1 follows up report %2 (was report %3)")
                  .arg(later)
                  .arg(earlier)
                  .arg(follows.value(later))
            : QStringLiteral("report %1 follows up report %2").arg(later).arg(earlier);
        d->record(QStringLiteral("follows"), description, later,
            {{QStringLiteral("follow_ups"), QStringLiteral("document_id = ?"), {later}}}, [&] {
                exec(d->db(),
                    QStringLiteral(
                        "INSERT INTO follow_ups (document_id, follows_id, author, created) VALUES (?, ?, ?, ?) "
                        "ON CONFLICT (document_id) DO UPDATE SET follows_id = excluded.follows_id, "
                        "author = excluded.author, created = excluded.created"),
                    {later, earlier, d->author, QDateTime::currentMSecsSinceEpoch()});
            });
    });
    if (ok) {
        Q_EMIT documentsChanged();
        Q_EMIT annotationsChanged(later);
        Q_EMIT undoStateChanged();
    }
    return ok;
}

bool ProjectStore::leaveSeries(qint64 documentId, QString *error)
{
    const bool ok = d->write(error, [&] {
        d->requireDocument(documentId);
        const QSqlDatabase db = d->db();
        const QVariant predecessor
            = scalar(db, QStringLiteral("SELECT follows_id FROM follow_ups WHERE document_id = ?"), {documentId});
        QVariantList rows;
        QSqlQuery q = exec(db, QStringLiteral("SELECT id FROM follow_ups WHERE document_id = ? OR follows_id = ?"),
            {documentId, documentId});
        while (q.next())
            rows.append(q.value(0));
        if (rows.isEmpty())
            throw StoreFailure(
                QCoreApplication::translate("Scrutiny::ProjectStore", "report %1 is in no series").arg(documentId));
        const QString inDocument
            = QStringLiteral("IN (SELECT id FROM segments WHERE document_id = %1)").arg(documentId);
        d->record(QStringLiteral("leave series"), QStringLiteral("take report %1 out of its series").arg(documentId),
            documentId,
            {{QStringLiteral("follow_ups"), QStringLiteral("id IN ") + CheckedSql::inIds(), {CheckedSql::ids(rows)}},
                {QStringLiteral("progress_links"), QStringLiteral("from_segment %1 OR to_segment %1").arg(inDocument),
                    {}}},
            [&] {
                exec(db,
                    QStringLiteral("DELETE FROM progress_links WHERE from_segment %1 OR to_segment %1")
                        .arg(inDocument));
                if (predecessor.isValid())
                    exec(db, QStringLiteral("UPDATE follow_ups SET follows_id = ? WHERE follows_id = ?"),
                        {predecessor, documentId});
                else
                    exec(db, QStringLiteral("DELETE FROM follow_ups WHERE follows_id = ?"), {documentId});
                exec(db, QStringLiteral("DELETE FROM follow_ups WHERE document_id = ?"), {documentId});
            });
    });
    if (ok) {
        Q_EMIT documentsChanged();
        Q_EMIT annotationsChanged(documentId);
        Q_EMIT undoStateChanged();
    }
    return ok;
}

QList<FollowUp> ProjectStore::followUps() const
{
    QList<FollowUp> out;
    d->read(nullptr, [&] {
        QSqlQuery q
            = exec(d->db(), QStringLiteral("SELECT document_id, follows_id FROM follow_ups ORDER BY document_id"));
        while (q.next())
            out.append(FollowUp {q.value(0).toLongLong(), q.value(1).toLongLong()});
    });
    return out;
}

QList<qint64> ProjectStore::series(qint64 documentId) const
{
    QList<qint64> out;
    d->read(nullptr, [&] {
        if (scalar(d->db(), QStringLiteral("SELECT 1 FROM documents WHERE id = ?"), {documentId}).isValid())
            out = seriesOf(d->db(), documentId);
    });
    return out;
}

std::optional<ProgressLink> ProjectStore::addProgressLink(const SegmentRef &from, const SegmentRef &to,
    ProgressType type, QString *error, double confidence, const QString &reason)
{
    std::optional<ProgressLink> link;
    const bool ok = d->write(error, [&] {
        const StoredSegment a = d->segment(from.documentId, from.label);
        const StoredSegment b = d->segment(to.documentId, to.label);
        const QString fromName = QStringLiteral("%1:%2").arg(from.documentId).arg(a.label);
        const QString toName = QStringLiteral("%1:%2").arg(to.documentId).arg(b.label);
        if (a.kind != SegmentKind::Finding)
            throw StoreFailure(QStringLiteral("%1 is a %2; progress is reported by a finding of the later report")
                                   .arg(fromName, displayName(a.kind).toLower()));
        if (b.kind != SegmentKind::Priority && !(b.kind == SegmentKind::Finding && type == ProgressType::Repeat))
            throw StoreFailure(QStringLiteral("%1 is a %2; a finding reports progress on a priority of an earlier "
                                              "report (or repeats one of its findings)")
                                   .arg(toName, displayName(b.kind).toLower()));
        const QList<qint64> series = seriesOf(d->db(), from.documentId);
        const qsizetype laterAt = series.indexOf(from.documentId);
        const qsizetype earlierAt = series.indexOf(to.documentId);
        if (earlierAt < 0)
            throw StoreFailure(QCoreApplication::translate("Scrutiny::ProjectStore",
                "reports %1 and %2 are not in one series; record first that one follows "
                "up the other (scrutiny-cli follows LATER EARLIER)")
                                   .arg(from.documentId)
                                   .arg(to.documentId));
        if (earlierAt >= laterAt)
            throw StoreFailure(QCoreApplication::translate("Scrutiny::ProjectStore",
                "cannot link %1 to %2: report %3 is not earlier than report %4 in their series; a "
                "finding can only report on a priority of an earlier report")
                                   .arg(fromName, toName)
                                   .arg(to.documentId)
                                   .arg(from.documentId));
        if (scalar(d->db(), QStringLiteral("SELECT 1 FROM progress_links WHERE from_segment = ? AND to_segment = ?"),
                {a.id, b.id})
                .isValid())
            throw StoreFailure(QStringLiteral("%1 is already linked to %2").arg(fromName, toName));
        qint64 id = 0;
        d->record(QStringLiteral("progress link"),
            QStringLiteral("progress link %1 %2 %3").arg(fromName, toString(type), toName), from.documentId,
            {{QStringLiteral("progress_links"), QStringLiteral("from_segment = ? AND to_segment = ?"), {a.id, b.id}}},
            [&] {
                id = exec(d->db(),
                    QStringLiteral("INSERT INTO progress_links (from_segment, to_segment, type, confidence, reason, "
                                   "author, created) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {a.id, b.id, toString(type), std::clamp(confidence, 0.0, 1.0), reason, d->author,
                        QDateTime::currentMSecsSinceEpoch()})
                         .lastInsertId()
                         .toLongLong();
            });
        QSqlQuery q
            = exec(d->db(), QStringLiteral("SELECT %1 %2 WHERE p.id = ?").arg(progressColumns, progressFrom), {id});
        q.next();
        link = readProgressLink(q, d.get());
    });
    if (!ok)
        return std::nullopt;
    Q_EMIT annotationsChanged(from.documentId);
    Q_EMIT undoStateChanged();
    return link;
}

bool ProjectStore::setProgressType(qint64 linkId, ProgressType type, QString *error)
{
    qint64 documentId = 0;
    const bool ok = d->write(error, [&] {
        QSqlQuery q
            = exec(d->db(), QStringLiteral("SELECT %1 %2 WHERE p.id = ?").arg(progressColumns, progressFrom), {linkId});
        if (!q.next())
            throw StoreFailure(
                QCoreApplication::translate("Scrutiny::ProjectStore", "no progress link %1 in the project")
                    .arg(linkId));
        const ProgressLink old = readProgressLink(q, d.get());
        const SegmentKind target = kindFromSql(
            scalar(d->db(), QStringLiteral("SELECT kind FROM segments WHERE id = ?"), {q.value(2)}).toString());
        if (target == SegmentKind::Finding && type != ProgressType::Repeat)
            throw StoreFailure(
                QStringLiteral("%1 is a finding; a link to a finding is a repeat finding").arg(old.to.text()));
        documentId = old.from.documentId;
        d->record(QStringLiteral("progress type"),
            QStringLiteral("progress link %1 -> %2: %3").arg(old.from.text(), old.to.text(), toString(type)),
            documentId, {{QStringLiteral("progress_links"), QStringLiteral("id = ?"), {linkId}}}, [&] {
                exec(d->db(), QStringLiteral("UPDATE progress_links SET type = ? WHERE id = ?"),
                    {toString(type), linkId});
            });
    });
    if (ok) {
        Q_EMIT annotationsChanged(documentId);
        Q_EMIT undoStateChanged();
    }
    return ok;
}

bool ProjectStore::removeProgressLink(qint64 linkId, QString *error)
{
    qint64 documentId = 0;
    const bool ok = d->write(error, [&] {
        QSqlQuery q
            = exec(d->db(), QStringLiteral("SELECT %1 %2 WHERE p.id = ?").arg(progressColumns, progressFrom), {linkId});
        if (!q.next())
            throw StoreFailure(
                QCoreApplication::translate("Scrutiny::ProjectStore", "no progress link %1 in the project")
                    .arg(linkId));
        const ProgressLink old = readProgressLink(q, d.get());
        documentId = old.from.documentId;
        d->record(QStringLiteral("remove progress link"),
            QStringLiteral("remove progress link %1 -> %2").arg(old.from.text(), old.to.text()), documentId,
            {{QStringLiteral("progress_links"), QStringLiteral("id = ?"), {linkId}}},
            [&] { exec(d->db(), QStringLiteral("DELETE FROM progress_links WHERE id = ?"), {linkId}); });
    });
    if (ok) {
        Q_EMIT annotationsChanged(documentId);
        Q_EMIT undoStateChanged();
    }
    return ok;
}

QList<ProgressLink> ProjectStore::progressLinks(const QList<qint64> &documents) const
{
    QList<ProgressLink> out;
    d->read(nullptr, [&] {
        QHash<qint64, QHash<qint64, QString>> labels; // per document: row -> label, read once each
        auto labelOf = [&](qint64 document, qint64 row) {
            auto it = labels.find(document);
            if (it == labels.end())
                it = labels.insert(document, d->labels(document));
            return it->value(row);
        };
        QSqlQuery q = exec(d->db(),
            QStringLiteral("SELECT %1 %2 ORDER BY f.document_id, f.start, t.document_id, t.start")
                .arg(progressColumns, progressFrom));
        while (q.next()) {
            const qint64 fromDocument = q.value(8).toLongLong();
            if (!documents.isEmpty() && !documents.contains(fromDocument))
                continue;
            ProgressLink l;
            l.id = q.value(0).toLongLong();
            l.from = SegmentRef {fromDocument, labelOf(fromDocument, q.value(1).toLongLong())};
            l.to = SegmentRef {q.value(9).toLongLong(), labelOf(q.value(9).toLongLong(), q.value(2).toLongLong())};
            l.type = progressTypeFromString(q.value(3).toString()).value_or(ProgressType::Progress);
            l.confirmed = true;
            l.confidence = q.value(4).toDouble();
            l.reason = q.value(5).toString();
            l.author = q.value(6).toString();
            l.created = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), QTimeZone::UTC);
            out.append(l);
        }
    });
    return out;
}

} // namespace Scrutiny
