// SPDX-License-Identifier: GPL-3.0-or-later
// Importing a report, and re-anchoring annotations onto a corrected version.
#include "ProjectStore.h"

#include "ProjectStore_p.h"
#include "RemovedDocuments.h"
#include "StoredRatings.h"
#include "TextAnchor.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Scrutiny {

using CheckedSql::exec;

namespace {

QString compactJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString shortQuote(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() <= 60 ? simple : simple.left(57) + QStringLiteral("...");
}

/// Moves annotations of one document's segments onto another's.
class Reanchoring
{
public:
    Reanchoring(ProjectStore::Private *store, qint64 oldDocument, qint64 newDocument)
        : d(store)
        , m_old(oldDocument)
        , m_new(newDocument)
    {
    }

    QStringList run()
    {
        const QSqlDatabase db = d->db();
        const QString newText
            = CheckedSql::scalar(db, QStringLiteral("SELECT text FROM documents WHERE id = ?"), {m_new}).toString();
        QList<TextAnchor::Range> ranges;
        QList<qint64> newIds;
        QSqlQuery targets = exec(db, QStringLiteral(R"(SELECT id, start, "end" FROM segments WHERE document_id = ?
                                                       ORDER BY start, id)"),
            {m_new});
        while (targets.next()) {
            newIds.append(targets.value(0).toLongLong());
            ranges.append({targets.value(1).toLongLong(), targets.value(2).toLongLong()});
        }
        m_oldLabels = d->labels(m_old);
        // Only segments that carry something need a place.
        QSqlQuery annotated = exec(db, QStringLiteral(R"(
            SELECT id, text, anchor_prefix, anchor_suffix FROM segments WHERE document_id = ? AND (
                EXISTS (SELECT 1 FROM segment_tags WHERE segment_id = segments.id)
                OR EXISTS (SELECT 1 FROM links WHERE from_segment = segments.id OR to_segment = segments.id)
                OR EXISTS (SELECT 1 FROM notes WHERE segment_id = segments.id)
                OR EXISTS (SELECT 1 FROM plan_items WHERE segment_id = segments.id)
                OR EXISTS (SELECT 1 FROM rejected_suggestions WHERE from_segment = segments.id OR to_segment = segments.id)))"),
            {m_old});
        while (annotated.next()) {
            const qint64 id = annotated.value(0).toLongLong();
            const TextAnchor anchor {
                annotated.value(1).toString(), annotated.value(2).toString(), annotated.value(3).toString()};
            m_quotes.insert(id, anchor.exact);
            if (const auto at = anchor.locate(newText, ranges))
                m_placed.insert(id, newIds.at(*at));
        }
        moveTags();
        moveLinks();
        moveNotes();
        movePlan();
        moveRejections();
        return m_unplaced;
    }

private:
    QString where(qint64 oldSegment) const
    {
        return QStringLiteral("%1 (\"%2\")").arg(m_oldLabels.value(oldSegment), shortQuote(m_quotes.value(oldSegment)));
    }

    void moveTags()
    {
        QSqlQuery rows = exec(d->db(),
            QStringLiteral("SELECT st.segment_id, st.tag_id, t.name FROM segment_tags st "
                           "JOIN segments s ON s.id = st.segment_id "
                           "JOIN tags t ON t.id = st.tag_id WHERE s.document_id = ? ORDER BY st.id"),
            {m_old});
        while (rows.next()) {
            const qint64 segment = rows.value(0).toLongLong();
            if (!m_placed.contains(segment)) {
                m_unplaced.append(QStringLiteral("tag \"%1\" on %2").arg(rows.value(2).toString(), where(segment)));
                continue;
            }
            exec(d->db(), QStringLiteral("INSERT OR IGNORE INTO segment_tags (segment_id, tag_id) VALUES (?, ?)"),
                {m_placed.value(segment), rows.value(1)});
        }
    }

