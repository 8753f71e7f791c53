// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"

#include "CheckedSql.h"
#include "Journal.h"
#include "TextAnchor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <functional>

namespace Scrutiny::Schema {

namespace {

using CheckedSql::exec;

void runAll(const QSqlDatabase &db, std::initializer_list<const char16_t *> statements)
{
    for (const char16_t *sql : statements)
        exec(db, QString::fromUtf16(sql));
}

// 1: documents, segments and the user's annotations, with the journal.
void createCoreTables(const QSqlDatabase &db)
{
    runAll(db,
        {
            // Small columns first: listing documents must not page through the text.
            uR"(CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            format TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            imported_at INTEGER NOT NULL,
            serving TEXT NOT NULL DEFAULT '',
            prospects TEXT NOT NULL DEFAULT '',
            repairs TEXT NOT NULL DEFAULT '[]',
            removed TEXT NOT NULL DEFAULT '[]',
            suggested_links TEXT NOT NULL DEFAULT '[]',
            text TEXT NOT NULL))",
            uR"(CREATE TABLE originals (
            document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            bytes BLOB NOT NULL))",
            uR"(CREATE TABLE segments (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            side TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            speaker_name TEXT NOT NULL DEFAULT '',
            speaker_role TEXT NOT NULL DEFAULT '',
            polarity TEXT NOT NULL DEFAULT 'none',
            page INTEGER NOT NULL DEFAULT 0))",
            // Labels ("F3") are the rank of a segment within its kind, in document order.
            uR"(CREATE INDEX segments_by_kind ON segments(document_id, kind, start))",
            uR"(CREATE INDEX segments_by_position ON segments(document_id, start))",
            uR"(CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            colour TEXT NOT NULL DEFAULT '#808080',
            description TEXT NOT NULL DEFAULT '',
            parent_id INTEGER REFERENCES tags(id) ON DELETE SET NULL))",
            uR"(CREATE TABLE segment_tags (
            id INTEGER PRIMARY KEY,
            segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            UNIQUE (segment_id, tag_id)))",
            uR"(CREATE INDEX segment_tags_by_tag ON segment_tags(tag_id))",
            uR"(CREATE TABLE links (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            from_segment INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
            to_segment INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            created INTEGER NOT NULL,
            UNIQUE (from_segment, to_segment)))",
            uR"(CREATE INDEX links_by_document ON links(document_id))",
            uR"(CREATE INDEX links_by_target ON links(to_segment))",
            uR"(CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            segment_id INTEGER REFERENCES segments(id) ON DELETE CASCADE,
            markdown TEXT NOT NULL,
            modified INTEGER NOT NULL))",
            uR"(CREATE UNIQUE INDEX notes_one_per_segment ON notes(segment_id) WHERE segment_id IS NOT NULL)",
            uR"(CREATE UNIQUE INDEX notes_one_per_document ON notes(document_id) WHERE segment_id IS NULL)",
            uR"(CREATE TABLE plan_items (
            id INTEGER PRIMARY KEY,
            segment_id INTEGER NOT NULL UNIQUE REFERENCES segments(id) ON DELETE CASCADE,
            owner TEXT NOT NULL DEFAULT '',
            due TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'not started',
            evidence TEXT NOT NULL DEFAULT ''))",
            uR"(CREATE TABLE journal (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            who TEXT NOT NULL,
            action TEXT NOT NULL,
            description TEXT NOT NULL,
            document_id INTEGER NOT NULL DEFAULT 0,
            before TEXT NOT NULL DEFAULT '{}',
            after TEXT NOT NULL DEFAULT '{}'))",
            uR"(CREATE INDEX journal_by_document ON journal(document_id, id))",
        });
}

