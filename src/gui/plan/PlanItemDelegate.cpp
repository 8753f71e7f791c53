// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/PlanItemDelegate.h"

#include "itemmodels/PlanModel.h"
#include "model/Annotations.h"

#include <QComboBox>
#include <QDateEdit>

namespace Scrutiny {

QWidget *PlanItemDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    switch (index.column()) {
    case PlanModel::DueColumn: {
        auto *edit = new QDateEdit(parent);
        edit->setObjectName(QStringLiteral("dueEditor"));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        // The minimum date stands for "no due date", shown as a blank.
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setSpecialValueText(tr("none"));
        edit->setAccessibleName(tr("Due date"));
        return edit;
    }
    case PlanModel::StatusColumn: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("statusEditor"));
        combo->setAccessibleName(tr("Status"));
        for (auto status : {PlanStatus::NotStarted, PlanStatus::InProgress, PlanStatus::Done, PlanStatus::Overdue,
                 PlanStatus::WillNotImplement})
            combo->addItem(displayName(status), int(status));
        return combo;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void PlanItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QDateEdit *>(editor)) {
        // No date yet: start at today (not at the "none" minimum, January 2000),
        // and remember that, so closing the editor untouched sets no date.
        const QDate due = index.data(Qt::EditRole).toDate();
        const QDate shown = due.isValid() ? due : QDate::currentDate();
        edit->setDate(shown);
        edit->setProperty("scrutinyUnset", !due.isValid());
        connect(edit, &QDateEdit::dateChanged, edit, [edit] { edit->setProperty("scrutinyUnset", false); });
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PlanItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QDateEdit *>(editor)) {
        const QDate date = edit->date();
        const bool untouched = edit->property("scrutinyUnset").toBool();
        model->setData(index, date == edit->minimumDate() || untouched ? QDate() : date, Qt::EditRole);
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Scrutiny
