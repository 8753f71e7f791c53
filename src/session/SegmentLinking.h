// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotations.h"

#include <QStringList>

#include <optional>

namespace Scrutiny {

class ReportSession;

/// Linking segments (usually findings) to a priority, shared by the
/// "Link to priority" menu, the priority picker (L), drag and drop and the matrix.
/// Several segments at once are one store batch call: one journal entry, one undo step.
namespace SegmentLinking {

/// The link between a and b in either direction.
std::optional<Link> find(const AnnotatedReport &report, const QString &a, const QString &b);
/// The segments of `segments` that can be linked to a priority (everything but priorities).
QStringList linkable(const AnnotatedReport &report, const QStringList &segments);
/// Responses respond to a priority; everything else addresses it.
LinkType defaultType(const AnnotatedReport &report, const QString &from);
/// True when every linkable segment is linked to the priority.
bool allLinked(const AnnotatedReport &report, const QStringList &segments, const QString &priority);
/// Links the unlinked ones, as `as` (default: defaultType()). True when something
/// was done and nothing failed.
bool link(ReportSession *session, const QStringList &segments, const QString &priority,
    std::optional<LinkType> as = std::nullopt);
/// Removes the links between the segments and the priority.
bool unlink(ReportSession *session, const QStringList &segments, const QString &priority);
/// link(), or unlink() when all are already linked.
bool toggle(ReportSession *session, const QStringList &segments, const QString &priority,
    std::optional<LinkType> as = std::nullopt);

} // namespace SegmentLinking
} // namespace Scrutiny
