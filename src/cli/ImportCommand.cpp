// SPDX-License-Identifier: GPL-3.0-or-later
// scrutiny-cli import FILE|- : ingest a report into the project and print its id.
#include "CliCommand.h"
#include "ProjectCommandLine.h"

#include "ingest/ReportImporter.h"
#include "ingest/ReportInput.h"
#include "model/ReportJson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Scrutiny::Cli {

namespace {

/// The translation context of these commands' messages.
struct ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};

int importReport(const QStringList &args)
{
    ProjectCommandLine commandLine(QStringLiteral("import FILE|- [--parsed] [--corrects DOC]"),
        {QCommandLineOption(QStringLiteral("parsed"), ImportCommand::tr("FILE is the JSON of `scrutiny-cli parse`")),
            QCommandLineOption(QStringLiteral("corrects"),
                ImportCommand::tr("FILE is a corrected version of document DOC"), QStringLiteral("DOC")),
            QCommandLineOption(QStringLiteral("name"), ImportCommand::tr("File name to record (for standard input)"),
                QStringLiteral("NAME")),
            QCommandLineOption(QStringLiteral("max-size"),
                ImportCommand::tr("Refuse reports larger than MB megabytes (default 200)"), QStringLiteral("MB"))},
        1, 1);
    return runProjectCommand(args, commandLine, true, [&](ProjectStore &store) {
        QString error;
        qint64 corrects = 0;
        if (commandLine.isSet(QStringLiteral("corrects"))) {
            const auto id = ProjectCommandLine::documentId(commandLine.value(QStringLiteral("corrects")), &error);
            if (!id)
                return fail(error, 2);
            corrects = *id;
        }
        qint64 maxBytes = ReportInput::defaultLimit;
        if (commandLine.isSet(QStringLiteral("max-size"))) {
            const auto limit = ReportInput::parseMegabytes(commandLine.value(QStringLiteral("max-size")));
            if (!limit)
                return fail(ImportCommand::tr("--max-size needs a size in megabytes, not \"%1\"")
                                .arg(commandLine.value(QStringLiteral("max-size"))),
                    2);
            maxBytes = *limit;
        }
        const QString path = commandLine.arguments().constFirst();
        const auto read = ReportInput::read(path, &error, maxBytes);
        if (!read)
            return fail(error);
        const QByteArray &bytes = *read;
        const QString name = commandLine.isSet(QStringLiteral("name")) ? commandLine.value(QStringLiteral("name"))
            : path == QLatin1StringView("-")                           ? QStringLiteral("stdin")
                                                                       : QFileInfo(path).fileName();
        std::optional<ParsedReport> report;
        if (commandLine.isSet(QStringLiteral("parsed"))) {
            QJsonParseError parseError;
            const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
            ParsedReport parsed;
            if (!json.isObject())
                return fail(ImportCommand::tr("%1: not the JSON of `scrutiny-cli parse` (%2)")
                                .arg(path, parseError.errorString()));
            if (!ReportJson::fromJson(json.object(), &parsed, &error))
                return fail(QStringLiteral("%1: %2").arg(path, error));
            report = parsed;
        } else {
            report = ReportImporter::importBytes(bytes, path, &error);
            if (!report)
                return fail(error);
        }
        const auto result = store.importReport(*report, bytes, name, &error, corrects);
        if (!result)
            return fail(QStringLiteral("%1: %2").arg(path, error));
        if (result->alreadyPresent)
            fail(ImportCommand::tr("%1 is already in the project as document %2 (same contents)")
                     .arg(path, QString::number(result->documentId)));
        for (const QString &unplaced : result->unplaced)
            fail(ImportCommand::tr("could not place %1 (kept in the document note)").arg(unplaced));
        out(QStringLiteral("%1\n").arg(result->documentId));
        return 0;
    });
}

const CliCommand::Registration registration(CliCommand {QStringLiteral("import"),
    QStringLiteral("import FILE|- [--parsed] [--corrects DOC] [--name NAME] [--max-size MB]"),
    QT_TRANSLATE_NOOP("CliCommand", "Import a report into the project and print its document id"), importReport});

} // namespace
} // namespace Scrutiny::Cli
