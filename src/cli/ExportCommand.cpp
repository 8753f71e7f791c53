// SPDX-License-Identifier: GPL-3.0-or-later
// scrutiny-cli export FORMAT DOC: the command, the format registry and the json format.
#include "CliCommand.h"
#include "ExportFormat.h"
#include "ProjectCommandLine.h"
#include "export/OutputFile.h"

#include "model/ReportJson.h"
#include "translation/Translation.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace Scrutiny::Cli {

namespace {

/// The translation context of these commands' messages.
struct ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};
QList<ExportFormat> &formats()
{
    static QList<ExportFormat> registered;
    return registered;
}
} // namespace

ExportFormat::Registration::Registration(ExportFormat format)
{
    formats().append(std::move(format));
}

const QList<ExportFormat> &ExportFormat::all()
{
    return formats();
}

bool writeOutput(const QString &output, const QByteArray &bytes, QString *error)
{
    if (output.isEmpty() || output == QLatin1StringView("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
            *error = ExportCommand::tr("cannot write to standard output");
            return false;
        }
        return true;
    }
    // Written whole or not at all: a failed export never leaves half a file.
    QString reason;
    if (!OutputFile::write(output, bytes, &reason)) {
        *error = ExportCommand::tr("%1: cannot write it (%2)").arg(output, reason);
        return false;
    }
    return true;
}

namespace {

/// The formats for `export --help`, by name.
QString formatList()
{
    QList<ExportFormat> sorted = ExportFormat::all();
    std::sort(
        sorted.begin(), sorted.end(), [](const ExportFormat &a, const ExportFormat &b) { return a.name < b.name; });
    QList<std::pair<QString, QString>> rows;
    for (const ExportFormat &f : sorted)
        rows.append({f.name, f.summaryText()});
    return ExportCommand::tr("Formats:") + u'\n' + helpTable(rows);
}

QString formatNames()
{
    QStringList names;
    for (const ExportFormat &f : ExportFormat::all())
        names.append(f.name);
    std::sort(names.begin(), names.end());
    return names.join(QStringLiteral(", "));
}

int exportDocument(const QStringList &args)
{
    ProjectCommandLine commandLine(
        QStringLiteral("export FORMAT DOC [--output FILE] [--page-size A4|Letter] [--annotate-original]"
                       " [--language CODE]"),
        {QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
             ExportCommand::tr("Write to FILE instead of standard output"), QStringLiteral("FILE")),
            QCommandLineOption(QStringLiteral("page-size"),
                ExportCommand::tr("pdf: A4 (default) or Letter; not with --annotate-original"), QStringLiteral("SIZE")),
            QCommandLineOption(QStringLiteral("annotate-original"),
                ExportCommand::tr("pdf: the original PDF with highlights and notes instead of the annotated report")),
            QCommandLineOption(QStringLiteral("language"),
                ExportCommand::tr("The language of the export's headings and labels: en or cy (Cymraeg); default the "
                                  "language scrutiny-cli speaks (its --language, else the system's)"),
                QStringLiteral("CODE"))},
        2, 2);
    commandLine.setHelpNotes(formatList());
    return runProjectCommand(args, commandLine, false, [&](ProjectStore &store) {
        QString error;
        const QString name = commandLine.arguments().at(0);
        const auto format = std::find_if(ExportFormat::all().cbegin(), ExportFormat::all().cend(),
            [&](const ExportFormat &f) { return f.name == name; });
        if (format == ExportFormat::all().cend())
            return fail(ExportCommand::tr("unknown export format \"%1\"; use one of: %2").arg(name, formatNames()), 2);
        const QString language = commandLine.isSet(QStringLiteral("language"))
            ? commandLine.value(QStringLiteral("language"))
            : Translation::current();
        if (!Translation::isAvailable(language))
            return fail(QCoreApplication::translate("Scrutiny::Cli", "unknown language \"%1\"; use one of: %2")
                            .arg(language, Translation::codes().join(u", ")),
                2);
        const auto id = ProjectCommandLine::documentId(commandLine.arguments().at(1), &error);
        if (!id)
            return fail(error, 2);
        const auto report = store.annotatedReport(*id, &error);
        if (!report)
            return fail(error);
        ExportOptions options;
        options.output = commandLine.value(QStringLiteral("output"));
        options.pageSize = commandLine.value(QStringLiteral("page-size"));
        options.annotateOriginal = commandLine.isSet(QStringLiteral("annotate-original"));
        if ((!options.pageSize.isEmpty() || options.annotateOriginal) && name != QLatin1StringView("pdf"))
            return fail(ExportCommand::tr("--page-size and --annotate-original apply to pdf only"), 2);
        const Translation::ScopedLanguage inLanguage(language);
        return format->write(store, *report, options);
    });
}

const CliCommand::Registration registration(CliCommand {QStringLiteral("export"),
    QStringLiteral("export FORMAT DOC [-o FILE] [--page-size A4|Letter] [--annotate-original]"
                   " [--language CODE]"),
    QT_TRANSLATE_NOOP("CliCommand", "Export a document with its annotations"), exportDocument});

// json: the parse contract extended with tags, links, notes and plan.
const ExportFormat::Registration json(
    ExportFormat {QStringLiteral("json"), QT_TRANSLATE_NOOP("ExportFormat", "The parse contract with the annotations"),
        [](ProjectStore &, const AnnotatedReport &report, const ExportOptions &options) {
            QString error;
            if (!writeOutput(
                    options.output, QJsonDocument(ReportJson::toJson(report)).toJson(QJsonDocument::Indented), &error))
                return fail(error);
            return 0;
        }});

} // namespace
} // namespace Scrutiny::Cli
