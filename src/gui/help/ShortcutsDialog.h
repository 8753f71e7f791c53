// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QAction;
class QTreeWidget;

namespace Scrutiny {

/// Help › Keyboard Shortcuts: every key of the window, read from its actions
/// (and those of its menus and panels) when the dialog opens, so the list is
/// always the keys that work.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    /// The actions of `window` with a shortcut, each once, in menu order first.
    static QList<QAction *> actionsWithKeys(QWidget *window);
    /// "&Edit Segment…" as a list shows it: "Edit Segment".
    static QString plainText(const QAction *action);

private:
    QTreeWidget *m_list;
};

} // namespace Scrutiny
