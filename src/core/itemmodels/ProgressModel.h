// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/ItemRoles.h"
#include "series/SeriesProgress.h"

#include <QAbstractTableModel>

namespace Scrutiny {

/// The progress of a series' first-report priorities as a table: one row per
/// priority (open and repeat items first, then in progress, then met and no
/// longer applicable), a column for the action plan and one per later report.
/// A cell shows a symbol and a word, so colour is never the only signal; its
/// background tints the status. The model stores nothing and shows what
/// setProgress() gives it.
class ProgressModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PriorityColumn, PlanColumn, FirstReportColumn };
    Q_ENUM(Column)
    // Roles: ProgressStatusRole, EvidenceRole, ConfirmedRole, DisagreesRole and
    // PriorityRole (qualified here, "1:P3"), all from ItemRoles.h.

    explicit ProgressModel(QObject *parent = nullptr);

    void setProgress(const SeriesProgress &progress);
    const SeriesProgress &progress() const { return m_progress; }
    /// The priority shown in a row.
    const SeriesProgress::Priority *priorityAt(int row) const;
    /// A cell's status, or nullptr for the priority and plan columns.
    const SeriesProgress::Status *statusAt(const QModelIndex &index) const;
    /// Readable evidence for a cell: status, each finding with its text, the reason.
    QString evidenceText(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SeriesProgress m_progress;
    QList<int> m_order; ///< row -> index into m_progress.priorities
};

} // namespace Scrutiny
