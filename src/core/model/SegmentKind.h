// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Scrutiny {

/// What a paragraph of an inspection report is. The order is the order of the
/// id prefixes in the parse contract (S, F, P, Q, R, C, H).
enum class SegmentKind { Summary, Finding, Priority, Quote, Response, Context, Heading };
/// How many kinds there are: SegmentKind's values run from 0 to SegmentKindCount - 1.
inline constexpr int SegmentKindCount = int(SegmentKind::Heading) + 1;

/// Who is speaking: the inspectors (and the report itself) or the inspected body.
enum class Side { Review, Council };

/// A finding's valence.
enum class Polarity { None, Strength, Weakness, Mixed };

QString toString(SegmentKind kind);
QString toString(Side side);
QString toString(Polarity polarity);
std::optional<SegmentKind> segmentKindFromString(QStringView text);
std::optional<Side> sideFromString(QStringView text);
std::optional<Polarity> polarityFromString(QStringView text);

/// "F" for findings, "P" for priorities ...: segment ids are prefix + 1-based number per kind.
QChar idPrefix(SegmentKind kind);
/// The one label rule: the kind's prefix and the segment's 1-based rank among
/// the report's segments of that kind ("F3").
QString segmentLabel(SegmentKind kind, qint64 rank);
std::optional<SegmentKind> segmentKindFromIdPrefix(QChar prefix);

/// Human-readable plural for headings and counts ("Findings", "Priorities for action").
QString displayName(SegmentKind kind, bool plural = false);
/// "strength", "weakness", "mixed" in the user's language; "" for None.
QString displayName(Polarity polarity);

} // namespace Scrutiny
