// SPDX-License-Identifier: GPL-3.0-or-later
// `scrutiny-cli parse [--format json|text] FILE|-`: import one report and print
// the parse contract (JSON) or a readable outline.
#include "CliCommand.h"

#include "ingest/ReportImporter.h"
#include "ingest/ReportInput.h"
#include "model/ReportJson.h"

#include <QFile>

#include <cstdio>

namespace Scrutiny::Cli {

namespace {
QString outline(const ParsedReport &report)
{
    QString out;
    out += QStringLiteral("Title: %1\nFormat: %2\n").arg(report.title, toString(report.format));
    out += QStringLiteral("Judgement: serving %1; prospects %2\n")
               .arg(report.judgement.serving.isEmpty() ? QStringLiteral("(not stated)") : report.judgement.serving,
                   report.judgement.prospects.isEmpty() ? QStringLiteral("(not stated)") : report.judgement.prospects);
    out += u'\n';
    for (const Segment &s : report.segments) {
        QString head = QStringLiteral("[%1] %2, %3").arg(s.id, toString(s.kind), toString(s.side));
        if (s.kind == SegmentKind::Finding)
            head += QStringLiteral(", ") + toString(s.polarity);
        if (s.page > 0)
            head += QStringLiteral(", page %1").arg(s.page);
        if (s.kind == SegmentKind::Quote) {
            QString who = s.speakerName;
            if (!s.speakerRole.isEmpty())
                who += (who.isEmpty() ? QString() : QStringLiteral(", ")) + s.speakerRole;
            head += QStringLiteral(" \u2014 %1").arg(who.isEmpty() ? QStringLiteral("(unnamed)") : who);
        }
        out += head + u'\n';
        out += QStringLiteral("    ") + s.text + QStringLiteral("\n\n");
    }
    if (!report.repairs.isEmpty()) {
        out += QStringLiteral("Repairs:\n");
        for (const Repair &r : report.repairs)
            out += QStringLiteral("  \"%1\" -> \"%2\"\n").arg(r.before, r.after);
        out += u'\n';
    }
    if (!report.removed.isEmpty()) {
        out += QStringLiteral("Removed:\n");
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
                {QCommandLineOption(QStringLiteral("format"), QStringLiteral("json (the default) or text, an outline"),
                     QStringLiteral("FORMAT")),
                    QCommandLineOption(
                        {QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help"))}));
            return 0;
        }
        if (a == QLatin1StringView("--format")) {
            if (i + 1 >= args.size())
                return fail(QStringLiteral("parse: --format needs a value (json or text)"), 2);
            format = args.at(++i);
        } else if (a.startsWith(QLatin1StringView("--format="))) {
            format = a.mid(9);
        } else if (a == QLatin1StringView("--max-size") || a.startsWith(QLatin1StringView("--max-size="))) {
            const QString value
                = a.contains(u'=') ? a.section(u'=', 1) : (i + 1 < args.size() ? args.at(++i) : QString());
            if (!setMaxSize(value))
                return fail(QStringLiteral("parse: --max-size needs a size in megabytes, not \"%1\"").arg(value), 2);
        } else if (a == QLatin1StringView("-") || !a.startsWith(u'-')) {
            if (!file.isEmpty())
                return fail(QStringLiteral("parse: only one FILE may be given"), 2);
            file = a;
        } else {
            return fail(QStringLiteral("parse: unknown option %1").arg(a), 2);
        }
    }
    if (format != QLatin1StringView("json") && format != QLatin1StringView("text"))
        return fail(QStringLiteral("parse: unknown format \"%1\" (json or text)").arg(format), 2);
    if (file.isEmpty())
        return fail(QStringLiteral("parse: no FILE given (use - for standard input)"), 2);

    QString error;
    std::optional<ParsedReport> report;
    ReportImporter::Options options;
    options.maxBytes = maxBytes;
    if (file == QLatin1StringView("-")) {
        const auto bytes = ReportInput::readStream(stdin, QStringLiteral("standard input"), &error, maxBytes);
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
        return fail(QStringLiteral("parse: cannot write the result: %1").arg(standardOutput.errorString()));
    return 0;
}

const CliCommand::Registration registration(CliCommand {
    QStringLiteral("parse"),
    QStringLiteral("parse [--format json|text] [--max-size MB] FILE|-"),
    QStringLiteral("Import a report (text, web page or PDF), clean and segment it, and print the result"),
    parse,
});
} // namespace

} // namespace Scrutiny::Cli
