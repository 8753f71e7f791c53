// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotations.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

#include <optional>

namespace Scrutiny {

/// The findings x priorities matrix of one report: rows are findings, columns
/// priorities, a cell is a user link (either direction), a suggestion (a "ghost"
/// cell) or empty. Headers mark gaps: findings no priority is linked to and
/// priorities with no finding. Read-only: views change links through the session
/// and hand the reloaded report back with setReport().
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
    };
    Q_ENUM(Role)

    explicit TraceabilityModel(QObject *parent = nullptr);

    /// Rebuilds the matrix; keeps rows and columns (and views' selections) when the
    /// report still has the same findings and priorities.
    void setReport(const AnnotatedReport &report);
    /// Suggestions to show as ghost cells; those already linked are ignored.
    void setSuggestions(const QList<SuggestedLink> &suggestions);
    /// Colour of gap headers (from the theme).
    void setGapColour(const QColor &colour);

    QString findingAt(int row) const;
    QString priorityAt(int column) const;
    int rowOfFinding(const QString &label) const;
    int columnOfPriority(const QString &label) const;
    std::optional<Link> linkAt(const QModelIndex &index) const;
    std::optional<SuggestedLink> suggestionAt(const QModelIndex &index) const;

    int linkCount() const;
    int suggestionCount() const;
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
    static QString cellKey(const QString &finding, const QString &priority);
    QString cellToolTip(int row, int column) const;

    AnnotatedReport m_report;
    QStringList m_findings;
    QStringList m_priorities;
    QHash<QString, QString> m_texts; ///< label -> full text
    QHash<QString, Link> m_links; ///< cellKey -> link
    QHash<QString, SuggestedLink> m_suggestions; ///< cellKey -> suggestion
    QList<SuggestedLink> m_allSuggestions;
    QStringList m_lonelyFindings; ///< gaps, computed once per setReport
    QStringList m_lonelyPriorities;
    QColor m_gapColour;
};

} // namespace Scrutiny
