// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>
#include <memory>

using namespace Scrutiny::Cli;

namespace {
QString usage()
{
    QString text = QStringLiteral(
        "Usage: scrutiny-cli COMMAND [ARGS...]\n"
        "Import, clean, segment, annotate and export inspection reports.\n\n"
        "Commands:\n");
    QList<CliCommand> commands = CliCommand::all();
    std::sort(commands.begin(), commands.end(), [](const CliCommand &a, const CliCommand &b) { return a.name < b.name; });
    for (const CliCommand &c : commands)
        text += QStringLiteral("  %1\n      %2\n").arg(c.synopsis, c.summary);
    text += QStringLiteral(
        "\nOptions:\n"
        "  -h, --help     Show this help\n"
        "  -v, --version  Show the version\n"
        "  --author NAME  (before the command) name recorded in the journal; default\n"
        "                 $SCRUTINY_AUTHOR, else your full name\n"
        "  --session ID   (before the command) session recorded in the journal, and whose\n"
        "                 steps undo and redo take; default $SCRUTINY_SESSION, else a new one\n\n"
        "A FILE of - reads standard input.\n");
    return text;
}
} // namespace

int main(int argc, char *argv[])
{
    // Exports lay text out (fonts, QPdfWriter): they need a QGuiApplication,
    // offscreen unless the caller chose a platform. Other commands stay Core-only.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && qstrcmp(argv[1], "export") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("Scrutiny"));
    QCoreApplication::setOrganizationName(QStringLiteral("Scrutiny"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCRUTINY_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    // Global options before the command, for every project command it runs:
    // `scrutiny-cli --author "Jane Smith" tag 1:F3 leadership`.
    const QList<std::pair<QString, const char *>> globals {
        {QStringLiteral("--author"), "SCRUTINY_AUTHOR"}, {QStringLiteral("--session"), "SCRUTINY_SESSION"}};
    for (bool more = true; more && !args.isEmpty();) {
        more = false;
        for (const auto &[option, variable] : globals) {
            QString value;
            if (args.constFirst() == option) {
                if (args.size() < 2 || args.at(1).trimmed().isEmpty())
                    return fail(QCoreApplication::translate("Scrutiny::Cli", "%1 needs a value").arg(option), 2);
                args.removeFirst();
                value = args.takeFirst();
            } else if (args.constFirst().startsWith(option + QLatin1Char('='))) {
                value = args.takeFirst().mid(option.size() + 1);
            } else {
                continue;
            }
            qputenv(variable, value.toUtf8());
            more = true;
        }
    }
    if (args.isEmpty())
        return fail(QStringLiteral("no command given; see scrutiny-cli --help"), 2);
    const QString first = args.takeFirst();
    if (first == QLatin1StringView("-h") || first == QLatin1StringView("--help") || first == QLatin1StringView("help")) {
        out(usage());
        return 0;
    }
    if (first == QLatin1StringView("-v") || first == QLatin1StringView("--version")) {
        out(QStringLiteral("scrutiny-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    for (const CliCommand &c : CliCommand::all()) {
        if (c.name == first)
            return c.run(args);
    }
    return fail(QStringLiteral("unknown command \"%1\"; see scrutiny-cli --help").arg(first), 2);
}
