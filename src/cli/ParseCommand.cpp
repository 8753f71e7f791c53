// SPDX-License-Identifier: GPL-3.0-or-later
// `scrutiny-cli parse [--format json|text] FILE|-`: import one report and print
// the parse contract (JSON) or a readable outline.
#include "CliCommand.h"

#include "ingest/ReportImporter.h"
#include "ingest/ReportInput.h"
#include "model/ReportJson.h"
#include "translation/Translation.h"

#include <QFile>

#include <cstdio>

namespace Scrutiny::Cli {

namespace {

/// The translation context of these commands' messages.
struct ParseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ParseCommand)
};
QString outline(const ParsedReport &report)
{
    QString out;
    const QString notStated = ParseCommand::tr("(not stated)", "judgement");
    out += ParseCommand::tr("Title: %1").arg(report.title) + u'\n';
    out += ParseCommand::tr("Format: %1").arg(toString(report.format)) + u'\n';
    out += ParseCommand::tr("Judgement: serving %1; prospects %2")
               .arg(report.judgement.serving.isEmpty() ? notStated : report.judgement.serving,
                   report.judgement.prospects.isEmpty() ? notStated : report.judgement.prospects)
        + u'\n';
    out += u'\n';
    for (const Segment &s : report.segments) {
        QString head = QStringLiteral("[%1] %2, %3").arg(s.id, toString(s.kind), toString(s.side));
        if (s.kind == SegmentKind::Finding)
            head += QStringLiteral(", ") + toString(s.polarity);
        if (s.page > 0)
            head += QStringLiteral(", ") + ParseCommand::tr("page %1").arg(s.page);
        if (s.kind == SegmentKind::Quote) {
            QString who = s.speakerName;
            if (!s.speakerRole.isEmpty())
                who += (who.isEmpty() ? QString() : QStringLiteral(", ")) + s.speakerRole;
            head += QStringLiteral(" \u2014 %1").arg(who.isEmpty() ? ParseCommand::tr("(unnamed)", "speaker") : who);
        }
        out += head + u'\n';
        out += QStringLiteral("    ") + s.text + QStringLiteral("\n\n");
    }
    if (!report.repairs.isEmpty()) {
        out += ParseCommand::tr("Repairs:") + u'\n';
        for (const Repair &r : report.repairs)
            out += QStringLiteral("  \"%1\" -> \"%2\"\n").arg(r.before, r.after);
        out += u'\n';
    }
    if (!report.removed.isEmpty()) {
        out += ParseCommand::tr("Removed:") + u'\n';
        for (const Removal &r : report.removed)
            out += QStringLiteral("  (%1) %2\n").arg(toString(r.reason), r.text);
    }
    return out;
}

int parse(const QStringList &args)
{
    QString format = QStringLiteral("json");
    QString file;
    qint64 maxBytes = ReportInput::defaultLimit;
    auto setMaxSize = [&](const QString &value) {
        const auto bytes = ReportInput::parseMegabytes(value);
        if (bytes)
            maxBytes = *bytes;
        return bytes.has_value();
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1StringView("-h") || a == QLatin1StringView("--help")) {
            out(commandHelp(QStringLiteral("parse"),
                {QCommandLineOption(QStringLiteral("format"),
                     ParseCommand::tr("json (the default) or text, an outline"), QStringLiteral("FORMAT")),
                    QCommandLineOption(QStringLiteral("max-size"),
                        ParseCommand::tr("Refuse reports larger than MB megabytes (default 200)"),
                        QStringLiteral("MB")),
                    QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                        QCoreApplication::translate("Scrutiny::Cli", "Show this help"))}));
            return 0;
        }
        if (a == QLatin1StringView("--format")) {
            if (i + 1 >= args.size())
                return fail(ParseCommand::tr("parse: --format needs a value (json or text)"), 2);
            format = args.at(++i);
        } else if (a.startsWith(QLatin1StringView("--format="))) {
            format = a.mid(9);
        } else if (a == QLatin1StringView("--max-size") || a.startsWith(QLatin1StringView("--max-size="))) {
            const QString value
                = a.contains(u'=') ? a.section(u'=', 1) : (i + 1 < args.size() ? args.at(++i) : QString());
            if (!setMaxSize(value))
                return fail(ParseCommand::tr("parse: --max-size needs a size in megabytes, not \"%1\"").arg(value), 2);
        } else if (a == QLatin1StringView("-") || !a.startsWith(u'-')) {
            if (!file.isEmpty())
                return fail(ParseCommand::tr("parse: only one FILE may be given"), 2);
            file = a;
        } else {
            return fail(ParseCommand::tr("parse: unknown option %1").arg(a), 2);
        }
    }
    if (format != QLatin1StringView("json") && format != QLatin1StringView("text"))
        return fail(ParseCommand::tr("parse: unknown format \"%1\" (json or text)").arg(format), 2);
    if (file.isEmpty())
        return fail(ParseCommand::tr("parse: no FILE given (use - for standard input)"), 2);

    QString error;
    const QString standardInput = ParseCommand::tr("standard input");
    std::optional<ParsedReport> report;
    // The JSON is a contract for programs: its texts (the link suggestions'
    // reasons) are in the source language whatever language the CLI speaks.
    std::optional<Translation::ScopedLanguage> source;
    if (format == QLatin1StringView("json"))
        source.emplace(QStringLiteral("en"));
    ReportImporter::Options options;
    options.maxBytes = maxBytes;
    if (file == QLatin1StringView("-")) {
        const auto bytes = ReportInput::readStream(stdin, standardInput, &error, maxBytes);
        if (!bytes)
            return fail(error);
        report = ReportImporter::importBytes(*bytes, file, &error, options);
    } else {
        report = ReportImporter::importFile(file, &error, options);
    }
    if (!report)
        return fail(error);
    if (format == QLatin1StringView("text")) {
        out(outline(*report));
        return 0;
    }
    QFile standardOutput;
    if (!standardOutput.open(stdout, QIODevice::WriteOnly) || !ReportJson::write(*report, &standardOutput)
        || !standardOutput.flush())
        return fail(ParseCommand::tr("parse: cannot write the result: %1").arg(standardOutput.errorString()));
    return 0;
}

const CliCommand::Registration registration(CliCommand {
    QStringLiteral("parse"),
    QStringLiteral("parse [--format json|text] [--max-size MB] FILE|-"),
    QT_TRANSLATE_NOOP(
        "CliCommand", "Import a report (text, web page or PDF), clean and segment it, and print the result"),
    parse,
});
} // namespace

} // namespace Scrutiny::Cli
