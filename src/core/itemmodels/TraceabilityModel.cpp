// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraceabilityModel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
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

QString TraceabilityModel::cellKey(qint64 documentId, const QString &finding, const QString &priority)
{
    return QString::number(documentId) + QLatin1Char(':') + finding + QLatin1Char('>') + priority;
}

QString TraceabilityModel::axisKey(qint64 documentId, const QString &label)
{
    return QString::number(documentId) + QLatin1Char(':') + label;
}

QString TraceabilityModel::shownLabel(const Axis &axis) const
{
    // Across a project, the report's number in the summary's list: "2·F1".
    return m_projectWide ? QString::number(m_blockOf.value(axis.documentId) + 1) + QStringLiteral("\u00B7") + axis.label
                         : axis.label;
}

QString TraceabilityModel::fullLabel(const Axis &axis) const
{
    return m_projectWide ? axis.title + QStringLiteral(" \u00B7 ") + axis.label : axis.label;
}

QString TraceabilityModel::cellKeyAt(int row, int column) const
{
    const Axis &finding = m_rows.at(row);
    const Axis &priority = m_columns.at(column);
    // Across reports there is no cell: a key no link or suggestion can have.
    if (finding.documentId != priority.documentId)
        return {};
    return cellKey(finding.documentId, finding.label, priority.label);
}

void TraceabilityModel::setReport(const AnnotatedReport &report)
{
    const QList<SuggestedLink> suggestions
        = !m_projectWide && m_sources.size() == 1 ? m_sources.constFirst().suggestions : QList<SuggestedLink>();
    setReport(report, suggestions);
}

void TraceabilityModel::setReport(const AnnotatedReport &report, const QList<SuggestedLink> &suggestions)
{
    rebuild({Source {report, QString(), suggestions}}, false);
}

void TraceabilityModel::setSuggestions(const QList<SuggestedLink> &suggestions)
{
    Source source = m_sources.isEmpty() ? Source() : m_sources.constFirst();
    source.suggestions = suggestions;
    rebuild({source}, false);
}

void TraceabilityModel::setReports(const QList<Source> &sources)
{
    rebuild(sources, true);
}

bool TraceabilityModel::isProjectWide() const
{
    return m_projectWide;
}

int TraceabilityModel::reportCount() const
{
    return int(m_sources.size());
}

const TraceabilityModel::Block &TraceabilityModel::blockFor(const Source &source)
{
    // A report's rows, columns and suggestion cells depend only on its segments
    // (and suggestions): kept while those are the very same lists, so a new link
    // in a report of thousands of findings re-reads only the links.
    const qint64 documentId = source.report.documentId;
    const QList<Segment> &segments = source.report.report.segments;
    Block &block = m_blocks[documentId];
    const bool sameSegments = block.segments.constData() == segments.constData()
        && block.segments.size() == segments.size() && block.title == source.title;
    if (!sameSegments) {
        block = Block();
        block.segments = segments;
        block.title = source.title;
        QList<Axis> claims; // after the review's findings
        for (const Segment &segment : segments) {
            if (segment.kind != SegmentKind::Finding && segment.kind != SegmentKind::Priority)
                continue;
            const bool claim = segment.kind == SegmentKind::Finding && segment.side == Side::Council;
            const Axis axis {
                documentId, segment.id, segment.text, source.title, axisKey(documentId, segment.id), claim};
            if (segment.kind == SegmentKind::Finding) {
                (claim ? claims : block.rows).append(axis);
                block.findings.insert(segment.id);
                if (claim)
                    block.claims.insert(segment.id);
            } else {
                block.columns.append(axis);
                block.priorities.insert(segment.id);
            }
        }
        block.rows += claims;
    }
    if (!sameSegments || block.suggestionSource.constData() != source.suggestions.constData()
        || block.suggestionSource.size() != source.suggestions.size()) {
        block.suggestionSource = source.suggestions;
        block.suggestions.clear();
        for (const SuggestedLink &suggestion : source.suggestions) {
            if (block.findings.contains(suggestion.from) && block.priorities.contains(suggestion.to))
                block.suggestions.insert(cellKey(documentId, suggestion.from, suggestion.to), suggestion);
        }
    }
    return block;
}

