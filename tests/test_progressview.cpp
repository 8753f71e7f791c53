// SPDX-License-Identifier: GPL-3.0-or-later
// The progress view and its model on a real project holding the Cwm Tawel
// series (imported with the real importer): rows and columns, open and repeat
// items first, a cell's evidence on click, the plan disagreeing, and the empty
// view that says what to import next.
#include "ingest/ReportImporter.h"
#include "itemmodels/ProgressModel.h"
#include "progress/ProgressView.h"
#include "session/ReportSession.h"
#include "store/ProjectStore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Scrutiny;

class TestProgressView final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ProjectStore m_store;

    qint64 import(const QString &name)
    {
        const QString path = QStringLiteral(SCRUTINY_TEST_DATA "/series/ciw-cwm-tawel-adults/") + name;
        QString error;
        const auto parsed = ReportImporter::importFile(path, &error);
        QFile file(path);
        if (!parsed || !file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s: %s", qPrintable(path), qPrintable(error));
        const auto imported = m_store.importReport(*parsed, file.readAll(), name, &error);
        if (!imported)
            qFatal("import failed: %s", qPrintable(error));
        return imported->documentId;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("p.scrutiny")), &error), qPrintable(error));
        QCOMPARE(import(QStringLiteral("1-inspection.txt")), 1);
        QCOMPARE(import(QStringLiteral("2-progress.txt")), 2);
        QCOMPARE(import(QStringLiteral("3-inspection.txt")), 3);
    }

    void aReportWithoutFollowUpsSaysWhatToImport()
    {
        ReportSession session(&m_store);
        session.setDocument(1);
        ProgressView view(&session);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY2(view.emptyText().contains(QStringLiteral("Import the follow-up, progress or monitoring report")),
            qPrintable(view.emptyText()));
        QCOMPARE(view.model()->rowCount(), 6);
        QCOMPARE(view.model()->columnCount(), 2); // priority and plan only
    }

    void showsTheSeriesOpenItemsFirstAndEvidenceOnClick()
    {
        QString error;
        QVERIFY(m_store.setFollows(2, 1, &error));
        QVERIFY(m_store.setFollows(3, 2, &error));
        PlanItem done;
        done.priority = QStringLiteral("P3"); // safeguarding: found weak again in report 3
        done.status = PlanStatus::Done;
        QVERIFY(m_store.setPlanItem(1, done, &error));

        ReportSession session(&m_store);
        session.setDocument(1);
        ProgressView view(&session);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // The suggesting runs on a worker: first a word saying so, then the table.
        QTRY_VERIFY(!view.isCalculating());
        QVERIFY(view.emptyText().isEmpty());
        ProgressModel *model = view.model();
        QCOMPARE(model->rowCount(), 6);
        QCOMPARE(model->columnCount(), 4);
        QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Report 2"));
        QCOMPARE(model->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Report 3"));

        // The repeat (safeguarding, weakened again in report 3) comes first, and its plan disagrees.
        const QModelIndex first = model->index(0, ProgressModel::FirstReportColumn + 1);
        QCOMPARE(model->data(first, ProgressStatusRole).toInt(), int(ProgressType::Repeat));
        QVERIFY(model->data(first).toString().contains(QStringLiteral("Repeat finding")));
        QCOMPARE(model->data(model->index(0, 0), PriorityRole).toString(), QStringLiteral("1:P3"));
        QVERIFY(
            model->data(model->index(0, ProgressModel::PlanColumn)).toString().contains(QStringLiteral("disagrees")));
        // Met and no-longer-applicable items sink to the bottom.
        const int last = model->rowCount() - 1;
        const int lastStatus = model->data(model->index(last, 3), ProgressStatusRole).toInt();
        QVERIFY(lastStatus == int(ProgressType::Met) || lastStatus == int(ProgressType::NotApplicable));

        // Colour is never the only signal: every known cell names its status in words.
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c = ProgressModel::FirstReportColumn; c < model->columnCount(); ++c)
                QVERIFY(!model->data(model->index(r, c)).toString().isEmpty());
        }

        const QRect cell = view.table()->visualRect(first);
        QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
        const QString evidence = view.evidence()->toPlainText();
        QVERIFY2(evidence.contains(QStringLiteral("1:P3 after report 3")), qPrintable(evidence));
        QVERIFY2(evidence.contains(
                     QStringLiteral("3:F3: “Inspectors found that oversight of safeguarding has weakened again")),
            qPrintable(evidence));
        QVERIFY2(evidence.contains(QStringLiteral("Action plan: done")), qPrintable(evidence));

        // A confirmed link replaces the suggestion, and the view follows the store.
        QVERIFY(m_store.addProgressLink(
            SegmentRef {3, QStringLiteral("F3")}, SegmentRef {1, QStringLiteral("P3")}, ProgressType::NotMet, &error));
        view.reload();
        QTRY_VERIFY(!view.isCalculating());
        QCOMPARE(model->data(model->index(0, 3), ConfirmedRole).toBool(), true);
        QCOMPARE(model->data(model->index(0, 3), ProgressStatusRole).toInt(), int(ProgressType::NotMet));
    }
};

QTEST_MAIN(TestProgressView)
#include "test_progressview.moc"
