// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckedSql.h"
#include "Journal.h"
#include "ProjectStore.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>

namespace Scrutiny {

/// A segment row as the store keeps it.
struct StoredSegment
{
    qint64 id = 0;
    qint64 documentId = 0;
    SegmentKind kind = SegmentKind::Context;
    QString label;
};

struct ProjectStore::Private
{
    QString connectionName;
    QString path;
    QString author;
    QString sessionId;
    /// The entry the last successful write created, and the one the running write has.
    qint64 lastEntryId = 0;
    qint64 pendingEntryId = 0;
    bool readOnly = false;
    int busyTimeoutMs = 5000;
    QHash<QString, QSqlQuery> statements;

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }
    bool isOpen() const { return !connectionName.isEmpty(); }

    /// A prepared statement kept for the connection's lifetime (hot paths: import).
    QSqlQuery &statement(const QString &sql);

    /// Runs `action` in one write transaction; false with *error set when it throws.
    bool write(QString *error, const std::function<void()> &action);
    /// Runs a read; false with *error set when it throws.
    bool read(QString *error, const std::function<void()> &action) const;

    /// Captures the scopes, runs change, captures again and journals it as one undo step.
    void record(const QString &action, const QString &description, qint64 documentId,
        const QList<Journal::Scope> &scopes, const std::function<void()> &change);
    /// Appends an entry written by this store (its author and session); returns its id.
    qint64 append(Journal::Entry entry);
    /// This store's author and session, as an undo or redo record names them.
    Journal::Entry recordOfThisStore() const { return {author, sessionId, {}, {}, 0, {}, {}, {}}; }

    void requireDocument(qint64 documentId) const;
    /// "F3" (any case) in a document -> its row; throws "document 1 has no segment F9".
    StoredSegment segment(qint64 documentId, const QString &label) const;
    /// The current label of a segment row.
    QString label(qint64 segmentId) const;
    /// Labels of every segment of a document, by row id.
    QHash<qint64, QString> labels(qint64 documentId) const;
};

/// Labels from kinds in document order: prefix + 1-based rank within the kind.
class SegmentLabeller
{
public:
    QString next(SegmentKind kind);

private:
    QHash<int, int> m_counts;
};

QString sqlKind(SegmentKind kind);
SegmentKind kindFromSql(const QString &text);

/// Reads a document's tags, segment tags, links, notes and plan into `into`,
/// naming segments by `labels` (row id -> "F3"). Used inside a read transaction
/// by annotatedReport() and refreshAnnotations().
void readAnnotations(
    const QSqlDatabase &db, qint64 documentId, const QHash<qint64, QString> &labels, AnnotatedReport *into);

} // namespace Scrutiny
