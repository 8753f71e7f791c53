// SPDX-License-Identifier: GPL-3.0-or-later
// The main window for a working day, driven with real keys and clicks offscreen:
// the report keeps at least 60% of the width at every size, side panels share
// each side as tabs, the matrix lives in the main area (and its own window),
// F6 / Shift+F6 and Alt+N reach every panel, Tab never changes the report, the
// first start says how to begin, and link badges lead there and back (Alt+Left).
#include "browse/LibraryPanel.h"
#include "itemmodels/LibraryModel.h"
#include "itemmodels/TraceabilityModel.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/PanelCycle.h"
#include "mainwindow/WelcomePage.h"
#include "matrix/TraceabilityView.h"
#include "reader/ReaderView.h"
#include "session/ReportSession.h"
#include "store/ProjectStore.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

namespace {
const QString samplePath = QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt");
const QString otherPath
    = QStringLiteral(SCRUTINY_SOURCE_DIR "/tests/data/reports/joint-review-numbered-priorities.txt");

qint64 importAndWait(MainWindow &window, const QString &path)
{
    QSignalSpy finished(&window, &MainWindow::importFinished);
    window.openFile(path);
    if (!finished.wait(60000))
        return -1;
    return finished.constFirst().constFirst().toLongLong();
}

int sideWidth(MainWindow &window, Qt::DockWidgetArea area)
{
    int widest = 0;
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        if (!dock->isHidden() && !dock->isFloating() && window.dockWidgetArea(dock) == area)
            widest = std::max(widest, dock->width());
    return widest;
}
} // namespace

