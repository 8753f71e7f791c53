// SPDX-License-Identifier: GPL-3.0-or-later
// The main window driven as a user would, offscreen, on a real project file:
// open the sample through the real import path, switch reports, use the
// structure panel and search, switch theme, undo and redo, reopen the project.
#include "browse/LibraryPanel.h"
#include "mainwindow/MainWindow.h"
#include "common/MessageBar.h"
#include "reader/ReaderView.h"
#include "session/ReportSession.h"
#include "browse/SearchPanel.h"
#include "browse/StructurePanel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/LibraryModel.h"
#include "itemmodels/SearchResultsModel.h"
#include "itemmodels/StructureModel.h"
#include "store/ProjectStore.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

namespace {
const QString samplePath = QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt");

QAction *action(MainWindow &window, const QString &name)
{
    return window.findChild<QAction *>(name);
}

/// Opens a file through File > Open's code path and waits for the import.
qint64 importAndWait(MainWindow &window, const QString &path)
{
    QSignalSpy finished(&window, &MainWindow::importFinished);
    window.openFile(path);
    if (!finished.wait(60000))
        return -1;
    return finished.constFirst().constFirst().toLongLong();
}

bool segmentOnScreen(ReaderView *reader, const QString &id)
{
    const QRect r = reader->segmentRect(id);
    return r.isValid() && r.bottom() > 0 && r.top() < reader->viewport()->height();
}

/// The first segment of a kind in the open report.
QString firstOfKind(const ReportSession *session, SegmentKind kind)
{
    for (const Segment &s : session->report().report.segments)
        if (s.kind == kind)
            return s.id;
    return {};
}
} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensTheSampleThroughTheImporter();
    void badFileShowsAMessageAndKeepsTheReport();
    void switchesReports();
    void structureClickSelectsAndScrolls();
    void keyboardMovesBetweenSegments();
    void searchJumpsToTheSegment();
    void searchAcrossTheProjectSwitchesReport();
    void themeMenuListsEveryThemeAndSwitches();
    void undoAndRedoTagging();
    void reopeningKeepsStateAndUndoesOlderEntries();
    void dropOpensTheFile();
    void cancelledImportAddsNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestMainWindow::initTestCase()
{
    // Settings (recent files, layout, theme) go to a test location, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ScrutinyTests"_s);
    QCoreApplication::setApplicationName(u"test_mainwindow"_s);
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = m_dir->filePath(u"test.scrutiny"_s);
    QSettings().clear();
}

void TestMainWindow::cleanup()
{
    m_dir.reset();
}

void TestMainWindow::opensTheSampleThroughTheImporter()
{
    MainWindow window(m_project);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.store()->path(), m_project);

    const qint64 id = importAndWait(window, samplePath);
    QVERIFY(id > 0);
    QCOMPARE(window.session()->documentId(), id);
    QVERIFY(window.reader()->toPlainText().contains(u"Wrexham"_s));
    QVERIFY(!window.reader()->toPlainText().contains(u"cookies disabled"_s)); // the cleaned text
    QCOMPARE(window.libraryPanel()->model()->rowCount(), 1);
    QCOMPARE(window.libraryPanel()->model()->index(0, LibraryModel::Findings).data().toInt(),
        int(window.session()->report().report.count(SegmentKind::Finding)));
    QVERIFY(window.session()->report().report.count(SegmentKind::Finding) > 0);
    QVERIFY(window.structurePanel()->model()->rowCount() > 0);
    QVERIFY(window.windowTitle().contains(u"Scrutiny"_s));
    QVERIFY(!window.isImporting());

    // Opening the same file again adds nothing and says so.
    QCOMPARE(importAndWait(window, samplePath), id);
    QCOMPARE(window.store()->documents().size(), 1);
    QVERIFY(window.messageBar()->isVisible());
}

