// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotations.h"
#include "model/CoverDetails.h"
#include "model/ParsedReport.h"
#include "model/ProgressLink.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace Scrutiny {

/// A project database (SQLite, suggested extension .scrutiny) holding many
/// reports and everything the user adds to them. Owns the schema and its
/// numbered migrations. Every public mutating call is one transaction and one
/// journal entry (undoable); on failure nothing changes and *error is set to
/// one clear line. Segments are named by their label within a document ("F3"),
/// as in the parse contract; internally annotations hang on stable row ids, so
/// labels may be renumbered after a kind change, split or merge.
///
/// Not thread-safe: use one ProjectStore per thread (each has its own connection).
class ProjectStore : public QObject
{
    Q_OBJECT
public:
    explicit ProjectStore(QObject *parent = nullptr);
    ~ProjectStore() override;

    /// AppDataLocation/default.scrutiny (the directory is created when needed).
    static QString defaultPath();
    /// Whether the user may write the file or folder at path, by its owner's permission
    /// bits when the user owns it (so also for root).
    static bool writableByUser(const QString &path);

    /// Opens or creates the database at path and migrates it. Refuses, leaving the
    /// file untouched, a newer schema, a non-SQLite or truncated file, a read-only
    /// file (unless readOnly) or a database another process holds locked too long.
    bool open(const QString &path, QString *error, bool readOnly = false);
    void close();
    bool isOpen() const;
    QString path() const;
    /// The name recorded in the journal and on links (default: defaultAuthor()).
    void setAuthor(const QString &author);
    QString author() const;
    /// $SCRUTINY_AUTHOR if set, else the OS user's full name (the first field of
    /// the password entry's gecos), else the login name.
    static QString defaultAuthor();
    /// The session recorded with every journal entry this store writes: one window,
    /// or one command run. A fresh UUID per ProjectStore unless set (empty: a new one).
    void setSessionId(const QString &sessionId);
    QString sessionId() const;
    /// The journal entry the last successful mutating call of this store created
    /// (for undo and redo: their "undo"/"redo" record); 0 before any.
    qint64 lastEntryId() const;
    /// How long a write waits for another process's transaction before failing
    /// with "in use" (default 5000 ms). Takes effect at the next open().
    void setBusyTimeout(int milliseconds);
    /// True when opened read-only, or when the file turned out damaged.
    bool isReadOnly() const;
    /// Empty while the project reads cleanly. A project that fails `PRAGMA quick_check`
    /// at open, or any later read, is damaged: read-only from then on, and this is the
    /// one line that says so (also emitted as damageFound).
    QString damage() const;
    /// The error of the last read whose own signature has no error to fill
    /// (documents(), tags(), journal() ...), empty when every read succeeded.
    QString lastReadError() const;
    /// Writes a copy of the open project to `target` (a new file) with everything
    /// still readable: VACUUM INTO, or for a file too damaged for that, table by
    /// table around the unreadable pages. The original is never written. *summary
    /// says what was copied or left out.
    bool makeRepairedCopy(const QString &target, QString *error, QString *summary = nullptr) const;

    struct DocumentSummary
    {
        qint64 id = 0;
        QString title;
        QString fileName;
        QString format;
        QDateTime importedAt;
        Judgement judgement;
        QList<Rating> ratings; ///< every rated aspect (segment ids left empty); none before schema 13
        int findings = 0;
        int priorities = 0;
        int quotes = 0;
        int responses = 0;
        int links = 0;
        int needsReview = 0; ///< segments read with low confidence that nobody has reviewed yet
        bool structureRecognised = true; ///< false: no finding or priority was found at import
    };
    QList<DocumentSummary> documents() const;

