// SPDX-License-Identifier: GPL-3.0-or-later
// `scrutiny-cli repair --project DB --output NEW`: a repaired copy of a damaged
// project; the project itself is opened read-only and never written.
#include "CliCommand.h"

#include "store/ProjectStore.h"

#include <QCommandLineParser>
#include <QDir>

namespace Scrutiny::Cli {

namespace {
int repair(const QStringList &args)
{
    const QString usage = QStringLiteral("repair --project DB --output NEW");
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QList<QCommandLineOption> options {
        QCommandLineOption({QStringLiteral("project"), QStringLiteral("db")}, QStringLiteral("The damaged project"),
            QStringLiteral("DB")),
        QCommandLineOption(
            QStringLiteral("output"), QStringLiteral("The repaired copy (a new file)"), QStringLiteral("NEW")),
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help"))};
    parser.addOptions(options);
    if (!parser.parse(QStringList {QStringLiteral("scrutiny-cli")} + args))
        return fail(QStringLiteral("%1; usage: scrutiny-cli %2").arg(parser.errorText(), usage), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        out(commandHelp(QStringLiteral("repair"), options));
        return 0;
    }
    if (!parser.isSet(QStringLiteral("project")) || !parser.isSet(QStringLiteral("output"))
        || !parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("repair needs --project and --output; usage: scrutiny-cli %1").arg(usage), 2);
    const QString path = parser.value(QStringLiteral("project"));
    const QString output = parser.value(QStringLiteral("output"));

    ProjectStore store;
    QString error;
    if (!store.open(path, &error, true))
        return fail(error);
    QString summary;
    if (!store.makeRepairedCopy(output, &error, &summary))
        return fail(error);
    out(QStringLiteral("%1: %2; %3 was left untouched\n")
            .arg(QDir::toNativeSeparators(output), summary, QDir::toNativeSeparators(path)));
    return 0;
}

const CliCommand::Registration registration(
    CliCommand {QStringLiteral("repair"), QStringLiteral("repair --project DB --output NEW"),
        QStringLiteral("Write a repaired copy of a damaged project (the project itself is not changed)"), repair});
} // namespace

} // namespace Scrutiny::Cli
