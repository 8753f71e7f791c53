// SPDX-License-Identifier: GPL-3.0-or-later
#include "application/AppCommandLine.h"
#include "application/InstanceChannel.h"
#include "help/HelpActions.h"
#include "mainwindow/ExportActions.h"
#include "mainwindow/MainWindow.h"
#include "reader/ReaderView.h"
#include "session/JournalAuthor.h"
#include "session/ReportSession.h"
#include "store/ProjectStore.h"
#include "translation/Translation.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QIcon>
#include <QProcess>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
void setIdentity()
{
    QCoreApplication::setApplicationName(u"Scrutiny"_s);
    QCoreApplication::setOrganizationName(u"Scrutiny"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SCRUTINY_VERSION));
}

/// The hidden options of tools/screenshots, bench_gui and tools/package-test,
/// run once the files named on the command line are in.
void afterOpen(Scrutiny::MainWindow *window, const Scrutiny::AppCommandLine &options)
{
    if (options.isSet(u"raise"_s)) {
        for (QDockWidget *dock : window->findChildren<QDockWidget *>())
            if (dock->windowTitle() == options.value(u"raise"_s)) {
                dock->show();
                dock->raise();
            }
    }
    if (options.isSet(u"select"_s))
        window->showSegment(0, options.value(u"select"_s));
    if (options.isSet(u"quit-when-shown"_s)) {
        window->repaint();
        QMetaObject::invokeMethod(qApp, &QApplication::quit, Qt::QueuedConnection);
    }
    if (options.isSet(u"screenshot"_s)) {
        const QString png = options.value(u"screenshot"_s);
        QTimer::singleShot(700, window, [window, png] {
            if (!window->grab().save(png))
                qWarning("could not write %s", qPrintable(png));
            QApplication::quit();
        });
    }
    if (options.isSet(u"export-pdf"_s)) {
        // Through File > Export, as a user would, with the file dialog answered.
        auto *exports = window->findChild<Scrutiny::ExportActions *>();
        const QString pdf = QFileInfo(options.value(u"export-pdf"_s)).absoluteFilePath();
        if (!exports) {
            qWarning("no File > Export in this window");
            QCoreApplication::exit(1);
            return;
        }
        exports->setFileChooser([pdf](const QString &, const QString &, const QString &) { return pdf; });
        // The cover dialog is answered with the project's saved cover, as OK would.
        exports->setCoverAsker(
            [](const Scrutiny::CoverDetails &current) { return std::optional<Scrutiny::CoverDetails>(current); });
        exports->updateEnabled();
        // The export runs off the UI thread: quit when it has ended.
        QObject::connect(exports, &Scrutiny::ExportActions::finished, qApp, [pdf](const QString &path) {
            QCoreApplication::exit(!path.isEmpty() && QFileInfo(pdf).size() > 0 ? 0 : 1);
        });
        QMetaObject::invokeMethod(
            qApp,
            [exports] {
                exports->pdfAction()->trigger();
                if (!exports->isExporting())
                    QCoreApplication::exit(1);
            },
            Qt::QueuedConnection);
    }
}
} // namespace

int main(int argc, char *argv[])
{
    int exitCode = 0;
    // Help, the version and usage errors are text: they need no display, so no QApplication.
    if (Scrutiny::AppCommandLine::answersWithoutDisplay(argc, argv)) {
        QCoreApplication core(argc, argv);
        setIdentity();
        Scrutiny::Translation::install(
            Scrutiny::Translation::resolve(Scrutiny::AppCommandLine::languageIn(argc, argv)));
        Scrutiny::AppCommandLine options;
        options.parse(QCoreApplication::arguments(), &exitCode);
        return exitCode;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setDesktopFileName(u"org.scrutiny.Scrutiny"_s);
    QApplication::setWindowIcon(QIcon::fromTheme(u"org.scrutiny.Scrutiny"_s, QIcon(u":/icons/scrutiny.svg"_s)));
    Scrutiny::Translation::install(Scrutiny::Translation::resolve(Scrutiny::AppCommandLine::languageIn(argc, argv)));
    Scrutiny::AppCommandLine options;
    if (!options.parse(QApplication::arguments(), &exitCode))
        return exitCode;

    if (options.isSet(u"author"_s))
        Scrutiny::JournalAuthor::setForThisRun(options.value(u"author"_s));
    const QString project = options.project(Scrutiny::MainWindow::lastProjectPath());
    const QStringList reports = options.reports();
    // A window already open on this project takes the files; this launch ends.
    if (!options.isScripted() && Scrutiny::InstanceChannel::handOver(project, reports))
        return 0;

    auto window = std::make_unique<Scrutiny::MainWindow>(project);
    if (options.isSet(u"theme"_s))
        window->setThemeName(options.value(u"theme"_s));
    Scrutiny::InstanceChannel channel;
    if (!options.isScripted()) {
        channel.listen(window->store()->path());
        QObject::connect(window.get(), &Scrutiny::MainWindow::projectOpened, &channel,
            [&channel](const QString &path) { channel.listen(path); });
        QObject::connect(
            &channel, &Scrutiny::InstanceChannel::filesReceived, window.get(), [&window](const QStringList &files) {
                for (const QString &file : files)
                    window->openFile(file);
                window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
                window->raise();
                window->activateWindow();
            });
    }
    // Settings changed the language and the user asked to see it now.
    QObject::connect(
        window->helpActions(), &Scrutiny::HelpActions::restartRequested, window.get(), [&window, &channel] {
            const QString open = window->store()->path();
            if (!window->close())
                return;
            channel.stop();
            QProcess::startDetached(QCoreApplication::applicationFilePath(), {u"--project"_s, open});
        });
    window->show();

    Scrutiny::MainWindow *shown = window.get();
    // Imports run one after another; the hidden options act once the last is in.
    // A file that does not exist is refused at once (message bar) and starts none.
    auto remaining = std::make_shared<qsizetype>(0);
    for (const QString &report : reports)
        *remaining += QFileInfo::exists(report) ? 1 : 0;
    if (*remaining > 0) {
        QObject::connect(shown, &Scrutiny::MainWindow::importFinished, shown, [shown, &options, remaining] {
            if (--*remaining == 0)
                afterOpen(shown, options);
        });
    }
    for (const QString &report : reports)
        window->openFile(report);
    if (*remaining == 0)
        afterOpen(shown, options);
    return app.exec();
}
