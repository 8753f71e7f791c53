// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/MainWindow.h"
#include "help/HelpActions.h"
#include "mainwindow/ExportActions.h"
#include "session/JournalAuthor.h"
#include "ui_MainWindow.h"

#include "browse/LibraryPanel.h"
#include "browse/SearchPanel.h"
#include "browse/StructurePanel.h"
#include "common/MessageBar.h"
#include "links/LinkActions.h"
#include "links/SegmentDragSource.h"
#include "links/SegmentDropTarget.h"
#include "mainwindow/DamagedProjectNotice.h"
#include "mainwindow/PanelCycle.h"
#include "mainwindow/SideDockLimit.h"
#include "mainwindow/WelcomePage.h"
#include "matrix/TraceabilityView.h"
#include "plan/ActionPlanView.h"
#include "progress/SeriesActions.h"
#include "reader/NoteEditor.h"
#include "reader/ReaderView.h"
#include "reader/SegmentEditDialog.h"
#include "series/SeriesProgress.h"
#include "session/EditCommands.h"
#include "session/ProjectOpener.h"
#include "session/ReportSession.h"
#include "session/ThemeController.h"
#include "store/ProjectStore.h"
#include "tags/TagActions.h"
#include "tags/TagBar.h"
#include "tags/TagManagerDialog.h"
#include "tags/TagsPanel.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Scrutiny {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(lastProjectPath().isEmpty() ? ProjectStore::defaultPath() : lastProjectPath(), parent)
{
}

MainWindow::MainWindow(const QString &projectPath, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_store(new ProjectStore(this))
    , m_session(new ReportSession(m_store, this))
    , m_importRunner(new ImportRunner(m_session, this))
    , m_projects(new ProjectOpener(m_session, this))
{
    m_ui->setupUi(this);
    m_store->setAuthor(JournalAuthor::resolve());
    setAcceptDrops(true);
    setWindowIcon(QIcon(u":/icons/scrutiny.svg"_s));

    m_messageBar = new MessageBar(m_ui->centralwidget);
    m_ui->centralLayout->insertWidget(0, m_messageBar);
    new DamagedProjectNotice(m_store, m_messageBar, this);
    m_readOnlyBanner = new MessageBar(m_ui->centralwidget);
    m_readOnlyBanner->setObjectName(u"readOnlyBanner"_s);
    m_ui->centralLayout->insertWidget(0, m_readOnlyBanner);
    m_readOnlyBanner->hide();
    m_ui->importRow->hide();
    // The main area: the report (or, with none open, how to start) and the
    // traceability matrix, as tabs, so the matrix can use the whole width.
    m_mainTabs = new QTabWidget(m_ui->centralwidget);
    m_mainTabs->setObjectName(u"mainTabs"_s);
    m_mainTabs->setDocumentMode(true);
    m_readerPage = new QWidget(m_mainTabs);
    m_readerPage->setObjectName(u"readerPage"_s);
    m_readerLayout = new QVBoxLayout(m_readerPage);
    m_readerLayout->setContentsMargins(0, 0, 0, 0);
    m_readerLayout->setSpacing(2);
    m_welcome = new WelcomePage(m_readerPage);
    m_reader = new ReaderView(m_session, m_readerPage);
    m_readerLayout->addWidget(m_welcome, 1);
    m_readerLayout->addWidget(m_reader, 1);
    m_mainTabs->addTab(m_readerPage, tr("Report"));
    m_ui->centralLayout->addWidget(m_mainTabs, 1);

    setUpPanels();
    setUpAnnotation();
    setUpActions();
    setUpThemeMenu();
    setUpKeyboard();
    new SideDockLimit(this);

    connect(m_session, &ReportSession::errorOccurred, this, &MainWindow::showError);
    connect(m_session, &ReportSession::documentChanged, this, &MainWindow::updateTitle);
    connect(m_session, &ReportSession::undoStateChanged, this, &MainWindow::updateUndoActions);
    connect(m_session, &ReportSession::reportReloaded, this, &MainWindow::updateUndoActions);
    connect(m_session, &ReportSession::documentChanged, this, &MainWindow::updateUndoActions);
    connect(m_session, &ReportSession::documentChanged, this, &MainWindow::updateWelcome);
    connect(m_session, &ReportSession::projectChanged, this, &MainWindow::updateWelcome);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseReport);
    connect(m_welcome, &WelcomePage::sampleRequested, this, &MainWindow::openSample);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openFile);
    connect(m_session, &ReportSession::selectionChanged, this, [this] {
        const QStringList selected = m_session->selectedSegments();
        if (selected.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(tr("Selected: %1").arg(selected.join(u", "_s)));
    });
    connect(m_importRunner, &ImportRunner::started, this, [this](const QString &path) {
        m_ui->importLabel->setText(tr("Importing %1…").arg(QFileInfo(path).fileName()));
        m_ui->importRow->show();
        m_messageBar->hide();
    });
    connect(m_importRunner, &ImportRunner::progressed, m_ui->importProgress, &QProgressBar::setValue);
    connect(m_importRunner, &ImportRunner::finished, this, &MainWindow::finishImport);
    connect(m_ui->importCancel, &QPushButton::clicked, this, &MainWindow::cancelImport);

    restoreLayout();
    if (!openProject(projectPath) && projectPath != ProjectStore::defaultPath())
        openProject(ProjectStore::defaultPath());
    updateUndoActions();
    updateWelcome();
    m_reader->setFocus();
}