    struct ImportResult
    {
        qint64 documentId = 0;
        bool alreadyPresent = false; ///< same sha256: nothing was added
        qint64 replacedDocumentId = 0; ///< a corrected version of this document was re-anchored onto
        QStringList unplaced; ///< annotations that could not be re-anchored, described for the user
    };
    /// Stores a parsed report and its original bytes in one transaction.
    /// When `corrects` names an earlier document, its tags, links, notes and plan are
    /// re-anchored onto the new version by their text-quote anchors.
    std::optional<ImportResult> importReport(const ParsedReport &report, const QByteArray &original,
        const QString &fileName, QString *error, qint64 corrects = 0);
    bool removeDocument(qint64 documentId, QString *error);
    std::optional<AnnotatedReport> annotatedReport(qint64 documentId, QString *error) const;
    QByteArray originalBytes(qint64 documentId) const;
    /// Brings an AnnotatedReport read earlier up to date: re-reads only tags, links,
    /// notes and plan while its segments are unchanged (a full re-read otherwise),
    /// so following an annotation in a long report does not re-read its text.
    bool refreshAnnotations(AnnotatedReport *report, QString *error) const;

    // Tags (project-wide)
    QList<Tag> tags() const;
    std::optional<Tag> createTag(const QString &name, const QColor &colour, QString *error,
        const QString &description = {}, qint64 parentId = 0);
    bool updateTag(const Tag &tag, QString *error); ///< rename, recolour, describe, reparent
    bool mergeTags(qint64 fromTagId, qint64 intoTagId, QString *error);
    bool deleteTag(qint64 tagId, QString *error);
    std::optional<Tag> tagByName(const QString &name) const;
    bool tagSegment(qint64 documentId, const QString &segment, qint64 tagId, QString *error);
    bool untagSegment(qint64 documentId, const QString &segment, qint64 tagId, QString *error);
    /// Tags by name, creating the tag (with `colour`, or the next colour of a
    /// palette when invalid) if the project has none: one transaction, one undo step.
    std::optional<Tag> tagSegmentByName(
        qint64 documentId, const QString &segment, const QString &tagName, QString *error, const QColor &colour = {});
    /// How many segments carry each tag, by tag id: in one report, or (0) in the whole project.
    QHash<qint64, int> tagUsage(qint64 documentId = 0) const;

    /// A segment found by code retrieval, with the text on either side of it.
    struct TaggedSegment
    {
        qint64 documentId = 0;
        QString documentTitle;
        QString segment; ///< "F3"
        SegmentKind kind = SegmentKind::Context;
        QString text;
        QString before; ///< the end of the segment before it ("" at the start of the report)
        QString after; ///< the start of the segment after it
    };
    /// Every segment carrying the tag or one of its sub-tags, in one report or (0)
    /// across the project, by report and then in reading order.
    QList<TaggedSegment> taggedSegments(qint64 tagId, qint64 documentId, QString *error) const;

    // Batch calls: each is one transaction and one journal entry, so one undo
    // step before and after a restart. They refuse the whole batch (nothing
    // changes) when any one segment would be refused on its own: an unknown
    // label, a segment that already has (does not have) the tag, a duplicate link.
    // A label named twice counts once.
    bool tagSegments(qint64 documentId, const QStringList &segments, qint64 tagId, QString *error);
    bool untagSegments(qint64 documentId, const QStringList &segments, qint64 tagId, QString *error);
    /// Tags by name, creating the tag first if the project has none (see tagSegmentByName).
    std::optional<Tag> tagSegmentsByName(qint64 documentId, const QStringList &segments, const QString &tagName,
        QString *error, const QColor &colour = {});

    // Links
    std::optional<Link> addLink(qint64 documentId, const QString &from, const QString &to, LinkType type,
        QString *error, const QString &note = {});
    bool updateLink(qint64 documentId, const Link &link, QString *error); ///< type and note
    bool removeLink(qint64 documentId, qint64 linkId, QString *error);
    /// A suggestion the user turned down is never offered again.
    bool rejectSuggestion(qint64 documentId, const QString &from, const QString &to, QString *error);
    bool isRejected(qint64 documentId, const QString &from, const QString &to) const;
    /// Every rejected (from, to) pair of a report, by label, in one read.
    QSet<std::pair<QString, QString>> rejectedSuggestions(qint64 documentId) const;
    /// Accepting = addLink with type Addresses (RespondsTo for responses), journaled as "accept suggestion".
    std::optional<Link> acceptSuggestion(qint64 documentId, const QString &from, const QString &to, QString *error);

