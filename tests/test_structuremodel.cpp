// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/ItemRoles.h"
#include "itemmodels/StructureModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

namespace {
// A small report with every kind and quotes from two speakers, built the way
// ingestion builds them: segments are ranges of the text.
ParsedReport sampleReport()
{
    ParsedReport r;
    const QList<std::tuple<QString, SegmentKind, QString>> parts {
        {u"S1"_s, SegmentKind::Summary, u"Services are serving some people well."_s},
        {u"F1"_s, SegmentKind::Finding, u"Leadership arrangements were unclear."_s},
        {u"F2"_s, SegmentKind::Finding, u"The workforce is well qualified."_s},
        {u"P1"_s, SegmentKind::Priority, u"Review the political and managerial arrangements."_s},
        {u"Q1"_s, SegmentKind::Quote, u"'There is real potential.'"_s},
        {u"Q2"_s, SegmentKind::Quote, u"'The report shows improvement.'"_s},
        {u"Q3"_s, SegmentKind::Quote, u"'More to do.'"_s},
        {u"R1"_s, SegmentKind::Response, u"The council welcomes the report."_s},
        {u"C1"_s, SegmentKind::Context, u"Background."_s},
    };
    for (const auto &[id, kind, text] : parts) {
        Segment s;
        s.id = id;
        s.kind = kind;
        s.start = r.text.size();
        r.text += text;
        s.end = r.text.size();
        s.text = text;
        r.text += u"\n\n"_s;
        if (kind == SegmentKind::Quote) {
            s.speakerName = id == u"Q2"_s ? u"Jane Hutt"_s : u"Sue Mead"_s;
            s.speakerRole = id == u"Q2"_s ? u"minister"_s : u"review director"_s;
        }
        r.segments.append(s);
    }
    return r;
}

QModelIndex groupNamed(const StructureModel &model, const QString &prefix)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data().toString().startsWith(prefix))
            return index;
    }
    return {};
}
} // namespace

class TestStructureModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passesTheModelTester();
    void groupsWithCounts_data();
    void groupsWithCounts();
    void quotesAreGroupedBySpeaker();
    void findsSegmentLeaves();
    void emptyReportIsEmpty();
    void needsReviewGroup();
};

void TestStructureModel::passesTheModelTester()
{
    StructureModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(sampleReport());
    model.setReport(ParsedReport());
    model.setReport(sampleReport());
}

void TestStructureModel::groupsWithCounts_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("firstSegment");
    QTest::newRow("summary") << u"Summary"_s << 1 << u"S1"_s;
    QTest::newRow("findings") << u"Findings"_s << 2 << u"F1"_s;
    QTest::newRow("priorities") << u"Priorities for action"_s << 1 << u"P1"_s;
    QTest::newRow("response") << u"Council response"_s << 1 << u"R1"_s;
}

void TestStructureModel::groupsWithCounts()
{
    QFETCH(QString, group);
    QFETCH(int, count);
    QFETCH(QString, firstSegment);
    StructureModel model;
    model.setReport(sampleReport());
    const QModelIndex index = groupNamed(model, group);
    QVERIFY(index.isValid());
    QCOMPARE(index.data().toString(), u"%1 (%2)"_s.arg(group).arg(count));
    QCOMPARE(index.data(CountRole).toInt(), count);
    QCOMPARE(model.rowCount(index), count);
    QCOMPARE(model.index(0, 0, index).data(SegmentIdRole).toString(), firstSegment);
    QVERIFY(model.index(0, 0, index).data().toString().startsWith(firstSegment + u"  "_s));
}

void TestStructureModel::quotesAreGroupedBySpeaker()
{
    StructureModel model;
    model.setReport(sampleReport());
    const QModelIndex quotes = groupNamed(model, u"Quotes"_s);
    QVERIFY(quotes.isValid());
    QCOMPARE(quotes.data(CountRole).toInt(), 3);
    QCOMPARE(model.rowCount(quotes), 2); // two speakers, in order of first appearance
    const QModelIndex sue = model.index(0, 0, quotes);
    QCOMPARE(sue.data().toString(), u"Sue Mead, review director (2)"_s);
    QCOMPARE(model.rowCount(sue), 2);
    QCOMPARE(model.index(1, 0, sue).data(SegmentIdRole).toString(), u"Q3"_s);
    QCOMPARE(model.index(1, 0, quotes).data().toString(), u"Jane Hutt, minister (1)"_s);
    QVERIFY(sue.data(SegmentIdRole).isNull()); // groups name no segment
}

void TestStructureModel::findsSegmentLeaves()
{
    StructureModel model;
    model.setReport(sampleReport());
    const QModelIndex q2 = model.indexOfSegment(u"Q2"_s);
    QVERIFY(q2.isValid());
    QCOMPARE(q2.data(SegmentIdRole).toString(), u"Q2"_s);
    QCOMPARE(q2.data(Qt::ToolTipRole).toString(), u"'The report shows improvement.'"_s);
    QCOMPARE(q2.parent().data().toString(), u"Jane Hutt, minister (1)"_s);
    QVERIFY(!model.indexOfSegment(u"C1"_s).isValid()); // context is not part of the outline
    QVERIFY(!model.indexOfSegment(u"F9"_s).isValid());
}

void TestStructureModel::emptyReportIsEmpty()
{
    StructureModel model;
    model.setReport(sampleReport());
    model.setReport(ParsedReport());
    QCOMPARE(model.rowCount(), 0);
}

// Segments read with low confidence are listed under "Needs review" with the reason, until
// someone reviews them; the segment's own group still comes first for indexOfSegment().
void TestStructureModel::needsReviewGroup()
{
    ParsedReport report = sampleReport();
    StructureModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(report);
    QVERIFY(!groupNamed(model, u"Needs review"_s).isValid());
    report.segments[1].confidence = 0.4;
    report.segments[1].reason = u"evaluative statement"_s;
    report.segments[8].confidence = 0.3;
    report.segments[8].reason = u"no cue"_s;
    model.setReport(report);
    const QModelIndex review = groupNamed(model, u"Needs review"_s);
    QVERIFY(review.isValid());
    QCOMPARE(model.rowCount(review), 2);
    QVERIFY2(model.index(0, 0, review)
                 .data()
                 .toString()
                 .startsWith(u"%1  evaluative statement: "_s.arg(report.segments[1].id)),
        qPrintable(model.index(0, 0, review).data().toString()));
    QVERIFY(model.index(1, 0, review).data().toString().startsWith(u"%1  no cue: "_s.arg(report.segments[8].id)));
    QVERIFY2(model.index(1, 0, review).data(Qt::ToolTipRole).toString().contains(u"confidence 30%"_s),
        qPrintable(model.index(1, 0, review).data(Qt::ToolTipRole).toString()));
    QCOMPARE(model.indexOfSegment(u"F1"_s).parent(), groupNamed(model, u"Findings"_s));
    report.segments[1].reviewed = true;
    model.setReport(report);
    QCOMPARE(model.rowCount(groupNamed(model, u"Needs review"_s)), 1);
}

QTEST_APPLESS_MAIN(TestStructureModel)
#include "test_structuremodel.moc"