MainWindow::~MainWindow()
{
    // The worker posts progress to the runner: stop it before the window goes.
    m_importRunner->cancel();
    m_importRunner->wait();
    // Panels use the session and the session uses the store: take them down in
    // that order (Qt would delete the store, the first child, first), so no
    // panel or session slot runs against a half-destroyed store.
    disconnect(m_session, nullptr, this, nullptr);
    disconnect(m_store, nullptr, this, nullptr);
    delete m_traceabilityWindow;
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(docks);
    delete takeCentralWidget();
    delete m_session;
    delete m_store;
}

ReportSession *MainWindow::session() const
{
    return m_session;
}

ProjectStore *MainWindow::store() const
{
    return m_store;
}

ReaderView *MainWindow::reader() const
{
    return m_reader;
}

MessageBar *MainWindow::messageBar() const
{
    return m_messageBar;
}

LibraryPanel *MainWindow::libraryPanel() const
{
    return m_library;
}

StructurePanel *MainWindow::structurePanel() const
{
    return m_structure;
}

SearchPanel *MainWindow::searchPanel() const
{
    return m_search;
}

TagsPanel *MainWindow::tagsPanel() const
{
    return m_tags;
}

TraceabilityView *MainWindow::traceabilityView() const
{
    return m_traceability;
}

ExportActions *MainWindow::exportActions() const
{
    return m_exports;
}

PanelCycle *MainWindow::panelCycle() const
{
    return m_panels;
}

WelcomePage *MainWindow::welcomePage() const
{
    return m_welcome;
}

QTabWidget *MainWindow::mainTabs() const
{
    return m_mainTabs;
}

bool MainWindow::isTraceabilityDetached() const
{
    return m_traceabilityWindow != nullptr;
}

void MainWindow::setTraceabilityDetached(bool detached)
{
    if (detached == isTraceabilityDetached())
        return;
    if (detached) {
        // A window of its own, to put on a second screen or maximise beside the report.
        auto *window = new QDialog(this, Qt::Window);
        window->setObjectName(u"traceabilityWindow"_s);
        window->setWindowTitle(tr("Traceability — Scrutiny"));
        window->setAttribute(Qt::WA_DeleteOnClose);
        auto *layout = new QVBoxLayout(window);
        layout->setContentsMargins(0, 0, 0, 0);
        m_mainTabs->removeTab(m_mainTabs->indexOf(m_traceability));
        layout->addWidget(m_traceability);
        m_traceability->show();
        m_traceabilityWindow = window;
        connect(window, &QDialog::finished, this, [this] { setTraceabilityDetached(false); });
        window->resize(std::max(900, width() * 3 / 4), std::max(600, height() * 3 / 4));
        window->show();
        return;
    }
    QWidget *window = m_traceabilityWindow;
    m_traceabilityWindow = nullptr;
    m_mainTabs->insertTab(m_mainTabs->indexOf(m_readerPage) + 1, m_traceability, tr("Traceability"));
    if (window) {
        window->disconnect(this);
        window->close();
    }
    if (auto *action = findChild<QAction *>(u"actionDetachTraceability"_s)) {
        const QSignalBlocker blocker(action);
        action->setChecked(false);
    }
}

