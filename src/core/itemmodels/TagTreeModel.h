// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/ItemRoles.h"
#include "model/Annotations.h"

#include <QAbstractItemModel>
#include <QHash>

namespace Scrutiny {

/// The project's tags as a tree (parentId), with how many segments carry each in
/// the open report and in the whole project. ReportSession keeps the one instance
/// the Tags panel and the tag manager show. A tag whose parent is missing, or whose
/// ancestry loops, is shown at the top level so no tag is ever hidden.
class TagTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KeyColumn, UsageColumn, DescriptionColumn, ProjectUsageColumn, ColumnCount };

    explicit TagTreeModel(QObject *parent = nullptr);

    /// usage: tag id -> segments of the open report carrying it; projectUsage: of
    /// every report (either may be empty). When the tags are the same as shown, only
    /// the counts change (dataChanged), so views keep their current row and expansion.
    void setTags(
        const QList<Tag> &tags, const QHash<qint64, int> &usage = {}, const QHash<qint64, int> &projectUsage = {});
    QModelIndex indexOfTag(qint64 tagId) const;
    Tag tagAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qint64 effectiveParent(qint64 tagId) const;

    QList<Tag> m_order; ///< as given, to tell a change of counts from a change of tags
    QHash<qint64, Tag> m_tags;
    QHash<qint64, QList<qint64>> m_children; ///< 0 -> top-level tags, in the store's order
    QHash<qint64, qint64> m_parent; ///< effective parent (0 for top level)
    QHash<qint64, int> m_usage;
    QHash<qint64, int> m_projectUsage;
};

} // namespace Scrutiny
