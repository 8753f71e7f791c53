// SPDX-License-Identifier: GPL-3.0-or-later
#include "SegmentPalette.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

namespace Scrutiny {

namespace {
using KSyntaxHighlighting::Theme;

QColor styleColour(const Theme &theme, Theme::TextStyle style, QColor fallback)
{
    const QRgb rgb = theme.textColor(style);
    return rgb == 0 ? fallback : QColor::fromRgb(rgb);
}

// Each kind borrows the theme colour of a text style with a similar role:
// priorities are "calls to action" (functions), quotes are strings, findings
// data, responses information, the summary documentation.
Theme::TextStyle styleFor(SegmentKind kind)
{
    switch (kind) {
    case SegmentKind::Summary:
        return Theme::Documentation;
    case SegmentKind::Finding:
        return Theme::DataType;
    case SegmentKind::Priority:
        return Theme::Function;
    case SegmentKind::Quote:
        return Theme::Others;
    case SegmentKind::Response:
        return Theme::Information;
    case SegmentKind::Heading:
        return Theme::Keyword;
    case SegmentKind::Context:
        break;
    }
    return Theme::Normal;
}

QColor mixWithWhite(const QColor &colour, double share)
{
    return QColor::fromRgbF(float(1 - share + share * colour.redF()), float(1 - share + share * colour.greenF()),
        float(1 - share + share * colour.blueF()));
}

} // namespace

const SegmentPalette &SegmentPalette::light()
{
    static const SegmentPalette palette = [] {
        // One Repository per process: loading the definitions is the costly part.
        static KSyntaxHighlighting::Repository repository;
        const Theme theme = repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme);
        SegmentPalette p;
        p.text = styleColour(theme, Theme::Normal, QColor(0x1f1c1b));
        p.muted = styleColour(theme, Theme::Comment, QColor(0x707070)).darker(115);
        p.rule = QColor(0xb0b0b0);
        p.alert = styleColour(theme, Theme::Alert, QColor(0xbf0303));
        const QRgb alertBackground = theme.backgroundColor(Theme::Alert);
        p.alertBackground = alertBackground ? QColor::fromRgb(alertBackground) : mixWithWhite(p.alert, 0.12);
        p.done = styleColour(theme, Theme::Others, QColor(0x006e28));
        for (int k = 0; k < 7; ++k)
            p.m_kinds[k] = styleColour(theme, styleFor(SegmentKind(k)), p.text);
        return p;
    }();
    return palette;
}

QColor SegmentPalette::colour(SegmentKind kind) const
{
    return m_kinds[int(kind)];
}

QColor SegmentPalette::tint(SegmentKind kind) const
{
    if (kind == SegmentKind::Context || kind == SegmentKind::Heading)
        return QColor(Qt::white);
    return mixWithWhite(m_kinds[int(kind)], 0.09);
}

} // namespace Scrutiny
