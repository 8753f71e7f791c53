// SPDX-License-Identifier: GPL-3.0-or-later
#include "links/SegmentDragSource.h"

#include "session/ReportSession.h"
#include "session/SegmentDrag.h"

#include <QApplication>
#include <QDrag>
#include <QMouseEvent>
#include <QWidget>

namespace Scrutiny {

SegmentDragSource::SegmentDragSource(ReportSession *session, QWidget *source, SegmentsAt segmentsAt)
    : QObject(source)
    , m_session(session)
    , m_source(source)
    , m_segmentsAt(std::move(segmentsAt))
{
    source->installEventFilter(this);
}

bool SegmentDragSource::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_source)
        return false;
    if (event->type() == QEvent::MouseButtonPress) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            m_pressPos = mouse->position().toPoint();
            m_pressed = m_segmentsAt(m_pressPos);
        }
    } else if (event->type() == QEvent::MouseButtonRelease) {
        m_pressed.clear();
    } else if (event->type() == QEvent::MouseMove) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (!(mouse->buttons() & Qt::LeftButton) || m_pressed.isEmpty() || m_session->documentId() == 0)
            return false;
        if ((mouse->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return false;
        auto *drag = new QDrag(m_source);
        drag->setMimeData(SegmentDrag {m_session->documentId(), m_pressed}.toMimeData());
        m_pressed.clear();
        drag->exec(Qt::LinkAction | Qt::CopyAction, Qt::LinkAction);
        return true;
    }
    return false;
}

} // namespace Scrutiny