// 2: text-quote anchors on segments (filled in for segments already stored) and
// the link suggestions the user turned down.
void addAnchorsAndRejections(const QSqlDatabase &db)
{
    runAll(db,
        {
            uR"(ALTER TABLE segments ADD COLUMN anchor_prefix TEXT NOT NULL DEFAULT '')",
            uR"(ALTER TABLE segments ADD COLUMN anchor_suffix TEXT NOT NULL DEFAULT '')",
            uR"(CREATE TABLE rejected_suggestions (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            from_segment INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
            to_segment INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
            UNIQUE (from_segment, to_segment)))",
        });
    QSqlQuery documents = exec(db, QStringLiteral("SELECT id, text FROM documents"));
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE segments SET anchor_prefix = ?, anchor_suffix = ? WHERE id = ?"));
    while (documents.next()) {
        const QString text = documents.value(1).toString();
        QSqlQuery segments = exec(
            db, QStringLiteral(R"(SELECT id, start, "end" FROM segments WHERE document_id = ?)"), {documents.value(0)});
        while (segments.next()) {
            const TextAnchor anchor
                = TextAnchor::around(text, segments.value(1).toLongLong(), segments.value(2).toLongLong());
            exec(update, {anchor.prefix, anchor.suffix, segments.value(0)});
        }
    }
}

// 3: full-text search over segments and notes (kept in step by triggers) and the
// undo state of journal entries.
void addSearchAndUndo(const QSqlDatabase &db)
{
    runAll(db,
        {
            uR"(CREATE VIRTUAL TABLE segments_fts USING fts5(text, content='segments', content_rowid='id',
            tokenize='porter unicode61 remove_diacritics 2'))",
            uR"(CREATE TRIGGER segments_fts_insert AFTER INSERT ON segments BEGIN
            INSERT INTO segments_fts(rowid, text) VALUES (new.id, new.text); END)",
            uR"(CREATE TRIGGER segments_fts_delete AFTER DELETE ON segments BEGIN
            INSERT INTO segments_fts(segments_fts, rowid, text) VALUES ('delete', old.id, old.text); END)",
            uR"(CREATE TRIGGER segments_fts_update AFTER UPDATE OF text ON segments BEGIN
            INSERT INTO segments_fts(segments_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO segments_fts(rowid, text) VALUES (new.id, new.text); END)",
            uR"(INSERT INTO segments_fts(segments_fts) VALUES ('rebuild'))",
            uR"(CREATE VIRTUAL TABLE notes_fts USING fts5(markdown, content='notes', content_rowid='id',
            tokenize='porter unicode61 remove_diacritics 2'))",
            uR"(CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
            INSERT INTO notes_fts(rowid, markdown) VALUES (new.id, new.markdown); END)",
            uR"(CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
            INSERT INTO notes_fts(notes_fts, rowid, markdown) VALUES ('delete', old.id, old.markdown); END)",
            uR"(CREATE TRIGGER notes_fts_update AFTER UPDATE OF markdown ON notes BEGIN
            INSERT INTO notes_fts(notes_fts, rowid, markdown) VALUES ('delete', old.id, old.markdown);
            INSERT INTO notes_fts(rowid, markdown) VALUES (new.id, new.markdown); END)",
            uR"(INSERT INTO notes_fts(notes_fts) VALUES ('rebuild'))",
            // 0: not undoable, 1: done, 2: undone (redoable), 3: redo discarded, 4: barrier.
            // Entries written before this step stay 0: history, not undo steps.
            uR"(ALTER TABLE journal ADD COLUMN undo_state INTEGER NOT NULL DEFAULT 0)",
            uR"(CREATE INDEX journal_by_undo_state ON journal(undo_state, id))",
        });
}

