// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace Scrutiny {

/// Settings…: the language the program speaks (the system's, English or
/// Welsh). The window is built in one language, so a change applies from the
/// next start; the dialog offers to restart now.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    /// Saves the choice; true when the language shown changes at the next start.
    bool apply();

Q_SIGNALS:
    /// The user asked to restart now to see the new language.
    void restartRequested();

private:
    QComboBox *m_language;
    QLabel *m_note;
};

} // namespace Scrutiny
