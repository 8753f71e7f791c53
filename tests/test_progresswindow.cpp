// SPDX-License-Identifier: GPL-3.0-or-later
// View › Progress Against Priorities in the main window, on a real project
// holding the Cwm Tawel series: the progress view takes the whole main area
// (the tabbed reader and traceability give way to it, so no empty report page
// shows below the table) and View › Progress again brings the tabs back.
#include "ingest/ReportImporter.h"
#include "itemmodels/ProgressModel.h"
#include "mainwindow/MainWindow.h"
#include "progress/ProgressView.h"
#include "progress/SeriesActions.h"
#include "session/ReportSession.h"
#include "store/ProjectStore.h"

#include <QAction>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Scrutiny;

class TestProgressWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("scrutiny-test-progresswindow"));
        QSettings().clear();
    }

    void progressTakesTheMainArea()
    {
        QTemporaryDir dir;
        MainWindow window(dir.filePath(QStringLiteral("p.scrutiny")));
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QList<qint64> ids;
        for (const char *name : {"1-inspection.txt", "2-progress.txt"}) {
            const QString path
                = QStringLiteral(SCRUTINY_TEST_DATA "/series/ciw-cwm-tawel-adults/") + QLatin1StringView(name);
            QString error;
            const auto parsed = ReportImporter::importFile(path, &error);
            QFile file(path);
            QVERIFY2(parsed && file.open(QIODevice::ReadOnly), qPrintable(error));
            const auto imported
                = window.store()->importReport(*parsed, file.readAll(), QLatin1StringView(name), &error);
            QVERIFY2(imported, qPrintable(error));
            ids.append(imported->documentId);
        }
        QString error;
        QVERIFY2(window.store()->setFollows(ids[1], ids[0], &error), qPrintable(error));
        window.session()->setDocument(ids[0]);

        auto *series = window.findChild<SeriesActions *>();
        QVERIFY(series);
        QVERIFY(window.mainTabs()->isVisible());
        series->progressAction()->trigger();
        ProgressView *view = series->progressView();
        QTRY_VERIFY(view->isVisible());
        QVERIFY(!window.mainTabs()->isVisible());
        QTRY_VERIFY(!view->isCalculating());
        QCOMPARE(view->model()->rowCount(), 6);
        // Below the view: nothing of the main area but its margin.
        const QWidget *area = view->parentWidget();
        QVERIFY2(view->geometry().bottom() >= area->height() - 20,
            qPrintable(QStringLiteral("view ends at %1 of %2").arg(view->geometry().bottom()).arg(area->height())));

        series->progressAction()->trigger();
        QTRY_VERIFY(window.mainTabs()->isVisible());
        QVERIFY(!view->isVisible());
    }
};

QTEST_MAIN(TestProgressWindow)
#include "test_progresswindow.moc"