void TestMainWindow::badFileShowsAMessageAndKeepsTheReport()
{
    MainWindow window(m_project);
    window.show();
    const qint64 id = importAndWait(window, samplePath);
    QVERIFY(id > 0);
    const QString bad = m_dir->filePath(u"broken.pdf"_s);
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("%PDF-1.4\nthis is not really a PDF\n");
    f.close();

    QCOMPARE(importAndWait(window, bad), 0);
    QVERIFY(window.messageBar()->isVisible());
    QCOMPARE(window.messageBar()->type(), MessageBar::Type::Error);
    QVERIFY2(window.messageBar()->text().contains(u"broken.pdf"_s), qPrintable(window.messageBar()->text()));
    // Nothing lost: the report is still open and the project unchanged.
    QCOMPARE(window.session()->documentId(), id);
    QCOMPARE(window.store()->documents().size(), 1);

    window.openFile(m_dir->filePath(u"missing.txt"_s));
    QVERIFY(window.messageBar()->text().contains(u"missing.txt"_s));
}

void TestMainWindow::switchesReports()
{
    MainWindow window(m_project);
    window.show();
    const qint64 first = importAndWait(window, samplePath);
    // A second, different report: the sample without its press-release tail.
    QFile in(samplePath);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray text = in.readAll();
    text = text.left(text.indexOf("A press release"));
    const QString secondPath = m_dir->filePath(u"shorter.txt"_s);
    QFile out(secondPath);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();
    const qint64 second = importAndWait(window, secondPath);
    QVERIFY(second > 0 && second != first);
    QCOMPARE(window.session()->documentId(), second);

    QTableView *library = window.libraryPanel()->view();
    QCOMPARE(library->model()->rowCount(), 2);
    const int firstRow = window.libraryPanel()->model()->rowOf(first);
    QTest::mouseClick(
        library->viewport(), Qt::LeftButton, {}, library->visualRect(library->model()->index(firstRow, 0)).center());
    QCOMPARE(window.session()->documentId(), first);
    QVERIFY(window.reader()->toPlainText().contains(u"press release"_s));
    QCOMPARE(library->currentIndex().row(), firstRow);
}

void TestMainWindow::structureClickSelectsAndScrolls()
{
    MainWindow window(m_project);
    window.resize(900, 500); // short, so the priorities start off screen
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(importAndWait(window, samplePath) > 0);
    QTreeView *tree = window.structurePanel()->view();
    const QString priority = firstOfKind(window.session(), SegmentKind::Priority);
    QVERIFY(!priority.isEmpty());
    window.reader()->verticalScrollBar()->setValue(window.reader()->verticalScrollBar()->maximum());
    QTest::qWait(20);

    const QModelIndex leaf = window.structurePanel()->model()->indexOfSegment(priority);
    QVERIFY(leaf.isValid());
    tree->scrollTo(leaf);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(leaf).center());
    QCOMPARE(window.session()->selectedSegments(), QStringList {priority});
    QCOMPARE(window.session()->currentSegment(), priority);
    QVERIFY(segmentOnScreen(window.reader(), priority));
}

