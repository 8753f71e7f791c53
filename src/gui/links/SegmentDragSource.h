// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPoint>
#include <QStringList>

#include <functional>

class QWidget;

namespace Scrutiny {

class ReportSession;

/// Starts a drag of segments (application/x-scrutiny-segment, see SegmentDrag)
/// when the mouse is pressed on a segment and moved past the drag distance.
/// For widgets whose model does not provide mimeData() itself, e.g. a header or
/// the reader. segmentsAt maps a press position to the segments to drag.
/// Install: `new SegmentDragSource(session, view->viewport(), [view](QPoint p) {...});`
/// An item model can instead return `SegmentDrag{doc, labels}.toMimeData()` from mimeData().
class SegmentDragSource : public QObject
{
    Q_OBJECT
public:
    using SegmentsAt = std::function<QStringList(const QPoint &pos)>;

    SegmentDragSource(ReportSession *session, QWidget *source, SegmentsAt segmentsAt);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ReportSession *m_session;
    QWidget *m_source;
    SegmentsAt m_segmentsAt;
    QPoint m_pressPos;
    QStringList m_pressed;
};

} // namespace Scrutiny
