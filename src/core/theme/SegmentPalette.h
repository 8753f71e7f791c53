// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/SegmentKind.h"

#include <QColor>

#include <KSyntaxHighlighting/Theme>

namespace Scrutiny {

/// The colours of segment kinds, taken from a KSyntaxHighlighting theme so the
/// reader, the lists, the matrix and the export agree whatever theme is chosen.
namespace SegmentPalette {

/// A strong colour for the kind (margin bars, badges, matrix headers).
QColor accent(const KSyntaxHighlighting::Theme &theme, SegmentKind kind);
/// A faint background for the kind's paragraphs: the accent blended into the
/// theme background, light enough to keep the text readable. Context and headings
/// get no tint (an invalid QColor).
QColor tint(const KSyntaxHighlighting::Theme &theme, SegmentKind kind);
/// The theme's page background and text colours.
QColor background(const KSyntaxHighlighting::Theme &theme);
QColor text(const KSyntaxHighlighting::Theme &theme);
/// Background for selected segments.
QColor selection(const KSyntaxHighlighting::Theme &theme);
/// Background marking matched words of a search.
QColor searchHighlight(const KSyntaxHighlighting::Theme &theme);
/// True when the theme's background is dark.
bool isDark(const KSyntaxHighlighting::Theme &theme);

/// `a` blended over `b` with weight `amount` in [0, 1].
QColor blend(const QColor &a, const QColor &b, qreal amount);

} // namespace SegmentPalette
} // namespace Scrutiny