void MainWindow::updateWelcome()
{
    // With no report open the main area says how to start instead of showing an empty page.
    const bool none = m_session->documentId() == 0;
    if (none) {
        QStringList recent = ProjectOpener::recentFiles();
        m_welcome->setRecent(recent);
    }
    m_welcome->setVisible(none);
    m_reader->setVisible(!none);
    if (QWidget *tagBar = m_readerPage->findChild<QWidget *>(u"tagBar"_s))
        tagBar->setVisible(!none);
}

void MainWindow::openSample()
{
    QString error;
    const QString path = WelcomePage::sampleReportPath(&error);
    if (path.isEmpty()) {
        showError(error);
        return;
    }
    openFile(path);
}

QDockWidget *MainWindow::addPanel(QWidget *panel, const QString &title, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    // Object names let saveState()/restoreState() put the dock back where it was.
    dock->setObjectName((panel->objectName().isEmpty() ? title : panel->objectName()) + u"Dock"_s);
    dock->setWidget(panel);
    dock->setAccessibleName(title);
    // No panel may hold the report's share of the window hostage (SideDockLimit):
    // its contents make do with a narrow dock.
    panel->setMinimumWidth(150);
    addDockWidget(area, dock);
    m_ui->menuPanels->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::setUpPanels()
{
    m_library = new LibraryPanel(m_session, this);
    m_structure = new StructurePanel(m_session, this);
    m_search = new SearchPanel(m_session, this);
    m_tags = new TagsPanel(m_session, this);
    // Side panels share each side as tabs: the report keeps the width (SideDockLimit).
    setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North);
    QDockWidget *library = addPanel(m_library, tr("Library"), Qt::LeftDockWidgetArea);
    QDockWidget *structure = addPanel(m_structure, tr("Structure"), Qt::LeftDockWidgetArea);
    QDockWidget *tags = addPanel(m_tags, tr("Tags"), Qt::LeftDockWidgetArea);
    QDockWidget *search = addPanel(m_search, tr("Search"), Qt::RightDockWidgetArea);
    tabifyDockWidget(library, structure);
    tabifyDockWidget(structure, tags);
    structure->raise();
    resizeDocks({library, search}, {260, 300}, Qt::Horizontal);
    connect(m_tags, &TagsPanel::segmentActivated, this, &MainWindow::showSegment);
    connect(m_tags, &TagsPanel::exported, this, [this](const QString &path, const QString &message) {
        if (path.isEmpty())
            showError(message);
        else
            m_messageBar->showMessage(
                tr("Saved to %1").arg(QDir::toNativeSeparators(path)), MessageBar::Type::Positive);
    });
    // A search's marks go when its words change.
    connect(m_search, &SearchPanel::queryChanged, this, [this] { m_reader->setHighlightedWords({}); });

    connect(
        m_structure, &StructurePanel::segmentActivated, this, [this](const QString &id) { m_reader->showSegment(id); });
    connect(m_search, &SearchPanel::hitActivated, this, [this](qint64 documentId, const QString &id) {
        showSegment(documentId, id);
        m_reader->setHighlightedWords(m_search->queryWords());
    });
}

