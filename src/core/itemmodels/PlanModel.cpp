// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanModel.h"

namespace Scrutiny {

PlanModel::PlanModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate())
    , m_overdueColour(0xf6, 0xd5, 0xd1)
{
}

void PlanModel::setReport(const AnnotatedReport &report)
{
    QList<Row> rows;
    for (const Segment &segment : report.report.segments) {
        if (segment.kind != SegmentKind::Priority)
            continue;
        Row row;
        row.priority = segment.id;
        row.text = segment.text.simplified();
        row.item.priority = segment.id;
        bool planned = false;
        for (const PlanItem &item : report.plan) {
            if (item.priority == segment.id) {
                row.item = item;
                rows.append(row);
                planned = true;
            }
        }
        if (!planned)
            rows.append(row);
    }
    for (const PlanItem &item : report.plan) {
        if (item.priority.isEmpty())
            rows.append(Row {QString(), QString(), item});
    }
    bool sameShape = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameShape && i < rows.size(); ++i)
        sameShape = rows.at(i).priority == m_rows.at(i).priority && rows.at(i).item.id == m_rows.at(i).item.id;
    if (sameShape) {
        // Same priorities: update in place so open editors, selection and sorting survive.
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void PlanModel::setCommit(Commit commit)
{
    m_commit = std::move(commit);
}

void PlanModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void PlanModel::setOverdueColour(const QColor &colour)
{
    m_overdueColour = colour;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString PlanModel::priorityAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).priority : QString();
}

int PlanModel::rowOfPriority(const QString &label) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).priority == label)
            return int(i);
    }
    return -1;
}

int PlanModel::rowOfItem(qint64 itemId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).item.id == itemId)
            return int(i);
    }
    return -1;
}

QString PlanModel::priorityTextAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).text : QString();
}

QDate PlanModel::today() const
{
    return m_today;
}

PlanItem PlanModel::itemAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).item : PlanItem();
}

int PlanModel::overdueCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const Row &row) { return row.item.isOverdue(m_today); }));
}

int PlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const PlanItem &item = row.item;
    const bool overdue = item.isOverdue(m_today);
    const auto column = Column(index.column());

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case PriorityColumn:
            if (row.priority.isEmpty())
                return tr("(no priority)");
            return QString(row.priority + QStringLiteral("  ") + row.text);
        case ActionColumn:
            return item.action;
        case OwnerColumn:
            return item.owner;
        case DueColumn:
            return item.due.isValid() ? item.due.toString(Qt::ISODate) : QString();
        case StatusColumn:
            // Past its date but not marked overdue: say so, the colour alone is not enough.
            if (overdue && item.status != PlanStatus::Overdue)
                return tr("%1 (overdue)").arg(displayName(item.status));
            return displayName(item.status);
        case EvidenceColumn:
            return item.evidence;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::EditRole:
        switch (column) {
        case PriorityColumn:
            return row.priority;
        case ActionColumn:
            return item.action;
        case OwnerColumn:
            return item.owner;
        case DueColumn:
            return item.due;
        case StatusColumn:
            return int(item.status);
        case EvidenceColumn:
            return item.evidence;
        case ColumnCount:
            break;
        }
        return {};
    case SortRole:
        switch (column) {
        case PriorityColumn:
            return index.row();
        case DueColumn:
            // Unset dates sort after every real one.
            return item.due.isValid() ? item.due : QDate(9999, 12, 31);
        case StatusColumn:
            return int(item.status);
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case Qt::ToolTipRole:
        // Long texts are cut short in the cells: the tooltip has the whole of them.
        if (column == PriorityColumn)
            return row.priority.isEmpty() ? tr("An action tied to no priority")
                                          : QString(row.priority + QStringLiteral(": ") + row.text);
        if (column == ActionColumn && !item.action.isEmpty())
            return item.action;
        if (column == EvidenceColumn && !item.evidence.isEmpty())
            return item.evidence;
        if (overdue)
            return item.due.isValid() ? tr("Overdue: due %1").arg(item.due.toString(Qt::ISODate)) : tr("Overdue");
        return {};
    case Qt::BackgroundRole:
        return overdue ? QVariant(m_overdueColour) : QVariant();
    case Qt::AccessibleTextRole:
        if (overdue && column == StatusColumn)
            return tr("%1, overdue").arg(displayName(item.status));
        return {};
    case PriorityRole:
        return row.priority;
    case PlanItemIdRole:
        return item.id;
    case PriorityTextRole:
        return row.text;
    case OverdueRole:
        return overdue;
    default:
        return {};
    }
}

bool PlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_commit)
        return false;
    PlanItem item = m_rows.at(index.row()).item;
    switch (Column(index.column())) {
    case OwnerColumn:
        item.owner = value.toString().trimmed();
        break;
    case DueColumn:
        item.due = value.toDate();
        break;
    case StatusColumn: {
        const int status = value.toInt();
        if (status < int(PlanStatus::NotStarted) || status > int(PlanStatus::WillNotImplement))
            return false;
        item.status = PlanStatus(status);
        break;
    }
    case EvidenceColumn:
        item.evidence = value.toString().trimmed();
        break;
    case ActionColumn:
        item.action = value.toString().trimmed();
        break;
    case PriorityColumn:
    case ColumnCount:
        return false;
    }
    if (item == m_rows.at(index.row()).item)
        return true; // nothing changed: no empty undo step
    // The commit reloads the report, which calls setReport() and emits dataChanged.
    return m_commit(item);
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case PriorityColumn:
        return tr("Priority");
    case ActionColumn:
        return tr("Action");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case EvidenceColumn:
        return tr("Evidence");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags PlanModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != PriorityColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace Scrutiny