void TestMainWindow::keyboardMovesBetweenSegments()
{
    MainWindow window(m_project);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(importAndWait(window, samplePath) > 0);
    const QList<Segment> &segments = window.session()->report().report.segments;
    QVERIFY(segments.size() > 3);
    window.showSegment(0, segments.at(1).id);
    window.reader()->setFocus();
    QTest::keyClick(window.reader(), Qt::Key_J);
    QCOMPARE(window.session()->currentSegment(), segments.at(2).id);
    QTest::keyClick(window.reader(), Qt::Key_J, Qt::ShiftModifier);
    QCOMPARE(window.session()->selectedSegments(), (QStringList {segments.at(2).id, segments.at(3).id}));
    QTest::keyClick(window.reader(), Qt::Key_K);
    QCOMPARE(window.session()->selectedSegments(), QStringList {segments.at(2).id});
    QTest::keyClick(window.reader(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(window.session()->currentSegment(), segments.at(1).id);

    // Ctrl+click adds a segment to the selection.
    const QString other = segments.at(3).id;
    window.reader()->showSegment(other);
    const QRect r = window.reader()->segmentRect(other);
    QTest::mouseClick(window.reader()->viewport(), Qt::LeftButton, Qt::ControlModifier, r.center());
    QCOMPARE(window.session()->selectedSegments(), (QStringList {segments.at(1).id, other}));
}

void TestMainWindow::searchJumpsToTheSegment()
{
    MainWindow window(m_project);
    window.resize(900, 500);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(importAndWait(window, samplePath) > 0);

    action(window, u"actionFind"_s)->trigger();
    SearchPanel *search = window.searchPanel();
    search->search(u"commissioning"_s);
    QVERIFY(search->results()->rowCount() > 0);
    const QModelIndex hit = search->results()->index(0);
    const QString segment = hit.data(SegmentIdRole).toString();
    QVERIFY(!segment.isEmpty());
    QVERIFY(hit.data(SnippetHtmlRole).toString().contains(u"<b>"_s));
    auto *results = search->findChild<QListView *>(u"results"_s);
    QVERIFY(results);
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualRect(hit).center());
    QCOMPARE(window.session()->selectedSegments(), QStringList {segment});
    QVERIFY(segmentOnScreen(window.reader(), segment));
    // The matched word is marked in the reader.
    const QList<QTextEdit::ExtraSelection> marks = window.reader()->extraSelections();
    QVERIFY(!marks.isEmpty());
    QCOMPARE(marks.constFirst().cursor.selectedText().toLower().left(13), u"commissioning"_s);
}

void TestMainWindow::searchAcrossTheProjectSwitchesReport()
{
    MainWindow window(m_project);
    window.show();
    const qint64 first = importAndWait(window, samplePath);
    const QString otherPath = m_dir->filePath(u"other.txt"_s);
    QFile out(otherPath);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("Joint review of Ceredigion social services\n\n"
              "The review found that residential care for older people is patchy.\n\n"
              "The joint review identifies the following priorities for action:\n\n"
              "* Improve the planning of residential care;\n");
    out.close();
    const qint64 second = importAndWait(window, otherPath);
    QVERIFY(second > 0);
    window.showSegment(first, {});
    QCOMPARE(window.session()->documentId(), first);

    window.searchPanel()->setProjectWide(true);
    window.searchPanel()->search(u"Ceredigion OR planning"_s);
    SearchResultsModel *results = window.searchPanel()->results();
    int row = -1;
    for (int i = 0; i < results->rowCount(); ++i)
        if (results->index(i).data(DocumentIdRole).toLongLong() == second)
            row = i;
    QVERIFY2(row >= 0, "the other report's words are found from the first report");
    auto *list = window.searchPanel()->findChild<QListView *>(u"results"_s);
    list->setCurrentIndex(results->index(row));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(window.session()->documentId(), second);
    QCOMPARE(window.session()->currentSegment(), results->index(row).data(SegmentIdRole).toString());
}

void TestMainWindow::themeMenuListsEveryThemeAndSwitches()
{
    MainWindow window(m_project);
    window.show();
    QVERIFY(importAndWait(window, samplePath) > 0);
    auto *menu = window.findChild<QMenu *>(u"menuTheme"_s);
    QVERIFY(menu);
    const QList<KSyntaxHighlighting::Theme> themes = window.session()->repository().themes();
    int themeActions = 0;
    for (QAction *a : menu->actions())
        if (a->isCheckable() && !a->data().toString().isEmpty())
            ++themeActions;
    QCOMPARE(themeActions, int(themes.size()));
    QVERIFY(window.themeName().isEmpty()); // follows the system by default

    QAction *dark = nullptr;
    for (QAction *a : menu->actions())
        if (a->data().toString() == u"Breeze Dark"_s)
            dark = a;
    QVERIFY(dark);
    QSignalSpy changed(window.session(), &ReportSession::themeChanged);
    dark->trigger();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(window.session()->theme().name(), u"Breeze Dark"_s);
    QVERIFY(window.reader()->palette().color(QPalette::Base).lightnessF() < 0.3);
    // The same colours reach the reader's tints and the rest of the window.
    QCOMPARE(window.session()->kindTint(SegmentKind::Finding).isValid(), true);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() < 0.4);
    QCOMPARE(QSettings().value(u"view/theme"_s).toString(), u"Breeze Dark"_s);

    action(window, u"actionFollowSystemTheme"_s)->trigger();
    QVERIFY(window.themeName().isEmpty());
    QCOMPARE(window.session()->theme().name(),
        window.session()->repository().themeForPalette(QApplication::palette()).name());
}

