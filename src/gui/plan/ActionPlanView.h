// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotations.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Scrutiny {

class PlanModel;
class ReportSession;

/// The action plan of the open report: owner, due date, status and evidence per
/// priority, edited in place (double-click, F2 or typing; dates with a calendar
/// popup), sortable by any column. Overdue items are tinted and say "(overdue)".
/// Every edit is one store call through the session (one undo step).
/// Install: `new ActionPlanView(session)` in a dock or tab; connect
/// segmentActivated to the reader.
class ActionPlanView : public QWidget
{
    Q_OBJECT
public:
    explicit ActionPlanView(ReportSession *session, QWidget *parent = nullptr);

    PlanModel *model() const;
    QSortFilterProxyModel *proxy() const;
    QTableView *table() const;
    QString summaryText() const;
    /// The day overdue is judged against (tests; default today).
    void setToday(const QDate &today);

Q_SIGNALS:
    void segmentActivated(const QString &segment);

private:
    void reload();
    void applyTheme();

    ReportSession *m_session;
    PlanModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_summary;
    QTableView *m_table;
    /// What the plan was built from: tags, links and notes change none of it.
    struct Shown
    {
        qint64 documentId = -1;
        QList<Segment> segments;
        QList<PlanItem> plan;
        QDate today;
        bool operator==(const Shown &) const = default;
    } m_shown;
};

} // namespace Scrutiny
