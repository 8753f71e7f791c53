// SPDX-License-Identifier: GPL-3.0-or-later
#include "links/LinkActions.h"

#include "common/FilterPopup.h"
#include "session/ReportSession.h"
#include "session/SegmentLinking.h"

#include <QAction>
#include <QFontMetrics>
#include <QMenu>
#include <QWidget>

namespace Scrutiny {

namespace {
// Menu entries stay readable: the label and the start of the priority's text.
constexpr int menuTextWidth = 420;
} // namespace

LinkActions::LinkActions(ReportSession *session, QWidget *anchor)
    : QObject(anchor)
    , m_session(session)
    , m_anchor(anchor)
    , m_picker(new QAction(tr("Link to Priority…"), this))
    , m_popup(new FilterPopup(anchor))
{
    m_picker->setObjectName(QStringLiteral("linkPicker"));
    m_picker->setShortcut(QKeySequence(Qt::Key_L));
    m_picker->setToolTip(tr("Link the selected segments to a priority chosen by typing"));
    connect(m_picker, &QAction::triggered, this, &LinkActions::openPicker);

    m_popup->setObjectName(QStringLiteral("linkPickerPopup"));
    m_popup->setPlaceholderText(tr("Priority (label or words)"));
    m_popup->resize(520, 300);
    connect(m_popup, &FilterPopup::chosen, this, [this](const QString &priority) {
        SegmentLinking::toggle(m_session, m_session->selectedSegments(), priority);
    });

    connect(session, &ReportSession::selectionChanged, this, &LinkActions::refresh);
    connect(session, &ReportSession::reportReloaded, this, &LinkActions::refresh);
    refresh();
}

QAction *LinkActions::pickerAction() const
{
    return m_picker;
}

FilterPopup *LinkActions::picker() const
{
    return m_popup;
}

void LinkActions::refresh()
{
    m_picker->setEnabled(m_session->documentId() != 0
        && !SegmentLinking::linkable(m_session->report(), m_session->selectedSegments()).isEmpty());
}

void LinkActions::openPicker()
{
    const AnnotatedReport &report = m_session->report();
    const QStringList selection = m_session->selectedSegments();
    if (SegmentLinking::linkable(report, selection).isEmpty())
        return;
    QList<FilterPopup::Choice> choices;
    for (const Segment &segment : report.report.segments) {
        if (segment.kind != SegmentKind::Priority)
            continue;
        const QString text = segment.id + QStringLiteral("  ") + segment.text.simplified();
        choices.append({segment.id, text, {}, SegmentLinking::allLinked(report, selection, segment.id),
            segment.text.simplified()});
    }
    m_popup->setChoices(choices);
    m_popup->popup(m_anchor->mapToGlobal(QPoint(m_anchor->width() / 4, m_anchor->height() / 6)));
}

QMenu *LinkActions::linkToPriorityMenu(QWidget *parent) const
{
    auto *menu = new QMenu(tr("Link to &Priority"), parent);
    menu->setObjectName(QStringLiteral("linkToPriorityMenu"));
    const AnnotatedReport &report = m_session->report();
    const QStringList selection = m_session->selectedSegments();
    const QStringList sources = SegmentLinking::linkable(report, selection);
    menu->setEnabled(!sources.isEmpty());
    const QFontMetrics metrics(menu->font());
    ReportSession *session = m_session;
    for (const Segment &segment : report.report.segments) {
        if (segment.kind != SegmentKind::Priority)
            continue;
        const QString text = metrics.elidedText(
            segment.id + QStringLiteral("  ") + segment.text.simplified(), Qt::ElideRight, menuTextWidth);
        // '&' in report text would become a mnemonic.
        QAction *action = menu->addAction(QString(text).replace(QLatin1Char('&'), QStringLiteral("&&")));
        action->setObjectName(QStringLiteral("linkTo_%1").arg(segment.id));
        action->setCheckable(true);
        action->setChecked(SegmentLinking::allLinked(report, selection, segment.id));
        action->setToolTip(segment.text.simplified());
        action->setData(segment.id);
        const QString priority = segment.id;
        connect(action, &QAction::triggered, menu,
            [session, sources, priority] { SegmentLinking::toggle(session, sources, priority); });
    }
    if (menu->isEmpty()) {
        menu->addAction(tr("This report has no priorities"))->setEnabled(false);
    }
    menu->setToolTipsVisible(true);
    return menu;
}

} // namespace Scrutiny
