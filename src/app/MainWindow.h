// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace Scrutiny {

/// The main window: the reader and, around it, the panels of the desktop app.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a report or a project; problems are shown, never thrown.
    void openFile(const QString &path);

private:
    void chooseFile();

    std::unique_ptr<Ui::MainWindow> m_ui;
};

} // namespace Scrutiny
