// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMainWindow;
class QWidget;

namespace Scrutiny {

/// Keyboard access to every panel of a window, KDE-style: F6 / Shift+F6 move the
/// focus to the next / previous panel on screen, and each panel has its own
/// shortcut (Alt+1 …) that shows it, raises it and gives it the focus.
class PanelCycle : public QObject
{
    Q_OBJECT
public:
    explicit PanelCycle(QMainWindow *window);

    /// A panel: `widget` is what gets the focus; `reveal` makes it visible (shows
    /// its dock, raises its tab). Returns the panel's "Go to" action.
    QAction *addPanel(const QString &title, QWidget *widget, std::function<void()> reveal = {});
    QAction *nextAction() const;
    QAction *previousAction() const;
    QList<QAction *> panelActions() const;

    /// Moves the focus by step (+1 / -1) among the panels on screen.
    void cycle(int step);
    /// The panel holding the focus; -1 when none does.
    int currentPanel() const;

private:
    struct Panel
    {
        QPointer<QWidget> widget;
        std::function<void()> reveal;
        QAction *action = nullptr;
    };
    void focus(const Panel &panel);
    bool isOnScreen(const Panel &panel) const;

    QMainWindow *m_window;
    QList<Panel> m_panels;
    QAction *m_next;
    QAction *m_previous;
};

} // namespace Scrutiny
