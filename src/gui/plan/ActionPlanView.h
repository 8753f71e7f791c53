// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotations.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace Scrutiny {

class PlanModel;
class ReportSession;

/// The action plan of the open report: actions (several per priority, or tied to
/// none) with owner, due date, status and evidence, edited in place (double-click, F2 or typing; dates with a calendar
/// popup), sortable by any column. Overdue items are tinted and say "(overdue)".
/// Every edit is one store call through the session (one undo step).
/// Install: `new ActionPlanView(session)` in a dock or tab; connect
/// segmentActivated to the reader.
class ActionPlanView : public QWidget
{
    Q_OBJECT
public:
    explicit ActionPlanView(ReportSession *session, QWidget *parent = nullptr);
    ~ActionPlanView() override;

    PlanModel *model() const;
    QSortFilterProxyModel *proxy() const;
    QTableView *table() const;
    QString summaryText() const;
    /// The day overdue is judged against (tests; default today).
    void setToday(const QDate &today);
    QPushButton *addButton() const;
    QPushButton *addUntiedButton() const;
    QPushButton *removeButton() const;
    /// The current action in full: its priority's whole text and its history.
    QTextBrowser *detail() const;
    /// Adds an action to the current row's priority (untied: to none); one undo step.
    bool addPlanAction(bool untied);
    bool removePlanAction();

Q_SIGNALS:
    void segmentActivated(const QString &segment);

private:
    void reload();
    void applyTheme();
    void updateDetail();

    ReportSession *m_session;
    PlanModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_summary;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_addUntied;
    QPushButton *m_remove;
    QTextBrowser *m_detail;
    /// What the plan was built from: tags, links and notes change none of it.
    struct Shown
    {
        qint64 documentId = -1;
        QList<Segment> segments;
        QList<PlanItem> plan;
        QList<PlanChange> history;
        QDate today;
        bool operator==(const Shown &) const = default;
    } m_shown;
};

} // namespace Scrutiny
