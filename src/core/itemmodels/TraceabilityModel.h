// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotations.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QSet>

#include <optional>

namespace Scrutiny {

/// The findings x priorities matrix of one report, or of every report in a
/// project: rows are findings, columns priorities, a cell is a user link (either
/// direction), a suggestion (a "ghost" cell) or empty. Across a project the
/// matrix is block-diagonal: a finding and a priority of different reports share
/// no cell (disabled, LinkableRole false) and headers carry the report's title.
/// Headers mark gaps: findings no priority is linked to and priorities with no
/// finding. Read-only: views change links through the session and hand the
/// reloaded report(s) back with setReport() / setReports().
class TraceabilityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        /// int(LinkType) of the cell's link, or -1 when unlinked.
        LinkTypeRole = Qt::UserRole + 1,
        LinkIdRole, ///< qint64, 0 when unlinked
        /// double in [0, 1] for a suggested (ghost) cell, -1 otherwise.
        SuggestionScoreRole,
        SuggestionReasonRole,
        FindingRole, ///< the row's finding label ("F3"); also on the vertical header
        PriorityRole, ///< the column's priority label ("P2"); also on the horizontal header
        /// Header only: true for a finding without a priority / a priority without a finding.
        GapRole,
        /// qint64: the report the row's finding or the column's priority belongs to.
        DocumentRole,
        /// bool: finding and priority are of the same report, so they can be linked.
        LinkableRole,
    };
    Q_ENUM(Role)

    /// One report of a project-wide matrix.
    struct Source
    {
        AnnotatedReport report;
        QString title; ///< shown before labels in headers ("Wrexham 2004 · F3")
        QList<SuggestedLink> suggestions;
    };

    explicit TraceabilityModel(QObject *parent = nullptr);

    /// Rebuilds the matrix of one report; keeps rows and columns (and views'
    /// selections) when the report still has the same findings and priorities.
    void setReport(const AnnotatedReport &report);
    /// The same with the suggestions to show as ghost cells, in one rebuild.
    void setReport(const AnnotatedReport &report, const QList<SuggestedLink> &suggestions);
    /// Suggestions to show as ghost cells; those already linked are ignored.
    void setSuggestions(const QList<SuggestedLink> &suggestions);
    /// The matrix of several reports (a project), each a block of its own.
    void setReports(const QList<Source> &sources);
    bool isProjectWide() const;
    int reportCount() const;
    /// Colour of gap headers (from the theme).
    void setGapColour(const QColor &colour);

    QString findingAt(int row) const;
    QString priorityAt(int column) const;
    qint64 documentOfRow(int row) const;
    qint64 documentOfColumn(int column) const;
    /// Finding and priority of the cell belong to the same report.
    bool isLinkable(const QModelIndex &index) const;
    /// -1 when absent; documentId 0 means the first report that has the label.
    int rowOfFinding(const QString &label, qint64 documentId = 0) const;
    int columnOfPriority(const QString &label, qint64 documentId = 0) const;
    std::optional<Link> linkAt(const QModelIndex &index) const;
    std::optional<SuggestedLink> suggestionAt(const QModelIndex &index) const;

    int linkCount() const;
    int suggestionCount() const;
    /// Gaps as shown in the headers: labels, prefixed with the report's title across a project.
    QStringList findingsWithoutPriority() const;
    QStringList prioritiesWithoutFinding() const;
    /// "14 findings × 9 priorities · 11 links · 2 suggested · gaps: 5 findings without a priority, ..."
    QString summary() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// The glyph a link type is drawn with (also the cell's display text).
    static QString glyph(LinkType type);

private:
    /// A row (finding) or column (priority).
    struct Axis
    {
        qint64 documentId = 0;
        QString label;
        QString text;
        QString title;
        QString key; ///< "documentId:label", for the gap set
        bool operator==(const Axis &other) const { return documentId == other.documentId && label == other.label; }
    };

    /// What a report contributes that depends only on its segments and suggestions.
    struct Block
    {
        QList<Segment> segments; ///< to tell whether they are still the same lists
        QList<SuggestedLink> suggestionSource;
        QString title;
        QList<Axis> rows;
        QList<Axis> columns;
        QSet<QString> findings;
        QSet<QString> priorities;
        QHash<QString, SuggestedLink> suggestions; ///< cellKey -> suggestion, linked or not
    };

    void rebuild(const QList<Source> &sources, bool projectWide);
    const Block &blockFor(const Source &source);
    static QString cellKey(qint64 documentId, const QString &finding, const QString &priority);
    static QString axisKey(qint64 documentId, const QString &label);
    QString shownLabel(const Axis &axis) const; ///< in headers: "2·F1" across a project
    QString fullLabel(const Axis &axis) const; ///< in tooltips and gap lists: "Eastmere 2025 · F1"
    QString cellKeyAt(int row, int column) const;
    QString cellToolTip(int row, int column) const;
    static int indexOf(const QList<Axis> &axes, const QString &label, qint64 documentId);

    QList<Source> m_sources;
    bool m_projectWide = false;
    QList<Axis> m_rows;
    QList<Axis> m_columns;
    QHash<QString, Link> m_links; ///< cellKey -> link
    QHash<QString, SuggestedLink> m_suggestions; ///< cellKey -> suggestion (hidden where linked)
    QHash<qint64, Block> m_blocks; ///< by documentId
    QHash<qint64, int> m_blockOf; ///< documentId -> position of its report
    QSet<QString> m_gapKeys; ///< axisKey of findings and priorities without a partner
    QStringList m_lonelyFindings; ///< gaps as shown, in report order
    QStringList m_lonelyPriorities;
    QColor m_gapColour;
};

} // namespace Scrutiny
