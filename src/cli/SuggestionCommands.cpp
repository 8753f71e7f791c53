// SPDX-License-Identifier: GPL-3.0-or-later
// scrutiny-cli suggest / accept / reject: the link assistant's suggestions for
// a stored report, and the user's verdict on them (journaled by the store).
#include "CliCommand.h"
#include "ProjectCommandLine.h"

#include "linking/LinkSuggester.h"
#include "linking/OpenSuggestions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Scrutiny::Cli {

namespace {

/// The translation context of these commands' messages.
struct SuggestionCommands
{
    Q_DECLARE_TR_FUNCTIONS(SuggestionCommands)
};

// Findings address priorities; council responses and quotes respond to them.
QString typeFor(const ParsedReport &report, const QString &from)
{
    const Segment *s = report.segment(from);
    return toString(s && s->kind != SegmentKind::Finding ? LinkType::RespondsTo : LinkType::Addresses);
}

int suggest(const QStringList &args)
{
    ProjectCommandLine commandLine(QStringLiteral("suggest DOC [--top N] [--format text|json]"),
        {QCommandLineOption(QStringLiteral("top"),
             SuggestionCommands::tr("Suggestions per finding or response (default 3)"), QStringLiteral("N"),
             QStringLiteral("3")),
            QCommandLineOption(QStringLiteral("format"), SuggestionCommands::tr("text (default) or json"),
                QStringLiteral("F"), QStringLiteral("text"))},
        1, 1);
    return runProjectCommand(args, commandLine, false, [&](ProjectStore &store) {
        QString error;
        const auto doc = ProjectCommandLine::documentId(commandLine.arguments().constFirst(), &error);
        if (!doc)
            return fail(error, 2);
        bool ok = false;
        const int top = commandLine.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || top < 1)
            return fail(SuggestionCommands::tr("suggest: --top needs a whole number of at least 1, not \"%1\"")
                            .arg(commandLine.value(QStringLiteral("top"))),
                2);
        const QString format = commandLine.value(QStringLiteral("format"));
        if (format != QLatin1StringView("text") && format != QLatin1StringView("json"))
            return fail(SuggestionCommands::tr("suggest: unknown format \"%1\" (text or json)").arg(format), 2);
        const auto annotated = store.annotatedReport(*doc, &error);
        if (!annotated)
            return fail(error);
        const QList<SuggestedLink> links = openSuggestions(
            *annotated, [&](const QString &from, const QString &to) { return store.isRejected(*doc, from, to); },
            LinkSuggester(), top);
        if (format == QLatin1StringView("json")) {
            QJsonArray array;
            for (const SuggestedLink &l : links) {
                array.append(QJsonObject {{QStringLiteral("from"), QStringLiteral("%1:%2").arg(*doc).arg(l.from)},
                    {QStringLiteral("to"), QStringLiteral("%1:%2").arg(*doc).arg(l.to)},
                    {QStringLiteral("type"), typeFor(annotated->report, l.from)}, {QStringLiteral("score"), l.score},
                    {QStringLiteral("reason"), l.reason}});
            }
            out(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return 0;
        }
        for (const SuggestedLink &l : links) {
            out(QStringLiteral("%1:%2 -> %1:%3\t%4\t%5\t%6\n")
                    .arg(*doc)
                    .arg(l.from, l.to, QString::number(l.score, 'f', 2), typeFor(annotated->report, l.from), l.reason));
        }
        return 0;
    });
}

// FROM and TO as DOC:LABEL; TO may leave out the document ("1:F3 P2").
bool pair(const QStringList &arguments, SegmentName *from, SegmentName *to, QString *error)
{
    const auto f = ProjectCommandLine::segmentName(arguments.at(0), error);
    if (!f)
        return false;
    QString toText = arguments.at(1);
    if (!toText.contains(u':'))
        toText = QStringLiteral("%1:%2").arg(f->documentId).arg(toText);
    const auto t = ProjectCommandLine::segmentName(toText, error);
    if (!t)
        return false;
    if (f->documentId != t->documentId) {
        *error = SuggestionCommands::tr("suggestions join segments of one document; %1 and %2 are in different ones")
                     .arg(f->text(), t->text());
        return false;
    }
    *from = *f;
    *to = *t;
    return true;
}

int accept(const QStringList &args)
{
    ProjectCommandLine commandLine(QStringLiteral("accept FROM... TO"), {}, 2, -1);
    return runProjectCommand(args, commandLine, true, [&](ProjectStore &store) {
        QString error;
        const QStringList arguments = commandLine.arguments();
        const auto from = ProjectCommandLine::segmentList(arguments.mid(0, arguments.size() - 1), &error);
        if (!from)
            return fail(error, 2);
        // TO checked against the first FROM; the others are in the same document.
        SegmentName first;
        SegmentName to;
        if (!pair({arguments.constFirst(), arguments.constLast()}, &first, &to, &error))
            return fail(error, 2);
        // Several FROMs: accepted together, one transaction and one undo step.
        QList<std::pair<QString, QString>> pairs;
        for (const QString &label : from->labels)
            pairs.append({label, to.label});
        const auto links = store.acceptSuggestions(from->documentId, pairs, &error);
        if (!links)
            return fail(error);
        for (const Link &l : *links)
            out(SuggestionCommands::tr("link %1: %2 %3 %4", "link id: from, type, to")
                    .arg(QString::number(l.id), SegmentName {from->documentId, l.from}.text(), toString(l.type),
                        SegmentName {from->documentId, l.to}.text())
                + u'\n');
        return 0;
    });
}

int reject(const QStringList &args)
{
    ProjectCommandLine commandLine(QStringLiteral("reject FROM TO"), {}, 2, 2);
    return runProjectCommand(args, commandLine, true, [&](ProjectStore &store) {
        QString error;
        SegmentName from;
        SegmentName to;
        if (!pair(commandLine.arguments(), &from, &to, &error))
            return fail(error, 2);
        if (!store.rejectSuggestion(from.documentId, from.label, to.label, &error))
            return fail(error);
        out(SuggestionCommands::tr("rejected %1 -> %2; it will not be suggested again").arg(from.text(), to.text())
            + u'\n');
        return 0;
    });
}

const CliCommand::Registration suggestRegistration(
    CliCommand {QStringLiteral("suggest"), QStringLiteral("suggest DOC [--top N] [--format text|json]"),
        QT_TRANSLATE_NOOP("CliCommand",
            "Suggest which priority each finding supports and each council response answers "
            "(from -> to, score, type, reason); rejected and linked pairs are left out"),
        suggest});
const CliCommand::Registration acceptRegistration(
    CliCommand {QStringLiteral("accept"), QStringLiteral("accept FROM... TO"),
        QT_TRANSLATE_NOOP("CliCommand",
            "Accept a suggestion: link FROM to the priority TO (e.g. 1:F3 1:P2; 1:F1,F3 1:P2 is one step)"),
        accept});
const CliCommand::Registration rejectRegistration(
    CliCommand {QStringLiteral("reject"), QStringLiteral("reject FROM TO"),
        QT_TRANSLATE_NOOP("CliCommand", "Reject a suggestion so that it is not offered again"), reject});

} // namespace
} // namespace Scrutiny::Cli
