// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/HelpActions.h"

#include "help/AboutDialog.h"
#include "help/HandbookDialog.h"
#include "help/ShortcutsDialog.h"
#include "settings/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace Scrutiny {

HelpActions::HelpActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_handbook(new QAction(tr("Scrutiny &Handbook"), this))
    , m_shortcuts(new QAction(tr("&Keyboard Shortcuts"), this))
    , m_aboutQt(new QAction(tr("About &Qt"), this))
    , m_settings(new QAction(tr("&Settings…"), this))
{
    m_handbook->setObjectName(u"actionHandbook"_s);
    m_handbook->setShortcut(QKeySequence::HelpContents);
    m_shortcuts->setObjectName(u"actionShortcuts"_s);
    m_shortcuts->setShortcut(QKeySequence(u"Ctrl+/"_s));
    m_aboutQt->setObjectName(u"actionAboutQt"_s);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    m_settings->setObjectName(u"actionSettings"_s);
    m_settings->setShortcut(QKeySequence::Preferences);
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_handbook, &QAction::triggered, this, &HelpActions::showHandbook);
    connect(m_shortcuts, &QAction::triggered, this, &HelpActions::showShortcuts);
    connect(m_aboutQt, &QAction::triggered, this, [] { QApplication::aboutQt(); });
    connect(m_settings, &QAction::triggered, this, &HelpActions::showSettings);
}

void HelpActions::install(QMenu *helpMenu, QAction *about, QMenu *settingsMenu)
{
    helpMenu->insertAction(about, m_handbook);
    helpMenu->insertAction(about, m_shortcuts);
    helpMenu->insertSeparator(about);
    helpMenu->addAction(m_aboutQt);
    connect(about, &QAction::triggered, this, &HelpActions::showAbout);
    settingsMenu->addSeparator();
    settingsMenu->addAction(m_settings);
}

void HelpActions::showAbout()
{
    AboutDialog dialog(m_window);
    dialog.exec();
}

void HelpActions::showShortcuts()
{
    ShortcutsDialog dialog(m_window, m_window);
    dialog.exec();
}

void HelpActions::showHandbook()
{
    // Modeless: read it beside the report.
    auto *dialog = new HandbookDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void HelpActions::showSettings()
{
    SettingsDialog dialog(m_window);
    connect(&dialog, &SettingsDialog::restartRequested, this, &HelpActions::restartRequested);
    connect(&dialog, &SettingsDialog::applied, this, &HelpActions::settingsApplied);
    dialog.exec();
}

} // namespace Scrutiny
