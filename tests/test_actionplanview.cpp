// SPDX-License-Identifier: GPL-3.0-or-later
// Editing the action plan in place (typing, the date editor, the status combo),
// overdue marking, sorting, undo, and the plan as a fresh ProjectStore reads it.
#include "SampleProject.h"
#include "itemmodels/PlanModel.h"
#include "plan/ActionPlanView.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>

using namespace Scrutiny;
using namespace Scrutiny::Testing;

class TestActionPlanView final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void editInPlaceMarksOverdue();
    void severalActionsUntiedAndHistory();

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
    QVERIFY(status.data(OverdueRole).toBool());
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
    QVERIFY(!cell(view, priority, PlanModel::StatusColumn).data(OverdueRole).toBool());

    // Sorted by due date, the dated priority comes first.
    table->sortByColumn(PlanModel::DueColumn, Qt::AscendingOrder);
    QCOMPARE(view.proxy()->index(0, 0).data(PriorityRole).toString(), priority);

    // Undo the status change: overdue again, in the file too.
    m_project->session->undoStack()->undo();
    const auto item = storedItem(priority);
    QVERIFY2(item, qPrintable(m_project->error));
    QCOMPARE(int(item->status), int(PlanStatus::NotStarted));
    QVERIFY(item->isOverdue(QDate(2026, 11, 26)));
    QVERIFY(cell(view, priority, PlanModel::StatusColumn).data(OverdueRole).toBool());
}

void TestActionPlanView::severalActionsUntiedAndHistory()
{
    const QString priority = m_project->arrangementsPriority();
    ActionPlanView view(m_project->session.get());
    view.resize(1100, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTableView *table = view.table();
    const int before = view.model()->rowCount();

    // A second action for the priority: the button adds it and opens its text for typing.
    table->setFocus();
    table->setCurrentIndex(cell(view, priority, PlanModel::OwnerColumn));
    QTest::mouseClick(view.addButton(), Qt::LeftButton);
    QCOMPARE(view.model()->rowCount(), before); // the empty row became the first action
    table->setCurrentIndex(cell(view, priority, PlanModel::OwnerColumn));
    QTest::mouseClick(view.addButton(), Qt::LeftButton);
    QCOMPARE(view.model()->rowCount(), before + 1);
    // The editor open now (the first one is closed, hidden, and not yet deleted).
    QLineEdit *actionEdit = nullptr;
    for (QLineEdit *edit : table->findChildren<QLineEdit *>())
        if (edit->isVisible())
            actionEdit = edit;
    QVERIFY(actionEdit);
    QTest::keyClicks(actionEdit, QStringLiteral("Audit every team's cases"));
    QTest::keyClick(actionEdit, Qt::Key_Return);
    // The delegate commits Return on its next turn of the event loop.
    QTRY_COMPARE(m_project->reopened().value_or(AnnotatedReport()).plan.value(1).action,
        QStringLiteral("Audit every team's cases"));
    const auto plan = m_project->reopened()->plan;
    QCOMPARE(plan[0].priority, priority);
    QCOMPARE(plan[1].priority, priority);
    QCOMPARE(plan[1].action, QStringLiteral("Audit every team's cases"));

    // An action tied to no priority comes last.
    QTest::mouseClick(view.addUntiedButton(), Qt::LeftButton);
    const int untiedRow = view.model()->rowCount() - 1;
    QVERIFY(view.model()->priorityAt(untiedRow).isEmpty());
    QCOMPARE(view.model()->index(untiedRow, PlanModel::PriorityColumn).data().toString(), QStringLiteral("(no priority)"));
    for (QLineEdit *edit : table->findChildren<QLineEdit *>())
        if (edit->isVisible())
            QTest::keyClick(edit, Qt::Key_Escape);

    // The date editor opens at today (not January 2000); Escape leaves no date.
    const QModelIndex due
        = view.proxy()->mapFromSource(view.model()->index(untiedRow, PlanModel::DueColumn));
    table->setCurrentIndex(due);
    QTest::keyClick(table, Qt::Key_F2);
    auto *dateEdit = table->findChild<QDateEdit *>(QStringLiteral("dueEditor"));
    QVERIFY(dateEdit);
    QCOMPARE(dateEdit->date(), QDate::currentDate());
    QTest::keyClick(dateEdit, Qt::Key_Escape);
    QTest::qWait(0);
    QVERIFY(!m_project->reopened()->plan.constLast().due.isValid());

    // The detail pane has the priority's whole text and who changed what.
    table->setCurrentIndex(cell(view, priority, PlanModel::StatusColumn));
    const QString detail = view.detail()->toPlainText();
    const Segment *segment = m_project->session->report().report.segment(priority);
    QVERIFY(segment);
    QVERIFY2(detail.contains(segment->text.simplified().left(60)), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("status set to “not started”")), qPrintable(detail));
    QVERIFY(cell(view, priority, PlanModel::PriorityColumn).data(Qt::ToolTipRole).toString().contains(
        segment->text.simplified()));

    // Ctrl+Delete removes the selected action; undo brings it back.
    table->setCurrentIndex(view.proxy()->mapFromSource(view.model()->index(untiedRow, PlanModel::OwnerColumn)));
    QTest::keyClick(table, Qt::Key_Delete, Qt::ControlModifier);
    QCOMPARE(m_project->reopened()->plan.size(), 2);
    m_project->session->undoStack()->undo();
    QCOMPARE(m_project->reopened()->plan.size(), 3);
}

QTEST_MAIN(TestActionPlanView)
#include "test_actionplanview.moc"
