// SPDX-License-Identifier: GPL-3.0-or-later
#include "TagTreeModel.h"

#include <QSet>

namespace Scrutiny {

TagTreeModel::TagTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

qint64 TagTreeModel::effectiveParent(qint64 tagId) const
{
    const qint64 parentId = m_tags.value(tagId).parentId;
    if (parentId == 0 || !m_tags.contains(parentId))
        return 0;
    // Walk up: a loop (a -> b -> a) would make every tag of it unreachable.
    QSet<qint64> seen {tagId};
    for (qint64 up = parentId; up != 0; up = m_tags.value(up).parentId) {
        if (seen.contains(up) || !m_tags.contains(up))
            return seen.contains(up) ? 0 : parentId;
        seen.insert(up);
    }
    return parentId;
}

void TagTreeModel::setTags(
    const QList<Tag> &tags, const QHash<qint64, int> &usage, const QHash<qint64, int> &projectUsage)
{
    if (tags == m_order) {
        if (usage == m_usage && projectUsage == m_projectUsage)
            return;
        m_usage = usage;
        m_projectUsage = projectUsage;
        // Every row, level by level: dataChanged covers one parent's children at a time.
        for (auto it = m_children.cbegin(); it != m_children.cend(); ++it) {
            if (it.value().isEmpty())
                continue;
            const QModelIndex parent = it.key() == 0 ? QModelIndex() : indexOfTag(it.key());
            Q_EMIT dataChanged(index(0, UsageColumn, parent),
                index(int(it.value().size()) - 1, ProjectUsageColumn, parent), {Qt::DisplayRole, Qt::EditRole});
        }
        return;
    }
    beginResetModel();
    m_order = tags;
    m_tags.clear();
    m_children.clear();
    m_parent.clear();
    m_usage = usage;
    m_projectUsage = projectUsage;
    for (const Tag &tag : tags)
        m_tags.insert(tag.id, tag);
    for (const Tag &tag : tags) {
        const qint64 parentId = effectiveParent(tag.id);
        m_parent.insert(tag.id, parentId);
        m_children[parentId].append(tag.id);
    }
    endResetModel();
}

QModelIndex TagTreeModel::indexOfTag(qint64 tagId) const
{
    if (!m_tags.contains(tagId))
        return {};
    const qint64 parentId = m_parent.value(tagId);
    const int row = int(m_children.value(parentId).indexOf(tagId));
    return createIndex(row, 0, quintptr(tagId));
}

Tag TagTreeModel::tagAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    return m_tags.value(qint64(index.internalId()));
}

QModelIndex TagTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const qint64 parentId = parent.isValid() ? qint64(parent.internalId()) : 0;
    return createIndex(row, column, quintptr(m_children.value(parentId).at(row)));
}

QModelIndex TagTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const qint64 parentId = m_parent.value(qint64(child.internalId()));
    return parentId == 0 ? QModelIndex() : indexOfTag(parentId);
}

int TagTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const qint64 parentId = parent.isValid() ? qint64(parent.internalId()) : 0;
    return int(m_children.value(parentId).size());
}

int TagTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TagTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Tag tag = m_tags.value(qint64(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return tag.name;
        case KeyColumn:
            return tag.key ? QVariant(tag.key) : QVariant();
        case UsageColumn:
            return m_usage.value(tag.id);
        case DescriptionColumn:
            return tag.description;
        case ProjectUsageColumn:
            return m_projectUsage.value(tag.id);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == UsageColumn || index.column() == ProjectUsageColumn || index.column() == KeyColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(tag.colour) : QVariant();
    case Qt::ToolTipRole:
        return tag.description.isEmpty() ? tag.name : QString(tag.name + QStringLiteral(": ") + tag.description);
    case TagIdRole:
        return tag.id;
    case ColourRole:
        return tag.colour;
    default:
        return {};
    }
}

QVariant TagTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractItemModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case UsageColumn:
            return tr("Segments of the open report carrying the tag");
        case ProjectUsageColumn:
            return tr("Segments of every report carrying the tag");
        case KeyColumn:
            return tr("The key (1–9) that applies the tag in the reader");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Tag");
    case KeyColumn:
        return tr("Key");
    case UsageColumn:
        return tr("Report");
    case DescriptionColumn:
        return tr("Description");
    case ProjectUsageColumn:
        return tr("Project");
    }
    return {};
}

} // namespace Scrutiny
