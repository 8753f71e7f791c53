// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/PanelCycle.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>

namespace Scrutiny {

using namespace Qt::StringLiterals;

PanelCycle::PanelCycle(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_next(new QAction(tr("&Next Panel"), this))
    , m_previous(new QAction(tr("&Previous Panel"), this))
{
    m_next->setObjectName(u"nextPanel"_s);
    m_previous->setObjectName(u"previousPanel"_s);
    m_next->setShortcut(QKeySequence(Qt::Key_F6));
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    m_next->setToolTip(tr("Move the keyboard focus to the next panel"));
    m_previous->setToolTip(tr("Move the keyboard focus to the previous panel"));
    for (QAction *a : {m_next, m_previous})
        a->setShortcutContext(Qt::WindowShortcut);
    window->addAction(m_next);
    window->addAction(m_previous);
    connect(m_next, &QAction::triggered, this, [this] { cycle(1); });
    connect(m_previous, &QAction::triggered, this, [this] { cycle(-1); });
}

QAction *PanelCycle::addPanel(const QString &title, QWidget *widget, std::function<void()> reveal)
{
    auto *action = new QAction(tr("Go to %1").arg(title), this);
    action->setObjectName(u"goTo_"_s + widget->objectName());
    const int number = int(m_panels.size()) + 1;
    if (number <= 9)
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + number)));
    action->setToolTip(tr("Show the %1 panel and move the keyboard focus to it").arg(title));
    m_window->addAction(action);
    m_panels.append({widget, std::move(reveal), action});
    const qsizetype index = m_panels.size() - 1;
    connect(action, &QAction::triggered, this, [this, index] { focus(m_panels.at(index)); });
    return action;
}

QAction *PanelCycle::nextAction() const
{
    return m_next;
}

QAction *PanelCycle::previousAction() const
{
    return m_previous;
}

QList<QAction *> PanelCycle::panelActions() const
{
    QList<QAction *> out;
    for (const Panel &p : m_panels)
        out.append(p.action);
    return out;
}

bool PanelCycle::isOnScreen(const Panel &panel) const
{
    // A panel behind another tab, or in a closed dock, is not visible.
    return panel.widget && panel.widget->isVisible() && !panel.widget->visibleRegion().isEmpty();
}

int PanelCycle::currentPanel() const
{
    const QWidget *focused = QApplication::focusWidget();
    for (qsizetype i = 0; i < m_panels.size(); ++i) {
        const QWidget *w = m_panels.at(i).widget;
        if (w && focused && (focused == w || w->isAncestorOf(focused)))
            return int(i);
    }
    return -1;
}

void PanelCycle::cycle(int step)
{
    const int count = int(m_panels.size());
    if (count == 0)
        return;
    int at = currentPanel();
    if (at < 0)
        at = step > 0 ? -1 : 0;
    for (int tried = 0; tried < count; ++tried) {
        at = (at + step + count) % count;
        if (isOnScreen(m_panels.at(at))) {
            focus(m_panels.at(at));
            return;
        }
    }
}

void PanelCycle::focus(const Panel &panel)
{
    if (!panel.widget)
        return;
    if (panel.reveal)
        panel.reveal();
    // The panel's own focus target (its focus proxy), else its first child that
    // can take the focus now (a disabled editor cannot).
    QWidget *target = panel.widget;
    while (target->focusProxy())
        target = target->focusProxy();
    const auto takesFocus = [](const QWidget *w) {
        return (w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisible();
    };
    if (!takesFocus(target)) {
        for (QWidget *child : panel.widget->findChildren<QWidget *>()) {
            if (takesFocus(child) && !child->focusProxy()) {
                target = child;
                break;
            }
        }
    }
    target->setFocus(Qt::ShortcutFocusReason);
}

} // namespace Scrutiny
