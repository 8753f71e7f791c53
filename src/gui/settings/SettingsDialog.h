// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Scrutiny {

/// Settings…: the language the program speaks (the system's, English or
/// Welsh) and the name the journal records for the user's edits. The window is
/// built in one language, so a language change applies from the next start; the
/// dialog offers to restart now. A name applies from the next edit.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *authorEdit() const { return m_author; }
    /// Saves the choices; true when the language shown changes at the next start.
    bool apply();

Q_SIGNALS:
    /// The choices were saved.
    void applied();
    /// The user asked to restart now to see the new language.
    void restartRequested();

private:
    QComboBox *m_language;
    QLabel *m_note;
    QLineEdit *m_author;
    QLabel *m_authorNote;
};

} // namespace Scrutiny
