// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/ReportImporter.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/LibraryModel.h"
#include "store/ProjectStore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

class TestLibraryModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsTheStore();
    void showsTheOverallGrade();
};

void TestLibraryModel::followsTheStore()
{
    QTemporaryDir dir;
    ProjectStore store;
    QString error;
    QVERIFY(store.open(dir.filePath(u"library.scrutiny"_s), &error));
    LibraryModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(LibraryModel::ColumnCount));
    QCOMPARE(model.headerData(LibraryModel::Verdict, Qt::Horizontal).toString(), u"Verdict"_s);

    const QString path = QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt");
    const std::optional<ParsedReport> report = ReportImporter::importFile(path, &error);
    QVERIFY2(report, qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto result = store.importReport(*report, f.readAll(), u"wrexham.txt"_s, &error);
    QVERIFY2(result, qPrintable(error));

    QCOMPARE(model.rowCount(), 1); // documentsChanged reached the model
    QCOMPARE(model.rowOf(result->documentId), 0);
    QCOMPARE(model.index(0, 0).data(DocumentIdRole).toLongLong(), result->documentId);
    QCOMPARE(model.index(0, LibraryModel::Findings).data().toInt(), int(report->count(SegmentKind::Finding)));
    QCOMPARE(model.index(0, LibraryModel::Priorities).data().toInt(), int(report->count(SegmentKind::Priority)));
    QVERIFY(model.index(0, LibraryModel::Verdict).data().toString().contains(report->judgement.prospects));
    QCOMPARE(model.index(0, LibraryModel::Links).data().toInt(), 0);

    QString f1;
    QString p1;
    for (const Segment &s : report->segments) {
        if (s.kind == SegmentKind::Finding && f1.isEmpty())
            f1 = s.id;
        if (s.kind == SegmentKind::Priority && p1.isEmpty())
            p1 = s.id;
    }
    QVERIFY(store.addLink(result->documentId, f1, p1, LinkType::Addresses, &error));
    QCOMPARE(model.index(0, LibraryModel::Links).data().toInt(), 1);

    QVERIFY(store.removeDocument(result->documentId, &error));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOf(result->documentId), -1);
}

// The Verdict column shows the overall grade of a ratings table; a report that rates aspects but
// not the whole service says how many; the tooltip lists every rating.
void TestLibraryModel::showsTheOverallGrade()
{
    QTemporaryDir dir;
    ProjectStore store;
    QString error;
    QVERIFY(store.open(dir.filePath(u"library.scrutiny"_s), &error));
    LibraryModel model(&store);
    for (const QString &name : {u"full-cqc-hallbrook-hospital.pdf"_s, u"full-careinsp-strathlarig-adults.pdf"_s}) {
        const QString path = QStringLiteral(SCRUTINY_TEST_DATA "/reports/") + name;
        const std::optional<ParsedReport> report = ReportImporter::importFile(path, &error);
        QVERIFY2(report, qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(store.importReport(*report, f.readAll(), name, &error), qPrintable(error));
    }
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, LibraryModel::Verdict).data().toString(), u"Requires improvement"_s);
    const QString tip = model.index(0, LibraryModel::Title).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"\nRated Safe: Good\n"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"\nRated Well-led: Requires improvement"_s), qPrintable(tip));
    QVERIFY(model.index(1, LibraryModel::Verdict).data().toString().startsWith(u"4 rating"_s)); // (no English plural
                                                                                                // without a translator)
    QVERIFY(
        model.index(1, LibraryModel::Title).data(Qt::ToolTipRole).toString().contains(u"Rated Leadership: Adequate"_s));
}

QTEST_MAIN(TestLibraryModel)
#include "test_librarymodel.moc"
