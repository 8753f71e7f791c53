// SPDX-License-Identifier: GPL-3.0-or-later
#include "tags/TagActions.h"

#include "common/FilterPopup.h"
#include "common/TagSwatch.h"
#include "model/TagName.h"
#include "session/ReportSession.h"
#include "session/SegmentTagging.h"
#include "store/ProjectStore.h"

#include <QAction>
#include <QHash>
#include <QLineEdit>
#include <QUndoStack>
#include <QWidget>

namespace Scrutiny {

TagActions::TagActions(ReportSession *session, QWidget *anchor)
    : QObject(anchor)
    , m_session(session)
    , m_anchor(anchor)
    , m_picker(new QAction(tr("Tag…"), this))
    , m_popup(new FilterPopup(anchor))
{
    for (int i = 0; i < 9; ++i) {
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("applyTag%1").arg(i + 1));
        action->setShortcut(QKeySequence(Qt::Key_1 + i));
        connect(action, &QAction::triggered, this, [this, action] {
            const qint64 tagId = action->data().toLongLong();
            if (tagId != 0)
                SegmentTagging::toggle(m_session, m_session->selectedSegments(), tagId);
        });
        m_numbers.append(action);
    }
    m_picker->setObjectName(QStringLiteral("tagPicker"));
    m_picker->setShortcut(QKeySequence(Qt::Key_T));
    m_picker->setToolTip(tr("Pick a tag for the selected segments by typing its name"));
    connect(m_picker, &QAction::triggered, this, &TagActions::openPicker);

    m_popup->setObjectName(QStringLiteral("tagPickerPopup"));
    m_popup->setPlaceholderText(tr("Tag name"));
    // The name typed here may create a tag: no longer than the store accepts.
    m_popup->filterEdit()->setMaxLength(TagName::maxLength);
    m_popup->setCreateLabel(tr("Create tag “%1”"));
    connect(m_popup, &FilterPopup::chosen, this, [this](const QString &key) {
        SegmentTagging::apply(m_session, m_session->selectedSegments(), key.toLongLong());
    });
    connect(m_popup, &FilterPopup::createRequested, this, &TagActions::createAndApply);

    connect(session, &ReportSession::selectionChanged, this, &TagActions::refresh);
    connect(session, &ReportSession::reportReloaded, this, &TagActions::refresh);
    connect(session->store(), &ProjectStore::annotationsChanged, this, &TagActions::refresh);
    refresh();
}

QList<QAction *> TagActions::actions() const
{
    return QList<QAction *>(m_numbers) << m_picker;
}

QList<QAction *> TagActions::numberActions() const
{
    return m_numbers;
}

QAction *TagActions::pickerAction() const
{
    return m_picker;
}

FilterPopup *TagActions::picker() const
{
    return m_popup;
}

void TagActions::refresh()
{
    const QList<Tag> tags = m_session->tags();
    const bool haveSelection = m_session->documentId() != 0 && !m_session->selectedSegments().isEmpty();
    // Keys belong to tags (assigned in the tag manager), not to positions in a list.
    QHash<int, const Tag *> byKey;
    for (const Tag &tag : tags)
        if (tag.key >= 1 && tag.key <= 9)
            byKey.insert(tag.key, &tag);
    for (qsizetype i = 0; i < m_numbers.size(); ++i) {
        QAction *action = m_numbers.at(i);
        if (const Tag *tag = byKey.value(int(i) + 1)) {
            action->setText(tr("Tag with “%1”").arg(tag->name));
            action->setIcon(TagSwatch::icon(tag->colour));
            action->setData(tag->id);
            action->setEnabled(haveSelection);
        } else {
            action->setText(tr("Tag %1 (unused)").arg(i + 1));
            action->setIcon({});
            action->setData(qint64(0));
            action->setEnabled(false);
        }
    }
    m_picker->setEnabled(haveSelection);
}

void TagActions::openPicker()
{
    if (m_session->documentId() == 0 || m_session->selectedSegments().isEmpty())
        return;
    const QStringList selection = m_session->selectedSegments();
    QList<FilterPopup::Choice> choices;
    for (const Tag &tag : m_session->tags()) {
        choices.append({QString::number(tag.id), tag.name, tag.colour,
            SegmentTagging::allHaveTag(m_session, selection, tag.id), tag.description});
    }
    m_popup->setChoices(choices);
    const QPoint at = m_anchor->mapToGlobal(QPoint(m_anchor->width() / 4, m_anchor->height() / 6));
    m_popup->popup(at);
}

void TagActions::createAndApply(const QString &name)
{
    const QColor colour = TagSwatch::colourFor(int(m_session->tags().size()));
    SegmentTagging::createAndApply(m_session, name, colour, m_session->selectedSegments());
}

} // namespace Scrutiny