void MainWindow::setUpAnnotation()
{
    // The tag bar sits between the message bar and the reader.
    auto *tagBar = new TagBar(m_session, m_readerPage);
    m_readerLayout->insertWidget(m_readerLayout->indexOf(m_reader), tagBar);
    connect(tagBar, &TagBar::manageRequested, this, &MainWindow::manageTags);

    m_traceability = new TraceabilityView(m_session, m_mainTabs);
    m_traceability->setObjectName(u"traceabilityView"_s);
    m_mainTabs->addTab(m_traceability, tr("Traceability"));
    auto *detach = new QToolButton(m_mainTabs);
    detach->setObjectName(u"detachTraceability"_s);
    detach->setAutoRaise(true);
    auto *detachAction = new QAction(tr("Traceability in Own &Window"), this);
    detachAction->setObjectName(u"actionDetachTraceability"_s);
    detachAction->setCheckable(true);
    detachAction->setShortcut(QKeySequence(u"Ctrl+Shift+T"_s));
    detachAction->setToolTip(tr("Show the traceability matrix in a window of its own, beside the report"));
    connect(detachAction, &QAction::toggled, this, &MainWindow::setTraceabilityDetached);
    detach->setDefaultAction(detachAction);
    detach->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_mainTabs->setCornerWidget(detach, Qt::TopRightCorner);
    m_ui->menuView->insertAction(m_ui->menuTheme->menuAction(), detachAction);

    // The plan is a table of six columns people edit all day: it gets the main
    // area's width, as the matrix does, not a side dock's.
    m_plan = new ActionPlanView(m_session, m_mainTabs);
    m_mainTabs->addTab(m_plan, tr("Action plan"));
    ActionPlanView *plan = m_plan;
    auto *notes = new NoteEditor(m_session, this);
    QDockWidget *notesDock = addPanel(notes, tr("Notes"), Qt::RightDockWidgetArea);
    if (auto *searchDock = qobject_cast<QDockWidget *>(m_search->parentWidget())) {
        tabifyDockWidget(searchDock, notesDock);
        notesDock->raise();
    }
    connect(m_traceability, &TraceabilityView::segmentActivated, this,
        [this](const QString &segment, qint64 documentId) { showSegment(documentId, segment); });
    connect(plan, &ActionPlanView::segmentActivated, this, &MainWindow::showSegmentInReader);

    // Report series: the progress view shares the main area with the reader.
    // The whole tabbed area (reader and traceability) gives way to the progress view.
    auto *series = new SeriesActions(m_session, m_mainTabs, m_ui->centralLayout, this);
    m_ui->menuView->addAction(series->progressAction());
    m_ui->menuFile->addAction(series->followsAction());
    connect(series, &SeriesActions::errorOccurred, this, &MainWindow::showError);

    // Keyboard: 1-9 apply the first nine tags, T picks a tag, L links to a priority,
    // while the reader has focus (so typing elsewhere is never taken).
    auto *tagging = new TagActions(m_session, m_reader);
    auto *linking = new LinkActions(m_session, m_reader);
    QList<QAction *> keyActions = tagging->actions();
    keyActions << linking->pickerAction();
    for (QAction *a : std::as_const(keyActions)) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_reader->addAction(a);
    }
    m_ui->menuAnnotate->addAction(tagging->pickerAction());
    m_ui->menuAnnotate->addAction(linking->pickerAction());
    m_ui->menuAnnotate->addSeparator();
    m_ui->menuAnnotate->addAction(tr("&Edit Segment…"), QKeySequence(u"F2"_s), this, &MainWindow::editSegment);
    m_ui->menuAnnotate->addAction(tr("&Manage Tags…"), this, &MainWindow::manageTags);

    connect(m_reader, &ReaderView::contextMenuAboutToShow, this, [this, linking](QMenu *menu) {
        if (m_session->selectedSegments().isEmpty())
            return;
        QAction *first = menu->actions().value(0);
        // "Link to priority" from the link actions replaces the reader's plain one.
        if (auto *plainLinks = menu->findChild<QMenu *>(u"linkMenu"_s)) {
            menu->insertMenu(plainLinks->menuAction(), linking->linkToPriorityMenu(menu));
            menu->removeAction(plainLinks->menuAction());
        }
        QAction *edit = new QAction(tr("&Edit Segment…"), menu);
        connect(edit, &QAction::triggered, this, &MainWindow::editSegment);
        menu->insertAction(first, edit);
    });

    // Drag selected segments from the reader onto a priority (in the reader or the matrix).
    new SegmentDragSource(m_session, m_reader->viewport(), [this](const QPoint &pos) {
        const QString id = m_reader->segmentAt(pos);
        const QStringList selected = m_session->selectedSegments();
        if (id.isEmpty())
            return QStringList();
        return selected.contains(id) ? selected : QStringList {id};
    });
    new SegmentDropTarget(
        m_session, m_reader->viewport(), [this](const QPoint &pos) { return m_reader->segmentAt(pos); });
}