    void moveLinks()
    {
        QSqlQuery rows = exec(d->db(),
            QStringLiteral("SELECT from_segment, to_segment, type, note, author, created FROM links "
                           "WHERE document_id = ? ORDER BY id"),
            {m_old});
        while (rows.next()) {
            const qint64 from = rows.value(0).toLongLong();
            const qint64 to = rows.value(1).toLongLong();
            if (!m_placed.contains(from) || !m_placed.contains(to) || m_placed.value(from) == m_placed.value(to)) {
                QString text
                    = QStringLiteral("link %1 -> %2 (%3)").arg(where(from), where(to), rows.value(2).toString());
                if (!rows.value(3).toString().isEmpty())
                    text += QStringLiteral(": ") + rows.value(3).toString();
                m_unplaced.append(text);
                continue;
            }
            exec(d->db(),
                QStringLiteral(
                    "INSERT OR IGNORE INTO links (document_id, from_segment, to_segment, type, note, author, created) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {m_new, m_placed.value(from), m_placed.value(to), rows.value(2), rows.value(3), rows.value(4),
                    rows.value(5)});
        }
    }

    void appendNote(const QVariant &segment, const QString &markdown, const QVariant &modified)
    {
        QSqlQuery existing
            = exec(d->db(), QStringLiteral("SELECT id, markdown FROM notes WHERE document_id = ? AND segment_id IS ?"),
                {m_new, segment});
        if (existing.next())
            exec(d->db(), QStringLiteral("UPDATE notes SET markdown = ? WHERE id = ?"),
                {QString(existing.value(1).toString() + QStringLiteral("\n\n") + markdown), existing.value(0)});
        else
            exec(d->db(),
                QStringLiteral("INSERT INTO notes (document_id, segment_id, markdown, modified) VALUES (?, ?, ?, ?)"),
                {m_new, segment, markdown, modified});
    }

    void moveNotes()
    {
        QSqlQuery rows = exec(d->db(),
            QStringLiteral("SELECT segment_id, markdown, modified FROM notes WHERE document_id = ? "
                           "ORDER BY segment_id IS NOT NULL, id"),
            {m_old});
        while (rows.next()) {
            if (rows.value(0).isNull()) {
                appendNote(QVariant(), rows.value(1).toString(), rows.value(2));
                continue;
            }
            const qint64 segment = rows.value(0).toLongLong();
            if (!m_placed.contains(segment)) {
                m_unplaced.append(
                    QStringLiteral("note on %1: %2").arg(where(segment), shortQuote(rows.value(1).toString())));
                m_unplacedNotes.append(
                    QStringLiteral("Note that was on %1:\n\n%2").arg(where(segment), rows.value(1).toString()));
                continue;
            }
            appendNote(m_placed.value(segment), rows.value(1).toString(), rows.value(2));
        }
    }

    void movePlan()
    {
        // Actions tied to no priority go with the report; the others with their priority.
        QSqlQuery rows = exec(d->db(),
            QStringLiteral("SELECT segment_id, owner, due, status, evidence, action, id FROM plan_items "
                           "WHERE document_id = ? ORDER BY id"),
            {m_old});
        while (rows.next()) {
            const bool tied = !rows.value(0).isNull();
            const qint64 segment = rows.value(0).toLongLong();
            if (tied && !m_placed.contains(segment)) {
                m_unplaced.append(QStringLiteral("action plan of %1 (owner %2, status %3)")
                                      .arg(where(segment), rows.value(1).toString(), rows.value(3).toString()));
                m_unplacedNotes.append(
                    QStringLiteral("Action plan that was on %1: %6 owner %2, due %3, status %4. %5")
                        .arg(where(segment), rows.value(1).toString(), rows.value(2).toString(),
                            rows.value(3).toString(), rows.value(4).toString(), rows.value(5).toString()));
                continue;
            }
            const qint64 id = exec(d->db(),
                QStringLiteral("INSERT INTO plan_items (document_id, segment_id, owner, due, status, evidence, action) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {m_new, tied ? QVariant(m_placed.value(segment)) : QVariant(), rows.value(1), rows.value(2),
                    rows.value(3), rows.value(4), rows.value(5)})
                                  .lastInsertId()
                                  .toLongLong();
            exec(d->db(),
                QStringLiteral("INSERT INTO plan_history (plan_item_id, at, who, field, before, after) "
                               "SELECT ?, at, who, field, before, after FROM plan_history WHERE plan_item_id = ? "
                               "ORDER BY id"),
                {id, rows.value(6)});
        }
    }

