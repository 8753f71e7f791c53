// SPDX-License-Identifier: GPL-3.0-or-later
// scrutiny-cli undo / redo / journal.
#include "CliCommand.h"
#include "ProjectCommandLine.h"

namespace Scrutiny::Cli {

namespace {

int undoOrRedo(const QStringList &args, bool undo)
{
    ProjectCommandLine commandLine(
        undo ? QStringLiteral("undo") : QStringLiteral("redo"), {}, 0, 0);
    return runProjectCommand(args, commandLine, true, [&](ProjectStore &store) {
        QString error;
        const QString what = undo ? store.undoText() : store.redoText();
        if (!(undo ? store.undo(&error) : store.redo(&error)))
            return fail(error);
        out(QStringLiteral("%1: %2\n").arg(undo ? QStringLiteral("undone") : QStringLiteral("redone"), what));
        return 0;
    });
}

int journal(const QStringList &args)
{
    ProjectCommandLine commandLine(QStringLiteral("journal [DOC] [--limit N]"),
        {QCommandLineOption(
            QStringLiteral("limit"), QStringLiteral("Latest N entries (default 100)"), QStringLiteral("N"))},
        0, 1);
    return runProjectCommand(args, commandLine, false, [&](ProjectStore &store) {
        QString error;
        qint64 documentId = 0;
        if (!commandLine.arguments().isEmpty()) {
            const auto id = ProjectCommandLine::documentId(commandLine.arguments().constFirst(), &error);
            if (!id)
                return fail(error, 2);
            documentId = *id;
        }
        int limit = 100;
        if (commandLine.isSet(QStringLiteral("limit"))) {
            bool ok = false;
            limit = commandLine.value(QStringLiteral("limit")).toInt(&ok);
            if (!ok || limit <= 0)
                return fail(QStringLiteral("--limit needs a positive number"), 2);
        }
        for (const auto &e : store.journal(documentId, limit))
            out(QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                    .arg(e.id)
                    .arg(e.when.toUTC().toString(Qt::ISODate), e.who, e.action, e.description));
        return 0;
    });
}

const CliCommand::Registration undoRegistration(CliCommand {QStringLiteral("undo"), QStringLiteral("undo"),
    QStringLiteral("Undo the last annotation action"), [](const QStringList &args) { return undoOrRedo(args, true); }});
const CliCommand::Registration redoRegistration(CliCommand {QStringLiteral("redo"), QStringLiteral("redo"),
    QStringLiteral("Redo the last undone action"), [](const QStringList &args) { return undoOrRedo(args, false); }});
const CliCommand::Registration journalRegistration(
    CliCommand {QStringLiteral("journal"), QStringLiteral("journal [DOC] [--limit N]"),
        QStringLiteral("The record of every change: id, time (UTC), who, action, description"), journal});

} // namespace
} // namespace Scrutiny::Cli
