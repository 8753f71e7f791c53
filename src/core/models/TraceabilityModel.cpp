// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraceabilityModel.h"

#include <QFont>
#include <QSet>

namespace Scrutiny {

namespace {
// Headers show the label and the start of the text; tooltips have all of it.
constexpr qsizetype headerTextLength = 48;

QString excerpt(const QString &text, qsizetype length)
{
    const QString simple = text.simplified();
    if (simple.size() <= length)
        return simple;
    return simple.left(length).trimmed() + QChar(0x2026);
}
} // namespace

TraceabilityModel::TraceabilityModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_gapColour(0xc0, 0x39, 0x2b)
{
}

QString TraceabilityModel::glyph(LinkType type)
{
    switch (type) {
    case LinkType::PartlyAddresses:
        return QStringLiteral("\u25D0"); // half circle
    case LinkType::Contradicts:
        return QStringLiteral("\u2715"); // cross
    case LinkType::RespondsTo:
        return QStringLiteral("\u21A9"); // return arrow
    case LinkType::Addresses:
        break;
    }
    return QStringLiteral("\u25CF"); // full circle
}

QString TraceabilityModel::cellKey(const QString &finding, const QString &priority)
{
    return finding + QLatin1Char('>') + priority;
}

void TraceabilityModel::setReport(const AnnotatedReport &report)
{
    QStringList findings;
    QStringList priorities;
    QHash<QString, QString> texts;
    for (const Segment &segment : report.report.segments) {
        if (segment.kind == SegmentKind::Finding)
            findings.append(segment.id);
        else if (segment.kind == SegmentKind::Priority)
            priorities.append(segment.id);
        else
            continue;
        texts.insert(segment.id, segment.text);
    }
    const QSet<QString> findingSet(findings.cbegin(), findings.cend());
    const QSet<QString> prioritySet(priorities.cbegin(), priorities.cend());
    QHash<QString, Link> links;
    for (const Link &link : report.links) {
        if (findingSet.contains(link.from) && prioritySet.contains(link.to))
            links.insert(cellKey(link.from, link.to), link);
        else if (findingSet.contains(link.to) && prioritySet.contains(link.from))
            links.insert(cellKey(link.to, link.from), link);
    }

    const bool sameShape = findings == m_findings && priorities == m_priorities;
    if (!sameShape)
        beginResetModel();
    m_report = report;
    m_findings = findings;
    m_priorities = priorities;
    m_texts = texts;
    m_links = links;
    QSet<QString> linkedFindings;
    QSet<QString> linkedPriorities;
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        const bool forward = findingSet.contains(it->from);
        linkedFindings.insert(forward ? it->from : it->to);
        linkedPriorities.insert(forward ? it->to : it->from);
    }
    m_lonelyFindings.clear();
    for (const QString &finding : std::as_const(m_findings)) {
        if (!linkedFindings.contains(finding))
            m_lonelyFindings.append(finding);
    }
    m_lonelyPriorities.clear();
    for (const QString &priority : std::as_const(m_priorities)) {
        if (!linkedPriorities.contains(priority))
            m_lonelyPriorities.append(priority);
    }
    m_suggestions.clear();
    for (const SuggestedLink &suggestion : std::as_const(m_allSuggestions)) {
        const QString key = cellKey(suggestion.from, suggestion.to);
        if (findingSet.contains(suggestion.from) && prioritySet.contains(suggestion.to) && !m_links.contains(key))
            m_suggestions.insert(key, suggestion);
    }
    if (!sameShape) {
        endResetModel();
    } else if (!m_findings.isEmpty() && !m_priorities.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
}

void TraceabilityModel::setSuggestions(const QList<SuggestedLink> &suggestions)
{
    m_allSuggestions = suggestions;
    setReport(AnnotatedReport(m_report));
}

void TraceabilityModel::setGapColour(const QColor &colour)
{
    m_gapColour = colour;
    if (rowCount() > 0)
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

QString TraceabilityModel::findingAt(int row) const
{
    return m_findings.value(row);
}

QString TraceabilityModel::priorityAt(int column) const
{
    return m_priorities.value(column);
}

int TraceabilityModel::rowOfFinding(const QString &label) const
{
    return int(m_findings.indexOf(label));
}

int TraceabilityModel::columnOfPriority(const QString &label) const
{
    return int(m_priorities.indexOf(label));
}

std::optional<Link> TraceabilityModel::linkAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return std::nullopt;
    const auto it = m_links.constFind(cellKey(m_findings.at(index.row()), m_priorities.at(index.column())));
    if (it == m_links.cend())
        return std::nullopt;
    return *it;
}

std::optional<SuggestedLink> TraceabilityModel::suggestionAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return std::nullopt;
    const auto it = m_suggestions.constFind(cellKey(m_findings.at(index.row()), m_priorities.at(index.column())));
    if (it == m_suggestions.cend())
        return std::nullopt;
    return *it;
}

int TraceabilityModel::linkCount() const
{
    return int(m_links.size());
}

int TraceabilityModel::suggestionCount() const
{
    return int(m_suggestions.size());
}

QStringList TraceabilityModel::findingsWithoutPriority() const
{
    return m_lonelyFindings;
}

QStringList TraceabilityModel::prioritiesWithoutFinding() const
{
    return m_lonelyPriorities;
}

