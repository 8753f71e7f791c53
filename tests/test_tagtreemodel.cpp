// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/TagTreeModel.h"

#include <QAbstractItemModelTester>
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

QTEST_GUILESS_MAIN(TestTagTreeModel)
#include "test_tagtreemodel.moc"
