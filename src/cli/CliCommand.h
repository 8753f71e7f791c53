// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace Scrutiny::Cli {

/// One `scrutiny-cli NAME ...` subcommand. Each command's source file registers
/// itself with a static CliCommand::Registration, so adding a command touches
/// only its own file (and the CMake source list).
struct CliCommand
{
    QString name;
    QString synopsis; ///< "parse [--format json|text] FILE|-" (syntax: not translated)
    /// One line for --help, in English, marked with QT_TRANSLATE_NOOP("CliCommand", ...):
    /// commands register before any translation is loaded, so summaryText() translates it.
    const char *summary = nullptr;
    /// Runs with the arguments after the command name; returns the exit code.
    std::function<int(const QStringList &args)> run;

    struct Registration
    {
        explicit Registration(CliCommand command);
    };
    /// summary in the language the CLI speaks.
    QString summaryText() const;
    static const QList<CliCommand> &all();
    /// The command called `name`, or nullptr.
    static const CliCommand *find(const QString &name);
};

/// Options given before the command (`scrutiny-cli --project P list`); a
/// command's own --project or --busy-timeout wins over these.
struct GlobalOptions
{
    QString project;
    QString busyTimeout;
};
GlobalOptions &globalOptions();

/// "  NAME  DESCRIPTION" rows with the descriptions in one column; a
/// description's further lines (a translation may wrap it) stay in that column.
QString helpTable(const QList<std::pair<QString, QString>> &rows);

/// The text `scrutiny-cli COMMAND --help` and `scrutiny-cli help COMMAND` print:
/// usage, summary, the command's options, then `notes` (e.g. a list of formats).
QString commandHelp(const QString &commandName, const QList<QCommandLineOption> &options, const QString &notes = {});

/// Prints "scrutiny-cli: MESSAGE" on stderr and returns `code`, for one-line errors.
int fail(const QString &message, int code = 1);
/// Writes text to stdout as UTF-8.
void out(const QString &text);
/// Writes bytes already in UTF-8 to stdout: a large JSON document is not copied twice more.
void out(const QByteArray &utf8);

} // namespace Scrutiny::Cli