void MainWindow::showSegmentInReader(const QString &segmentId)
{
    m_mainTabs->setCurrentWidget(m_readerPage);
    showSegment(0, segmentId);
}

void MainWindow::editSegment()
{
    const QString segment = m_session->currentSegment();
    if (segment.isEmpty()) {
        m_messageBar->showMessage(
            tr("Select a segment first (click it, or move with J and K)."), MessageBar::Type::Information);
        return;
    }
    SegmentEditDialog dialog(m_session, segment, this);
    if (dialog.isValid())
        dialog.exec();
}

void MainWindow::manageTags()
{
    TagManagerDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::setUpActions()
{
    m_ui->actionOpen->setShortcut(QKeySequence::Open);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionNewProject->setShortcut(QKeySequence(u"Ctrl+Shift+N"_s));
    m_ui->actionOpenProject->setShortcut(QKeySequence(u"Ctrl+Shift+O"_s));
    m_ui->actionUndo->setShortcuts({QKeySequence::Undo});
    m_ui->actionRedo->setShortcuts(QKeySequence::Redo);
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    // J and K belong to the reader (it also takes Alt+Down/Up itself): as window-wide
    // shortcuts they would take Alt+Down from the plan's date editor and J from typing.
    m_ui->actionNextSegment->setShortcut(QKeySequence(Qt::Key_J));
    m_ui->actionPreviousSegment->setShortcut(QKeySequence(Qt::Key_K));
    for (QAction *a : {m_ui->actionNextSegment, m_ui->actionPreviousSegment}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_reader->addAction(a);
    }
    m_ui->actionOpen->setIcon(QIcon::fromTheme(u"document-open"_s));
    m_ui->actionUndo->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    m_ui->actionRedo->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    m_ui->actionFind->setIcon(QIcon::fromTheme(u"edit-find"_s));

    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseReport);
    connect(m_ui->actionOpenProject, &QAction::triggered, this, &MainWindow::chooseProject);
    connect(m_ui->actionNewProject, &QAction::triggered, this, &MainWindow::createProject);
    connect(
        m_ui->actionDefaultProject, &QAction::triggered, this, [this] { openProject(ProjectStore::defaultPath()); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionUndo, &QAction::triggered, m_session, &ReportSession::undo);
    connect(m_ui->actionRedo, &QAction::triggered, m_session, &ReportSession::redo);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        if (auto *dock = qobject_cast<QDockWidget *>(m_search->parentWidget())) {
            dock->show();
            dock->raise();
        }
        m_search->focusQuery();
    });
    // Back from where a link badge led.
    auto *back = new QAction(tr("&Back"), this);
    back->setObjectName(u"actionBack"_s);
    back->setShortcuts(QKeySequence::Back);
    back->setToolTip(tr("Return to the segment you were on before following a link"));
    back->setEnabled(false);
    connect(back, &QAction::triggered, m_reader, &ReaderView::goBack);
    connect(m_reader, &ReaderView::backAvailable, back, &QAction::setEnabled);
    m_ui->menuGo->addSeparator();
    m_ui->menuGo->addAction(back);
    connect(m_ui->actionNextSegment, &QAction::triggered, this, [this] { m_reader->moveSelection(1); });
    connect(m_ui->actionPreviousSegment, &QAction::triggered, this, [this] { m_reader->moveSelection(-1); });
    connect(m_ui->menuRecent, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_help = new HelpActions(this);
    // A name changed in Settings is recorded from the next edit on.
    connect(m_help, &HelpActions::settingsApplied, this, [this] { m_store->setAuthor(JournalAuthor::resolve()); });
    m_help->install(m_ui->menuHelp, m_ui->actionAbout, m_ui->menuEdit);
    m_exports = new ExportActions({[this] { return m_session->documentId() ? &m_session->report() : nullptr; },
                                      [this](qint64 id) { return m_session->store()->originalBytes(id); },
                                      [this] { return m_session->store()->coverFields(); },
                                      [this](const CoverDetails &details, QString *) {
                                          // An undo step like every edit; a refusal reaches the message bar.
                                          return EditCommands::setCoverFields(m_session, details);
                                      },
                                      [this] { return m_session->store()->author(); },
                                      [this](qint64 id) { return SeriesProgress::upTo(*m_session->store(), id); }},
        this);
    m_exports->install(m_ui->menuExport, m_ui->menuFile);
    m_exports->setMessageBar(m_messageBar);
    connect(m_exports, &ExportActions::errorOccurred, this, &MainWindow::showError);
}

