// SPDX-License-Identifier: GPL-3.0-or-later
#include "StructureModel.h"
#include "ItemRoles.h"
#include "model/SegmentReason.h"

#include <QMap>

namespace Scrutiny {

using namespace Qt::StringLiterals;

namespace {
QString excerpt(const Segment &segment)
{
    QString text = segment.text.simplified();
    constexpr int maximum = 90;
    if (text.size() > maximum)
        text = text.left(maximum - 1).trimmed() + QChar(0x2026);
    return text;
}

QString preview(const Segment &segment)
{
    return segment.id + u"  "_s + excerpt(segment);
}

QString speakerLabel(const Segment &segment)
{
    if (segment.speakerName.isEmpty())
        return StructureModel::tr("Unattributed");
    if (segment.speakerRole.isEmpty())
        return segment.speakerName;
    return segment.speakerName + u", "_s + segment.speakerRole;
}
} // namespace

StructureModel::StructureModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

StructureModel::~StructureModel() = default;

int StructureModel::addNode(int parent, Node node)
{
    const int id = int(m_nodes.size());
    node.parent = parent;
    std::vector<int> &siblings = parent < 0 ? m_roots : m_nodes[size_t(parent)].children;
    node.row = int(siblings.size());
    siblings.push_back(id);
    m_nodes.push_back(std::move(node));
    return id;
}

void StructureModel::setReport(const ParsedReport &report)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();

    const auto leaf = [](const Segment &s) {
        Node node;
        node.label = preview(s);
        node.segmentId = s.id;
        node.toolTip = s.text;
        node.kind = s.kind;
        return node;
    };
    const auto group = [](const QString &label, SegmentKind kind) {
        Node node;
        node.label = label;
        node.kind = kind;
        return node;
    };
    const auto addSegments = [&](int groupNode, SegmentKind kind) {
        for (const Segment &s : report.segments) {
            if (s.kind != kind)
                continue;
            addNode(groupNode, leaf(s));
            ++m_nodes[size_t(groupNode)].count;
        }
    };
    const auto addGroup = [&](const QString &title, SegmentKind kind) { return addNode(-1, group(title, kind)); };

    addSegments(addGroup(tr("Summary"), SegmentKind::Summary), SegmentKind::Summary);
    addSegments(addGroup(tr("Findings"), SegmentKind::Finding), SegmentKind::Finding);
    addSegments(addGroup(tr("Priorities for action"), SegmentKind::Priority), SegmentKind::Priority);

    // Quotes by speaker, speakers in order of first appearance.
    const int quotes = addGroup(tr("Quotes"), SegmentKind::Quote);
    QMap<QString, int> speakerNode;
    for (const Segment &s : report.segments) {
        if (s.kind != SegmentKind::Quote)
            continue;
        const QString speaker = speakerLabel(s);
        auto it = speakerNode.find(speaker);
        if (it == speakerNode.end())
            it = speakerNode.insert(speaker, addNode(quotes, group(speaker, SegmentKind::Quote)));
        addNode(*it, leaf(s));
        ++m_nodes[size_t(*it)].count;
        ++m_nodes[size_t(quotes)].count;
    }
    addSegments(addGroup(tr("Council response"), SegmentKind::Response), SegmentKind::Response);

    // The review queue: what the importer read with little confidence and nobody has checked
    // yet (accept or correct one with Edit Segment). Last, so a segment's own group comes first.
    int review = -1;
    for (const Segment &s : report.segments) {
        if (!s.needsReview())
            continue;
        if (review < 0)
            review = addGroup(tr("Needs review"), SegmentKind::Context);
        // Why it needs review before its words: in a narrow dock the words are what gets cut.
        Node node = leaf(s);
        const QString reason = SegmentReason::displayName(s.reason);
        node.label = tr("%1  %2: %3", "review queue: segment id, why it needs review, its opening words")
                         .arg(s.id, reason, excerpt(s));
        node.toolTip = tr("Read as %1 (%2), confidence %3%. Edit Segment accepts or corrects it.")
                           .arg(displayName(s.kind), reason)
                           .arg(qRound(s.confidence * 100))
            + u"\n\n"_s + s.text;
        addNode(review, node);
        ++m_nodes[size_t(review)].count;
    }

    // An empty report shows nothing rather than five empty groups.
    if (report.segments.isEmpty()) {
        m_nodes.clear();
        m_roots.clear();
    }
    endResetModel();
}

QModelIndex StructureModel::indexOfSegment(const QString &segmentId) const
{
    for (size_t i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].segmentId == segmentId)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    return {};
}

const std::vector<int> &StructureModel::childrenOf(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_roots;
    return m_nodes[size_t(parent.internalId())].children;
}

QModelIndex StructureModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const std::vector<int> &children = childrenOf(parent);
    if (size_t(row) >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[size_t(row)]));
}

QModelIndex StructureModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes[size_t(child.internalId())].parent;
    if (parentNode < 0)
        return {};
    return createIndex(m_nodes[size_t(parentNode)].row, 0, quintptr(parentNode));
}

int StructureModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent).size());
}

int StructureModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant StructureModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes[size_t(index.internalId())];
    const bool group = node.segmentId.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        return group ? tr("%1 (%2)").arg(node.label).arg(node.count) : node.label;
    case Qt::ToolTipRole:
        return group ? QVariant() : QVariant(node.toolTip);
    case Qt::AccessibleTextRole:
        return group ? tr("%1, %n item(s)", nullptr, node.count).arg(node.label) : node.label;
    case SegmentIdRole:
        return group ? QVariant() : QVariant(node.segmentId);
    case SegmentKindRole:
        return int(node.kind);
    case CountRole:
        return node.count;
    default:
        return {};
    }
}

} // namespace Scrutiny