// 4: a per-report counter of changes to its segments, kept by triggers (so also
// for other processes' edits), so that a reader holding a report can tell in one
// row whether its segments are still current, without reading them all.
void addSegmentsRevision(const QSqlDatabase &db)
{
    runAll(db,
        {
            uR"(ALTER TABLE documents ADD COLUMN segments_revision INTEGER NOT NULL DEFAULT 0)",
            uR"(CREATE TRIGGER segments_revision_insert AFTER INSERT ON segments BEGIN
            UPDATE documents SET segments_revision = segments_revision + 1 WHERE id = new.document_id; END)",
            uR"(CREATE TRIGGER segments_revision_update AFTER UPDATE ON segments BEGIN
            UPDATE documents SET segments_revision = segments_revision + 1 WHERE id = new.document_id; END)",
            uR"(CREATE TRIGGER segments_revision_delete AFTER DELETE ON segments BEGIN
            UPDATE documents SET segments_revision = segments_revision + 1 WHERE id = old.document_id; END)",
        });
}

// 5: who and where: the session (one window or one command run) that wrote each
// journal entry, and an index of the rows each undoable entry changed, so an undo
// can be refused in one lookup when someone else changed the same rows later.
void addJournalSessions(const QSqlDatabase &db)
{
    runAll(db,
        {
            uR"(ALTER TABLE journal ADD COLUMN session TEXT NOT NULL DEFAULT '')",
            uR"(CREATE INDEX journal_by_session ON journal(session, undo_state, id))",
            uR"(CREATE INDEX journal_by_who ON journal(who, undo_state, id))",
            uR"(CREATE TABLE journal_rows (
            entry_id INTEGER NOT NULL REFERENCES journal(id) ON DELETE CASCADE,
            tbl TEXT NOT NULL,
            row_id INTEGER NOT NULL,
            PRIMARY KEY (entry_id, tbl, row_id)) WITHOUT ROWID)",
            uR"(CREATE INDEX journal_rows_by_row ON journal_rows(tbl, row_id, entry_id))",
        });
    // Entries that can still be undone or redone get their rows indexed too.
    QSqlQuery entries = exec(db, QStringLiteral("SELECT id, before, after FROM journal WHERE undo_state IN (1, 2)"));
    while (entries.next())
        Journal::indexRows(db, entries.value(0).toLongLong(),
            {QJsonDocument::fromJson(entries.value(1).toString().toUtf8()).object(),
                QJsonDocument::fromJson(entries.value(2).toString().toUtf8()).object()});
}

// 6: the key (1-9) that applies a tag in the reader, stored so that it stays with
// its tag when other tags are created. Until now keys followed the alphabetical
// order of names, so the first nine tags keep the keys they had. No unique index:
// undo rewrites rows one at a time, and a swap of two keys passes through a
// duplicate; the store keeps keys unique.
void addTagKeys(const QSqlDatabase &db)
{
    runAll(db,
        {
            uR"(ALTER TABLE tags ADD COLUMN key INTEGER CHECK (key BETWEEN 1 AND 9))",
            uR"(UPDATE tags SET key = 1 + (SELECT count(*) FROM tags o WHERE o.name < tags.name COLLATE NOCASE)
            WHERE (SELECT count(*) FROM tags o WHERE o.name < tags.name COLLATE NOCASE) < 9)",
        });
}

