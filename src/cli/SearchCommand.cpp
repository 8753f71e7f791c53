// SPDX-License-Identifier: GPL-3.0-or-later
// scrutiny-cli search QUERY: full-text search over segments and notes.
#include "CliCommand.h"
#include "ProjectCommandLine.h"

namespace Scrutiny::Cli {

namespace {

/// The translation context of these commands' messages.
struct SearchCommand
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)
};

int search(const QStringList &args)
{
    ProjectCommandLine commandLine(QStringLiteral("search QUERY [--kind K] [--side S] [--tag T] [--doc D] [--limit N]"),
        {QCommandLineOption(
             QStringLiteral("kind"), SearchCommand::tr("Only segments of this kind"), QStringLiteral("K")),
            QCommandLineOption(QStringLiteral("side"), SearchCommand::tr("review or council"), QStringLiteral("S")),
            QCommandLineOption(QStringLiteral("tag"),
                SearchCommand::tr("Only segments with this tag (or one under it)"), QStringLiteral("T")),
            QCommandLineOption(QStringLiteral("doc"), SearchCommand::tr("Only this document"), QStringLiteral("D")),
            QCommandLineOption(
                QStringLiteral("limit"), SearchCommand::tr("At most N hits (default 50)"), QStringLiteral("N"))},
        1, 1);
    return runProjectCommand(args, commandLine, false, [&](ProjectStore &store) {
        QString error;
        ProjectStore::SearchFilter filter;
        filter.limit = 50;
        if (commandLine.isSet(QStringLiteral("kind"))) {
            filter.kind = segmentKindFromString(commandLine.value(QStringLiteral("kind")).toLower());
            if (!filter.kind)
                return fail(
                    SearchCommand::tr(
                        "unknown kind \"%1\"; use summary, finding, priority, quote, response, context or heading")
                        .arg(commandLine.value(QStringLiteral("kind"))),
                    2);
        }
        if (commandLine.isSet(QStringLiteral("side"))) {
            filter.side = sideFromString(commandLine.value(QStringLiteral("side")).toLower());
            if (!filter.side)
                return fail(SearchCommand::tr("unknown side \"%1\"; use review or council")
                                .arg(commandLine.value(QStringLiteral("side"))),
                    2);
        }
        if (commandLine.isSet(QStringLiteral("doc"))) {
            const auto id = ProjectCommandLine::documentId(commandLine.value(QStringLiteral("doc")), &error);
            if (!id)
                return fail(error, 2);
            filter.documentId = *id;
        }
        if (commandLine.isSet(QStringLiteral("limit"))) {
            bool ok = false;
            filter.limit = commandLine.value(QStringLiteral("limit")).toInt(&ok);
            if (!ok || filter.limit <= 0)
                return fail(SearchCommand::tr("--limit needs a positive number"), 2);
        }
        filter.tag = commandLine.value(QStringLiteral("tag"));
        const auto hits = store.search(commandLine.arguments().constFirst(), filter, &error);
        if (!error.isEmpty())
            return fail(error);
        for (const auto &hit : hits) {
            QString snippet = hit.snippet.simplified();
            // Plain-text marks for the terminal: **word**.
            snippet.replace(QChar(0xE000), QStringLiteral("**")).replace(QChar(0xE001), QStringLiteral("**"));
            const QString where = hit.segment.isEmpty() ? QString::number(hit.documentId)
                                                        : QStringLiteral("%1:%2").arg(hit.documentId).arg(hit.segment);
            out(QStringLiteral("%1\t%2\t%3\n")
                    .arg(where, hit.inNote ? QStringLiteral("note") : toString(hit.kind), snippet));
        }
        return 0;
    });
}

const CliCommand::Registration registration(CliCommand {QStringLiteral("search"),
    QStringLiteral("search QUERY [--kind K] [--side S] [--tag T] [--doc D] [--limit N]"),
    QT_TRANSLATE_NOOP("CliCommand", "Full-text search of segments and notes, best first, matches marked **like this**"),
    search});

} // namespace
} // namespace Scrutiny::Cli
