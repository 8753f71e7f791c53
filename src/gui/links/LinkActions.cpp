// SPDX-License-Identifier: GPL-3.0-or-later
#include "links/LinkActions.h"

#include "common/FilterPopup.h"
#include "session/ReportSession.h"
#include "session/SegmentLinking.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
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
    , m_typeChoice(new QComboBox)
{
    // The type for new links: where the user links (menu, picker), so the PDF
    // legend's types can be given without opening the link's dialog afterwards.
    m_type = savedLinkType();
    m_typeChoice->setObjectName(QStringLiteral("linkTypeChoice"));
    m_typeChoice->setAccessibleName(tr("Link as"));
    m_typeChoice->addItem(typeName(std::nullopt), -1);
    for (LinkType t : {LinkType::Addresses, LinkType::PartlyAddresses, LinkType::Contradicts, LinkType::RespondsTo})
        m_typeChoice->addItem(typeName(t), int(t));
    m_typeChoice->setCurrentIndex(m_typeChoice->findData(m_type ? int(*m_type) : -1));
    connect(m_typeChoice, &QComboBox::currentIndexChanged, this, [this] {
        const int t = m_typeChoice->currentData().toInt();
        setLinkType(t < 0 ? std::nullopt : std::optional<LinkType>(LinkType(t)));
    });
    auto *footer = new QWidget;
    auto *row = new QHBoxLayout(footer);
    row->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Link &as:"), footer);
    label->setBuddy(m_typeChoice);
    row->addWidget(label);
    row->addWidget(m_typeChoice, 1);
    m_popup->setFooter(footer);

    m_picker->setObjectName(QStringLiteral("linkPicker"));
    m_picker->setShortcut(QKeySequence(Qt::Key_L));
    m_picker->setToolTip(tr("Link the selected segments to a priority chosen by typing"));
    connect(m_picker, &QAction::triggered, this, &LinkActions::openPicker);

    m_popup->setObjectName(QStringLiteral("linkPickerPopup"));
    m_popup->setPlaceholderText(tr("Priority (label or words)"));
    m_popup->resize(520, 300);
    connect(m_popup, &FilterPopup::chosen, this, [this](const QString &priority) {
        SegmentLinking::toggle(m_session, m_session->selectedSegments(), priority, m_type);
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
    const std::optional<LinkType> as = m_type;
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
            [session, sources, priority, as] { SegmentLinking::toggle(session, sources, priority, as); });
    }
    if (menu->isEmpty()) {
        menu->addAction(tr("This report has no priorities"))->setEnabled(false);
    }
    // The type new links get, chosen here as in the picker.
    menu->addSeparator();
    QMenu *types = menu->addMenu(tr("Link &As"));
    types->setObjectName(QStringLiteral("linkTypeMenu"));
    auto *group = new QActionGroup(types);
    LinkActions *self = const_cast<LinkActions *>(this);
    for (const std::optional<LinkType> &t : {std::optional<LinkType>(), std::optional<LinkType>(LinkType::Addresses),
             std::optional<LinkType>(LinkType::PartlyAddresses), std::optional<LinkType>(LinkType::Contradicts),
             std::optional<LinkType>(LinkType::RespondsTo)}) {
        QAction *choice = types->addAction(typeName(t));
        choice->setCheckable(true);
        choice->setChecked(t == m_type);
        group->addAction(choice);
        connect(choice, &QAction::triggered, self, [self, t] { self->setLinkType(t); });
    }
    menu->setToolTipsVisible(true);
    return menu;
}

std::optional<LinkType> LinkActions::savedLinkType()
{
    const int saved = QSettings().value(QStringLiteral("links/newType"), -1).toInt();
    if (saved >= int(LinkType::Addresses) && saved <= int(LinkType::RespondsTo))
        return LinkType(saved);
    return std::nullopt;
}

std::optional<LinkType> LinkActions::linkType() const
{
    return m_type;
}

void LinkActions::setLinkType(std::optional<LinkType> type)
{
    m_type = type;
    QSettings().setValue(QStringLiteral("links/newType"), type ? int(*type) : -1);
    const QSignalBlocker blocker(m_typeChoice);
    m_typeChoice->setCurrentIndex(m_typeChoice->findData(type ? int(*type) : -1));
}

QComboBox *LinkActions::typeChoice() const
{
    return m_typeChoice;
}

QString LinkActions::typeName(std::optional<LinkType> type)
{
    if (!type)
        return tr("Addresses (responses: responds to)");
    switch (*type) {
    case LinkType::Addresses:
        return tr("Addresses");
    case LinkType::PartlyAddresses:
        return tr("Partly addresses");
    case LinkType::Contradicts:
        return tr("Contradicts");
    case LinkType::RespondsTo:
        return tr("Responds to");
    }
    return {};
}

} // namespace Scrutiny
