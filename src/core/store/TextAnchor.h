// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Scrutiny {

/// A text-quote anchor (the exact text plus a little context either side), as in
/// the W3C Web Annotation model: it finds a passage again in a corrected version
/// of a report, where offsets and labels have moved.
struct TextAnchor
{
    QString exact;
    QString prefix;
    QString suffix;

    /// Context kept either side, in UTF-16 units.
    static constexpr qsizetype contextLength = 32;
    static TextAnchor around(const QString &text, qsizetype start, qsizetype end);

    struct Range
    {
        qsizetype start = 0;
        qsizetype end = 0;
    };
    /// Which of `candidates` (ranges of `text`, e.g. the new segments) the anchor
    /// lands on: first an exact match of the quote (several: the one whose
    /// context agrees best) mapped to the candidate it overlaps most, else the
    /// candidate whose words are most alike (at least `minimumSimilarity`).
    /// nullopt when the passage cannot be placed.
    std::optional<qsizetype> locate(
        const QString &text, const QList<Range> &candidates, double minimumSimilarity = 0.6) const;

    /// Dice coefficient of the two texts' word multisets, in [0, 1].
    static double similarity(const QString &a, const QString &b);
};

} // namespace Scrutiny
