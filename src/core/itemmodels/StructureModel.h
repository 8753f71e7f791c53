// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ParsedReport.h"

#include <QAbstractItemModel>

#include <vector>

namespace Scrutiny {

/// The outline of one report as a tree: summary, findings, priorities, quotes
/// grouped by speaker and the council's response, each group with its count;
/// leaves are segments (SegmentIdRole).
class StructureModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    explicit StructureModel(QObject *parent = nullptr);
    ~StructureModel() override;

    /// Rebuilds the tree for this report (an empty report gives an empty tree).
    void setReport(const ParsedReport &report);
    /// The leaf of this segment, invalid when the segment is not listed.
    QModelIndex indexOfSegment(const QString &segmentId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        int parent = -1; ///< node index, -1 for top-level groups
        int row = 0;
        QString label;
        QString segmentId; ///< empty for groups
        QString toolTip;
        SegmentKind kind = SegmentKind::Context;
        std::vector<int> children;
        int count = 0;
    };
    int addNode(int parent, Node node);
    const std::vector<int> &childrenOf(const QModelIndex &parent) const;

    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
};

} // namespace Scrutiny
