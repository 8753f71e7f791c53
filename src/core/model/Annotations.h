// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ParsedReport.h"

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace Scrutiny {

/// A code the user applies to segments. Tags form a hierarchy through parentId.
struct Tag
{
    qint64 id = 0;
    QString name;
    QColor colour;
    QString description;
    qint64 parentId = 0; ///< 0: top level
    int key = 0; ///< 1-9: the key that applies it in the reader, kept when other tags come and go; 0: none
    bool operator==(const Tag &) const = default;
};

enum class LinkType { Addresses, PartlyAddresses, Contradicts, RespondsTo };
QString toString(LinkType type);
std::optional<LinkType> linkTypeFromString(QStringView text);

/// A user's cross-link between two segments of one report (usually finding -> priority).
struct Link
{
    qint64 id = 0;
    QString from; ///< segment id within the report, e.g. "F3"
    QString to; ///< e.g. "P2"
    LinkType type = LinkType::Addresses;
    QString note;
    QString author;
    QDateTime created;
    bool operator==(const Link &) const = default;
};

/// A Markdown note on a segment, or on the whole document when segment is empty.
struct Note
{
    qint64 id = 0;
    QString segment;
    QString markdown;
    QDateTime modified;
    bool operator==(const Note &) const = default;
};

enum class PlanStatus { NotStarted, InProgress, Done, Overdue, WillNotImplement };
QString toString(PlanStatus status);
/// The status as a user reads it, in the user's language ("in progress").
QString displayName(PlanStatus status);
std::optional<PlanStatus> planStatusFromString(QStringView text);

/// One action of the plan: a priority may have several, and an action may stand
/// on its own (priority empty).
struct PlanItem
{
    QString priority; ///< segment id, e.g. "P2"; empty: an action tied to no priority
    QString owner;
    QDate due;
    PlanStatus status = PlanStatus::NotStarted;
    QString evidence;
    qint64 id = 0; ///< the store's id; 0: not stored yet
    QString action; ///< what will be done; empty: the priority's own text says it
    /// Overdue when marked so, or past its due date and not finished.
    bool isOverdue(const QDate &today) const;
    bool operator==(const PlanItem &) const = default;
};

/// A change to an action of the plan: who changed which of its fields, when.
struct PlanChange
{
    qint64 item = 0; ///< PlanItem::id
    QDateTime when;
    QString who;
    QString field; ///< "status", "owner", "due", "evidence", "action", "priority"
    QString before;
    QString after;
    bool operator==(const PlanChange &) const = default;
};

/// A stored report with everything the user added to it: what export and the
/// reader consume, independent of how the store keeps it.
struct AnnotatedReport
{
    qint64 documentId = 0;
    QString fileName;
    QString sha256;
    QDateTime importedAt;
    ParsedReport report;
    QList<Tag> tags; ///< every tag of the project used by this report
    QHash<QString, QList<qint64>> segmentTags; ///< segment id -> tag ids, in the order applied
    QList<Link> links;
    QList<Note> notes;
    QList<PlanItem> plan; ///< priorities' actions in reading order, then actions tied to none
    QList<PlanChange> planHistory; ///< oldest first
    /// Where the segments came from in the store: their rows (parallel to
    /// report.segments) and the report's segments revision when they were read,
    /// so annotations can be re-read without re-reading the segments.
    QList<qint64> segmentRows;
    qint64 segmentsRevision = -1;

    const Tag *tag(qint64 id) const;
    QList<Link> linksFrom(QStringView segment) const;
    QList<Link> linksTo(QStringView segment) const;
};

} // namespace Scrutiny
