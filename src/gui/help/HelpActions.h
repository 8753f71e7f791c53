// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Scrutiny {

/// The Help menu (Handbook, Keyboard Shortcuts, About Scrutiny, About Qt) and
/// Settings…, installed into the main window's menus with one call.
class HelpActions : public QObject
{
    Q_OBJECT
public:
    explicit HelpActions(QWidget *window);

    /// Fills helpMenu (keeping `about`, the window's About action, last but
    /// one) and appends Settings… to settingsMenu.
    void install(QMenu *helpMenu, QAction *about, QMenu *settingsMenu);

    QAction *handbookAction() const { return m_handbook; }
    QAction *shortcutsAction() const { return m_shortcuts; }
    QAction *aboutQtAction() const { return m_aboutQt; }
    QAction *settingsAction() const { return m_settings; }

    void showAbout();
    void showShortcuts();
    void showHandbook();
    void showSettings();

Q_SIGNALS:
    /// Settings changed the language and the user asked to restart now.
    void restartRequested();
    /// Settings were saved (the journal author may have changed).
    void settingsApplied();

private:
    QWidget *m_window;
    QAction *m_handbook;
    QAction *m_shortcuts;
    QAction *m_aboutQt;
    QAction *m_settings;
};

} // namespace Scrutiny