void MainWindow::setUpKeyboard()
{
    // F6 / Shift+F6 and Alt+1 … reach every panel; the View menu lists them.
    m_panels = new PanelCycle(this);
    const auto dockOf = [](QWidget *panel) { return qobject_cast<QDockWidget *>(panel->parentWidget()); };
    const auto reveal = [dockOf](QWidget *panel) {
        return [dockOf, panel] {
            if (QDockWidget *dock = dockOf(panel)) {
                dock->show();
                dock->raise();
            }
        };
    };
    m_panels->addPanel(tr("Report"), m_reader, [this] { m_mainTabs->setCurrentWidget(m_readerPage); });
    m_library->setFocusProxy(m_library->view());
    m_panels->addPanel(tr("Library"), m_library, reveal(m_library));
    m_panels->addPanel(tr("Structure"), m_structure, reveal(m_structure));
    m_tags->setFocusProxy(m_tags->tagList());
    m_panels->addPanel(tr("Tags"), m_tags, reveal(m_tags));
    m_panels->addPanel(tr("Search"), m_search, [this, reveal] {
        reveal(m_search)();
        m_search->focusQuery();
    });
    // Where the keyboard lands in each annotation panel.
    const QList<std::pair<QString, QString>> annotationPanels {{u"noteEditor"_s, u"noteText"_s}};
    for (const auto &[name, target] : annotationPanels) {
        for (QDockWidget *dock : findChildren<QDockWidget *>()) {
            QWidget *panel = dock->widget();
            if (!panel || panel->objectName() != name)
                continue;
            if (auto *focusTarget = panel->findChild<QWidget *>(target))
                panel->setFocusProxy(focusTarget);
            m_panels->addPanel(dock->windowTitle(), panel, reveal(panel));
        }
    }
    if (auto *planTable = m_plan->findChild<QWidget *>(u"plan"_s))
        m_plan->setFocusProxy(planTable);
    m_panels->addPanel(tr("Action plan"), m_plan, [this] { m_mainTabs->setCurrentWidget(m_plan); });
    m_traceability->setFocusProxy(m_traceability->table());
    m_panels->addPanel(tr("Traceability"), m_traceability, [this] {
        if (m_traceabilityWindow) {
            m_traceabilityWindow->raise();
            m_traceabilityWindow->activateWindow();
        } else {
            m_mainTabs->setCurrentWidget(m_traceability);
        }
    });
    QMenu *goTo = m_ui->menuView->addMenu(tr("&Go to Panel"));
    goTo->setObjectName(u"menuGoToPanel"_s);
    goTo->addActions({m_panels->nextAction(), m_panels->previousAction()});
    goTo->addSeparator();
    goTo->addActions(m_panels->panelActions());
}

void MainWindow::setUpThemeMenu()
{
    m_themeGroup = new QActionGroup(this);
    m_themeGroup->setExclusive(true);
    m_ui->actionFollowSystemTheme->setCheckable(true);
    m_ui->actionFollowSystemTheme->setData(QString());
    m_themeGroup->addAction(m_ui->actionFollowSystemTheme);
    QList<KSyntaxHighlighting::Theme> themes = m_session->repository().themes();
    std::sort(themes.begin(), themes.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.translatedName(), b.translatedName()) < 0;
    });
    for (const KSyntaxHighlighting::Theme &theme : std::as_const(themes)) {
        QAction *action = m_ui->menuTheme->addAction(theme.translatedName());
        action->setCheckable(true);
        action->setData(theme.name());
        m_themeGroup->addAction(action);
    }
    connect(m_themeGroup, &QActionGroup::triggered, this,
        [this](QAction *action) { setThemeName(action->data().toString()); });
    setThemeName(QSettings().value(u"view/theme"_s).toString());
}