QString TraceabilityModel::summary() const
{
    // English plurals spelled out: %n forms need a loaded translation to work.
    const auto count
        = [](qsizetype n, const QString &one, const QString &many) { return (n == 1 ? one : many).arg(n); };
    QString text = count(m_findings.size(), tr("%1 finding"), tr("%1 findings")) + QStringLiteral(" \u00D7 ")
        + count(m_priorities.size(), tr("%1 priority"), tr("%1 priorities")) + QStringLiteral(" \u00B7 ")
        + count(linkCount(), tr("%1 link"), tr("%1 links"));
    if (suggestionCount() > 0)
        text += QStringLiteral(" \u00B7 ") + tr("%1 suggested").arg(suggestionCount());
    if (m_lonelyFindings.isEmpty() && m_lonelyPriorities.isEmpty())
        return text + QStringLiteral(" \u00B7 ") + tr("no gaps");
    return text + QStringLiteral(" \u00B7 ")
        + tr("gaps: %1, %2")
              .arg(count(m_lonelyFindings.size(), tr("%1 finding without a priority"),
                       tr("%1 findings without a priority")),
                  count(m_lonelyPriorities.size(), tr("%1 priority without a finding"),
                      tr("%1 priorities without a finding")));
}

int TraceabilityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int TraceabilityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_priorities.size());
}

QString TraceabilityModel::cellToolTip(int row, int column) const
{
    const QString finding = m_findings.at(row);
    const QString priority = m_priorities.at(column);
    const QString key = cellKey(finding, priority);
    QString state;
    if (const auto link = m_links.constFind(key); link != m_links.cend()) {
        state = tr("%1 %2 %3").arg(link->from, toString(link->type), link->to);
        if (!link->note.isEmpty())
            state += QLatin1Char('\n') + tr("Note: %1").arg(link->note);
    } else if (const auto suggestion = m_suggestions.constFind(key); suggestion != m_suggestions.cend()) {
        state = tr("Suggested link (score %1): %2").arg(QString::number(suggestion->score, 'f', 2), suggestion->reason)
            + QLatin1Char('\n') + tr("Enter accepts, Delete rejects");
    } else {
        state = tr("Not linked: Space or click links %1 to %2").arg(finding, priority);
    }
    return state + QStringLiteral("\n\n") + finding + QStringLiteral(": ") + m_texts.value(finding).simplified()
        + QStringLiteral("\n\n") + priority + QStringLiteral(": ") + m_texts.value(priority).simplified();
}

QVariant TraceabilityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QString finding = m_findings.at(index.row());
    const QString priority = m_priorities.at(index.column());
    const QString key = cellKey(finding, priority);
    const auto link = m_links.constFind(key);
    const bool linked = link != m_links.cend();
    const auto suggestion = m_suggestions.constFind(key);
    const bool suggested = !linked && suggestion != m_suggestions.cend();

    switch (role) {
    case Qt::DisplayRole:
        if (linked)
            return glyph(link->type);
        return suggested ? QStringLiteral("\u25CC") : QString(); // dotted circle
    case Qt::ToolTipRole:
        return cellToolTip(index.row(), index.column());
    case Qt::AccessibleTextRole:
        if (linked)
            return tr("%1 %2 %3").arg(finding, toString(link->type), priority);
        if (suggested)
            return tr("%1 suggested for %2, score %3")
                .arg(finding, priority, QString::number(suggestion->score, 'f', 2));
        return tr("%1 not linked to %2").arg(finding, priority);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    case LinkTypeRole:
        return linked ? int(link->type) : -1;
    case LinkIdRole:
        return linked ? link->id : qint64(0);
    case SuggestionScoreRole:
        return suggested ? suggestion->score : -1.0;
    case SuggestionReasonRole:
        return suggested ? suggestion->reason : QString();
    case FindingRole:
        return finding;
    case PriorityRole:
        return priority;
    default:
        return {};
    }
}

QVariant TraceabilityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QStringList &labels = orientation == Qt::Vertical ? m_findings : m_priorities;
    if (section < 0 || section >= labels.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString label = labels.at(section);
    const bool gap
        = orientation == Qt::Vertical ? m_lonelyFindings.contains(label) : m_lonelyPriorities.contains(label);
    switch (role) {
    case Qt::DisplayRole: {
        // A warning sign marks gaps in a way that survives colour blindness and printing.
        const QString mark = gap ? QStringLiteral(" \u26A0") : QString();
        if (orientation == Qt::Horizontal)
            return QString(label + mark);
        return QString(label + mark + QStringLiteral("  ") + excerpt(m_texts.value(label), headerTextLength));
    }
    case Qt::ToolTipRole: {
        QString tip = label + QStringLiteral(": ") + m_texts.value(label).simplified();
        if (gap)
            tip += QStringLiteral("\n\n")
                + (orientation == Qt::Vertical ? tr("Gap: no priority is linked to this finding.")
                                               : tr("Gap: no finding is linked to this priority."));
        return tip;
    }
    case Qt::ForegroundRole:
        return gap ? QVariant(m_gapColour) : QVariant();
    case Qt::FontRole:
        if (gap) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return orientation == Qt::Vertical ? QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter))
                                           : QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    case FindingRole:
        return orientation == Qt::Vertical ? label : QVariant();
    case PriorityRole:
        return orientation == Qt::Horizontal ? label : QVariant();
    case GapRole:
        return gap;
    default:
        return {};
    }
}

Qt::ItemFlags TraceabilityModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
}

} // namespace Scrutiny
