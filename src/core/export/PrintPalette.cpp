// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintPalette.h"
#include "theme/SegmentPalette.h"
#include "theme/ThemeRepository.h"

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

QColor mixWithWhite(const QColor &colour, double share)
{
    return QColor::fromRgbF(float(1 - share + share * colour.redF()), float(1 - share + share * colour.greenF()),
        float(1 - share + share * colour.blueF()));
}

} // namespace

const PrintPalette &PrintPalette::light()
{
    static const PrintPalette palette = [] {
        // The process's one Repository (the window's theme menu uses the same).
        const Theme theme
            = ThemeRepository::shared().defaultTheme(KSyntaxHighlighting::Repository::LightTheme);
        PrintPalette p;
        p.text = styleColour(theme, Theme::Normal, QColor(0x1f1c1b));
        p.muted = styleColour(theme, Theme::Comment, QColor(0x707070)).darker(115);
        p.rule = QColor(0xb0b0b0);
        p.alert = styleColour(theme, Theme::Alert, QColor(0xbf0303));
        const QRgb alertBackground = theme.backgroundColor(Theme::Alert);
        p.alertBackground = alertBackground ? QColor::fromRgb(alertBackground) : mixWithWhite(p.alert, 0.12);
        p.done = styleColour(theme, Theme::Others, QColor(0x006e28));
        for (int k = 0; k < SegmentKindCount; ++k) {
            p.m_kinds[k] = SegmentPalette::accent(theme, SegmentKind(k));
            p.m_tints[k] = SegmentPalette::tint(theme, SegmentKind(k));
        }
        return p;
    }();
    return palette;
}

QColor PrintPalette::colour(SegmentKind kind) const
{
    return m_kinds[int(kind)];
}

QColor PrintPalette::tint(SegmentKind kind) const
{
    // Untinted kinds (context, headings) print on the plain page.
    return m_tints[int(kind)].isValid() ? m_tints[int(kind)] : QColor(Qt::white);
}

} // namespace Scrutiny
