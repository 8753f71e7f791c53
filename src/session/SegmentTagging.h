// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QStringList>

namespace Scrutiny {

class ReportSession;

/// Applying a tag to several segments at once: one store batch call (one
/// transaction, one journal entry), so Ctrl+Z takes the whole action back, before
/// and after a restart.
namespace SegmentTagging {

/// True when every one of segments carries the tag (false for no segments).
bool allHaveTag(const ReportSession *session, const QStringList &segments, qint64 tagId);
/// Tags the segments that lack the tag. True when something was done and nothing failed.
bool apply(ReportSession *session, const QStringList &segments, qint64 tagId);
/// Removes the tag from segments that carry it.
bool remove(ReportSession *session, const QStringList &segments, qint64 tagId);
/// Creates a tag and tags the segments with it, as one undo step.
bool createAndApply(ReportSession *session, const QString &name, const QColor &colour, const QStringList &segments);
/// apply(), or remove() when every segment already has the tag.
bool toggle(ReportSession *session, const QStringList &segments, qint64 tagId);

} // namespace SegmentTagging
} // namespace Scrutiny
