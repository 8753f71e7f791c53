// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressModel.h"

#include "export/ProgressSection.h"

#include <QColor>

#include <algorithm>

namespace Scrutiny {

namespace {

// Open and repeat items first: what a committee asks about.
int urgency(const SeriesProgress::Priority &p)
{
    const auto last = p.latest();
    if (!last)
        return 2;
    switch (*last) {
    case ProgressType::Repeat:
        return 0;
    case ProgressType::NotMet:
        return 1;
    case ProgressType::Progress:
        return 3;
    case ProgressType::Met:
        return 4;
    case ProgressType::NotApplicable:
        break;
    }
    return 5;
}

QColor tint(std::optional<ProgressType> type)
{
    if (!type)
        return QColor(0x80, 0x80, 0x80, 40);
    switch (*type) {
    case ProgressType::Met:
        return QColor(0x2c, 0xa0, 0x2c, 70);
    case ProgressType::Progress:
        return QColor(0xe6, 0xb4, 0x00, 70);
    case ProgressType::NotMet:
        return QColor(0xd6, 0x27, 0x28, 70);
    case ProgressType::Repeat:
        return QColor(0x9c, 0x1c, 0x6e, 90);
    case ProgressType::NotApplicable:
        break;
    }
    return QColor(0x80, 0x80, 0x80, 60);
}

QString statusName(std::optional<ProgressType> type)
{
    return type ? displayName(*type) : ProgressModel::tr("Not reported");
}

} // namespace

ProgressModel::ProgressModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProgressModel::setProgress(const SeriesProgress &progress)
{
    beginResetModel();
    m_progress = progress;
    m_order.clear();
    for (int i = 0; i < m_progress.priorities.size(); ++i)
        m_order.append(i);
    std::stable_sort(m_order.begin(), m_order.end(),
        [this](int a, int b) { return urgency(m_progress.priorities[a]) < urgency(m_progress.priorities[b]); });
    endResetModel();
}

const SeriesProgress::Priority *ProgressModel::priorityAt(int row) const
{
    return row >= 0 && row < m_order.size() ? &m_progress.priorities[m_order[row]] : nullptr;
}

const SeriesProgress::Status *ProgressModel::statusAt(const QModelIndex &index) const
{
    const SeriesProgress::Priority *p = index.isValid() ? priorityAt(index.row()) : nullptr;
    const int at = index.column() - FirstReportColumn;
    return p && at >= 0 && at < p->statuses.size() ? &p->statuses[at] : nullptr;
}

QString ProgressModel::evidenceText(const QModelIndex &index) const
{
    const SeriesProgress::Priority *p = priorityAt(index.row());
    const SeriesProgress::Status *s = statusAt(index);
    if (!p || !s)
        return {};
    QString text = (s->type && !s->confirmed ? tr("%1 after report %2: %3 %4 (suggested, not confirmed)")
                                             : tr("%1 after report %2: %3 %4"))
                       .arg(p->priority.text())
                       .arg(s->report)
                       .arg(ProgressSection::symbol(s->type), statusName(s->type));
    if (s->evidence.isEmpty())
        text += u'\n' + tr("No finding of report %1 was linked or suggested for this priority.").arg(s->report);
    for (qsizetype i = 0; i < s->evidence.size(); ++i)
        text += QStringLiteral("\n\n%1: “%2”").arg(s->evidence[i].text(), s->quotes.value(i));
    if (!s->reason.isEmpty())
        text += u"\n\n" + tr("Why: %1").arg(s->reason);
    if (p->plan)
        text += u"\n\n" + tr("Action plan: %1").arg(toString(*p->plan));
    return text;
}

int ProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int ProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstReportColumn + int(std::max<qsizetype>(0, m_progress.series.size() - 1));
}

QVariant ProgressModel::data(const QModelIndex &index, int role) const
{
    const SeriesProgress::Priority *p = index.isValid() ? priorityAt(index.row()) : nullptr;
    if (!p)
        return {};
    if (role == PriorityRole)
        return p->priority.text();
    if (index.column() == PriorityColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return QStringLiteral("%1  %2").arg(p->priority.label, p->text.simplified());
        case Qt::ToolTipRole:
            return p->text;
        case DisagreesRole:
            return p->disagrees();
        default:
            return {};
        }
    }
    if (index.column() == PlanColumn) {
        switch (role) {
        case Qt::DisplayRole:
            if (!p->plan)
                return QStringLiteral("–");
            return p->disagrees() ? tr("%1 ⚠ disagrees").arg(toString(*p->plan)) : toString(*p->plan);
        case Qt::ToolTipRole:
            return p->disagrees() ? tr("The action plan says done, but the latest inspection says %1.")
                                        .arg(statusName(p->latest()).toLower())
                                  : QVariant();
        case DisagreesRole:
            return p->disagrees();
        default:
            return {};
        }
    }
    const SeriesProgress::Status *s = statusAt(index);
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        QString text = ProgressSection::symbol(s->type) + u' ' + statusName(s->type);
        if (s->type && !s->confirmed)
            text += QStringLiteral(" ?");
        return text;
    }
    case Qt::BackgroundRole:
        return tint(s->type);
    case Qt::ToolTipRole:
    case EvidenceRole:
        return evidenceText(index);
    case ProgressStatusRole:
        return s->type ? int(*s->type) : -1;
    case ConfirmedRole:
        return s->confirmed;
    default:
        return {};
    }
}

QVariant ProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == PriorityColumn)
        return tr("Priority (report %1)").arg(m_progress.series.value(0));
    if (section == PlanColumn)
        return tr("Action plan");
    const qsizetype at = section - FirstReportColumn + 1;
    if (at < 1 || at >= m_progress.series.size())
        return {};
    return tr("Report %1").arg(m_progress.series[at]);
}

} // namespace Scrutiny