    struct LinkRequest
    {
        QString from;
        QString to;
        LinkType type = LinkType::Addresses;
        QString note;
    };
    /// Batch forms (one transaction, one journal entry; all or nothing). The links
    /// come back in the order asked for.
    std::optional<QList<Link>> addLinks(qint64 documentId, const QList<LinkRequest> &links, QString *error);
    std::optional<QList<Link>> acceptSuggestions(
        qint64 documentId, const QList<std::pair<QString, QString>> &pairs, QString *error);
    bool removeLinks(qint64 documentId, const QList<qint64> &linkIds, QString *error);

    // Notes: segment empty = a note on the whole document. Empty markdown removes it.
    bool setNote(qint64 documentId, const QString &segment, const QString &markdown, QString *error);

    // Action plan: actions on priorities (several each) or tied to none. Every change
    // of an action's fields is kept in its history (AnnotatedReport::planHistory).
    /// Updates the action item.id; without an id, the first action of item.priority
    /// (created when it has none).
    bool setPlanItem(qint64 documentId, const PlanItem &item, QString *error);
    /// Adds another action (item.id is ignored); the stored action is returned.
    std::optional<PlanItem> addPlanItem(qint64 documentId, const PlanItem &item, QString *error);
    bool removePlanItem(qint64 documentId, qint64 itemId, QString *error);

    // Fixing the importer's mistakes
    bool updateSegment(qint64 documentId, const QString &segment, SegmentKind kind, Side side,
        const QString &speakerName, const QString &speakerRole, QString *error);
    /// Accepts the importer's reading of these segments as right: they leave the review queue.
    /// updateSegment() also marks a segment reviewed: a person has decided what it is.
    bool acceptSegments(qint64 documentId, const QStringList &segments, QString *error);
    /// Splits at a UTF-16 offset inside the segment's text; annotations stay on the first part.
    bool splitSegment(qint64 documentId, const QString &segment, qsizetype offset, QString *error);
    /// Merges a segment with the one right after it; annotations of both are kept.
    bool mergeSegments(qint64 documentId, const QString &first, QString *error);

    // Full-text search (FTS5) over segment text and notes. An empty query with a
    // tag filter lists the segments carrying the tag (code retrieval), in reading order.
    struct SearchFilter
    {
        qint64 documentId = 0; ///< 0: the whole project
        std::optional<SegmentKind> kind;
        std::optional<Side> side;
        QString tag; ///< name; a tag also matches its descendants
        int limit = 200; ///< best hits only
    };
    struct SearchHit
    {
        qint64 documentId = 0;
        QString segment;
        SegmentKind kind = SegmentKind::Context;
        QString snippet; ///< matching words wrapped in U+E000 ... U+E001 (escape before showing as HTML)
        bool inNote = false;
        double rank = 0; ///< lower is better (bm25)
    };
    QList<SearchHit> search(const QString &query, const SearchFilter &filter, QString *error) const;

    // Undo/redo of annotation actions, from the journal; survives a restart.
    //
    // Every mutating call writes one journal entry naming this store's author and
    // session. undoEntry/redoEntry act on exactly one entry, whoever wrote it; they
    // are refused, with one line naming who changed what and when, when a later
    // entry that is still done changed any of the same rows, and (the final guard)
    // when the rows are not exactly as the entry left them. Undoing puts an "undo"
    // record in the journal; a new step ends the redo history of its author and
    // its session.

    /// Whose entries: a session and/or an author; an empty field matches any.
    struct JournalScope
    {
        QString sessionId;
        QString author;
    };
    /// The newest done entry of the scope (what an undo would take back) / the
    /// oldest undone one (what a redo would restore); 0 when there is none.
    /// Entries before a replaced report (an import correcting it) are out of reach.
    qint64 undoableEntry(const JournalScope &scope) const;
    qint64 redoableEntry(const JournalScope &scope) const;
    bool undoEntry(qint64 entryId, QString *error);
    bool redoEntry(qint64 entryId, QString *error);

