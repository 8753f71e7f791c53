// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Scrutiny {

/// Every item data role of Scrutiny's item models, in one enum so no two models
/// give one number two meanings and views and delegates can ask any model for
/// the segment or document behind a row. Models declare no roles of their own.
enum ItemRole {
    SegmentIdRole = Qt::UserRole + 1, ///< QString, "F3"
    SegmentKindRole, ///< int(SegmentKind)
    DocumentIdRole, ///< qint64: the report a row (or a matrix row/column) belongs to
    SnippetHtmlRole, ///< QString: escaped text with matched words in <b> ... </b>
    CountRole, ///< int: number of segments under a group row

    // Tags (TagTreeModel)
    TagIdRole, ///< qint64
    ColourRole, ///< QColor

    // Action plan (PlanModel) and matrix columns (TraceabilityModel)
    PriorityRole, ///< QString: the row's or column's priority label ("P2")
    OverdueRole, ///< bool
    /// A value that sorts naturally: row order, dates (unset last), status order.
    SortRole,
    PlanItemIdRole, ///< qint64: the stored action (0: a priority not planned yet)
    PriorityTextRole, ///< QString: the priority's whole text

    // Traceability matrix (TraceabilityModel)
    /// int(LinkType) of the cell's link, or -1 when unlinked.
    LinkTypeRole,
    LinkIdRole, ///< qint64, 0 when unlinked
    /// double in [0, 1] for a suggested (ghost) cell, -1 otherwise.
    SuggestionScoreRole,
    SuggestionReasonRole,
    FindingRole, ///< QString: the row's finding label ("F3"); also on the vertical header
    /// Header only: true for a finding without a priority / a priority without a finding.
    GapRole,
    /// bool: finding and priority are of the same report, so they can be linked.
    LinkableRole,
    /// Vertical header only: true for a claim in the inspected body's own words.
    ClaimRole,

    // Progress through a series (ProgressModel); PriorityRole there is qualified, "1:P3".
    ProgressStatusRole, ///< int(ProgressType), or -1 when the report says nothing
    EvidenceRole, ///< QString: the evidence of a cell as plain text (findings and their text)
    ConfirmedRole, ///< bool: the user accepted the status
    DisagreesRole, ///< bool, on the priority column: the plan and the inspection disagree
};

} // namespace Scrutiny