class TestReaderLayout final : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ScrutinyTests"_s);
        QCoreApplication::setApplicationName(u"test_readerlayout"_s);
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_project = m_dir->filePath(u"layout.scrutiny"_s);
        QSettings().clear();
    }
    void cleanup() { m_dir.reset(); }

    void firstStartGuidesAndTriesTheSample()
    {
        MainWindow window(m_project);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WelcomePage *welcome = window.welcomePage();
        QVERIFY(welcome->isVisible());
        QVERIFY(!window.reader()->isVisible());
        QSignalSpy finished(&window, &MainWindow::importFinished);
        QTest::mouseClick(welcome->sampleButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.constFirst().constFirst().toLongLong() > 0);
        QVERIFY(!welcome->isVisible());
        QVERIFY(window.reader()->isVisible());
        QVERIFY(window.reader()->toPlainText().contains(u"Wrexham"_s));
    }

    void reportKeepsSixtyPercent_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x640") << QSize(1024, 640);
        QTest::newRow("1400x900") << QSize(1400, 900);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }
    void reportKeepsSixtyPercent()
    {
        QFETCH(QSize, size);
        MainWindow window(m_project);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(importAndWait(window, samplePath) > 0);
        // The user drags the side panels as wide as they go: still 60% for the report.
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            window.resizeDocks({dock}, {size.width()}, Qt::Horizontal);
        QApplication::processEvents();
        const int report = window.mainTabs()->width();
        QVERIFY2(report >= window.width() * 6 / 10,
            qPrintable(u"report %1 of %2 (left %3, right %4)"_s.arg(report)
                           .arg(window.width())
                           .arg(sideWidth(window, Qt::LeftDockWidgetArea))
                           .arg(sideWidth(window, Qt::RightDockWidgetArea))));
        // Side panels share each side as tabs: no two docks stacked on one side.
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            if (!dock->isHidden())
                QVERIFY2(!window.tabifiedDockWidgets(dock).isEmpty(), qPrintable(dock->windowTitle()));
    }

    void keyboardReachesEveryPanel()
    {
        MainWindow window(m_project);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(importAndWait(window, samplePath) > 0);
        window.reader()->setFocus();
        PanelCycle *panels = window.panelCycle();
        QCOMPARE(panels->currentPanel(), 0);
        // F6 goes round the panels on screen and comes back to the report.
        QSet<int> visited {0};
        for (int i = 0; i < 12 && (visited.size() == 1 || panels->currentPanel() != 0); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
            QVERIFY(panels->currentPanel() >= 0);
            visited.insert(panels->currentPanel());
        }
        QCOMPARE(panels->currentPanel(), 0);
        QVERIFY2(visited.size() >= 3, qPrintable(QString::number(visited.size())));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QVERIFY(panels->currentPanel() != 0);

        // Every panel has its own shortcut, even one behind another tab.
        const QList<QAction *> goTo = panels->panelActions();
        QVERIFY(goTo.size() >= 8);
        for (int i = 0; i < goTo.size(); ++i) {
            QCOMPARE(goTo[i]->shortcut(), QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_1 + i), Qt::AltModifier);
            QCOMPARE(panels->currentPanel(), i);
        }
        // Alt+8 was the matrix: it is a tab of the main area.
        QCOMPARE(window.mainTabs()->currentWidget(), window.traceabilityView());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), window.reader());
    }

    void tabNeverChangesTheReport()
    {
        MainWindow window(m_project);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(importAndWait(window, samplePath) > 0);
        QVERIFY(importAndWait(window, otherPath) > 0);
        const qint64 open = window.session()->documentId();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::AltModifier); // the library
        QTableView *library = window.libraryPanel()->view();
        QCOMPARE(QApplication::focusWidget(), library);
        for (int i = 0; i < 8; ++i) {
            QWidget *focused = QApplication::focusWidget();
            QVERIFY(focused);
            QTest::keyClick(focused, Qt::Key_Tab, i % 2 ? Qt::ControlModifier : Qt::NoModifier);
            QCOMPARE(window.session()->documentId(), open);
        }
    }

    // The Library's title column keeps most of the panel at every window size; what
    // gives way is in the row's tooltip.
    void libraryTitleKeepsItsRoom_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x640") << QSize(1024, 640);
        QTest::newRow("1400x900") << QSize(1400, 900);
    }

    void libraryTitleKeepsItsRoom()
    {
        QFETCH(QSize, size);
        MainWindow window(m_project);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(importAndWait(window, samplePath) > 0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::AltModifier); // the library
        QTableView *library = window.libraryPanel()->view();
        QTRY_VERIFY(library->isVisible());
        QTRY_VERIFY2(library->columnWidth(LibraryModel::Title) >= library->viewport()->width() / 2,
            qPrintable(
                u"title %1 of %2"_s.arg(library->columnWidth(LibraryModel::Title)).arg(library->viewport()->width())));
        const QString tip = library->model()->index(0, LibraryModel::Title).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"Findings: 15"_s), qPrintable(tip));
    }

    void matrixInTheMainAreaFollowsTheReader()
    {
        MainWindow window(m_project);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(importAndWait(window, samplePath) > 0);
        TraceabilityView *matrix = window.traceabilityView();
        QCOMPARE(window.mainTabs()->indexOf(matrix), 1);

        // Own window: both on screen; the matrix follows the reader's selection.
        auto *detach = window.findChild<QAction *>(u"actionDetachTraceability"_s);
        QVERIFY(detach);
        detach->trigger();
        QVERIFY(window.isTraceabilityDetached());
        QCOMPARE(window.mainTabs()->indexOf(matrix), -1);
        QVERIFY(QTest::qWaitForWindowExposed(matrix->window()));
        QVERIFY(matrix->window() != &window);
        QString finding;
        for (const Segment &s : window.session()->report().report.segments)
            if (s.kind == SegmentKind::Finding)
                finding = s.id; // the last one: far from the first row
        window.activateWindow(); // the user comes back to the report
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.reader()->setFocus();
        window.showSegment(0, finding);
        // (The matrix following the reader's selection is not verified here yet.)

        // Moving in the matrix moves the reader.
        matrix->activateWindow();
        matrix->table()->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(matrix->window()));
        QTest::keyClick(matrix->table(), Qt::Key_Down);
        const QString above = matrix->model()->findingAt(matrix->table()->currentIndex().row());
        QVERIFY(above != finding);
        QCOMPARE(window.session()->currentSegment(), above);

        // A click on a row header goes there too.
        QHeaderView *rows = matrix->table()->verticalHeader();
        QTest::mouseClick(rows->viewport(), Qt::LeftButton, {}, QPoint(5, rows->sectionViewportPosition(0) + 3));
        QCOMPARE(window.session()->currentSegment(), matrix->model()->findingAt(0));

        // Closing the window puts it back as a tab.
        matrix->window()->close();
        QTRY_VERIFY(!window.isTraceabilityDetached());
        QCOMPARE(window.mainTabs()->indexOf(matrix), 1);
        QVERIFY(!detach->isChecked());
    }

    void badgesLeadThereAndAltLeftBack()
    {
        MainWindow window(m_project);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(importAndWait(window, samplePath) > 0);
        const AnnotatedReport &report = window.session()->report();
        QString finding;
        QString priority;
        for (const Segment &s : report.report.segments) {
            if (s.kind == SegmentKind::Finding && finding.isEmpty())
                finding = s.id;
            if (s.kind == SegmentKind::Priority)
                priority = s.id; // the last: far away from the first finding
        }
        QString error;
        QVERIFY(
            window.store()->addLink(window.session()->documentId(), finding, priority, LinkType::Addresses, &error));
        window.reader()->setFocus();
        window.showSegment(0, finding);
        QApplication::processEvents();
        window.reader()->repaint();
        // The badge "→P…" beside the finding: click it.
        QWidget *margin = window.reader()->findChild<QWidget *>(u"readerMargin"_s);
        QVERIFY(margin);
        margin->repaint();
        const QRect at = window.reader()->segmentRect(finding);
        QPoint badge;
        for (int x = 0; x < margin->width() && badge.isNull(); x += 2)
            for (int y = at.top(); y < at.top() + 40 && badge.isNull(); y += 2)
                if (window.reader()->marginTargetAt(QPoint(x, y)) == priority)
                    badge = QPoint(x, y);
        QVERIFY2(!badge.isNull(), "no badge for the link in the margin");
        QTest::mouseClick(margin, Qt::LeftButton, {}, badge);
        QCOMPARE(window.session()->currentSegment(), priority);
        QTest::keyClick(window.reader(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window.session()->currentSegment(), finding);
    }
};

QTEST_MAIN(TestReaderLayout)
#include "test_readerlayout.moc"
