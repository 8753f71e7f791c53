// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Scrutiny"));
    QApplication::setOrganizationName(QStringLiteral("Scrutiny"));
    QApplication::setApplicationVersion(QStringLiteral(SCRUTINY_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/scrutiny.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Read, tag and cross-link inspection reports"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A report (text, HTML, PDF) or a .scrutiny project to open"));
    // For tools/screenshots: save a picture of the window once the file is shown, then quit.
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save a PNG of the main window and quit"),
                                  QStringLiteral("png"));
    parser.addOption(screenshot);
    parser.process(app);

    Scrutiny::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    if (parser.isSet(screenshot)) {
        const QString png = parser.value(screenshot);
        QTimer::singleShot(1500, &window, [&window, png] {
            if (!window.grab().save(png))
                qWarning("could not write %s", qPrintable(png));
            QApplication::quit();
        });
    }
    return app.exec();
}
