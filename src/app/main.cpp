// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/MainWindow.h"
#include "reader/ReaderView.h"
#include "session/ReportSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QIcon>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Scrutiny"_s);
    QApplication::setOrganizationName(u"Scrutiny"_s);
    QApplication::setApplicationVersion(QStringLiteral(SCRUTINY_VERSION));
    QApplication::setDesktopFileName(u"org.scrutiny.Scrutiny"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Read, tag and cross-link inspection reports"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"file"_s, u"A report (text, HTML, PDF) or a .scrutiny project to open"_s);
    const QCommandLineOption project(u"project"_s, u"Use this project file instead of the last one"_s, u"path"_s);
    const QCommandLineOption theme(u"theme"_s, u"Colour theme (a KSyntaxHighlighting theme name)"_s, u"name"_s);
    // For tools/screenshots: show a panel and a segment, save a picture of the window, then quit.
    const QCommandLineOption screenshot(u"screenshot"_s, u"Save a PNG of the main window and quit"_s, u"png"_s);
    const QCommandLineOption panel(u"raise"_s, u"Raise the dock with this title"_s, u"title"_s);
    const QCommandLineOption select(u"select"_s, u"Select and show this segment"_s, u"id"_s);
    // For bench_gui: the time from process start to a window on screen (with the file shown).
    const QCommandLineOption quitWhenShown(u"quit-when-shown"_s, u"Quit once the window (and the file) is shown"_s);
    parser.addOptions({project, theme, screenshot, panel, select, quitWhenShown});
    parser.process(app);

    std::unique_ptr<Scrutiny::MainWindow> window = parser.isSet(project)
        ? std::make_unique<Scrutiny::MainWindow>(parser.value(project))
        : std::make_unique<Scrutiny::MainWindow>();
    if (parser.isSet(theme))
        window->setThemeName(parser.value(theme));
    window->show();
    const auto afterOpen = [&] {
        if (parser.isSet(panel)) {
            for (QDockWidget *dock : window->findChildren<QDockWidget *>())
                if (dock->windowTitle() == parser.value(panel)) {
                    dock->show();
                    dock->raise();
                }
        }
        if (parser.isSet(select))
            window->showSegment(0, parser.value(select));
        if (parser.isSet(quitWhenShown)) {
            window->repaint();
            QMetaObject::invokeMethod(qApp, &QApplication::quit, Qt::QueuedConnection);
        }
        if (parser.isSet(screenshot)) {
            const QString png = parser.value(screenshot);
            QTimer::singleShot(700, window.get(), [&window, png] {
                if (!window->grab().save(png))
                    qWarning("could not write %s", qPrintable(png));
                QApplication::quit();
            });
        }
    };
    if (!parser.positionalArguments().isEmpty()) {
        QObject::connect(
            window.get(), &Scrutiny::MainWindow::importFinished, window.get(), afterOpen, Qt::SingleShotConnection);
        window->openFile(parser.positionalArguments().constFirst());
        if (!window->isImporting())
            afterOpen();
    } else {
        afterOpen();
    }
    return app.exec();
}
