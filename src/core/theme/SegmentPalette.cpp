// SPDX-License-Identifier: GPL-3.0-or-later
#include "SegmentPalette.h"

#include <algorithm>

namespace Scrutiny::SegmentPalette {

using KSyntaxHighlighting::Theme;

namespace {
// Which theme text style stands for which kind. Styles every theme defines and
// that themes usually colour differently from one another.
Theme::TextStyle styleFor(SegmentKind kind)
{
    switch (kind) {
    case SegmentKind::Summary:
        return Theme::DataType;
    case SegmentKind::Finding:
        return Theme::Keyword;
    case SegmentKind::Priority:
        return Theme::Function;
    case SegmentKind::Quote:
        return Theme::String;
    case SegmentKind::Response:
        return Theme::Variable;
    case SegmentKind::Context:
    case SegmentKind::Heading:
        break;
    }
    return Theme::Normal;
}

QColor rgb(QRgb value, const QColor &fallback)
{
    return value ? QColor::fromRgb(value) : fallback;
}
} // namespace

QColor blend(const QColor &a, const QColor &b, qreal amount)
{
    const qreal k = std::clamp(amount, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() * k + b.redF() * (1 - k)), float(a.greenF() * k + b.greenF() * (1 - k)),
        float(a.blueF() * k + b.blueF() * (1 - k)));
}

QColor background(const Theme &theme)
{
    return rgb(theme.editorColor(Theme::BackgroundColor), QColor(Qt::white));
}

QColor text(const Theme &theme)
{
    return rgb(theme.textColor(Theme::Normal), isDark(theme) ? QColor(Qt::white) : QColor(Qt::black));
}

bool isDark(const Theme &theme)
{
    return background(theme).lightnessF() < 0.5;
}

QColor accent(const Theme &theme, SegmentKind kind)
{
    const Theme::TextStyle style = styleFor(kind);
    if (style == Theme::Normal)
        return blend(text(theme), background(theme), 0.45);
    return rgb(theme.textColor(style), text(theme));
}

QColor tint(const Theme &theme, SegmentKind kind)
{
    if (styleFor(kind) == Theme::Normal)
        return {};
    // Dark backgrounds need a little more of the accent to show at all.
    return blend(accent(theme, kind), background(theme), isDark(theme) ? 0.16 : 0.11);
}

QColor selection(const Theme &theme)
{
    return rgb(theme.editorColor(Theme::TextSelection), blend(QColor(Qt::blue), background(theme), 0.3));
}

QColor searchHighlight(const Theme &theme)
{
    return rgb(theme.editorColor(Theme::SearchHighlight), QColor(Qt::yellow));
}

} // namespace Scrutiny::SegmentPalette
