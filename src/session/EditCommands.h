// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotations.h"
#include "model/CoverDetails.h"

#include <QColor>
#include <QString>
#include <QStringList>

#include <optional>

namespace Scrutiny {

class ReportSession;

/// Every edit a widget can make that is not tagging or linking (SegmentTagging,
/// SegmentLinking): each runs one store mutator (one transaction, one journal
/// entry) and pushes one EditCommand holding that entry, or reports the store's
/// message through ReportSession::errorOccurred. Widgets call these and never a
/// store mutator. Edits of the open report act on session->documentId().
namespace EditCommands {

// Tags (project-wide)
std::optional<Tag> createTag(ReportSession *session, const QString &name, const QColor &colour, qint64 parentId = 0);
bool renameTag(ReportSession *session, qint64 tagId, const QString &name);
bool recolourTag(ReportSession *session, qint64 tagId, const QColor &colour);
bool reparentTag(ReportSession *session, qint64 tagId, qint64 parentId);
/// key 1-9, 0 = none.
bool setTagKey(ReportSession *session, qint64 tagId, int key);
bool mergeTags(ReportSession *session, qint64 fromTagId, qint64 intoTagId);
bool deleteTag(ReportSession *session, qint64 tagId);

// Notes: segment empty = the note on the whole report; empty markdown removes it.
bool setNote(ReportSession *session, qint64 documentId, const QString &segment, const QString &markdown);

// Fixing the importer's mistakes in the open report
bool updateSegment(ReportSession *session, const QString &segment, SegmentKind kind, Side side,
    const QString &speakerName, const QString &speakerRole);
/// Accepts the importer's reading of these segments: they leave the review queue (one step).
bool acceptSegments(ReportSession *session, const QStringList &segments);
bool splitSegment(ReportSession *session, const QString &segment, qsizetype offset);
bool mergeWithNext(ReportSession *session, const QString &segment);

// Links and suggestions of the report documentId (the matrix shows every report)
bool updateLink(ReportSession *session, qint64 documentId, const Link &link);
bool removeLink(ReportSession *session, qint64 documentId, qint64 linkId);
bool acceptSuggestion(ReportSession *session, qint64 documentId, const QString &from, const QString &to);
/// Several suggestions as one step (one batch call).
bool acceptSuggestions(
    ReportSession *session, qint64 documentId, const QList<std::pair<QString, QString>> &suggestions);
bool rejectSuggestion(ReportSession *session, qint64 documentId, const QString &from, const QString &to);

// The action plan of the open report
bool setPlanItem(ReportSession *session, const PlanItem &item);
/// The stored action, or nothing (the error was reported).
std::optional<PlanItem> addPlanItem(ReportSession *session, const PlanItem &item);
bool removePlanItem(ReportSession *session, qint64 itemId);

// The committee pack's cover (project-wide)
bool setCoverFields(ReportSession *session, const CoverDetails &details);

// Project-level changes, each one step. Removing a report (its annotations, the
// links to and from it, its place in a series) comes back whole with Ctrl+Z.
bool removeDocument(ReportSession *session, qint64 documentId);
bool setFollows(ReportSession *session, qint64 later, qint64 earlier);

} // namespace EditCommands
} // namespace Scrutiny
