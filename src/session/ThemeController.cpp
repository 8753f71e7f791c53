// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/ThemeController.h"

#include "export/PrintPalette.h"
#include "theme/SegmentPalette.h"
#include "theme/ThemeRepository.h"

#include <KSyntaxHighlighting/Repository>

#include <QGuiApplication>

#include <cmath>

namespace Scrutiny {

ThemeController::ThemeController(QObject *parent)
    : QObject(parent)
    , m_desktopPalette(QGuiApplication::palette())
{
    m_theme = repository().themeForPalette(m_desktopPalette);
    // Exports may run off the UI thread: compute their colours here, on it, once.
    (void)PrintPalette::light();
}

KSyntaxHighlighting::Repository &ThemeController::repository() const
{
    return ThemeRepository::shared();
}

KSyntaxHighlighting::Theme ThemeController::theme() const
{
    return m_theme;
}

void ThemeController::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    if (!theme.isValid() || theme.name() == m_theme.name())
        return;
    m_theme = theme;
    Q_EMIT themeChanged();
}

QString ThemeController::themeName() const
{
    return m_themeName;
}

void ThemeController::setThemeName(const QString &name)
{
    const KSyntaxHighlighting::Theme chosen = name.isEmpty() ? KSyntaxHighlighting::Theme() : repository().theme(name);
    m_themeName = chosen.isValid() ? name : QString();
    apply();
}

void ThemeController::desktopPaletteChanged(const QPalette &palette)
{
    if (m_applying || !m_themeName.isEmpty())
        return;
    m_desktopPalette = palette;
    setTheme(repository().themeForPalette(m_desktopPalette));
}

void ThemeController::apply()
{
    m_applying = true;
    if (m_themeName.isEmpty()) {
        QGuiApplication::setPalette(m_desktopPalette);
        setTheme(repository().themeForPalette(m_desktopPalette));
    } else {
        // A chosen theme colours the whole window, so a dark theme is dark everywhere.
        const KSyntaxHighlighting::Theme theme = repository().theme(m_themeName);
        QGuiApplication::setPalette(paletteFor(theme, m_desktopPalette));
        setTheme(theme);
    }
    m_applying = false;
}

namespace {
/// WCAG relative luminance.
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// A link blue with at least 4.5:1 against the background (WCAG AA for text):
/// light on dark themes, darkened further on greyish light ones.
QColor linkColour(const QColor &background)
{
    const bool dark = background.lightnessF() < 0.5;
    QColor link = dark ? QColor(0x7c, 0xb7, 0xff) : QColor(0x1a, 0x5f, 0xb4);
    for (int step = 0; step < 12 && contrast(link, background) < 4.5; ++step)
        link = dark ? link.lighter(110) : link.darker(115);
    return link;
}
} // namespace

QPalette ThemeController::paletteFor(const KSyntaxHighlighting::Theme &theme, const QPalette &base)
{
    const QColor background = SegmentPalette::background(theme);
    const QColor text = SegmentPalette::text(theme);
    const QColor window = SegmentPalette::blend(text, background, 0.07);
    const QColor link = linkColour(background);
    QPalette p = base;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, background);
        p.setColor(group, QPalette::AlternateBase, SegmentPalette::blend(text, background, 0.04));
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, window);
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::ToolTipBase, background);
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::Highlight, SegmentPalette::selection(theme));
        p.setColor(group, QPalette::HighlightedText, text);
        p.setColor(group, QPalette::PlaceholderText, SegmentPalette::blend(text, background, 0.5));
        p.setColor(group, QPalette::Light, SegmentPalette::blend(text, background, 0.15));
        p.setColor(group, QPalette::Midlight, SegmentPalette::blend(text, background, 0.12));
        p.setColor(group, QPalette::Mid, SegmentPalette::blend(text, background, 0.3));
        p.setColor(group, QPalette::Dark, SegmentPalette::blend(text, background, 0.45));
        p.setColor(group, QPalette::Shadow, SegmentPalette::blend(text, background, 0.6));
        // Links (segment labels in lists, note links) readable on the theme's background:
        // the desktop's dark blue is nearly invisible on a dark theme.
        p.setColor(group, QPalette::Link, link);
        p.setColor(group, QPalette::LinkVisited, link);
    }
    p.setColor(QPalette::Disabled, QPalette::Text, SegmentPalette::blend(text, background, 0.45));
    p.setColor(QPalette::Disabled, QPalette::WindowText, SegmentPalette::blend(text, background, 0.45));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, SegmentPalette::blend(text, background, 0.45));
    return p;
}

QColor ThemeController::kindTint(SegmentKind kind) const
{
    return SegmentPalette::tint(m_theme, kind);
}

QColor ThemeController::kindAccent(SegmentKind kind) const
{
    return SegmentPalette::accent(m_theme, kind);
}

} // namespace Scrutiny
