// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/ItemRoles.h"
#include "model/Annotations.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>

#include <functional>

namespace Scrutiny {

/// The action plan of one report: a row per action (a priority with none yet has
/// one empty row, so it can be planned in place; actions tied to no priority come
/// last), with what will be done, owner, due date, status and evidence. Editable in place; an edit builds the new PlanItem and
/// hands it to the commit function (the GUI runs it through the session, so the
/// change is one transaction and one undo step); the model itself stores nothing
/// and shows what setReport() gives it.
class PlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PriorityColumn, ActionColumn, OwnerColumn, DueColumn, StatusColumn, EvidenceColumn, ColumnCount };
    Q_ENUM(Column)

    using Commit = std::function<bool(const PlanItem &item)>;

    explicit PlanModel(QObject *parent = nullptr);

    void setReport(const AnnotatedReport &report);
    void setCommit(Commit commit);
    /// The day overdue is judged against (default: today).
    void setToday(const QDate &today);
    QDate today() const;
    /// Background of overdue rows (from the theme).
    void setOverdueColour(const QColor &colour);

    QString priorityAt(int row) const;
    int rowOfPriority(const QString &label) const;
    int rowOfItem(qint64 itemId) const;
    /// The priority's whole text ("" for an action tied to none).
    QString priorityTextAt(int row) const;
    /// The stored item, or an empty one (not started) for a priority with no plan yet.
    PlanItem itemAt(int row) const;
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        QString priority;
        QString text;
        PlanItem item;
    };
    QList<Row> m_rows;
    Commit m_commit;
    QDate m_today;
    QColor m_overdueColour;
};

} // namespace Scrutiny
