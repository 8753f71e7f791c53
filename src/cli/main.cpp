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
        "Usage: scrutiny-cli [GLOBAL OPTIONS] COMMAND [OPTIONS] [ARGS...]\n"
        "Import, clean, segment, annotate and export inspection reports.\n\n"
        "Commands:\n");
    QList<CliCommand> commands = CliCommand::all();
    std::sort(commands.begin(), commands.end(), [](const CliCommand &a, const CliCommand &b) { return a.name < b.name; });
    for (const CliCommand &c : commands)
        text += QStringLiteral("  %1\n      %2\n").arg(c.synopsis, c.summary);
    text += QStringLiteral(
        "  help [COMMAND]\n      Show this help, or a command's options\n\n"
        "Global options (before the command, or among its options):\n"
        "  --project PATH, --db PATH  The project (otherwise $SCRUTINY_PROJECT, otherwise the\n"
        "                             default project, the one the Scrutiny window uses)\n"
        "  --busy-timeout MS          Milliseconds to wait for another program's write\n"
        "  -h, --help                 Show this help\n"
        "  -v, -V, --version          Show the version\n"
        "  --author NAME              Name recorded in the journal; default $SCRUTINY_AUTHOR,\n"
        "                             else your full name\n"
        "  --session ID               Session recorded in the journal, and whose steps undo\n"
        "                             and redo take; default $SCRUTINY_SESSION, else a new one\n\n"
        "A FILE of - reads standard input. `scrutiny-cli help COMMAND` shows a command's options.\n");
    return text;
}

/// Options before the command: --project/--db PATH, --busy-timeout MS, help and
/// version. Returns the index of the command, or -1 with *exitCode set.
qsizetype takeGlobalOptions(const QStringList &args, int *exitCode)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(u'-') || a == QLatin1StringView("-"))
            return i;
        if (a == QLatin1StringView("-h") || a == QLatin1StringView("--help")) {
            out(usage());
            *exitCode = 0;
            return -1;
        }
        if (a == QLatin1StringView("-v") || a == QLatin1StringView("-V") || a == QLatin1StringView("--version")) {
            out(QStringLiteral("scrutiny-cli %1\n").arg(QCoreApplication::applicationVersion()));
            *exitCode = 0;
            return -1;
        }
        const qsizetype equals = a.indexOf(u'=');
        const QString name = equals < 0 ? a : a.left(equals);
        // --author and --session reach every project command through the
        // variables ProjectCommandLine reads.
        const char *variable = name == QLatin1StringView("--author") ? "SCRUTINY_AUTHOR"
            : name == QLatin1StringView("--session")                 ? "SCRUTINY_SESSION"
                                                                     : nullptr;
        QString variableValue;
        QString *target = variable ? &variableValue : nullptr;
        if (name == QLatin1StringView("--project") || name == QLatin1StringView("--db"))
            target = &globalOptions().project;
        else if (name == QLatin1StringView("--busy-timeout"))
            target = &globalOptions().busyTimeout;
        if (!target) {
            *exitCode = fail(QStringLiteral("unknown option %1; see scrutiny-cli --help").arg(a), 2);
            return -1;
        }
        if (equals >= 0) {
            *target = a.mid(equals + 1);
        } else if (i + 1 < args.size()) {
            *target = args.at(++i);
        } else {
            *exitCode = fail(QStringLiteral("%1 needs a value; see scrutiny-cli --help").arg(a), 2);
            return -1;
        }
        if (variable) {
            if (target->trimmed().isEmpty()) {
                *exitCode = fail(QCoreApplication::translate("Scrutiny::Cli", "%1 needs a value").arg(name), 2);
                return -1;
            }
            qputenv(variable, target->toUtf8());
        }
    }
    *exitCode = fail(QStringLiteral("no command given; see scrutiny-cli --help"), 2);
    return -1;
}

/// Exports lay text out (fonts, QPdfWriter): they need a QGuiApplication.
bool needsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "export") == 0)
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    // Offscreen unless the caller chose a platform; other commands stay Core-only.
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("Scrutiny"));
    QCoreApplication::setOrganizationName(QStringLiteral("Scrutiny"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCRUTINY_VERSION));

    const QStringList args = QCoreApplication::arguments().mid(1);
    int exitCode = 0;
    const qsizetype at = takeGlobalOptions(args, &exitCode);
    if (at < 0)
        return exitCode;
    const QString name = args.at(at);
    QStringList rest = args.mid(at + 1);
    if (name == QLatin1StringView("help")) {
        if (rest.isEmpty()) {
            out(usage());
            return 0;
        }
        const CliCommand *command = CliCommand::find(rest.constFirst());
        if (!command)
            return fail(QStringLiteral("unknown command \"%1\"; see scrutiny-cli --help").arg(rest.constFirst()), 2);
        return command->run({QStringLiteral("--help")});
    }
    if (const CliCommand *command = CliCommand::find(name))
        return command->run(rest);
    return fail(QStringLiteral("unknown command \"%1\"; see scrutiny-cli --help").arg(name), 2);
}
