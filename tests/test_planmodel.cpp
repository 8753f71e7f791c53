// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/PlanModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Scrutiny;

namespace {
AnnotatedReport report()
{
    AnnotatedReport r;
    r.documentId = 3;
    for (int i = 1; i <= 3; ++i) {
        Segment s;
        s.id = QStringLiteral("P%1").arg(i);
        s.kind = SegmentKind::Priority;
        s.text = QStringLiteral("Priority number %1").arg(i);
        r.report.segments.append(s);
    }
    PlanItem late;
    late.priority = QStringLiteral("P2");
    late.owner = QStringLiteral("Head of Adult Services");
    late.due = QDate(2026, 3, 1);
    late.status = PlanStatus::InProgress;
    PlanItem done;
    done.priority = QStringLiteral("P3");
    done.due = QDate(2026, 1, 1);
    done.status = PlanStatus::Done;
    r.plan = {late, done};
    return r;
}
} // namespace

class TestPlanModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsAndOverdue();
    void editCommitsOneItem_data();
    void editCommitsOneItem();
    void sortsByDueWithUnsetLast();
};

void TestPlanModel::rowsAndOverdue()
{
    PlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(QDate(2026, 6, 1));
    model.setReport(report());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.itemAt(0).priority, QStringLiteral("P1"));
    QCOMPARE(int(model.itemAt(0).status), int(PlanStatus::NotStarted));
    QVERIFY(!model.index(0, 0).data(PlanModel::OverdueRole).toBool());
    QVERIFY(model.index(1, 0).data(PlanModel::OverdueRole).toBool());
    QVERIFY(model.index(1, PlanModel::StatusColumn).data().toString().contains(QStringLiteral("overdue")));
    QVERIFY(model.index(1, PlanModel::OwnerColumn).data(Qt::BackgroundRole).value<QColor>().isValid());
    QVERIFY(!model.index(2, 0).data(PlanModel::OverdueRole).toBool()); // done is never overdue
    QCOMPARE(model.overdueCount(), 1);
    model.setToday(QDate(2026, 2, 1));
    QCOMPARE(model.overdueCount(), 0);
}

void TestPlanModel::editCommitsOneItem_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("owner") << int(PlanModel::OwnerColumn) << QVariant(QStringLiteral("  Director  "));
    QTest::newRow("due") << int(PlanModel::DueColumn) << QVariant(QDate(2027, 4, 30));
    QTest::newRow("status") << int(PlanModel::StatusColumn) << QVariant(int(PlanStatus::Done));
    QTest::newRow("evidence") << int(PlanModel::EvidenceColumn) << QVariant(QStringLiteral("Cabinet minutes"));
}

void TestPlanModel::editCommitsOneItem()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    PlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(report());
    QList<PlanItem> committed;
    model.setCommit([&](const PlanItem &item) {
        committed.append(item);
        return true;
    });
    QVERIFY(model.setData(model.index(1, column), value));
    QCOMPARE(committed.size(), 1);
    const PlanItem item = committed.constFirst();
    QCOMPARE(item.priority, QStringLiteral("P2"));
    switch (column) {
    case PlanModel::OwnerColumn:
        QCOMPARE(item.owner, QStringLiteral("Director"));
        break;
    case PlanModel::DueColumn:
        QCOMPARE(item.due, QDate(2027, 4, 30));
        QCOMPARE(item.owner, QStringLiteral("Head of Adult Services")); // the rest kept
        break;
    case PlanModel::StatusColumn:
        QCOMPARE(int(item.status), int(PlanStatus::Done));
        break;
    default:
        QCOMPARE(item.evidence, QStringLiteral("Cabinet minutes"));
    }
    // The priority column is not editable, and an unchanged value commits nothing
    // (the model shows what the store has: nothing reloaded it here).
    QVERIFY(!model.setData(model.index(1, PlanModel::PriorityColumn), QStringLiteral("P9")));
    QVERIFY(model.setData(model.index(1, PlanModel::OwnerColumn), QStringLiteral("Head of Adult Services")));
    QCOMPARE(committed.size(), 1);
}

void TestPlanModel::sortsByDueWithUnsetLast()
{
    PlanModel model;
    model.setReport(report());
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortRole(PlanModel::SortRole);
    proxy.sort(PlanModel::DueColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(PlanModel::PriorityRole).toString(), QStringLiteral("P3"));
    QCOMPARE(proxy.index(1, 0).data(PlanModel::PriorityRole).toString(), QStringLiteral("P2"));
    QCOMPARE(proxy.index(2, 0).data(PlanModel::PriorityRole).toString(), QStringLiteral("P1"));
}

QTEST_GUILESS_MAIN(TestPlanModel)
#include "test_planmodel.moc"
