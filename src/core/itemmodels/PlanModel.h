// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotations.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>

#include <functional>

namespace Scrutiny {

/// The action plan of one report: one row per priority with its owner, due date,
/// status and evidence. Editable in place; an edit builds the new PlanItem and
/// hands it to the commit function (the GUI runs it through the session, so the
/// change is one transaction and one undo step); the model itself stores nothing
/// and shows what setReport() gives it.
class PlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PriorityColumn, OwnerColumn, DueColumn, StatusColumn, EvidenceColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        PriorityRole = Qt::UserRole + 1, ///< the row's priority label ("P2")
        OverdueRole, ///< bool
        /// A value that sorts naturally: row order, dates (unset last), status order.
        SortRole,
    };
    Q_ENUM(Role)

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
