// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/SideDockLimit.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <algorithm>

namespace Scrutiny {

SideDockLimit::SideDockLimit(QMainWindow *window, qreal share)
    : QObject(window)
    , m_window(window)
    , m_share(share)
{
    window->installEventFilter(this);
    // Docks shown, hidden, floated or moved change what the others may take.
    for (QDockWidget *dock : window->findChildren<QDockWidget *>()) {
        connect(dock, &QDockWidget::visibilityChanged, this, [this] { QTimer::singleShot(0, this, &SideDockLimit::apply); });
        connect(dock, &QDockWidget::dockLocationChanged, this, &SideDockLimit::apply);
        connect(dock, &QDockWidget::topLevelChanged, this, &SideDockLimit::apply);
    }
}

int SideDockLimit::limit(Qt::DockWidgetArea area) const
{
    bool left = false;
    bool right = false;
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        if (dock->isFloating() || dock->isHidden())
            continue;
        const Qt::DockWidgetArea at = m_window->dockWidgetArea(dock);
        left = left || at == Qt::LeftDockWidgetArea;
        right = right || at == Qt::RightDockWidgetArea;
    }
    const int areas = (left ? 1 : 0) + (right ? 1 : 0);
    const bool inUse = area == Qt::LeftDockWidgetArea ? left : right;
    if (!inUse || areas == 0)
        return QWIDGETSIZE_MAX;
    // The splitter handle between a dock area and the report takes a few pixels too.
    return std::max(80, int(m_window->width() * m_share / areas) - 6);
}

void SideDockLimit::apply()
{
    const int left = limit(Qt::LeftDockWidgetArea);
    const int right = limit(Qt::RightDockWidgetArea);
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        if (dock->isFloating()) {
            dock->setMaximumWidth(QWIDGETSIZE_MAX);
            continue;
        }
        const Qt::DockWidgetArea at = m_window->dockWidgetArea(dock);
        if (at == Qt::LeftDockWidgetArea)
            dock->setMaximumWidth(left);
        else if (at == Qt::RightDockWidgetArea)
            dock->setMaximumWidth(right);
        else
            dock->setMaximumWidth(QWIDGETSIZE_MAX);
    }
}

bool SideDockLimit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        apply();
    return QObject::eventFilter(watched, event);
}

} // namespace Scrutiny