// 7: an action plan of several actions per priority and of actions tied to no
// priority (segment_id NULL, so each names its document), each with its own text,
// and the history of their changes (who changed what, when).
void addPlanActions(const QSqlDatabase &db)
{
    runAll(db,
        {
            uR"(CREATE TABLE plan_items_new (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            segment_id INTEGER REFERENCES segments(id) ON DELETE CASCADE,
            action TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT '',
            due TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'not started',
            evidence TEXT NOT NULL DEFAULT ''))",
            uR"(INSERT INTO plan_items_new (id, document_id, segment_id, owner, due, status, evidence)
            SELECT p.id, s.document_id, p.segment_id, p.owner, p.due, p.status, p.evidence
            FROM plan_items p JOIN segments s ON s.id = p.segment_id)",
            uR"(DROP TABLE plan_items)",
            uR"(ALTER TABLE plan_items_new RENAME TO plan_items)",
            uR"(CREATE INDEX plan_items_by_document ON plan_items(document_id))",
            uR"(CREATE INDEX plan_items_by_segment ON plan_items(segment_id))",
            uR"(CREATE TABLE plan_history (
            id INTEGER PRIMARY KEY,
            plan_item_id INTEGER NOT NULL REFERENCES plan_items(id) ON DELETE CASCADE,
            at INTEGER NOT NULL,
            who TEXT NOT NULL,
            field TEXT NOT NULL,
            before TEXT NOT NULL DEFAULT '',
            after TEXT NOT NULL DEFAULT ''))",
            uR"(CREATE INDEX plan_history_by_item ON plan_history(plan_item_id, id))",
        });
    // Undo of older plan changes writes their row images back: give those the
    // document the new column requires (the entry's own document).
    QSqlQuery entries = exec(db,
        QStringLiteral("SELECT id, document_id, before, after FROM journal WHERE before LIKE '%\"plan_items\"%' "
                       "OR after LIKE '%\"plan_items\"%'"));
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE journal SET before = ?, after = ? WHERE id = ?"));
    while (entries.next()) {
        const qint64 documentId = entries.value(1).toLongLong();
        auto withDocument = [documentId](const QString &json) {
            QJsonObject images = QJsonDocument::fromJson(json.toUtf8()).object();
            if (!images.contains(u"plan_items"))
                return json;
            QJsonArray rows;
            for (const QJsonValue &row : images.value(u"plan_items").toArray()) {
                QJsonObject r = row.toObject();
                r.insert(u"document_id", documentId);
                rows.append(r);
            }
            images.insert(u"plan_items", rows);
            return QString::fromUtf8(QJsonDocument(images).toJson(QJsonDocument::Compact));
        };
        exec(update,
            {withDocument(entries.value(2).toString()), withDocument(entries.value(3).toString()), entries.value(0)});
    }
}

// 8: the cover details of the project's committee packs (committee, meeting,
// date, agenda item, officer, version), one row per field that has a value.
void addCoverFields(const QSqlDatabase &db)
{
    runAll(db,
        {
            uR"(CREATE TABLE cover_fields (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            value TEXT NOT NULL))",
        });
}

// 9: the counter moves to a row of its own. Bumping documents.segments_revision
// rewrote the documents row, which holds the whole text, once per inserted
// segment (an import of n paragraphs wrote n copies of the text).
void moveSegmentsRevision(const QSqlDatabase &db)
{
    runAll(db,
        {
            uR"(CREATE TABLE segment_revisions (
            document_id INTEGER PRIMARY KEY,
            revision INTEGER NOT NULL DEFAULT 0))",
            uR"(INSERT INTO segment_revisions(document_id, revision) SELECT id, segments_revision FROM documents)",
            uR"(DROP TRIGGER segments_revision_insert)",
            uR"(DROP TRIGGER segments_revision_update)",
            uR"(DROP TRIGGER segments_revision_delete)",
            uR"(CREATE TRIGGER segment_revisions_insert AFTER INSERT ON segments BEGIN
            INSERT INTO segment_revisions(document_id, revision) VALUES (new.document_id, 1)
            ON CONFLICT(document_id) DO UPDATE SET revision = revision + 1; END)",
            uR"(CREATE TRIGGER segment_revisions_update AFTER UPDATE ON segments BEGIN
            INSERT INTO segment_revisions(document_id, revision) VALUES (new.document_id, 1)
            ON CONFLICT(document_id) DO UPDATE SET revision = revision + 1; END)",
            uR"(CREATE TRIGGER segment_revisions_delete AFTER DELETE ON segments BEGIN
            UPDATE segment_revisions SET revision = revision + 1 WHERE document_id = old.document_id; END)",
            uR"(CREATE TRIGGER segment_revisions_forget AFTER DELETE ON documents BEGIN
            DELETE FROM segment_revisions WHERE document_id = old.id; END)",
        });
}

