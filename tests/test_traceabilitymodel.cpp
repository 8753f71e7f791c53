// SPDX-License-Identifier: GPL-3.0-or-later
#include "SegmentMaker.h"
#include "itemmodels/TraceabilityModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Scrutiny;
using Scrutiny::Testing::segment;

namespace {

AnnotatedReport threeByTwo()
{
    AnnotatedReport report;
    report.documentId = 7;
    report.report.segments = {
        segment(QStringLiteral("S1"), SegmentKind::Summary, QStringLiteral("Summary text")),
        segment(QStringLiteral("F1"), SegmentKind::Finding, QStringLiteral("Leadership is weak")),
        segment(QStringLiteral("F2"), SegmentKind::Finding, QStringLiteral("Staff are well qualified")),
        segment(QStringLiteral("F3"), SegmentKind::Finding, QStringLiteral("Carers wait too long")),
        segment(QStringLiteral("P1"), SegmentKind::Priority, QStringLiteral("Review leadership arrangements")),
        segment(QStringLiteral("P2"), SegmentKind::Priority, QStringLiteral("Publish a carers strategy")),
    };
    Link link;
    link.id = 11;
    link.from = QStringLiteral("F1");
    link.to = QStringLiteral("P1");
    report.links.append(link);
    // Stored the other way round: still the F3 x P2 cell.
    Link reverse;
    reverse.id = 12;
    reverse.from = QStringLiteral("P2");
    reverse.to = QStringLiteral("F3");
    reverse.type = LinkType::PartlyAddresses;
    report.links.append(reverse);
    return report;
}
} // namespace

class TestTraceabilityModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shapeAndCells();
    void gaps_data();
    void gaps();
    void suggestionsBecomeGhostsUnlessLinked();
    void sameShapeKeepsRows();
    void projectWideBlocks();
    void claimsAreShownApartAndNeverGaps();
};

/// A finding in the inspected body's own words comes after the review's, is
/// never a gap, and its link does not make a priority supported.
void TestTraceabilityModel::claimsAreShownApartAndNeverGaps()
{
    AnnotatedReport report = threeByTwo();
    report.report.segments[1].side = Side::Council; // F1, the only link to P1
    report.report.segments.append(segment(QStringLiteral("F4"), SegmentKind::Finding, QStringLiteral("No link")));
    report.report.segments.last().side = Side::Council;
    TraceabilityModel model;
    QAbstractItemModelTester tester(&model);
    model.setReport(report);
    QCOMPARE(model.rowCount(), 4);
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows << model.headerData(r, Qt::Vertical, FindingRole).toString();
    QCOMPARE(
        rows, QStringList({QStringLiteral("F2"), QStringLiteral("F3"), QStringLiteral("F1"), QStringLiteral("F4")}));
    QVERIFY(model.headerData(2, Qt::Vertical, ClaimRole).toBool());
    QVERIFY(model.headerData(3, Qt::Vertical, ClaimRole).toBool());
    QVERIFY(!model.headerData(0, Qt::Vertical, ClaimRole).toBool());
    QVERIFY(!model.headerData(3, Qt::Vertical, GapRole).toBool()); // F4: a claim, no gap
    QVERIFY(model.headerData(0, Qt::Vertical, GapRole).toBool()); // F2: the review's, unlinked
    QVERIFY(model.headerData(0, Qt::Horizontal, GapRole).toBool()); // P1: only a claim links it
    QVERIFY(model.findingsWithoutPriority().join(u',').contains(QStringLiteral("F2")));
    QVERIFY(!model.findingsWithoutPriority().join(u',').contains(QStringLiteral("F4")));
}

