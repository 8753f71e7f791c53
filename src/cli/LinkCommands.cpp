// SPDX-License-Identifier: GPL-3.0-or-later
// scrutiny-cli link / unlink / links.
#include "CliCommand.h"
#include "ProjectCommandLine.h"

namespace Scrutiny::Cli {

namespace {

/// The translation context of these commands' messages.
struct LinkCommands
{
    Q_DECLARE_TR_FUNCTIONS(LinkCommands)
};

int link(const QStringList &args)
{
    ProjectCommandLine commandLine(QStringLiteral("link FROM... TO [--type T] [--note N]"),
        {QCommandLineOption(QStringLiteral("type"),
             LinkCommands::tr("addresses (default), partly-addresses, contradicts or responds-to"),
             QStringLiteral("T")),
            QCommandLineOption(QStringLiteral("note"), LinkCommands::tr("A note on the link"), QStringLiteral("N"))},
        2, -1);
    return runProjectCommand(args, commandLine, true, [&](ProjectStore &store) {
        QString error;
        const QStringList arguments = commandLine.arguments();
        const auto from = ProjectCommandLine::segmentList(arguments.mid(0, arguments.size() - 1), &error);
        if (!from)
            return fail(error, 2);
        const auto to = ProjectCommandLine::segmentName(arguments.constLast(), &error);
        if (!to)
            return fail(error, 2);
        if (from->documentId != to->documentId)
            return fail(LinkCommands::tr("links join segments of one document; %1 and %2 are in different ones")
                            .arg(from->text(), to->text()),
                2);
        LinkType type = LinkType::Addresses;
        if (commandLine.isSet(QStringLiteral("type"))) {
            const auto t = linkTypeFromString(commandLine.value(QStringLiteral("type")));
            if (!t)
                return fail(LinkCommands::tr(
                                "unknown link type \"%1\"; use addresses, partly-addresses, contradicts or responds-to")
                                .arg(commandLine.value(QStringLiteral("type"))),
                    2);
            type = *t;
        }
        // Several FROMs: every link in one transaction and one undo step.
        QList<ProjectStore::LinkRequest> requests;
        for (const QString &label : from->labels)
            requests.append({label, to->label, type, commandLine.value(QStringLiteral("note"))});
        const auto links = store.addLinks(from->documentId, requests, &error);
        if (!links)
            return fail(error);
        for (const Link &l : *links)
            out(LinkCommands::tr("link %1: %2 %3 %4", "link id: from, type, to")
                    .arg(QString::number(l.id), SegmentName {from->documentId, l.from}.text(), toString(l.type),
                        SegmentName {from->documentId, l.to}.text())
                + u'\n');
        return 0;
    });
}

int unlink(const QStringList &args)
{
    ProjectCommandLine commandLine(QStringLiteral("unlink FROM TO | unlink DOC:LINK-ID"), {}, 1, 2);
    return runProjectCommand(args, commandLine, true, [&](ProjectStore &store) {
        QString error;
        const QStringList a = commandLine.arguments();
        qint64 documentId = 0;
        qint64 linkId = 0;
        if (a.size() == 1) {
            // DOC:ID, or a bare link id looked up across documents.
            bool ok = false;
            const QString text = a.first();
            const qsizetype colon = text.indexOf(QLatin1Char(':'));
            linkId = text.mid(colon + 1).toLongLong(&ok);
            if (!ok || linkId <= 0)
                return fail(LinkCommands::tr("\"%1\" is not a link id; use `unlink FROM TO` or a link id from `links`")
                                .arg(text),
                    2);
            if (colon > 0) {
                const auto doc = ProjectCommandLine::documentId(text.left(colon), &error);
                if (!doc)
                    return fail(error, 2);
                documentId = *doc;
            } else {
                for (const auto &d : store.documents()) {
                    const auto report = store.annotatedReport(d.id, &error);
                    if (report && std::any_of(report->links.cbegin(), report->links.cend(), [&](const Link &l) {
                            return l.id == linkId;
                        }))
                        documentId = d.id;
                }
                if (!documentId)
                    return fail(LinkCommands::tr("no link %1 in the project").arg(linkId));
            }
        } else {
            const auto from = ProjectCommandLine::segmentName(a.at(0), &error);
            if (!from)
                return fail(error, 2);
            const auto to = ProjectCommandLine::segmentName(a.at(1), &error);
            if (!to)
                return fail(error, 2);
            documentId = from->documentId;
            const auto report = store.annotatedReport(documentId, &error);
            if (!report)
                return fail(error);
            for (const Link &l : report->links) {
                if (l.from == from->label && l.to == to->label && to->documentId == documentId)
                    linkId = l.id;
            }
            if (!linkId)
                return fail(LinkCommands::tr("%1 is not linked to %2").arg(from->text(), to->text()));
        }
        if (!store.removeLink(documentId, linkId, &error))
            return fail(error);
        out(LinkCommands::tr("removed link %1").arg(linkId) + u'\n');
        return 0;
    });
}

int links(const QStringList &args)
{
    ProjectCommandLine commandLine(QStringLiteral("links [DOC]"), {}, 0, 1);
    return runProjectCommand(args, commandLine, false, [&](ProjectStore &store) {
        QString error;
        QList<qint64> documents;
        if (!commandLine.arguments().isEmpty()) {
            const auto id = ProjectCommandLine::documentId(commandLine.arguments().constFirst(), &error);
            if (!id)
                return fail(error, 2);
            documents.append(*id);
        } else {
            for (const auto &d : store.documents())
                documents.append(d.id);
        }
        for (qint64 id : std::as_const(documents)) {
            const auto report = store.annotatedReport(id, &error);
            if (!report)
                return fail(error);
            for (const Link &l : report->links)
                out(QStringLiteral("%1\t%2:%3 -> %2:%4\t%5\t%6\t%7\n")
                        .arg(l.id)
                        .arg(id)
                        .arg(l.from, l.to, toString(l.type), l.author, l.note));
        }
        return 0;
    });
}

const CliCommand::Registration linkRegistration(CliCommand {QStringLiteral("link"),
    QStringLiteral("link FROM... TO [--type T] [--note N]"),
    QT_TRANSLATE_NOOP("CliCommand", "Link segments of a document to one (e.g. 1:F3 1:P2, or 1:F1,F3 1:P2 as one step)"),
    link});
const CliCommand::Registration unlinkRegistration(CliCommand {QStringLiteral("unlink"),
    QStringLiteral("unlink FROM TO | unlink [DOC:]LINK-ID"), QT_TRANSLATE_NOOP("CliCommand", "Remove a link"), unlink});
const CliCommand::Registration linksRegistration(CliCommand {QStringLiteral("links"), QStringLiteral("links [DOC]"),
    QT_TRANSLATE_NOOP("CliCommand", "List links (id, from -> to, type, author, note)"), links});

} // namespace
} // namespace Scrutiny::Cli
