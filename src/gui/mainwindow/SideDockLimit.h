// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMainWindow;

namespace Scrutiny {

/// Keeps the report the widest thing in the window: the left and right dock areas
/// together may take at most `share` of its width (each its half when both are in
/// use), at every window size, however wide their panels would like to be.
class SideDockLimit : public QObject
{
    Q_OBJECT
public:
    explicit SideDockLimit(QMainWindow *window, qreal share = 0.4);

    /// The widest a dock in that area may be now.
    int limit(Qt::DockWidgetArea area) const;
    void apply();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QMainWindow *m_window;
    qreal m_share;
};

} // namespace Scrutiny