    void moveRejections()
    {
        QSqlQuery rows = exec(d->db(),
            QStringLiteral("SELECT from_segment, to_segment FROM rejected_suggestions WHERE document_id = ?"), {m_old});
        while (rows.next()) {
            const qint64 from = rows.value(0).toLongLong();
            const qint64 to = rows.value(1).toLongLong();
            if (!m_placed.contains(from) || !m_placed.contains(to)) {
                m_unplaced.append(QStringLiteral("turned-down suggestion %1 -> %2").arg(where(from), where(to)));
                continue;
            }
            exec(d->db(),
                QStringLiteral("INSERT OR IGNORE INTO rejected_suggestions (document_id, from_segment, to_segment) "
                               "VALUES (?, ?, ?)"),
                {m_new, m_placed.value(from), m_placed.value(to)});
        }
    }

public:
    /// What could not be placed, kept as a document note so nothing is lost.
    void keepUnplaced()
    {
        if (m_unplaced.isEmpty())
            return;
        QString markdown = QStringLiteral("**Could not be placed after importing the corrected version:**\n");
        for (const QString &line : std::as_const(m_unplaced))
            markdown += QStringLiteral("\n- ") + line;
        for (const QString &note : std::as_const(m_unplacedNotes))
            markdown += QStringLiteral("\n\n") + note;
        appendNote(QVariant(), markdown, QDateTime::currentMSecsSinceEpoch());
    }

private:
    ProjectStore::Private *d;
    qint64 m_old;
    qint64 m_new;
    QHash<qint64, qint64> m_placed; ///< old segment row -> new segment row
    QHash<qint64, QString> m_oldLabels;
    QHash<qint64, QString> m_quotes;
    QStringList m_unplaced;
    QStringList m_unplacedNotes;
};

} // namespace