void TestTraceabilityModel::shapeAndCells()
{
    TraceabilityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(threeByTwo());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.findingAt(0), QStringLiteral("F1"));
    QCOMPARE(model.priorityAt(1), QStringLiteral("P2"));
    QCOMPARE(model.index(0, 0).data(LinkTypeRole).toInt(), int(LinkType::Addresses));
    QCOMPARE(model.index(0, 0).data(LinkIdRole).toLongLong(), 11);
    QCOMPARE(model.index(0, 1).data(LinkTypeRole).toInt(), -1);
    QCOMPARE(model.index(2, 1).data(LinkTypeRole).toInt(), int(LinkType::PartlyAddresses));
    QCOMPARE(model.index(2, 1).data().toString(), TraceabilityModel::glyph(LinkType::PartlyAddresses));
    QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Staff are well qualified")));
    QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Review leadership")));
    QVERIFY(
        model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("carers strategy")));
    QCOMPARE(model.linkCount(), 2);
}

void TestTraceabilityModel::gaps_data()
{
    QTest::addColumn<bool>("linkF2");
    QTest::addColumn<QStringList>("lonelyFindings");
    QTest::addColumn<QStringList>("lonelyPriorities");
    QTest::newRow("F2 unlinked") << false << QStringList {QStringLiteral("F2")} << QStringList {};
    QTest::newRow("all linked") << true << QStringList {} << QStringList {};
}

void TestTraceabilityModel::gaps()
{
    QFETCH(bool, linkF2);
    QFETCH(QStringList, lonelyFindings);
    QFETCH(QStringList, lonelyPriorities);
    AnnotatedReport report = threeByTwo();
    if (linkF2) {
        Link link;
        link.id = 13;
        link.from = QStringLiteral("F2");
        link.to = QStringLiteral("P1");
        report.links.append(link);
    }
    TraceabilityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(report);
    QCOMPARE(model.findingsWithoutPriority(), lonelyFindings);
    QCOMPARE(model.prioritiesWithoutFinding(), lonelyPriorities);
    QCOMPARE(model.headerData(1, Qt::Vertical, GapRole).toBool(), !linkF2);
    QCOMPARE(model.headerData(1, Qt::Vertical).toString().contains(QChar(0x26A0)), !linkF2);
    QCOMPARE(model.summary().contains(QStringLiteral("no gaps")), linkF2);

    // A priority nobody links to is a gap too.
    report.links.clear();
    model.setReport(report);
    QCOMPARE(model.prioritiesWithoutFinding(), (QStringList {QStringLiteral("P1"), QStringLiteral("P2")}));
    QVERIFY(model.summary().contains(QStringLiteral("2 priorities without a finding")));
}

void TestTraceabilityModel::suggestionsBecomeGhostsUnlessLinked()
{
    TraceabilityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(threeByTwo());
    model.setSuggestions({
        {QStringLiteral("F2"), QStringLiteral("P1"), 0.42, QStringLiteral("words: staff")},
        {QStringLiteral("F1"), QStringLiteral("P1"), 0.9, QStringLiteral("already linked")},
        {QStringLiteral("Q1"), QStringLiteral("P1"), 0.9, QStringLiteral("not a finding")},
    });
    QCOMPARE(model.suggestionCount(), 1);
    const QModelIndex ghost = model.index(1, 0);
    QCOMPARE(ghost.data(SuggestionScoreRole).toDouble(), 0.42);
    // The number the ring in the cell shows (0.42 as 42).
    QVERIFY(ghost.data(Qt::ToolTipRole).toString().contains(QStringLiteral("match 42 of 100")));
    QVERIFY(ghost.data(Qt::ToolTipRole).toString().contains(QStringLiteral("words: staff")));
    QCOMPARE(model.index(0, 0).data(SuggestionScoreRole).toDouble(), -1.0);
    QVERIFY(model.suggestionAt(ghost).has_value());

    // Once linked, the suggestion is no longer a ghost.
    AnnotatedReport report = threeByTwo();
    Link link;
    link.id = 20;
    link.from = QStringLiteral("F2");
    link.to = QStringLiteral("P1");
    report.links.append(link);
    model.setReport(report);
    QCOMPARE(model.suggestionCount(), 0);
    QVERIFY(!model.suggestionAt(ghost).has_value());
}

