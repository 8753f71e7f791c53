// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPoint>

#include <functional>

class QMimeData;
class QWidget;

namespace Scrutiny {

class ReportSession;

/// Makes a widget accept dragged segments (application/x-scrutiny-segment):
/// dropping findings (or responses, quotes) onto a priority, or a priority onto a
/// finding, links them through the session. segmentAt maps a position in the
/// widget to the segment under it (empty: none).
/// Install on a view's viewport: `new SegmentDropTarget(session, view->viewport(),
/// [view](QPoint p) { return view->indexAt(p).data(SegmentRole).toString(); });`
class SegmentDropTarget : public QObject
{
    Q_OBJECT
public:
    using SegmentAt = std::function<QString(const QPoint &pos)>;

    SegmentDropTarget(ReportSession *session, QWidget *target, SegmentAt segmentAt);

Q_SIGNALS:
    /// After a successful drop: the priority and the segments now linked to it.
    void linked(const QString &priority, const QStringList &segments);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Plan
    {
        QString priority;
        QStringList sources;
    };
    /// What dropping the payload at pos would do; empty priority when nothing.
    Plan planFor(const QMimeData *data, const QPoint &pos) const;

    ReportSession *m_session;
    QWidget *m_target;
    SegmentAt m_segmentAt;
};

} // namespace Scrutiny