// 10: report series. A report may follow up one earlier report (the chain is the
// series); a finding of a later report may be linked to a priority (or, for a
// repeat finding, a finding) of an earlier one with a progress type.
void addReportSeries(const QSqlDatabase &db)
{
    runAll(db,
        {
            uR"(CREATE TABLE follow_ups (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
            follows_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            author TEXT NOT NULL DEFAULT '',
            created INTEGER NOT NULL,
            CHECK (document_id <> follows_id)))",
            uR"(CREATE INDEX follow_ups_by_earlier ON follow_ups(follows_id))",
            uR"(CREATE TABLE progress_links (
            id INTEGER PRIMARY KEY,
            from_segment INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
            to_segment INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            confidence REAL NOT NULL DEFAULT 1,
            reason TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            created INTEGER NOT NULL,
            UNIQUE (from_segment, to_segment)))",
            uR"(CREATE INDEX progress_links_by_target ON progress_links(to_segment))",
        });
}

// 11: the importer's confidence in each segment and the cue that decided it, whether a person
// has reviewed it, and whether any findings/priorities structure was found in the report.
// Segments stored before have nothing to review (confidence 1).
void addSegmentConfidence(const QSqlDatabase &db)
{
    runAll(db,
        {
            uR"(ALTER TABLE segments ADD COLUMN confidence REAL NOT NULL DEFAULT 1.0)",
            uR"(ALTER TABLE segments ADD COLUMN reason TEXT NOT NULL DEFAULT '')",
            uR"(ALTER TABLE segments ADD COLUMN reviewed INTEGER NOT NULL DEFAULT 0)",
            uR"(ALTER TABLE documents ADD COLUMN structure_recognised INTEGER NOT NULL DEFAULT 1)",
        });
}

// 12: removing a report becomes an undoable step. The journal entry holds the rows
// (documents, segments, annotations) as it holds any other step's; the original
// file's bytes, which can run to megabytes, are moved here instead of into the
// entry's JSON. The row also keeps the report's segment counter and the highest
// segment id it had, so a later import never takes the ids an undo puts back.
void addRemovedOriginals(const QSqlDatabase &db)
{
    runAll(db,
        {
            uR"(CREATE TABLE removed_originals (
            document_id INTEGER PRIMARY KEY,
            bytes BLOB,
            segments_revision INTEGER NOT NULL DEFAULT 0,
            last_segment_id INTEGER NOT NULL DEFAULT 0))",
        });
}

// 13: every rated aspect of a report as the importer read it, a JSON array of
// {aspect, grade, scale, segment} (segment: the row id of the segment stating it, or null).
// Reports imported before have none.
void addRatings(const QSqlDatabase &db)
{
    runAll(db,
        {
            uR"(ALTER TABLE documents ADD COLUMN ratings TEXT NOT NULL DEFAULT '[]')",
        });
}

const QList<std::function<void(const QSqlDatabase &)>> &migrations()
{
    static const QList<std::function<void(const QSqlDatabase &)>> steps {createCoreTables, addAnchorsAndRejections,
        addSearchAndUndo, addSegmentsRevision, addJournalSessions, addTagKeys, addPlanActions, addCoverFields,
        moveSegmentsRevision, addReportSeries, addSegmentConfidence, addRemovedOriginals, addRatings};
    return steps;
}

} // namespace

int version(const QSqlDatabase &db)
{
    return CheckedSql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
}

void migrate(const QSqlDatabase &db, int target)
{
    static_assert(currentVersion == 13, "add the new step to migrations()");
    Q_ASSERT(migrations().size() == currentVersion);
    WriteTransaction transaction(db);
    // Read inside the transaction: another process may have migrated meanwhile.
    const int from = version(db);
    if (from >= target)
        return;
    for (int step = from + 1; step <= target; ++step)
        migrations().at(step - 1)(db);
    exec(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
    exec(db, QStringLiteral("PRAGMA user_version = %1").arg(target));
    transaction.commit();
}

} // namespace Scrutiny::Schema
