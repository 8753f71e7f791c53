// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/SegmentKind.h"

#include <QColor>

namespace Scrutiny {

/// The colours exports print with: the segment-kind colours of the reader
/// (theme/SegmentPalette) for the KSyntaxHighlighting light theme, so a printed
/// report matches what the reader shows and stays legible on white paper, plus
/// the few colours only print needs (rules, muted meta lines, alerts).
struct PrintPalette
{
    /// The palette of the default light theme (loaded once per process).
    static const PrintPalette &light();

    QColor text; ///< body text
    QColor muted; ///< meta lines, headers and footers
    QColor rule; ///< table borders
    QColor alert; ///< gaps, overdue items (text)
    QColor alertBackground;
    QColor done; ///< finished plan items

    /// The strong colour of a kind (labels) and its pale tint (backgrounds).
    QColor colour(SegmentKind kind) const;
    QColor tint(SegmentKind kind) const;

private:
    QColor m_kinds[SegmentKindCount];
    QColor m_tints[SegmentKindCount];
};

} // namespace Scrutiny
