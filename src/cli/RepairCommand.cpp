// SPDX-License-Identifier: GPL-3.0-or-later
// `scrutiny-cli repair --project DB --output NEW`: a repaired copy of a damaged
// project; the project itself is opened read-only and never written.
#include "CliCommand.h"

#include "store/ProjectStore.h"

#include <QCommandLineParser>
#include <QDir>

namespace Scrutiny::Cli {

namespace {

/// The translation context of these commands' messages.
struct RepairCommand
{
    Q_DECLARE_TR_FUNCTIONS(RepairCommand)
};
int repair(const QStringList &args)
{
    const QString usage = QStringLiteral("repair --project DB --output NEW");
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QList<QCommandLineOption> options {QCommandLineOption({QStringLiteral("project"), QStringLiteral("db")},
                                                 RepairCommand::tr("The damaged project"), QStringLiteral("DB")),
        QCommandLineOption(
            QStringLiteral("output"), RepairCommand::tr("The repaired copy (a new file)"), QStringLiteral("NEW")),
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
            QCoreApplication::translate("Scrutiny::Cli", "Show this help"))};
    parser.addOptions(options);
    if (!parser.parse(QStringList {QStringLiteral("scrutiny-cli")} + args))
        return fail(
            QCoreApplication::translate("Scrutiny::Cli", "%1; usage: scrutiny-cli %2").arg(parser.errorText(), usage),
            2);
    if (parser.isSet(QStringLiteral("help"))) {
        out(commandHelp(QStringLiteral("repair"), options));
        return 0;
    }
    if (!parser.isSet(QStringLiteral("project")) || !parser.isSet(QStringLiteral("output"))
        || !parser.positionalArguments().isEmpty())
        return fail(RepairCommand::tr("repair needs --project and --output; usage: scrutiny-cli %1").arg(usage), 2);
    const QString path = parser.value(QStringLiteral("project"));
    const QString output = parser.value(QStringLiteral("output"));

    ProjectStore store;
    QString error;
    if (!store.open(path, &error, true))
        return fail(error);
    QString summary;
    if (!store.makeRepairedCopy(output, &error, &summary))
        return fail(error);
    out(RepairCommand::tr("%1: %2; %3 was left untouched")
            .arg(QDir::toNativeSeparators(output), summary, QDir::toNativeSeparators(path))
        + u'\n');
    return 0;
}

const CliCommand::Registration registration(CliCommand {QStringLiteral("repair"),
    QStringLiteral("repair --project DB --output NEW"),
    QT_TRANSLATE_NOOP("CliCommand", "Write a repaired copy of a damaged project (the project itself is not changed)"),
    repair});
} // namespace

} // namespace Scrutiny::Cli