void TestTraceabilityModel::sameShapeKeepsRows()
{
    TraceabilityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(threeByTwo());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    AnnotatedReport report = threeByTwo();
    report.links.removeFirst();
    model.setReport(report);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(model.index(0, 0).data(LinkTypeRole).toInt(), -1);
    report.report.segments.removeLast();
    model.setReport(report);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.columnCount(), 1);
}

void TestTraceabilityModel::projectWideBlocks()
{
    // Two reports that both number from F1 and P1: labels alone would collide.
    AnnotatedReport first = threeByTwo();
    AnnotatedReport second = threeByTwo();
    second.documentId = 8;
    second.links.clear();
    TraceabilityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReports({
        {first, QStringLiteral("Northbridge 2024"), {}},
        {second, QStringLiteral("Eastmere 2025"),
            {{QStringLiteral("F2"), QStringLiteral("P2"), 0.5, QStringLiteral("words: carers")}}},
    });
    QVERIFY(model.isProjectWide());
    QCOMPARE(model.reportCount(), 2);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.documentOfRow(3), qint64(8));
    QCOMPARE(model.documentOfColumn(1), qint64(7));
    QCOMPARE(model.rowOfFinding(QStringLiteral("F1"), 8), 3);
    QCOMPARE(model.columnOfPriority(QStringLiteral("P2"), 8), 3);

    // The first report's links are in its block only.
    QCOMPARE(model.linkCount(), 2);
    QVERIFY(model.linkAt(model.index(0, 0)).has_value());
    QVERIFY(!model.linkAt(model.index(3, 2)).has_value());
    // Across reports there is no cell to act on.
    const QModelIndex across = model.index(0, 2);
    QVERIFY(!model.isLinkable(across));
    QCOMPARE(model.flags(across), Qt::NoItemFlags);
    QVERIFY(!across.data(LinkableRole).toBool());
    QVERIFY(across.data(Qt::ToolTipRole).toString().contains(QStringLiteral("different reports")));
    QVERIFY(model.isLinkable(model.index(4, 3)));
    QVERIFY(model.suggestionAt(model.index(4, 3)).has_value());
    QVERIFY(!model.suggestionAt(model.index(1, 1)).has_value());

    // Headers say which report; gaps are per report.
    QVERIFY(model.headerData(3, Qt::Vertical).toString().startsWith(QStringLiteral("2\u00B7F1 \u26A0  Leadership")));
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("2\u00B7P1 \u26A0"));
    QVERIFY(!model.headerData(0, Qt::Vertical, Qt::BackgroundRole).isValid());
    QVERIFY(model.headerData(3, Qt::Vertical, Qt::BackgroundRole).isValid());
    QVERIFY(model.headerData(3, Qt::Horizontal, Qt::ToolTipRole).toString().startsWith(QStringLiteral("Eastmere")));
    QCOMPARE(model.headerData(3, Qt::Vertical, DocumentIdRole).toLongLong(), qint64(8));
    QVERIFY(!model.headerData(0, Qt::Vertical, GapRole).toBool());
    QVERIFY(model.headerData(3, Qt::Vertical, GapRole).toBool());
    QCOMPARE(model.findingsWithoutPriority().size(), 1 + 3);
    QVERIFY(model.findingsWithoutPriority().contains(QStringLiteral("Eastmere 2025 \u00B7 F1")));
    QVERIFY(model.summary().startsWith(QStringLiteral("2 reports (1 Northbridge 2024; 2 Eastmere 2025)")));

    // Back to one report: the titles go.
    model.setReport(second);
    QVERIFY(!model.isProjectWide());
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.headerData(0, Qt::Vertical).toString().startsWith(QStringLiteral("F1")));
}

QTEST_GUILESS_MAIN(TestTraceabilityModel)
#include "test_traceabilitymodel.moc"
