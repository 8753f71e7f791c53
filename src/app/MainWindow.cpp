// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>

namespace Scrutiny {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_ui->actionOpen->setShortcut(QKeySequence::Open);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseFile);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
}

MainWindow::~MainWindow() = default;

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Report"), QString(),
                                                      tr("Reports (*.txt *.htm *.html *.pdf);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        statusBar()->showMessage(tr("Cannot open %1: %2").arg(path, file.errorString()));
        return;
    }
    m_ui->reader->setPlainText(QString::fromUtf8(file.readAll()));
    setWindowTitle(tr("%1 — Scrutiny").arg(QFileInfo(path).fileName()));
}

} // namespace Scrutiny
