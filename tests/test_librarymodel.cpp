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

QTEST_MAIN(TestLibraryModel)
#include "test_librarymodel.moc"
