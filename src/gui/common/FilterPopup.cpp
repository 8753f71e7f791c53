// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/FilterPopup.h"

#include "common/TagSwatch.h"

#include <QFontMetrics>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace Scrutiny {

namespace {
// Marks the synthetic "create" row so pick() can tell it from a real choice.
constexpr int CreateRole = Qt::UserRole + 1;
constexpr int KeyRole = Qt::UserRole + 2;
} // namespace

FilterPopup::FilterPopup(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setFrameStyle(QFrame::StyledPanel | QFrame::Raised);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("choices"));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus); // typing always goes to the filter
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    resize(360, 280);

    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &FilterPopup::refilter);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] { pick(m_list->currentItem()); });
    connect(m_list, &QListWidget::itemClicked, this, &FilterPopup::pick);
}

QLineEdit *FilterPopup::filterEdit() const
{
    return m_filter;
}

QListWidget *FilterPopup::list() const
{
    return m_list;
}

void FilterPopup::setChoices(const QList<Choice> &choices)
{
    m_choices = choices;
    refilter();
}

void FilterPopup::setCreateLabel(const QString &labelTemplate)
{
    m_createLabel = labelTemplate;
    refilter();
}

void FilterPopup::setPlaceholderText(const QString &text)
{
    m_filter->setPlaceholderText(text);
    m_filter->setAccessibleName(text);
}

void FilterPopup::popup(const QPoint &globalPos)
{
    m_filter->clear();
    refilter();
    move(globalPos);
    show();
    raise();
    activateWindow();
    m_filter->setFocus(Qt::PopupFocusReason);
}

void FilterPopup::refilter()
{
    const QString typed = m_filter->text().trimmed();
    m_list->clear();
    bool exact = false;
    for (const Choice &choice : std::as_const(m_choices)) {
        if (!typed.isEmpty() && !choice.text.contains(typed, Qt::CaseInsensitive))
            continue;
        exact = exact || choice.key.compare(typed, Qt::CaseInsensitive) == 0
            || choice.text.compare(typed, Qt::CaseInsensitive) == 0;
        // Long priorities are elided; the tooltip has the whole text.
        const QString shown = QFontMetrics(m_list->font()).elidedText(choice.text, Qt::ElideRight, width() - 64);
        auto *item = new QListWidgetItem(
            choice.checked ? QStringLiteral("\u2713 ") + shown : QStringLiteral("   ") + shown, m_list);
        item->setData(KeyRole, choice.key);
        if (choice.colour.isValid())
            item->setIcon(TagSwatch::icon(choice.colour));
        item->setToolTip(choice.toolTip.isEmpty() ? choice.text : choice.toolTip);
    }
    if (!m_createLabel.isEmpty() && !typed.isEmpty() && !exact) {
        auto *item = new QListWidgetItem(m_createLabel.arg(typed), m_list);
        item->setData(CreateRole, true);
        QFont font = item->font();
        font.setItalic(true);
        item->setFont(font);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void FilterPopup::pick(QListWidgetItem *item)
{
    if (!item)
        return;
    const bool create = item->data(CreateRole).toBool();
    const QString key = item->data(KeyRole).toString();
    const QString typed = m_filter->text().trimmed();
    hide();
    if (create)
        Q_EMIT createRequested(typed);
    else
        Q_EMIT chosen(key);
}

bool FilterPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        int step = 0;
        if (key->key() == Qt::Key_Down)
            step = 1;
        else if (key->key() == Qt::Key_Up)
            step = -1;
        else if (key->key() == Qt::Key_PageDown)
            step = 8;
        else if (key->key() == Qt::Key_PageUp)
            step = -8;
        if (step != 0 && m_list->count() > 0) {
            m_list->setCurrentRow(std::clamp(m_list->currentRow() + step, 0, m_list->count() - 1));
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace Scrutiny