QString MainWindow::themeName() const
{
    return m_session->themeController()->themeName();
}

void MainWindow::setThemeName(const QString &name)
{
    ThemeController *themes = m_session->themeController();
    themes->setThemeName(name);
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == themes->themeName());
    QSettings().setValue(u"view/theme"_s, themes->themeName());
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Following the system: a desktop switch to dark (or back) switches the theme.
    if (event->type() == QEvent::ApplicationPaletteChange)
        m_session->themeController()->desktopPaletteChanged(QApplication::palette());
}

void MainWindow::showError(const QString &message)
{
    m_messageBar->showMessage(message, MessageBar::Type::Error);
}

bool MainWindow::openProject(const QString &path)
{
    if (isImporting()) {
        showError(tr("Wait for the import to finish (or cancel it) before switching project."));
        return false;
    }
    const ProjectOpener::Result result = m_projects->open(path);
    if (!result.opened) {
        showError(tr("Cannot open project %1: %2").arg(QDir::toNativeSeparators(path), result.error));
        return false;
    }
    if (result.readOnly) {
        m_readOnlyBanner->showMessage(tr("%1 is read-only: you can read, search and export it, but not change it.")
                                          .arg(QDir::toNativeSeparators(path)),
            MessageBar::Type::Warning);
    } else {
        m_readOnlyBanner->hide();
    }
    updateTitle();
    // A damaged project opens read-only: say so and offer a repaired copy.
    if (auto *notice = m_messageBar->findChild<DamagedProjectNotice *>())
        notice->check();
    Q_EMIT projectOpened(path);
    return true;
}

QString MainWindow::lastProjectPath()
{
    return ProjectOpener::lastProject();
}

void MainWindow::openFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        showError(tr("%1: no such file").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (ProjectOpener::isProjectFile(path)) {
        openProject(info.absoluteFilePath());
        return;
    }
    startImport(info.absoluteFilePath());
}

bool MainWindow::isImporting() const
{
    return m_importRunner->isRunning();
}

void MainWindow::cancelImport()
{
    m_importRunner->cancel();
    m_ui->importLabel->setText(tr("Cancelling…"));
}

void MainWindow::startImport(const QString &path)
{
    m_importRunner->start(path);
}

void MainWindow::finishImport(const ImportRunner::Outcome &outcome)
{
    m_ui->importRow->hide();
    switch (outcome.result) {
    case ImportRunner::Result::Failed:
        showError(outcome.message);
        break;
    case ImportRunner::Result::Cancelled:
    case ImportRunner::Result::AlreadyPresent:
        m_messageBar->showMessage(outcome.message, MessageBar::Type::Information);
        break;
    case ImportRunner::Result::PartlyPlaced:
        m_messageBar->showMessage(outcome.message, MessageBar::Type::Warning);
        break;
    case ImportRunner::Result::Imported:
        if (!outcome.message.isEmpty()) {
            m_messageBar->showMessage(outcome.message, MessageBar::Type::Warning);
            break;
        }
        // Two counts, so two %n phrases in one sentence.
        statusBar()->showMessage(
            tr("Imported %1: %2, %3")
                .arg(QFileInfo(outcome.path).fileName(), tr("%n findings", nullptr, int(outcome.findings)),
                    tr("%n priorities", nullptr, int(outcome.priorities))),
            5000);
        break;
    }
    if (outcome.documentId != 0) {
        ProjectOpener::rememberRecent(outcome.path);
        m_session->setDocument(outcome.documentId);
    }
    Q_EMIT importFinished(outcome.documentId);
}

void MainWindow::showSegment(qint64 documentId, const QString &segmentId)
{
    if (documentId != 0 && documentId != m_session->documentId())
        m_session->setDocument(documentId);
    if (segmentId.isEmpty())
        return;
    m_reader->showSegment(segmentId);
    m_session->setSelectedSegments({segmentId}, segmentId);
}

