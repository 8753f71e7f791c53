// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotations.h"

#include <QAbstractItemModel>
#include <QHash>

namespace Scrutiny {

/// The project's tags as a tree (parentId), for the tag manager. A tag whose
/// parent is missing, or whose ancestry loops, is shown at the top level so no
/// tag is ever hidden. Optionally shows how many segments of the open report carry each tag.
class TagTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, UsageColumn, DescriptionColumn, ColumnCount };
    enum Role {
        TagIdRole = Qt::UserRole + 1, ///< qint64
        ColourRole, ///< QColor
    };
    Q_ENUM(Role)

    explicit TagTreeModel(QObject *parent = nullptr);

    /// usage: tag id -> number of segments using it (may be empty).
    void setTags(const QList<Tag> &tags, const QHash<qint64, int> &usage = {});
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

    QHash<qint64, Tag> m_tags;
    QHash<qint64, QList<qint64>> m_children; ///< 0 -> top-level tags, in the store's order
    QHash<qint64, qint64> m_parent; ///< effective parent (0 for top level)
    QHash<qint64, int> m_usage;
};

} // namespace Scrutiny
