// SPDX-License-Identifier: GPL-3.0-or-later
// scrutiny-cli cover: the committee-pack cover details remembered by the project.
#include "CliCommand.h"
#include "ProjectCommandLine.h"

namespace Scrutiny::Cli {

namespace {

/// The translation context of these commands' messages.
struct CoverCommand
{
    Q_DECLARE_TR_FUNCTIONS(CoverCommand)
};

QString fieldKeys()
{
    QStringList keys;
    for (CoverDetails::Field f : CoverDetails::fields())
        keys.append(CoverDetails::key(f));
    return keys.join(QStringLiteral(", "));
}

int cover(const QStringList &args)
{
    const QString usage = QStringLiteral("cover show|set FIELD VALUE [--db DB]");
    ProjectCommandLine commandLine(usage, {}, 1, 3);
    const bool writes = !args.isEmpty() && args.constFirst() == QLatin1StringView("set");
    return runProjectCommand(args, commandLine, writes, [&](ProjectStore &store) {
        const QStringList a = commandLine.arguments();
        if (a.constFirst() == QLatin1StringView("show") && a.size() == 1) {
            const CoverDetails details = store.coverFields();
            for (CoverDetails::Field f : CoverDetails::fields())
                out(QStringLiteral("%1\t%2\n").arg(CoverDetails::key(f), details.value(f)));
            return 0;
        }
        if (a.constFirst() != QLatin1StringView("set") || a.size() != 3)
            return fail(CoverCommand::tr("usage: %1").arg(usage), 2);
        const auto field = CoverDetails::fieldFromKey(a.at(1));
        if (!field)
            return fail(CoverCommand::tr("unknown cover field \"%1\"; use one of: %2").arg(a.at(1), fieldKeys()), 2);
        QString error;
        if (!store.setCoverField(*field, a.at(2), &error))
            return fail(error);
        out((a.at(2).trimmed().isEmpty()
                    ? CoverCommand::tr("cleared the cover's %1").arg(CoverDetails::key(*field))
                    : CoverCommand::tr("cover %1: %2").arg(CoverDetails::key(*field), a.at(2).trimmed()))
            + u'\n');
        return 0;
    });
}

const CliCommand::Registration registration(
    CliCommand {QStringLiteral("cover"), QStringLiteral("cover show|set FIELD VALUE [--db DB]"),
        QT_TRANSLATE_NOOP("CliCommand",
            "Show or set the committee-pack cover (committee, meeting, date, agenda-item, officer, version);"
            " an empty VALUE clears a field"),
        cover});

} // namespace
} // namespace Scrutiny::Cli
