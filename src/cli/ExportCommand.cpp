// SPDX-License-Identifier: GPL-3.0-or-later
// scrutiny-cli export FORMAT DOC: the command, the format registry and the json format.
#include "CliCommand.h"
#include "ExportFormat.h"
#include "export/OutputFile.h"
#include "ProjectCommandLine.h"

#include "model/ReportJson.h"
#include "translation/Translation.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace Scrutiny::Cli {

namespace {
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
            *error = QStringLiteral("cannot write to standard output");
            return false;
        }
        return true;
    }
    // Written whole or not at all: a failed export never leaves half a file.
    QString reason;
    if (!OutputFile::write(output, bytes, &reason)) {
        *error = QStringLiteral("%1: cannot write it (%2)").arg(output, reason);
        return false;
    }
    return true;
}

namespace {

QString formatNames()
{
    QStringList names;
    for (const ExportFormat &f : ExportFormat::all())
        names.append(f.name);
    std::sort(names.begin(), names.end());
    return names.join(QStringLiteral(", "));
}

QString languageCodes()
{
    QStringList codes;
    for (const Translation::Language &language : Translation::available())
        codes.append(language.code);
    return codes.join(QStringLiteral(", "));
}

/// The export's language, installed for as long as the export runs.
class ExportLanguage
{
public:
    explicit ExportLanguage(const QString &code)
        : m_previous(Translation::current())
    {
        Translation::install(code);
    }
    ~ExportLanguage() { Translation::install(m_previous); }
    ExportLanguage(const ExportLanguage &) = delete;
    ExportLanguage &operator=(const ExportLanguage &) = delete;

private:
    QString m_previous;
};

int exportDocument(const QStringList &args)
{
    ProjectCommandLine commandLine(
        QStringLiteral("export FORMAT DOC [--output FILE] [--page-size A4|Letter] [--annotate-original]"
                       " [--language CODE]"),
        {QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
             QStringLiteral("Write to FILE instead of standard output"), QStringLiteral("FILE")),
            QCommandLineOption(QStringLiteral("page-size"),
                QStringLiteral("pdf: A4 (default) or Letter; not with --annotate-original"), QStringLiteral("SIZE")),
            QCommandLineOption(QStringLiteral("annotate-original"),
                QStringLiteral("pdf: the original PDF with highlights and notes instead of the annotated report")),
            QCommandLineOption(QStringLiteral("language"),
                QStringLiteral("The language of the export's headings and labels: en (default) or cy (Cymraeg)"),
                QStringLiteral("CODE"))},
        2, 2);
    return runProjectCommand(args, commandLine, false, [&](ProjectStore &store) {
        QString error;
        const QString name = commandLine.arguments().at(0);
        const auto format = std::find_if(ExportFormat::all().cbegin(), ExportFormat::all().cend(),
            [&](const ExportFormat &f) { return f.name == name; });
        if (format == ExportFormat::all().cend())
            return fail(QStringLiteral("unknown export format \"%1\"; use one of: %2").arg(name, formatNames()), 2);
        const QString language = commandLine.isSet(QStringLiteral("language"))
            ? commandLine.value(QStringLiteral("language"))
            : QStringLiteral("en");
        if (!Translation::isAvailable(language))
            return fail(QStringLiteral("unknown language \"%1\"; use one of: %2").arg(language, languageCodes()), 2);
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
            return fail(QStringLiteral("--page-size and --annotate-original apply to pdf only"), 2);
        const ExportLanguage inLanguage(language);
        return format->write(store, *report, options);
    });
}

const CliCommand::Registration registration(CliCommand {QStringLiteral("export"),
    QStringLiteral("export json|pdf|html|csv|qdpx DOC [-o FILE] [--page-size A4|Letter] [--annotate-original]"
                   " [--language CODE]"),
    QStringLiteral("Export a document with its annotations"), exportDocument});

// json: the parse contract extended with tags, links, notes and plan.
const ExportFormat::Registration json(
    ExportFormat {QStringLiteral("json"), QStringLiteral("The parse contract with the annotations"),
        [](ProjectStore &, const AnnotatedReport &report, const ExportOptions &options) {
            QString error;
            if (!writeOutput(
                    options.output, QJsonDocument(ReportJson::toJson(report)).toJson(QJsonDocument::Indented), &error))
                return fail(error);
            return 0;
        }});

} // namespace
} // namespace Scrutiny::Cli
