// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotations.h"
#include "model/ParsedReport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPersistentModelIndex>
#include <QSet>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace Scrutiny {

class ReportSession;
struct AnnotatedReport;
class TraceabilityCellDelegate;
class TraceabilityModel;

/// The findings x priorities matrix of the open report, or of every report in the
/// project (the scope box; blocks per report, headers with the report's title;
/// acting on another report's cell opens that report). Click or Space toggles a
/// link; suggested links are ghost cells (dashed ring with the score, reasons in
/// the tooltip): Enter or double-click accepts, Delete rejects (never offered
/// again). Enter on a link edits its type and note in a dialog, F2 its note in
/// place over the cell; the context menu has all of
/// it. Findings with no priority and priorities with no finding are marked ⚠ in
/// the headers and counted in the summary line. Findings dragged from elsewhere
/// (application/x-scrutiny-segment) can be dropped on a priority's column; finding
/// row headers and priority column headers can be dragged out.
/// Install: `new TraceabilityView(session)` in a dock or tab; connect
/// segmentActivated to the reader to jump to a finding or priority.
class TraceabilityView : public QWidget
{
    Q_OBJECT
public:
    using SuggestionSource = std::function<QList<SuggestedLink>(const AnnotatedReport &report)>;

    explicit TraceabilityView(ReportSession *session, QWidget *parent = nullptr);
    ~TraceabilityView() override;

    /// Where suggestions come from; the default is assistantSuggestions().
    /// Rejected ones and those already linked are always left out.
    void setSuggestionSource(SuggestionSource source);
    /// The report's stored suggestions, or when it has none, the link assistant's
    /// (LinkSuggester: each finding's two best priorities scoring at least 0.1).
    static QList<SuggestedLink> assistantSuggestions(const AnnotatedReport &report);

    enum class Scope { Report, Project };
    void setScope(Scope scope);
    Scope scope() const;

    TraceabilityModel *model() const;
    QTableView *table() const;
    QString summaryText() const;

    // Cell actions (what keys, clicks and the context menu do)
    bool toggle(const QModelIndex &index);
    bool acceptSuggestion(const QModelIndex &index);
    bool rejectSuggestion(const QModelIndex &index);
    bool setLinkType(const QModelIndex &index, int linkType);
    /// Opens a LinkEditDialog for the cell's link (non-modal, deleted on close).
    void editLink(const QModelIndex &index);
    /// Saves a note typed over a link's cell (F2) as one undoable step.
    void saveLinkNote(const QModelIndex &index, const QString &note);

Q_SIGNALS:
    /// A finding or priority the user wants to see in the reader; documentId 0
    /// is the open report.
    void segmentActivated(const QString &segment, qint64 documentId = 0);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// Rebuilds the matrix now when visible, else when next shown: a hidden
    /// matrix must not slow down tagging in a long report.
    void reload();
    void reloadNow();
    QList<SuggestedLink> openSuggestions(const AnnotatedReport &report) const;
    /// Makes the cell's report the open one (project scope), so actions apply to it.
    bool openReportOf(const QModelIndex &index);
    void activate(const QString &segment, qint64 documentId);
    /// The priority a drop on this column links to; empty for another report's column.
    QString dropPriority(int column) const;
    bool resolveSuggestion(const QModelIndex &index, bool accept);
    void showContextMenu(const QPoint &pos);
    void cellClicked(const QModelIndex &index);
    void cellDoubleClicked(const QModelIndex &index);
    /// Moves the current cell to the segment selected in the reader.
    void followReader();

    ReportSession *m_session;
    TraceabilityModel *m_model;
    QLabel *m_summary;
    QCheckBox *m_showSuggestions;
    QComboBox *m_scope;
    bool m_stale = false;

    /// What the report-scope matrix was built from: tags and notes change none of it.
    struct Shown
    {
        qint64 documentId = -1;
        QList<Segment> segments;
        QList<Link> links;
        QList<SuggestedLink> suggestions;
        bool operator==(const Shown &) const = default;
    } m_shown;
    QTableView *m_table;
    SuggestionSource m_source;
    // A double-click also delivers a click; that click must not toggle the cell back.
    QPersistentModelIndex m_doubleClicked;
    QElapsedTimer m_sinceDoubleClick;
    TraceabilityCellDelegate *m_delegate = nullptr;
    bool m_following = false; ///< moving the cell to follow the reader: do not move the reader back
};

} // namespace Scrutiny
