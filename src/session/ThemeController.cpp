// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/ThemeController.h"

#include "export/PrintPalette.h"
#include "theme/SegmentPalette.h"
#include "theme/ThemeRepository.h"

#include <KSyntaxHighlighting/Repository>

#include <QGuiApplication>

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

QPalette ThemeController::paletteFor(const KSyntaxHighlighting::Theme &theme, const QPalette &base)
{
    const QColor background = SegmentPalette::background(theme);
    const QColor text = SegmentPalette::text(theme);
    const QColor window = SegmentPalette::blend(text, background, 0.07);
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
