// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/ImportRunner.h"

#include <QMainWindow>
#include <QPalette>

#include <memory>

namespace Ui {
class MainWindow;
}
class QDockWidget;
class QActionGroup;
class QTabWidget;
class QVBoxLayout;

namespace Scrutiny {

class ExportActions;
class HelpActions;
class LibraryPanel;
class MessageBar;
class PanelCycle;
class TagsPanel;
class TraceabilityView;
class WelcomePage;
class ProjectStore;
class ReaderView;
class ProjectOpener;
class ReportSession;
class SearchPanel;
class StructurePanel;

/// The main window: the reader in the middle, a message bar above it, and the
/// library, structure, search and annotation panels docked around it. Owns the
/// project store and the session every panel shares.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Opens the project used last (or the default project).
    explicit MainWindow(QWidget *parent = nullptr);
    /// Opens this project file (created when missing).
    explicit MainWindow(const QString &projectPath, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// A report (text, web page, PDF: imported off the UI thread) or a .scrutiny
    /// project. Problems are shown in the message bar, never thrown.
    void openFile(const QString &path);
    /// Closes the current project and opens (or creates) this one; on failure the
    /// current project stays open.
    bool openProject(const QString &path);
    /// The project the window opened last (settings), or "" before the first.
    static QString lastProjectPath();
    bool isImporting() const;
    void cancelImport();

    /// Switches report if needed, scrolls the reader to the segment and selects it.
    void showSegment(qint64 documentId, const QString &segmentId);
    /// "" follows the system palette; otherwise a KSyntaxHighlighting theme name.
    void setThemeName(const QString &name);
    QString themeName() const;

    /// Docks a panel (e.g. the traceability matrix) and lists it under View > Panels.
    QDockWidget *addPanel(QWidget *panel, const QString &title, Qt::DockWidgetArea area);

    ReportSession *session() const;
    ProjectStore *store() const;
    ReaderView *reader() const;
    MessageBar *messageBar() const;
    LibraryPanel *libraryPanel() const;
    StructurePanel *structurePanel() const;
    SearchPanel *searchPanel() const;
    TagsPanel *tagsPanel() const;
    TraceabilityView *traceabilityView() const;
    ExportActions *exportActions() const;
    PanelCycle *panelCycle() const;
    WelcomePage *welcomePage() const;
    /// The report and the traceability matrix share the main area as tabs.
    QTabWidget *mainTabs() const;
    /// Moves the matrix into a window of its own (true) or back into its tab.
    void setTraceabilityDetached(bool detached);
    bool isTraceabilityDetached() const;
    HelpActions *helpActions() const { return m_help; }

Q_SIGNALS:
    /// An import ended; documentId is 0 when it failed or was cancelled.
    void importFinished(qint64 documentId);
    /// A project was opened (at start or by the user); path as given to openProject().
    void projectOpened(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showSegmentInReader(const QString &segmentId);
    void setUpAnnotation();
    void editSegment();
    void manageTags();
    void setUpActions();
    void setUpPanels();
    void setUpThemeMenu();
    void startImport(const QString &path);
    void finishImport(const ImportRunner::Outcome &outcome);
    void chooseReport();
    void chooseProject();
    void createProject();
    void fillRecentMenu();
    void updateUndoActions();
    void updateTitle();
    void showError(const QString &message);
    void restoreLayout();
    void saveLayout();
    void setUpKeyboard();
    void updateWelcome();
    void openSample();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ProjectStore *m_store;
    ReportSession *m_session;
    ReaderView *m_reader;
    MessageBar *m_messageBar;
    MessageBar *m_readOnlyBanner;
    HelpActions *m_help = nullptr;
    LibraryPanel *m_library;
    StructurePanel *m_structure;
    SearchPanel *m_search;
    TagsPanel *m_tags = nullptr;
    TraceabilityView *m_traceability = nullptr;
    QWidget *m_traceabilityWindow = nullptr; ///< the matrix's own window while detached
    QTabWidget *m_mainTabs;
    QWidget *m_readerPage;
    QVBoxLayout *m_readerLayout;
    WelcomePage *m_welcome;
    ExportActions *m_exports = nullptr;
    PanelCycle *m_panels = nullptr;
    QActionGroup *m_themeGroup = nullptr;

    ImportRunner *m_importRunner;
    ProjectOpener *m_projects;
};

} // namespace Scrutiny
