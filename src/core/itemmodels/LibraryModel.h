// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ProjectStore.h"

#include <QAbstractTableModel>

namespace Scrutiny {

/// The reports of the open project, one row each: title, import date, verdict
/// and the counts of findings, priorities and links. Follows the store's change
/// signals; DocumentIdRole on any cell names the report.
class LibraryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Imported, Verdict, Findings, Priorities, Links, ColumnCount };

    explicit LibraryModel(ProjectStore *store, QObject *parent = nullptr);
    ~LibraryModel() override;

    /// Re-reads the list from the store.
    void refresh();
    /// The row of a report, -1 when it is not in the project.
    int rowOf(qint64 documentId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ProjectStore *m_store;
    QList<ProjectStore::DocumentSummary> m_documents;
};

} // namespace Scrutiny
