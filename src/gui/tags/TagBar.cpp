// SPDX-License-Identifier: GPL-3.0-or-later
#include "tags/TagBar.h"

#include "common/TagSwatch.h"
#include "session/ReportSession.h"
#include "session/SegmentTagging.h"
#include "store/ProjectStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>

namespace Scrutiny {

namespace {
constexpr char TagIdProperty[] = "scrutinyTagId";

// The chip says which key applies it, so the keys can be learnt by looking.
QString chipText(const Tag &tag)
{
    return tag.key ? TagBar::tr("%1 %2", "tag key, tag name").arg(tag.key).arg(tag.name) : tag.name;
}
} // namespace

TagBar::TagBar(ReportSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_buttons(nullptr)
    , m_scroll(new QScrollArea(this))
    , m_manage(new QToolButton(this))
{
    setObjectName(QStringLiteral("tagBar"));
    setAccessibleName(tr("Tags"));
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(2, 2, 2, 2);
    auto *label = new QLabel(tr("Tags:"), this);
    outer->addWidget(label);

    // The buttons scroll sideways when a project has many tags.
    QScrollArea *scroll = m_scroll;
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *strip = new QWidget(scroll);
    m_buttons = new QHBoxLayout(strip);
    m_buttons->setContentsMargins(0, 0, 0, 0);
    m_buttons->setSpacing(4);
    m_buttons->addStretch(1);
    scroll->setWidget(strip);
    scroll->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    outer->addWidget(scroll, 1);

    m_manage->setObjectName(QStringLiteral("manageTags"));
    m_manage->setText(tr("Manage…"));
    m_manage->setToolTip(tr("Create, rename, recolour, merge and delete tags"));
    outer->addWidget(m_manage);
    connect(m_manage, &QToolButton::clicked, this, &TagBar::manageRequested);

    connect(session, &ReportSession::selectionChanged, this, &TagBar::updateChecks);
    connect(session, &ReportSession::reportReloaded, this, &TagBar::rebuild);
    connect(session, &ReportSession::documentChanged, this, &TagBar::rebuild);
    connect(session->store(), &ProjectStore::annotationsChanged, this, &TagBar::rebuild);
    rebuild();
}

void TagBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateHeight();
}

void TagBar::updateHeight()
{
    // As tall as a button even while the project has no tags yet.
    int height = m_manage->sizeHint().height() + 6;
    const QWidget *strip = m_scroll->widget();
    if (strip && strip->sizeHint().width() > m_scroll->width())
        height += style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scroll);
    if (m_scroll->height() != height)
        m_scroll->setFixedHeight(height);
}

QToolButton *TagBar::buttonForTag(qint64 tagId) const
{
    for (QToolButton *button : m_tagButtons) {
        if (button->property(TagIdProperty).toLongLong() == tagId)
            return button;
    }
    return nullptr;
}

void TagBar::rebuild()
{
    const QList<Tag> tags = m_session->tags();
    // Rebuilding on every store change would drop keyboard focus; only do it when tags differ.
    bool same = tags.size() == m_tagButtons.size();
    for (qsizetype i = 0; same && i < tags.size(); ++i) {
        const QToolButton *button = m_tagButtons.at(i);
        same = button->property(TagIdProperty).toLongLong() == tags.at(i).id
            && button->text() == chipText(tags.at(i))
            && button->property("scrutinyTagColour").value<QColor>() == tags.at(i).colour;
    }
    if (!same) {
        qDeleteAll(m_tagButtons);
        m_tagButtons.clear();
        int position = 0;
        for (const Tag &tag : tags) {
            auto *button = new QToolButton(this);
            button->setObjectName(QStringLiteral("tag_%1").arg(tag.id));
            button->setText(chipText(tag));
            button->setIcon(TagSwatch::icon(tag.colour));
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            button->setCheckable(true);
            button->setProperty(TagIdProperty, tag.id);
            button->setProperty("scrutinyTagColour", tag.colour);
            const QString key = tag.key ? tr(" (key %1)").arg(tag.key) : QString();
            button->setToolTip(tr("Tag the selected segments with “%1”%2").arg(tag.name, key)
                + (tag.description.isEmpty() ? QString() : QStringLiteral("\n") + tag.description));
            button->setAccessibleName(tr("Tag %1").arg(tag.name));
            const qint64 tagId = tag.id;
            connect(button, &QToolButton::clicked, this, [this, tagId] {
                SegmentTagging::toggle(m_session, m_session->selectedSegments(), tagId);
                updateChecks();
            });
            m_buttons->insertWidget(position++, button);
            m_tagButtons.append(button);
        }
    }
    updateChecks();
    updateHeight();
}

void TagBar::updateChecks()
{
    const QStringList selection = m_session->selectedSegments();
    const bool enabled = m_session->documentId() != 0 && !selection.isEmpty();
    for (QToolButton *button : std::as_const(m_tagButtons)) {
        button->setEnabled(enabled);
        button->setChecked(
            SegmentTagging::allHaveTag(m_session, selection, button->property(TagIdProperty).toLongLong()));
    }
}

} // namespace Scrutiny