    /// The same for this store's own session only: canUndo() is
    /// undoableEntry({sessionId(), {}}) != 0, undo() undoes that entry, and so on.
    /// Steps of other windows, processes or earlier runs are never taken back here;
    /// reach those with undoableEntry({{}, author()}) and undoEntry().
    bool canUndo() const;
    bool canRedo() const;
    QString undoText() const; ///< "tag F3 with leadership"
    QString redoText() const;
    bool undo(QString *error);
    bool redo(QString *error);

    struct JournalEntry
    {
        qint64 id = 0;
        QDateTime when;
        QString who; ///< the author
        QString action; ///< "tag", "link", "note", "plan", "import", "undo" ...
        QString description;
        qint64 documentId = 0;
        QString before; ///< JSON
        QString after; ///< JSON
        QString sessionId; ///< empty for entries written before sessions were recorded
    };
    /// The latest `limit` entries, oldest first, of one document (0: all) and scope.
    QList<JournalEntry> journal(qint64 documentId = 0, int limit = 1000, const JournalScope &scope = {}) const;
    /// One entry by id (its description for an Undo menu, say).
    std::optional<JournalEntry> journalEntry(qint64 entryId) const;

    // Report series (follow-up inspections). A report follows up at most one earlier
    // report; the chains these make are the series.
    /// Records that `later` follows up `earlier` (replacing what `later` followed
    /// before). Refuses a report following itself or one of its own follow-ups.
    bool setFollows(qint64 later, qint64 earlier, QString *error);
    /// Takes a report out of its series: the reports that followed it now follow
    /// what it followed, and its progress links (both ways) go; other reports and
    /// their links stay. One undo step.
    bool leaveSeries(qint64 documentId, QString *error);
    QList<FollowUp> followUps() const;
    /// The series holding a report, earliest first (each report after the one it
    /// follows up; reports following the same one in id order). Just the report
    /// when it is in no series; empty for an unknown report.
    QList<qint64> series(qint64 documentId) const;

    /// Links a finding of a later report to a priority of an earlier report of its
    /// series (or, with ProgressType::Repeat, to the earlier finding it repeats).
    /// Refuses, with one clear line, a target in a later or the same report, or
    /// in a report outside the series. Confidence and reason keep a suggestion's.
    std::optional<ProgressLink> addProgressLink(const SegmentRef &from, const SegmentRef &to, ProgressType type,
        QString *error, double confidence = 1.0, const QString &reason = {});
    bool setProgressType(qint64 linkId, ProgressType type, QString *error);
    bool removeProgressLink(qint64 linkId, QString *error);
    /// Stored progress links whose finding is in one of `documents` (all when empty).
    QList<ProgressLink> progressLinks(const QList<qint64> &documents = {}) const;

    // The committee-pack cover (the meeting a pack is for), one set per project.
    /// Empty fields when never set (or when no project is open).
    CoverDetails coverFields() const;
    /// Sets one field; an empty value clears it. One undo step.
    bool setCoverField(CoverDetails::Field field, const QString &value, QString *error);
    /// Sets every field at once (the export dialog). One undo step.
    bool setCoverFields(const CoverDetails &details, QString *error);

    /// Schema version of the open database (Schema::currentVersion once opened read-write).
    int schemaVersion() const;

Q_SIGNALS:
    /// The project turned out damaged (at open or in a later read); it is read-only now.
    void damageFound(const QString &message);
    void documentsChanged();
    /// Tags, links, notes, plan or segments of this document changed (0: project-wide, e.g. tags).
    void annotationsChanged(qint64 documentId);
    void undoStateChanged();

public:
    struct Private; ///< implementation detail, named here so the store's own files can share it

private:
    std::unique_ptr<Private> d;
};

} // namespace Scrutiny
