// SPDX-License-Identifier: GPL-3.0-or-later
// scrutiny-cli undo / redo / journal.
#include "CliCommand.h"
#include "ProjectCommandLine.h"

namespace Scrutiny::Cli {

namespace {

/// The translation context of these commands' messages.
struct HistoryCommands
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommands)
};

// Each run is a session of its own, so undo reaches back by author: the newest
// step of the same author, or of --session ID (also $SCRUTINY_SESSION) when given.
int undoOrRedo(const QStringList &args, bool undo)
{
    ProjectCommandLine commandLine(undo ? QStringLiteral("undo [--author NAME | --session ID]")
                                        : QStringLiteral("redo [--author NAME | --session ID]"),
        {}, 0, 0);
    return runProjectCommand(args, commandLine, true, [&](ProjectStore &store) {
        QString error;
        const ProjectStore::JournalScope scope = commandLine.session().isEmpty()
            ? ProjectStore::JournalScope {{}, store.author()}
            : ProjectStore::JournalScope {commandLine.session(), {}};
        const qint64 entry = undo ? store.undoableEntry(scope) : store.redoableEntry(scope);
        const auto described = store.journalEntry(entry);
        if (!(undo ? store.undoEntry(entry, &error) : store.redoEntry(entry, &error)))
            return fail(error);
        const QString description = described ? described->description : QString();
        out((undo ? HistoryCommands::tr("undone: %1") : HistoryCommands::tr("redone: %1")).arg(description) + u'\n');
        return 0;
    });
}

int journal(const QStringList &args)
{
    ProjectCommandLine commandLine(QStringLiteral("journal [DOC] [--limit N] [--by AUTHOR] [--session ID]"),
        {QCommandLineOption(
             QStringLiteral("limit"), HistoryCommands::tr("Latest N entries (default 100)"), QStringLiteral("N")),
            QCommandLineOption(QStringLiteral("by"),
                QCoreApplication::translate("Scrutiny::Cli", "Only the entries of this author"),
                QStringLiteral("AUTHOR"))},
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
                return fail(HistoryCommands::tr("--limit needs a positive number"), 2);
        }
        // Here --session filters (it names no session to write under: journal only reads).
        const ProjectStore::JournalScope scope {
            commandLine.isSet(QStringLiteral("session")) ? commandLine.value(QStringLiteral("session")) : QString(),
            commandLine.value(QStringLiteral("by"))};
        for (const auto &e : store.journal(documentId, limit, scope))
            out(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                    .arg(e.id)
                    .arg(e.when.toUTC().toString(Qt::ISODate), e.who,
                        e.sessionId.isEmpty() ? QStringLiteral("-") : e.sessionId, e.action, e.description));
        return 0;
    });
}

const CliCommand::Registration undoRegistration(
    CliCommand {QStringLiteral("undo"), QStringLiteral("undo [--author NAME | --session ID]"),
        QT_TRANSLATE_NOOP("CliCommand", "Undo your newest step (the newest of the author, or of the session)"),
        [](const QStringList &args) { return undoOrRedo(args, true); }});
const CliCommand::Registration redoRegistration(
    CliCommand {QStringLiteral("redo"), QStringLiteral("redo [--author NAME | --session ID]"),
        QT_TRANSLATE_NOOP("CliCommand", "Redo your step undone last (of the author, or of the session)"),
        [](const QStringList &args) { return undoOrRedo(args, false); }});
const CliCommand::Registration journalRegistration(CliCommand {QStringLiteral("journal"),
    QStringLiteral("journal [DOC] [--limit N] [--by AUTHOR] [--session ID]"),
    QT_TRANSLATE_NOOP("CliCommand", "The record of every change: id, time (UTC), author, session, action, description"),
    journal});

} // namespace
} // namespace Scrutiny::Cli
