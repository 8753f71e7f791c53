// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/SegmentKind.h"

#include <QColor>
#include <QObject>
#include <QPalette>

#include <KSyntaxHighlighting/Theme>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Scrutiny {

/// Which KSyntaxHighlighting theme the app shows, and the application palette
/// made from it: following the desktop (light or dark, switching when the
/// desktop does), or one chosen theme that colours the whole window. Uses the
/// process's one Repository (ThemeRepository), as the exports do.
class ThemeController : public QObject
{
    Q_OBJECT
public:
    explicit ThemeController(QObject *parent = nullptr);

    KSyntaxHighlighting::Repository &repository() const;
    KSyntaxHighlighting::Theme theme() const;
    /// Shows theme (ignored when invalid or unchanged) without touching the palette.
    void setTheme(const KSyntaxHighlighting::Theme &theme);

    /// The chosen theme's name; empty: follow the desktop.
    QString themeName() const;
    /// Chooses a theme by name (empty or unknown: follow the desktop) and sets the
    /// application palette from it.
    void setThemeName(const QString &name);
    /// The desktop's palette changed (light to dark or back): follow it when no
    /// theme is chosen. Palette changes this controller made itself are ignored.
    void desktopPaletteChanged(const QPalette &palette);
    /// The window palette a theme gives: window, base, text, buttons, selection.
    static QPalette paletteFor(const KSyntaxHighlighting::Theme &theme, const QPalette &base);

    /// Background tint and accent for a segment kind, taken from the theme so lists,
    /// matrix, reader and export agree.
    QColor kindTint(SegmentKind kind) const;
    QColor kindAccent(SegmentKind kind) const;

Q_SIGNALS:
    void themeChanged();

private:
    void apply();

    KSyntaxHighlighting::Theme m_theme;
    QString m_themeName;
    QPalette m_desktopPalette;
    bool m_applying = false;
};

} // namespace Scrutiny
