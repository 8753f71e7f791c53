// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/TagTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Scrutiny;

namespace {
Tag tag(qint64 id, const QString &name, qint64 parent = 0)
{
    Tag t;
    t.id = id;
    t.name = name;
    t.colour = QColor(Qt::red);
    t.parentId = parent;
    return t;
}
} // namespace

class TestTagTreeModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hierarchy();
    void orphansAndLoopsStayVisible();
    void newCountsChangeCellsNotRows();
};

void TestTagTreeModel::hierarchy()
{
    TagTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTags({tag(1, QStringLiteral("leadership")), tag(2, QStringLiteral("workforce")),
                      tag(3, QStringLiteral("political"), 1), tag(4, QStringLiteral("managerial"), 1)},
        {{3, 2}});
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex leadership = model.index(0, 0);
    QCOMPARE(leadership.data().toString(), QStringLiteral("leadership"));
    QCOMPARE(model.rowCount(leadership), 2);
    const QModelIndex political = model.index(0, 0, leadership);
    QCOMPARE(political.data().toString(), QStringLiteral("political"));
    QCOMPARE(political.parent(), leadership);
    QCOMPARE(model.indexOfTag(3), political);
    QCOMPARE(political.siblingAtColumn(TagTreeModel::UsageColumn).data().toInt(), 2);
    QCOMPARE(model.tagAt(political).parentId, 1);
    QCOMPARE(political.data(Qt::DecorationRole).value<QColor>(), QColor(Qt::red));
}

void TestTagTreeModel::orphansAndLoopsStayVisible()
{
    TagTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTags(
        {tag(1, QStringLiteral("a"), 2), tag(2, QStringLiteral("b"), 1), tag(3, QStringLiteral("orphan"), 99)});
    // Every tag reachable: a loop and a missing parent fall back to the top level.
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.indexOfTag(1).isValid());
    QVERIFY(!model.indexOfTag(3).parent().isValid());
}

// Tagging changes counts only: views keep their current row and expansion, so the
// model says which cells changed instead of resetting; a changed tag resets it.
void TestTagTreeModel::newCountsChangeCellsNotRows()
{
    TagTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Tag> tags {tag(1, QStringLiteral("leadership")), tag(3, QStringLiteral("political"), 1)};
    model.setTags(tags, {{3, 2}}, {{3, 5}});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setTags(tags, {{3, 1}}, {{1, 1}, {3, 4}});
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 2); // the top level and leadership's children
    const QModelIndex political = model.indexOfTag(3);
    QCOMPARE(political.siblingAtColumn(TagTreeModel::UsageColumn).data().toInt(), 1);
    QCOMPARE(political.siblingAtColumn(TagTreeModel::ProjectUsageColumn).data().toInt(), 4);
    QCOMPARE(model.indexOfTag(1).siblingAtColumn(TagTreeModel::ProjectUsageColumn).data().toInt(), 1);
    // The same counts again: nothing to say.
    model.setTags(tags, {{3, 1}}, {{1, 1}, {3, 4}});
    QCOMPARE(changes.count(), 2);
    // A renamed tag is a new tree.
    QList<Tag> renamed = tags;
    renamed[1].name = QStringLiteral("politics");
    model.setTags(renamed, {{3, 1}}, {{1, 1}, {3, 4}});
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.indexOfTag(3).data().toString(), QStringLiteral("politics"));
}

QTEST_GUILESS_MAIN(TestTagTreeModel)
#include "test_tagtreemodel.moc"
