// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Scrutiny {

/// What a later report says about a priority set by an earlier one.
enum class ProgressType {
    Met,
    Progress,
    NotMet,
    Repeat, ///< the same weakness found again
    NotApplicable, ///< the priority no longer applies (service closed, superseded)
};
/// "met", "progress", "not-met", "repeat", "not-applicable" (the CLI and JSON names).
QString toString(ProgressType type);
std::optional<ProgressType> progressTypeFromString(QStringView text);
/// "Met", "Progress", "Not met", "Repeat finding", "No longer applicable", translated.
QString displayName(ProgressType type);
/// Every type, in the order a reader scans them.
inline constexpr ProgressType allProgressTypes[] = {
    ProgressType::Met, ProgressType::Progress, ProgressType::NotMet, ProgressType::Repeat, ProgressType::NotApplicable};

/// A segment anywhere in a project: report id plus label, written "2:F3".
struct SegmentRef
{
    qint64 documentId = 0;
    QString label;
    QString text() const { return QStringLiteral("%1:%2").arg(documentId).arg(label); }
    bool isValid() const { return documentId > 0 && !label.isEmpty(); }
    bool operator==(const SegmentRef &) const = default;
};

/// A link across a report series: a finding of a later report on a priority of an
/// earlier one (or, for a repeat finding, on the earlier finding it repeats).
struct ProgressLink
{
    qint64 id = 0; ///< 0: a suggestion, not stored
    SegmentRef from; ///< the later report's finding
    SegmentRef to; ///< the earlier report's priority (or finding, for a repeat)
    ProgressType type = ProgressType::Progress;
    bool confirmed = false; ///< stored links are confirmed; suggestions are not
    double confidence = 0; ///< in [0, 1]
    QString reason; ///< the cue words and shared words behind a suggestion
    QString author;
    QDateTime created;
    bool operator==(const ProgressLink &) const = default;
};

/// One report following up an earlier one.
struct FollowUp
{
    qint64 documentId = 0; ///< the later report
    qint64 followsId = 0; ///< the report it follows up
    bool operator==(const FollowUp &) const = default;
};

} // namespace Scrutiny
