// SPDX-License-Identifier: GPL-3.0-or-later
#include "links/SegmentDropTarget.h"

#include "session/ReportSession.h"
#include "session/SegmentLinking.h"
#include "session/SegmentDrag.h"

#include <QDragMoveEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QWidget>

namespace Scrutiny {

SegmentDropTarget::SegmentDropTarget(ReportSession *session, QWidget *target, SegmentAt segmentAt)
    : QObject(target)
    , m_session(session)
    , m_target(target)
    , m_segmentAt(std::move(segmentAt))
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

SegmentDropTarget::Plan SegmentDropTarget::planFor(const QMimeData *data, const QPoint &pos) const
{
    const auto drag = SegmentDrag::fromMimeData(data);
    if (!drag || drag->documentId != m_session->documentId())
        return {};
    const AnnotatedReport &report = m_session->report();
    const QString under = m_segmentAt(pos);
    const Segment *target = report.report.segment(under);
    if (!target)
        return {};
    if (target->kind == SegmentKind::Priority) {
        // Findings (or other linkable segments) dropped onto a priority.
        const QStringList sources = SegmentLinking::linkable(report, drag->segments);
        return sources.isEmpty() ? Plan {} : Plan {under, sources};
    }
    // A priority dropped onto a finding: the same link the other way round.
    if (drag->segments.size() == 1) {
        const Segment *dragged = report.report.segment(drag->segments.constFirst());
        if (dragged && dragged->kind == SegmentKind::Priority)
            return Plan {dragged->id, {under}};
    }
    return {};
}

bool SegmentDropTarget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_target)
        return false;
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!SegmentDrag::fromMimeData(drag->mimeData()))
            return false; // not ours: let the widget handle it
        const Plan plan = planFor(drag->mimeData(), drag->position().toPoint());
        if (plan.priority.isEmpty()) {
            // Keep receiving moves (DragEnter must be accepted) but show "no drop here".
            if (event->type() == QEvent::DragEnter)
                drag->acceptProposedAction();
            else
                drag->ignore();
        } else {
            drag->setDropAction(Qt::LinkAction);
            drag->accept();
        }
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!SegmentDrag::fromMimeData(drop->mimeData()))
            return false;
        const Plan plan = planFor(drop->mimeData(), drop->position().toPoint());
        if (plan.priority.isEmpty()) {
            drop->ignore();
            return true;
        }
        drop->setDropAction(Qt::LinkAction);
        drop->accept();
        if (SegmentLinking::link(m_session, plan.sources, plan.priority))
            Q_EMIT linked(plan.priority, plan.sources);
        return true;
    }
    default:
        return false;
    }
}

} // namespace Scrutiny
