// SPDX-License-Identifier: GPL-3.0-or-later
// Editing the action plan in place (typing, the date editor, the status combo),
// overdue marking, sorting, undo, and the plan as a fresh ProjectStore reads it.
#include "plan/ActionPlanView.h"
#include "SampleProject.h"
#include "itemmodels/PlanModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace Scrutiny;
using namespace Scrutiny::Testing;

class TestActionPlanView final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void editInPlaceMarksOverdue();

private:
    std::optional<PlanItem> storedItem(const QString &priority)
    {
        const auto report = m_project->reopened();
        if (!report)
            return std::nullopt;
        for (const PlanItem &item : report->plan) {
            if (item.priority == priority)
                return item;
        }
        return std::nullopt;
    }
    QModelIndex cell(ActionPlanView &view, const QString &priority, int column)
    {
        const int row = view.model()->rowOfPriority(priority);
        return view.proxy()->mapFromSource(view.model()->index(row, column));
    }
    std::unique_ptr<SampleProject> m_project;
};

void TestActionPlanView::init()
{
    m_project = std::make_unique<SampleProject>();
    QVERIFY2(m_project->open(), qPrintable(m_project->error));
}

void TestActionPlanView::cleanup()
{
    m_project.reset();
}

void TestActionPlanView::editInPlaceMarksOverdue()
{
    const QString priority = m_project->arrangementsPriority();
    ActionPlanView view(m_project->session.get());
    view.setToday(QDate(2026, 11, 26));
    view.resize(1000, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTableView *table = view.table();
    QCOMPARE(view.model()->rowCount(), int(m_project->session->report().report.count(SegmentKind::Priority)));

    // Owner: select the cell and type, as a user would.
    table->setFocus();
    table->setCurrentIndex(cell(view, priority, PlanModel::OwnerColumn));
    QTest::keyClick(table, 'L'); // any key starts editing, with that key typed
    auto *ownerEdit = table->findChild<QLineEdit *>();
    QVERIFY(ownerEdit);
    QTest::keyClicks(ownerEdit, QStringLiteral("eader of the Council"));
    QTest::keyClick(ownerEdit, Qt::Key_Return);
    // The delegate commits Return on its next turn of the event loop.
    QTRY_COMPARE(storedItem(priority).value_or(PlanItem()).owner, QStringLiteral("Leader of the Council"));

    // Due date: F2 opens the date editor; a date in the past makes the item overdue.
    table->setCurrentIndex(cell(view, priority, PlanModel::DueColumn));
    QTest::keyClick(table, Qt::Key_F2);
    auto *dateEdit = table->findChild<QDateEdit *>(QStringLiteral("dueEditor"));
    QVERIFY(dateEdit);
    QVERIFY(dateEdit->calendarPopup());
    dateEdit->setDate(QDate(2026, 9, 30));
    QTest::keyClick(dateEdit, Qt::Key_Return);
    QTRY_COMPARE(storedItem(priority).value_or(PlanItem()).due, QDate(2026, 9, 30));
    const QModelIndex status = cell(view, priority, PlanModel::StatusColumn);
    QVERIFY(status.data(PlanModel::OverdueRole).toBool());
    QVERIFY(status.data().toString().contains(QStringLiteral("overdue")));
    QVERIFY(status.data(Qt::BackgroundRole).value<QColor>().isValid());
    QVERIFY(view.summaryText().contains(QStringLiteral("1 overdue")));
    grabIfAsked(&view, QStringLiteral("actionplan"));

    // Status: the combo; done is never overdue.
    table->setCurrentIndex(status);
    QTest::keyClick(table, Qt::Key_F2);
    auto *combo = table->findChild<QComboBox *>(QStringLiteral("statusEditor"));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(int(PlanStatus::Done)));
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(int(storedItem(priority).value_or(PlanItem()).status), int(PlanStatus::Done));
    QVERIFY(!cell(view, priority, PlanModel::StatusColumn).data(PlanModel::OverdueRole).toBool());

    // Sorted by due date, the dated priority comes first.
    table->sortByColumn(PlanModel::DueColumn, Qt::AscendingOrder);
    QCOMPARE(view.proxy()->index(0, 0).data(PlanModel::PriorityRole).toString(), priority);

    // Undo the status change: overdue again, in the file too.
    m_project->session->undoStack()->undo();
    const auto item = storedItem(priority);
    QVERIFY2(item, qPrintable(m_project->error));
    QCOMPARE(int(item->status), int(PlanStatus::NotStarted));
    QVERIFY(item->isOverdue(QDate(2026, 11, 26)));
    QVERIFY(cell(view, priority, PlanModel::StatusColumn).data(PlanModel::OverdueRole).toBool());
}

QTEST_MAIN(TestActionPlanView)
#include "test_actionplanview.moc"