void TestMainWindow::undoAndRedoTagging()
{
    MainWindow window(m_project);
    window.show();
    const qint64 id = importAndWait(window, samplePath);
    QVERIFY(id > 0);
    QString error;
    const std::optional<Tag> tag = window.store()->createTag(u"leadership"_s, QColor(u"#c0392b"_s), &error);
    QVERIFY2(tag, qPrintable(error));
    const QString finding = firstOfKind(window.session(), SegmentKind::Finding);
    window.showSegment(id, finding);

    window.reader()->applyTag(id, {finding}, *tag, true);
    QVERIFY(window.session()->report().segmentTags.value(finding).contains(tag->id));
    QAction *undo = action(window, u"actionUndo"_s);
    QAction *redo = action(window, u"actionRedo"_s);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(redo->shortcuts().contains(QKeySequence(u"Ctrl+Shift+Z"_s)));

    undo->trigger();
    QVERIFY(!window.session()->report().segmentTags.value(finding).contains(tag->id));
    QVERIFY(!window.store()->annotatedReport(id, &error)->segmentTags.value(finding).contains(tag->id));
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QVERIFY(window.store()->annotatedReport(id, &error)->segmentTags.value(finding).contains(tag->id));

    // Tagging two segments at once is one undo step.
    const QString second = window.session()->report().report.segments.at(1).id;
    window.reader()->applyTag(id, {finding, second}, *tag, false);
    QVERIFY(window.session()->report().segmentTags.value(finding).isEmpty());
    undo->trigger();
    QVERIFY(window.session()->report().segmentTags.value(finding).contains(tag->id));
}

void TestMainWindow::reopeningKeepsStateAndUndoesOlderEntries()
{
    qint64 id = 0;
    QString finding;
    QString priority;
    {
        MainWindow window(m_project);
        window.show();
        id = importAndWait(window, samplePath);
        QVERIFY(id > 0);
        finding = firstOfKind(window.session(), SegmentKind::Finding);
        priority = firstOfKind(window.session(), SegmentKind::Priority);
        QString error;
        const std::optional<Tag> tag = window.store()->createTag(u"workforce"_s, QColor(Qt::darkGreen), &error);
        QVERIFY(tag);
        window.reader()->applyTag(id, {finding}, *tag, true);
        QVERIFY(window.session()->perform(u"link"_s, [&](QString *e) {
            return window.store()->addLink(id, finding, priority, LinkType::Addresses, e).has_value();
        }));
        window.setThemeName(u"Solarized Light"_s);
        window.close();
    }
    MainWindow window(m_project);
    window.show();
    QCOMPARE(window.session()->documentId(), id);
    QCOMPARE(window.themeName(), u"Solarized Light"_s);
    QCOMPARE(window.session()->report().segmentTags.value(finding).size(), 1);
    QCOMPARE(window.session()->report().linksFrom(finding).size(), 1);

    // Undo works for journal entries from before the restart.
    QAction *undo = action(window, u"actionUndo"_s);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(window.session()->report().linksFrom(finding).size(), 0);
    QCOMPARE(window.session()->report().segmentTags.value(finding).size(), 1);
    QAction *redo = action(window, u"actionRedo"_s);
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(window.session()->report().linksFrom(finding).size(), 1);
}

void TestMainWindow::dropOpensTheFile()
{
    MainWindow window(m_project);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &MainWindow::importFinished);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(samplePath)});
    const QPoint at = window.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.constFirst().constFirst().toLongLong() > 0);
    QVERIFY(window.reader()->toPlainText().contains(u"Wrexham"_s));
}

void TestMainWindow::cancelledImportAddsNothing()
{
    MainWindow window(m_project);
    window.show();
    // A long report, so the import is still running when Cancel is pressed.
    QFile in(samplePath);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray sample = in.readAll();
    const QString longPath = m_dir->filePath(u"long.txt"_s);
    QFile out(longPath);
    QVERIFY(out.open(QIODevice::WriteOnly));
    for (int i = 0; i < 40; ++i)
        out.write(sample);
    out.close();

    QSignalSpy finished(&window, &MainWindow::importFinished);
    window.openFile(longPath);
    QVERIFY(window.isImporting());
    auto *cancel = window.findChild<QPushButton *>(u"importCancel"_s);
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.constFirst().constFirst().toLongLong(), 0);
    QVERIFY(!window.isImporting());
    QVERIFY(!cancel->isVisible());
    QVERIFY(window.messageBar()->text().contains(u"cancelled"_s));
    QCOMPARE(window.store()->documents().size(), 0);
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