std::optional<ProjectStore::ImportResult> ProjectStore::importReport(
    const ParsedReport &report, const QByteArray &original, const QString &fileName, QString *error, qint64 corrects)
{
    ImportResult result;
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex());
    const bool ok = d->write(error, [&] {
        const QSqlDatabase db = d->db();
        const QVariant existing
            = CheckedSql::scalar(db, QStringLiteral("SELECT id FROM documents WHERE sha256 = ?"), {sha256});
        if (existing.isValid()) {
            result.documentId = existing.toLongLong();
            result.alreadyPresent = true;
            return;
        }
        if (corrects)
            d->requireDocument(corrects);
        for (const Segment &s : report.segments) {
            if (s.start < 0 || s.end < s.start || s.end > report.text.size())
                throw StoreFailure(
                    QCoreApplication::translate("Scrutiny::ProjectStore", "segment %1 lies outside the report text")
                        .arg(s.id));
        }
        QJsonArray repairs;
        for (const Repair &r : report.repairs)
            repairs.append(QJsonObject {{QStringLiteral("before"), r.before}, {QStringLiteral("after"), r.after},
                {QStringLiteral("start"), r.start}});
        QJsonArray removed;
        for (const Removal &r : report.removed)
            removed.append(
                QJsonObject {{QStringLiteral("reason"), toString(r.reason)}, {QStringLiteral("text"), r.text}});

        // Ids above those of removed reports, which an undo of their removal puts back.
        QSqlQuery &insertDocument = d->statement(QStringLiteral(
            "INSERT INTO documents (id, file_name, title, format, sha256, imported_at, serving, prospects, repairs, "
            "removed, text, structure_recognised) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        CheckedSql::exec(insertDocument,
            {RemovedDocuments::nextDocumentId(db), fileName, report.title, toString(report.format), sha256,
                QDateTime::currentMSecsSinceEpoch(), report.judgement.serving, report.judgement.prospects,
                compactJson(repairs), compactJson(removed), report.text, report.structureRecognised ? 1 : 0});
        const qint64 documentId = insertDocument.lastInsertId().toLongLong();
        CheckedSql::exec(d->statement(QStringLiteral("INSERT INTO originals (document_id, bytes) VALUES (?, ?)")),
            {documentId, original});

        qint64 segmentId = RemovedDocuments::nextSegmentId(db);
        QSqlQuery &insertSegment = d->statement(QStringLiteral(
            R"(INSERT INTO segments (id, document_id, kind, side, start, "end", text, speaker_name, speaker_role, polarity, page,
               anchor_prefix, anchor_suffix, confidence, reason, reviewed)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"));
        QHash<QString, qint64> rowOfLabel;
        for (const Segment &s : report.segments) {
            const TextAnchor anchor = TextAnchor::around(report.text, s.start, s.end);
            CheckedSql::exec(insertSegment,
                {segmentId++, documentId, sqlKind(s.kind), toString(s.side), qint64(s.start), qint64(s.end), s.text,
                    s.speakerName, s.speakerRole, toString(s.polarity), s.page, anchor.prefix, anchor.suffix,
                    s.confidence, s.reason, s.reviewed ? 1 : 0});
            rowOfLabel.insert(s.id, insertSegment.lastInsertId().toLongLong());
        }
        // Suggestions name rows, so they survive relabelling after a kind change or split.
        QJsonArray suggestions;
        for (const SuggestedLink &l : report.suggestedLinks) {
            if (rowOfLabel.contains(l.from) && rowOfLabel.contains(l.to))
                suggestions.append(QJsonObject {{QStringLiteral("from"), rowOfLabel.value(l.from)},
                    {QStringLiteral("to"), rowOfLabel.value(l.to)}, {QStringLiteral("score"), l.score},
                    {QStringLiteral("reason"), l.reason}});
        }
        if (!suggestions.isEmpty())
            exec(db, QStringLiteral("UPDATE documents SET suggested_links = ? WHERE id = ?"),
                {compactJson(suggestions), documentId});
        if (!report.ratings.isEmpty())
            exec(db, QStringLiteral("UPDATE documents SET ratings = ? WHERE id = ?"),
                {StoredRatings::toJson(report.ratings, rowOfLabel), documentId});

        result.documentId = documentId;
        QString description = QStringLiteral("import %1 as document %2").arg(fileName).arg(documentId);
        Journal::UndoState state = Journal::UndoState::None;
        QJsonObject after {{QStringLiteral("document"), documentId}, {QStringLiteral("sha256"), sha256}};
        if (corrects) {
            Reanchoring reanchoring(d.get(), corrects, documentId);
            result.unplaced = reanchoring.run();
            reanchoring.keepUnplaced();
            exec(db, QStringLiteral("DELETE FROM documents WHERE id = ?"), {corrects});
            result.replacedDocumentId = corrects;
            description += QStringLiteral(", replacing document %1").arg(corrects);
            if (!result.unplaced.isEmpty())
                description += QStringLiteral(" (%1 annotations could not be placed)").arg(result.unplaced.size());
            after.insert(QStringLiteral("replaced"), corrects);
            after.insert(QStringLiteral("unplaced"), QJsonArray::fromStringList(result.unplaced));
            // Earlier undo steps name the replaced document's segments.
            state = Journal::UndoState::Barrier;
        }
        d->append({{}, {}, QStringLiteral("import"), description, documentId, {}, after, state});
    });
    if (!ok)
        return std::nullopt;
    if (!result.alreadyPresent) {
        Q_EMIT documentsChanged();
        if (result.replacedDocumentId)
            Q_EMIT undoStateChanged();
    }
    return result;
}

} // namespace Scrutiny