void MainWindow::chooseReport()
{
    const QString dir = QSettings().value(u"paths/lastOpenDir"_s).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Report"), dir,
        tr("Reports and projects (*.txt *.text *.htm *.html *.xhtml *.pdf *.scrutiny);;Text (*.txt *.text);;"
           "Web pages (*.htm *.html *.xhtml);;PDF (*.pdf);;Scrutiny projects (*.scrutiny);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(u"paths/lastOpenDir"_s, QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"),
        QFileInfo(m_store->path()).absolutePath(), tr("Scrutiny projects (*.scrutiny);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::createProject()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Project"), QFileInfo(m_store->path()).absolutePath(), tr("Scrutiny projects (*.scrutiny)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".scrutiny"_s))
        path += u".scrutiny"_s;
    if (QFileInfo::exists(path) && path != m_store->path()) {
        // The save dialog asked before replacing; keep the old file aside, not deleted.
        const QString aside = path + u".bak"_s;
        QFile::remove(aside);
        if (!QFile::rename(path, aside)) {
            showError(tr("Cannot replace %1.").arg(QDir::toNativeSeparators(path)));
            return;
        }
    }
    openProject(path);
}

void MainWindow::fillRecentMenu()
{
    m_ui->menuRecent->clear();
    const QStringList recent = ProjectOpener::recentFiles();
    int n = 0;
    for (const QString &path : recent) {
        const QString label
            = n < 9 ? u"&%1 %2"_s.arg(n + 1).arg(QFileInfo(path).fileName()) : QFileInfo(path).fileName();
        QAction *action = m_ui->menuRecent->addAction(label, this, [this, path] { openFile(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        ++n;
    }
    if (recent.isEmpty()) {
        m_ui->menuRecent->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_ui->menuRecent->addSeparator();
    m_ui->menuRecent->addAction(tr("&Clear List"), this, [] { ProjectOpener::clearRecent(); });
}

void MainWindow::updateUndoActions()
{
    const bool open = m_store->isOpen();
    m_ui->actionUndo->setEnabled(open && m_session->canUndo());
    m_ui->actionRedo->setEnabled(open && m_session->canRedo());
    m_ui->actionUndo->setText(open && m_session->canUndo() ? tr("&Undo %1").arg(m_session->undoText()) : tr("&Undo"));
    m_ui->actionRedo->setText(open && m_session->canRedo() ? tr("&Redo %1").arg(m_session->redoText()) : tr("&Redo"));
}

void MainWindow::updateTitle()
{
    const QString project = QFileInfo(m_store->path()).completeBaseName();
    QString title = m_session->report().report.title;
    if (title.isEmpty())
        title = m_session->report().fileName;
    setWindowTitle(title.isEmpty() ? tr("%1 — Scrutiny").arg(project) : tr("%1 — %2 — Scrutiny").arg(title, project));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1280, 820);
    if (restoreState(settings.value(u"window/state"_s).toByteArray()))
        return;
    // A first start: the side panels share the 40% SideDockLimit leaves them, the
    // right (search, notes) a little more than the left, once the window has its size.
    QTimer::singleShot(0, this, [this] {
        QList<QDockWidget *> docks;
        QList<int> widths;
        const int sides = width() * 2 / 5 - 12;
        for (QDockWidget *dock : findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
            if (dock->isFloating() || dock->isHidden() || !dock->isVisible())
                continue;
            const Qt::DockWidgetArea area = dockWidgetArea(dock);
            if (area == Qt::LeftDockWidgetArea)
                widths.append(sides * 45 / 100);
            else if (area == Qt::RightDockWidgetArea)
                widths.append(sides * 55 / 100);
            else
                continue;
            docks.append(dock);
        }
        if (!docks.isEmpty())
            resizeDocks(docks, widths, Qt::Horizontal);
    });
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    cancelImport();
    m_importRunner->wait();
    saveLayout();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.begin(), urls.end(), [](const QUrl &url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            openFile(url.toLocalFile());
    event->acceptProposedAction();
}

} // namespace Scrutiny
