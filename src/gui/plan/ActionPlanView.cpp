// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/ActionPlanView.h"

#include "plan/PlanItemDelegate.h"
#include "session/ReportSession.h"
#include "itemmodels/PlanModel.h"
#include "store/ProjectStore.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Scrutiny {

ActionPlanView::ActionPlanView(ReportSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new PlanModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("actionPlanView"));
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PlanModel::SortRole);
    m_proxy->setDynamicSortFilter(true);
    m_table->setObjectName(QStringLiteral("plan"));
    m_table->setAccessibleName(tr("Action plan"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new PlanItemDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PlanModel::PriorityColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(PlanModel::PriorityColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PlanModel::OwnerColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(PlanModel::DueColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PlanModel::StatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PlanModel::EvidenceColumn, QHeaderView::Stretch);
    header->resizeSection(PlanModel::OwnerColumn, 140);

    m_model->setCommit([this](const PlanItem &item) {
        ProjectStore *store = m_session->store();
        const qint64 documentId = m_session->documentId();
        return m_session->perform(tr("plan for %1").arg(item.priority),
            [=](QString *error) { return store->setPlanItem(documentId, item, error); });
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.column() == PlanModel::PriorityColumn)
            Q_EMIT segmentActivated(index.data(PlanModel::PriorityRole).toString());
    });
    connect(session, &ReportSession::reportReloaded, this, &ActionPlanView::reload);
    connect(session, &ReportSession::documentChanged, this, &ActionPlanView::reload);
    connect(session, &ReportSession::themeChanged, this, &ActionPlanView::applyTheme);
    applyTheme();
    reload();
}

PlanModel *ActionPlanView::model() const
{
    return m_model;
}

QSortFilterProxyModel *ActionPlanView::proxy() const
{
    return m_proxy;
}

QTableView *ActionPlanView::table() const
{
    return m_table;
}

QString ActionPlanView::summaryText() const
{
    return m_summary->text();
}

void ActionPlanView::setToday(const QDate &today)
{
    m_model->setToday(today);
    reload();
}

void ActionPlanView::applyTheme()
{
    // The finding tint reads as "needs attention" in every theme, light or dark.
    m_model->setOverdueColour(m_session->kindTint(SegmentKind::Finding));
}

void ActionPlanView::reload()
{
    const AnnotatedReport &report = m_session->report();
    Shown shown {m_session->documentId(), report.report.segments, report.plan, m_model->today()};
    // In a long report a rebuild takes a while; tagging or linking must not pay for it.
    if (shown == m_shown)
        return;
    m_shown = std::move(shown);
    m_model->setReport(report);
    if (m_session->documentId() == 0) {
        m_summary->setText(tr("No report open"));
        return;
    }
    int done = 0;
    int planned = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const PlanItem item = m_model->itemAt(row);
        if (item.status == PlanStatus::Done)
            ++done;
        if (!item.owner.isEmpty() || item.due.isValid())
            ++planned;
    }
    const int rows = m_model->rowCount();
    m_summary->setText((rows == 1 ? tr("1 priority") : tr("%1 priorities").arg(rows)) + QStringLiteral(" · ")
        + tr("%1 with an owner or date · %2 done · %3 overdue").arg(planned).arg(done).arg(m_model->overdueCount()));
}

} // namespace Scrutiny
