// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/ActionPlanView.h"

#include "itemmodels/PlanModel.h"
#include "plan/PlanItemDelegate.h"
#include "session/EditCommands.h"
#include "session/ReportSession.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QLocale>
#include <QVBoxLayout>

namespace Scrutiny {

ActionPlanView::ActionPlanView(ReportSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new PlanModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("&Add Action"), this))
    , m_addUntied(new QPushButton(tr("Add Action &Without Priority"), this))
    , m_remove(new QPushButton(tr("&Remove Action"), this))
    , m_detail(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("actionPlanView"));
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
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
    header->setSectionResizeMode(PlanModel::ActionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PlanModel::OwnerColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(PlanModel::DueColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PlanModel::StatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PlanModel::EvidenceColumn, QHeaderView::Stretch);
    header->resizeSection(PlanModel::OwnerColumn, 140);

    m_model->setCommit([this](const PlanItem &item) { return EditCommands::setPlanItem(m_session, item); });

    m_add->setObjectName(QStringLiteral("addAction"));
    m_add->setToolTip(tr("Another action for the selected priority (Insert)"));

    m_addUntied->setObjectName(QStringLiteral("addUntiedAction"));
    m_addUntied->setToolTip(tr("An action tied to no priority"));
    m_remove->setObjectName(QStringLiteral("removeAction"));
    m_remove->setToolTip(tr("Remove the selected action (Ctrl+Delete)"));

    for (QPushButton *button : {m_add, m_addUntied, m_remove})
        button->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, [this] { addPlanAction(false); });
    connect(m_addUntied, &QPushButton::clicked, this, [this] { addPlanAction(true); });
    connect(m_remove, &QPushButton::clicked, this, &ActionPlanView::removePlanAction);
    // The same as actions with keys, while the plan has the focus (and for Help's list of keys).
    auto *addKey = new QAction(tr("Add Action to Priority"), this);
    addKey->setObjectName(QStringLiteral("actionAddPlanAction"));
    addKey->setShortcut(QKeySequence(Qt::Key_Insert));
    auto *removeKey = new QAction(tr("Remove Action"), this);
    removeKey->setObjectName(QStringLiteral("actionRemovePlanAction"));
    removeKey->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    for (QAction *a : {addKey, removeKey}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(addKey, &QAction::triggered, this, [this] { addPlanAction(false); });
    connect(removeKey, &QAction::triggered, this, &ActionPlanView::removePlanAction);

    m_detail->setObjectName(QStringLiteral("planDetail"));
    m_detail->setAccessibleName(tr("The selected action in full, with its history"));
    m_detail->setPlaceholderText(tr("Select an action to read its priority in full and who changed what, when."));

    // The summary wraps rather than widening the row: the plan's tab must not make
    // the main area so wide that the side panels are squeezed on a small screen.
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_addUntied);
    buttons->addWidget(m_remove);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ActionPlanView::updateDetail);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.column() == PlanModel::PriorityColumn)
            Q_EMIT segmentActivated(index.data(PriorityRole).toString());
    });
    connect(session, &ReportSession::reportReloaded, this, &ActionPlanView::reload);
    connect(session, &ReportSession::documentChanged, this, &ActionPlanView::reload);
    connect(session, &ReportSession::themeChanged, this, &ActionPlanView::applyTheme);
    applyTheme();
    reload();
}

ActionPlanView::~ActionPlanView()
{
    // The models go before the table: their teardown moves its current cell, which
    // must not reach updateDetail() on a view already half gone.
    disconnect(m_table->selectionModel(), nullptr, this, nullptr);
    // An editor still open commits as the table goes, and the session then reloads:
    // neither may reach this view any more.
    m_model->setCommit({});
    disconnect(m_session, nullptr, this, nullptr);
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
    Shown shown {m_session->documentId(), report.report.segments, report.plan, report.planHistory, m_model->today()};
    // In a long report a rebuild takes a while; tagging or linking must not pay for it.
    if (shown == m_shown)
        return;
    m_shown = std::move(shown);
    m_model->setReport(report);
    updateDetail();
    for (QPushButton *button : {m_add, m_addUntied, m_remove})
        button->setEnabled(m_session->documentId() != 0);
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
    m_summary->setText(tr("%n actions · %1 with an owner or date · %2 done · %3 overdue", nullptr, rows)
                           .arg(planned)
                           .arg(done)
                           .arg(m_model->overdueCount()));
}

QPushButton *ActionPlanView::addButton() const
{
    return m_add;
}

QPushButton *ActionPlanView::addUntiedButton() const
{
    return m_addUntied;
}

QPushButton *ActionPlanView::removeButton() const
{
    return m_remove;
}

QTextBrowser *ActionPlanView::detail() const
{
    return m_detail;
}

bool ActionPlanView::addPlanAction(bool untied)
{
    const qint64 documentId = m_session->documentId();
    if (!documentId)
        return false;
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    PlanItem item;
    item.priority = untied ? QString() : m_model->priorityAt(current.isValid() ? current.row() : -1);
    if (!untied && item.priority.isEmpty() && m_model->rowCount() > 0)
        item.priority = m_model->priorityAt(0);
    const std::optional<PlanItem> stored = EditCommands::addPlanItem(m_session, item);
    const bool ok = stored.has_value();
    if (ok) {
        const qint64 added = stored->id;
        // Straight to typing what will be done.
        const int row = m_model->rowOfItem(added);
        const QModelIndex cell = m_proxy->mapFromSource(m_model->index(row, PlanModel::ActionColumn));
        m_table->setCurrentIndex(cell);
        m_table->setFocus();
        m_table->edit(cell);
    }
    return ok;
}

bool ActionPlanView::removePlanAction()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const qint64 itemId = current.isValid() ? current.data(PlanItemIdRole).toLongLong() : 0;
    const qint64 documentId = m_session->documentId();
    if (!itemId || !documentId)
        return false;
    return EditCommands::removePlanItem(m_session, itemId);
}

void ActionPlanView::updateDetail()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    m_remove->setEnabled(current.isValid() && current.data(PlanItemIdRole).toLongLong() != 0);
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const QString priority = m_model->priorityAt(current.row());
    const PlanItem item = m_model->itemAt(current.row());
    QString html;
    if (priority.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("An action tied to no priority").toHtmlEscaped());
    else
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(priority.toHtmlEscaped(), m_model->priorityTextAt(current.row()).toHtmlEscaped());
    if (!item.action.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Action: %1").arg(item.action).toHtmlEscaped());
    QStringList changes;
    if (item.id) {
        for (const PlanChange &change : m_session->report().planHistory) {
            if (change.item != item.id)
                continue;
            const QString when = QLocale().toString(change.when.toLocalTime(), QLocale::ShortFormat);
            const QString what = change.before.isEmpty()
                ? tr("%1 set to “%2”").arg(change.field, change.after)
                : tr("%1 changed from “%2” to “%3”").arg(change.field, change.before, change.after);
            changes.prepend(QStringLiteral("<li>%1</li>").arg(tr("%1 · %2 · %3").arg(when, change.who, what).toHtmlEscaped()));
        }
    }
    if (!changes.isEmpty())
        html += QStringLiteral("<p>%1</p><ul>%2</ul>").arg(tr("History, newest first:").toHtmlEscaped(), changes.join(QString()));
    m_detail->setHtml(html);
}

} // namespace Scrutiny