void TraceabilityModel::rebuild(const QList<Source> &sources, bool projectWide)
{
    QList<Axis> rows;
    QList<Axis> columns;
    QHash<QString, Link> links;
    QHash<QString, SuggestedLink> suggestions;
    QSet<QString> linked; // axis keys with a partner
    QSet<qint64> present;
    for (const Source &source : sources) {
        const qint64 documentId = source.report.documentId;
        present.insert(documentId);
        const Block &block = blockFor(source);
        // One report: share the block's lists (cheap to compare with the last ones).
        if (sources.size() == 1) {
            rows = block.rows;
            columns = block.columns;
            suggestions = block.suggestions;
        } else {
            rows += block.rows;
            columns += block.columns;
            suggestions.insert(block.suggestions);
        }
        for (const Link &link : source.report.links) {
            const bool forward = block.findings.contains(link.from) && block.priorities.contains(link.to);
            const bool backward = block.findings.contains(link.to) && block.priorities.contains(link.from);
            if (!forward && !backward)
                continue;
            const QString &finding = forward ? link.from : link.to;
            const QString &priority = forward ? link.to : link.from;
            links.insert(cellKey(documentId, finding, priority), link);
            linked.insert(axisKey(documentId, finding));
            if (!block.claims.contains(finding))
                linked.insert(axisKey(documentId, priority));
        }
    }
    for (auto it = m_blocks.begin(); it != m_blocks.end();)
        it = present.contains(it.key()) ? std::next(it) : m_blocks.erase(it);

    // Same findings and priorities: only cells and headers change, views keep their place.
    const bool sameShape = projectWide == m_projectWide && rows == m_rows && columns == m_columns;
    if (!sameShape)
        beginResetModel();
    m_sources = sources;
    m_projectWide = projectWide;
    m_blockOf.clear();
    for (const Source &source : sources)
        m_blockOf.insert(source.report.documentId, int(m_blockOf.size()));
    m_rows = std::move(rows);
    m_columns = std::move(columns);
    m_links = std::move(links);
    m_suggestions = std::move(suggestions);
    m_gapKeys.clear();
    m_lonelyFindings.clear();
    m_lonelyPriorities.clear();
    for (const Axis &axis : std::as_const(m_rows)) {
        if (!axis.claim && !linked.contains(axis.key)) {
            m_gapKeys.insert(axis.key);
            m_lonelyFindings.append(fullLabel(axis));
        }
    }
    for (const Axis &axis : std::as_const(m_columns)) {
        if (!linked.contains(axis.key)) {
            m_gapKeys.insert(axis.key);
            m_lonelyPriorities.append(fullLabel(axis));
        }
    }
    if (!sameShape) {
        endResetModel();
    } else if (!m_rows.isEmpty() && !m_columns.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
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
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).label : QString();
}

QString TraceabilityModel::priorityAt(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).label : QString();
}

qint64 TraceabilityModel::documentOfRow(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).documentId : 0;
}

qint64 TraceabilityModel::documentOfColumn(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).documentId : 0;
}

bool TraceabilityModel::isLinkable(const QModelIndex &index) const
{
    // Quietly false for the root and foreign indexes: flags() is asked about those too.
    return index.isValid() && index.model() == this && index.row() < m_rows.size() && index.column() < m_columns.size()
        && m_rows.at(index.row()).documentId == m_columns.at(index.column()).documentId;
}

int TraceabilityModel::indexOf(const QList<Axis> &axes, const QString &label, qint64 documentId)
{
    for (qsizetype i = 0; i < axes.size(); ++i) {
        if (axes.at(i).label == label && (documentId == 0 || axes.at(i).documentId == documentId))
            return int(i);
    }
    return -1;
}

int TraceabilityModel::rowOfFinding(const QString &label, qint64 documentId) const
{
    return indexOf(m_rows, label, documentId);
}

int TraceabilityModel::columnOfPriority(const QString &label, qint64 documentId) const
{
    return indexOf(m_columns, label, documentId);
}

std::optional<Link> TraceabilityModel::linkAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return std::nullopt;
    const auto it = m_links.constFind(cellKeyAt(index.row(), index.column()));
    if (it == m_links.cend())
        return std::nullopt;
    return *it;
}

std::optional<SuggestedLink> TraceabilityModel::suggestionAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return std::nullopt;
    const QString key = cellKeyAt(index.row(), index.column());
    const auto it = m_suggestions.constFind(key);
    // Suggestions are kept for the report's segments; a link made since hides one.
    if (it == m_suggestions.cend() || m_links.contains(key))
        return std::nullopt;
    return *it;
}

int TraceabilityModel::linkCount() const
{
    return int(m_links.size());
}

int TraceabilityModel::suggestionCount() const
{
    const auto linkedSuggestions = std::count_if(
        m_links.keyBegin(), m_links.keyEnd(), [this](const QString &key) { return m_suggestions.contains(key); });
    return int(m_suggestions.size() - linkedSuggestions);
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
    // Each count is its own phrase (the dots and × only list them), so each is one %n string.
    const auto count = [](const char *text, qsizetype n) { return tr(text, nullptr, int(n)); };
    QString text;
    if (m_projectWide) {
        QStringList names;
        for (const Source &source : m_sources)
            names << QString::number(names.size() + 1) + QLatin1Char(' ') + source.title;
        text = tr("%n reports (%1)", nullptr, int(m_sources.size())).arg(names.join(QStringLiteral("; ")))
            + QStringLiteral(" \u00B7 ");
    }
    text += count(QT_TR_N_NOOP("%n findings"), m_rows.size()) + QStringLiteral(" \u00D7 ")
        + count(QT_TR_N_NOOP("%n priorities"), m_columns.size()) + QStringLiteral(" \u00B7 ")
        + count(QT_TR_N_NOOP("%n links"), linkCount());
    if (suggestionCount() > 0)
        text += QStringLiteral(" \u00B7 ") + tr("%1 suggested").arg(suggestionCount());
    if (m_lonelyFindings.isEmpty() && m_lonelyPriorities.isEmpty())
        return text + QStringLiteral(" \u00B7 ") + tr("no gaps");
    return text + QStringLiteral(" \u00B7 ")
        + tr("gaps: %1, %2")
              .arg(count(QT_TR_N_NOOP("%n findings without a priority"), m_lonelyFindings.size()),
                  count(QT_TR_N_NOOP("%n priorities without a finding"), m_lonelyPriorities.size()));
}

int TraceabilityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TraceabilityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString TraceabilityModel::cellToolTip(int row, int column) const
{
    const Axis &finding = m_rows.at(row);
    const Axis &priority = m_columns.at(column);
    const QString key = cellKeyAt(row, column);
    QString state;
    if (key.isEmpty()) {
        state = tr("%1 and %2 are in different reports: they cannot be linked.")
                    .arg(fullLabel(finding), fullLabel(priority));
    } else if (const auto link = m_links.constFind(key); link != m_links.cend()) {
        state = tr("%1 %2 %3").arg(link->from, toString(link->type), link->to);
        if (!link->note.isEmpty())
            state += QLatin1Char('\n') + tr("Note: %1").arg(link->note);
    } else if (const auto suggestion = m_suggestions.constFind(key);
               suggestion != m_suggestions.cend() && !m_links.contains(key)) {
        // The same number as the ring in the cell (score × 100), not a second rounding of it.
        state = tr("Suggested link (match %1 of 100): %2").arg(qRound(suggestion->score * 100)).arg(suggestion->reason)
            + QLatin1Char('\n') + tr("Enter accepts, Delete rejects");
    } else {
        state = tr("Not linked: Space or click links %1 to %2").arg(finding.label, priority.label);
    }
    return state + QStringLiteral("\n\n") + fullLabel(finding) + QStringLiteral(": ") + finding.text.simplified()
        + QStringLiteral("\n\n") + fullLabel(priority) + QStringLiteral(": ") + priority.text.simplified();
}

QVariant TraceabilityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QString &finding = m_rows.at(index.row()).label;
    const QString &priority = m_columns.at(index.column()).label;
    const QString key = cellKeyAt(index.row(), index.column());
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
        if (key.isEmpty())
            return tr("%1 and %2 are in different reports").arg(finding, priority);
        if (linked)
            return tr("%1 %2 %3").arg(finding, toString(link->type), priority);
        if (suggested)
            return tr("%1 suggested for %2, match %3 of 100")
                .arg(finding, priority, QString::number(qRound(suggestion->score * 100)));
        return tr("%1 not linked to %2").arg(finding, priority);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    case Qt::EditRole: // the link's note, edited in place (F2)
        return linked ? link->note : QString();
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
    case DocumentIdRole:
        return m_rows.at(index.row()).documentId;
    case LinkableRole:
        return !key.isEmpty();
    default:
        return {};
    }
}

QVariant TraceabilityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QList<Axis> &axes = orientation == Qt::Vertical ? m_rows : m_columns;
    if (section < 0 || section >= axes.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Axis &axis = axes.at(section);
    const QString label = shownLabel(axis);
    const bool gap = m_gapKeys.contains(axis.key);
    switch (role) {
    case Qt::DisplayRole: {
        // A warning sign marks gaps in a way that survives colour blindness and printing.
        const QString mark = gap ? QStringLiteral(" \u26A0") : axis.claim ? QStringLiteral(" \u25C7") : QString();
        if (orientation == Qt::Horizontal)
            return QString(label + mark);
        return QString(label + mark + QStringLiteral("  ") + excerpt(axis.text, headerTextLength));
    }
    case Qt::BackgroundRole: {
        // Across a project every other report's headers are shaded, so blocks read apart.
        if (!m_projectWide || m_blockOf.value(axis.documentId) % 2 == 0)
            return {};
        // The model may live without a GUI (tests, tools): then a plain grey.
        const QColor button = qobject_cast<QGuiApplication *>(QCoreApplication::instance())
            ? QGuiApplication::palette().color(QPalette::Button)
            : QColor(0xef, 0xef, 0xef);
        return button.lightness() > 128 ? button.darker(115) : button.lighter(140);
    }
    case Qt::ToolTipRole: {
        QString tip = fullLabel(axis) + QStringLiteral(": ") + axis.text.simplified();
        if (axis.claim)
            tip += QStringLiteral("\n\n") + tr("The inspected body's own claim: shown apart, never counted as a gap.");
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
        return orientation == Qt::Vertical ? axis.label : QVariant();
    case PriorityRole:
        return orientation == Qt::Horizontal ? axis.label : QVariant();
    case GapRole:
        return gap;
    case ClaimRole:
        return orientation == Qt::Vertical && axis.claim;
    case DocumentIdRole:
        return axis.documentId;
    default:
        return {};
    }
}

Qt::ItemFlags TraceabilityModel::flags(const QModelIndex &index) const
{
    if (!isLinkable(index))
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    // A link's note can be edited where it is; the view saves it as an edit command.
    return m_links.contains(cellKeyAt(index.row(), index.column())) ? flags | Qt::ItemIsEditable : flags;
}

} // namespace Scrutiny
