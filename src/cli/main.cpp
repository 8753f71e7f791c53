// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"

#include "translation/Translation.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Scrutiny;
using namespace Scrutiny::Cli;
using namespace Qt::StringLiterals;

namespace {
QString usage()
{
    QString text = QCoreApplication::translate(
                       "Scrutiny::Cli", "Usage: scrutiny-cli [GLOBAL OPTIONS] COMMAND [OPTIONS] [ARGS...]")
        + u'\n'
        + QCoreApplication::translate(
            "Scrutiny::Cli", "Import, clean, segment, annotate and export inspection reports.")
        + u"\n\n"_s + QCoreApplication::translate("Scrutiny::Cli", "Commands:") + u'\n';
    QList<CliCommand> commands = CliCommand::all();
    std::sort(
        commands.begin(), commands.end(), [](const CliCommand &a, const CliCommand &b) { return a.name < b.name; });
    for (const CliCommand &c : commands)
        text += QStringLiteral("  %1\n      %2\n").arg(c.synopsis, c.summaryText());
    text += QStringLiteral("  help [COMMAND]\n      %1\n\n")
                .arg(QCoreApplication::translate("Scrutiny::Cli", "Show this help, or a command's options"));
    text += QCoreApplication::translate("Scrutiny::Cli", "Global options (before the command, or among its options):")
        + u'\n';
    text += helpTable({
        {u"--project PATH, --db PATH"_s,
            QCoreApplication::translate("Scrutiny::Cli",
                "The project (otherwise $SCRUTINY_PROJECT, otherwise the\n"
                "default project, the one the Scrutiny window uses)")},
        {u"--busy-timeout MS"_s,
            QCoreApplication::translate("Scrutiny::Cli", "Milliseconds to wait for another program's write")},
        {u"-h, --help"_s, QCoreApplication::translate("Scrutiny::Cli", "Show this help")},
        {u"-v, -V, --version"_s, QCoreApplication::translate("Scrutiny::Cli", "Show the version")},
        {u"--author NAME"_s,
            QCoreApplication::translate("Scrutiny::Cli",
                "Name recorded in the journal; default $SCRUTINY_AUTHOR,\n"
                "else your full name")},
        {u"--session ID"_s,
            QCoreApplication::translate("Scrutiny::Cli",
                "Session recorded in the journal, and whose steps undo\n"
                "and redo take; default $SCRUTINY_SESSION, else a new one")},
        {u"--language CODE"_s,
            QCoreApplication::translate("Scrutiny::Cli",
                "Language of the messages and help, and of exports: en or\n"
                "cy (Cymraeg); default the system's (LANGUAGE, LC_ALL,\n"
                "LC_MESSAGES, LANG), else en. Only before the command")},
    });
    text += u'\n'
        + QCoreApplication::translate(
            "Scrutiny::Cli", "A FILE of - reads standard input. `scrutiny-cli help COMMAND` shows a command's options.")
        + u'\n';
    return text;
}

/// The global options that take a value (as the next argument or after "=").
bool takesValue(const QString &name)
{
    for (const char *option : {"--project", "--db", "--busy-timeout", "--author", "--session", "--language"}) {
        if (name == QLatin1StringView(option))
            return true;
    }
    return false;
}

/// The value of --language among the options before the command; nullopt when not given.
std::optional<QString> languageOption(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(u'-') || a == QLatin1StringView("-"))
            break;
        if (a.startsWith(QLatin1StringView("--language=")))
            return a.mid(a.indexOf(u'=') + 1);
        if (a == QLatin1StringView("--language"))
            return i + 1 < args.size() ? args.at(i + 1) : QString();
        if (takesValue(a))
            ++i;
    }
    return std::nullopt;
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
        QString language; // installed by main() before anything is printed
        QString *target = variable ? &variableValue : nullptr;
        if (name == QLatin1StringView("--language"))
            target = &language;
        else if (name == QLatin1StringView("--project") || name == QLatin1StringView("--db"))
            target = &globalOptions().project;
        else if (name == QLatin1StringView("--busy-timeout"))
            target = &globalOptions().busyTimeout;
        if (!target) {
            *exitCode = fail(
                QCoreApplication::translate("Scrutiny::Cli", "unknown option %1; see scrutiny-cli --help").arg(a), 2);
            return -1;
        }
        if (equals >= 0) {
            *target = a.mid(equals + 1);
        } else if (i + 1 < args.size()) {
            *target = args.at(++i);
        } else {
            *exitCode = fail(
                QCoreApplication::translate("Scrutiny::Cli", "%1 needs a value; see scrutiny-cli --help").arg(a), 2);
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
    *exitCode = fail(QCoreApplication::translate("Scrutiny::Cli", "no command given; see scrutiny-cli --help"), 2);
    return -1;
}

QString unknownCommand(const QString &name)
{
    return QCoreApplication::translate("Scrutiny::Cli", "unknown command \"%1\"; see scrutiny-cli --help").arg(name);
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
    // The messages' language: --language before the command, else the system's
    // (not the window's Settings choice: a script's output should not change
    // when someone picks another language in the window).
    const std::optional<QString> requested = languageOption(args);
    const bool known = requested && Translation::isAvailable(*requested);
    Translation::install(known ? *requested : Translation::systemLanguage());
    if (requested && !known)
        return fail(QCoreApplication::translate("Scrutiny::Cli", "unknown language \"%1\"; use one of: %2")
                        .arg(*requested, Translation::codes().join(u", ")),
            2);
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
            return fail(unknownCommand(rest.constFirst()), 2);
        return command->run({QStringLiteral("--help")});
    }
    if (const CliCommand *command = CliCommand::find(name))
        return command->run(rest);
    return fail(unknownCommand(name), 2);
}
