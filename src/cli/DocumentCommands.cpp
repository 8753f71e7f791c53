// SPDX-License-Identifier: GPL-3.0-or-later
// scrutiny-cli list / show / remove: the documents of a project.
#include "CliCommand.h"
#include "ProjectCommandLine.h"

#include <QDate>

namespace Scrutiny::Cli {

namespace {

int list(const QStringList &args)
{
    ProjectCommandLine commandLine(QStringLiteral("list"), {}, 0, 0);
    return runProjectCommand(args, commandLine, false, [](ProjectStore &store) {
        for (const auto &d : store.documents())
            out(QStringLiteral("%1\t%2\t%3\tfindings %4, priorities %5, quotes %6, responses %7, links %8\t%9\n")
                    .arg(d.id)
                    .arg(d.fileName, d.importedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                    .arg(d.findings)
                    .arg(d.priorities)
                    .arg(d.quotes)
                    .arg(d.responses)
                    .arg(d.links)
                    .arg(d.title));
        return 0;
    });
}

QString indented(const QString &text)
{
    QString simple = text;
    simple.replace(QLatin1Char('\n'), QStringLiteral("\n      "));
    return simple;
}

int show(const QStringList &args)
{
    ProjectCommandLine commandLine(QStringLiteral("show DOC"), {}, 1, 1);
    return runProjectCommand(args, commandLine, false, [&](ProjectStore &store) {
        QString error;
        const auto id = ProjectCommandLine::documentId(commandLine.arguments().constFirst(), &error);
        if (!id)
            return fail(error, 2);
        const auto a = store.annotatedReport(*id, &error);
        if (!a)
            return fail(error);
        QString text = QStringLiteral("Document %1: %2\nFile: %3 (%4), imported %5\n")
                           .arg(a->documentId)
                           .arg(a->report.title, a->fileName, toString(a->report.format),
                               a->importedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (!a->report.judgement.serving.isEmpty() || !a->report.judgement.prospects.isEmpty())
            text += QStringLiteral("Judgement: serving %1; prospects %2\n")
                        .arg(a->report.judgement.serving, a->report.judgement.prospects);
        for (const Note &n : a->notes) {
            if (n.segment.isEmpty())
                text += QStringLiteral("Note: %1\n").arg(indented(n.markdown));
        }
        for (const Segment &s : a->report.segments) {
            text += QStringLiteral("\n%1 [%2, %3] %4\n").arg(s.id, toString(s.kind), toString(s.side), s.text);
            if (!s.speakerName.isEmpty())
                text += QStringLiteral("    speaker: %1 (%2)\n").arg(s.speakerName, s.speakerRole);
            QStringList tagNames;
            for (qint64 tagId : a->segmentTags.value(s.id)) {
                if (const Tag *t = a->tag(tagId))
                    tagNames.append(t->name);
            }
            if (!tagNames.isEmpty())
                text += QStringLiteral("    tags: %1\n").arg(tagNames.join(QStringLiteral(", ")));
            for (const Link &l : a->linksFrom(s.id))
                text += QStringLiteral("    -> %1 (%2)%3\n")
                            .arg(l.to, toString(l.type), l.note.isEmpty() ? QString() : QStringLiteral(": ") + l.note);
            for (const Link &l : a->linksTo(s.id))
                text += QStringLiteral("    <- %1 (%2)\n").arg(l.from, toString(l.type));
            for (const Note &n : a->notes) {
                if (n.segment == s.id)
                    text += QStringLiteral("    note: %1\n").arg(indented(n.markdown));
            }
            for (const PlanItem &p : a->plan) {
                if (p.priority == s.id)
                    text += QStringLiteral("    plan: %1; owner %2; due %3%4\n")
                                .arg(p.isOverdue(QDate::currentDate()) && p.status != PlanStatus::Overdue
                                        ? toString(p.status) + QStringLiteral(" (overdue)")
                                        : toString(p.status),
                                    p.owner.isEmpty() ? QStringLiteral("-") : p.owner,
                                    p.due.isValid() ? p.due.toString(Qt::ISODate) : QStringLiteral("-"),
                                    p.evidence.isEmpty() ? QString() : QStringLiteral("; evidence: ") + p.evidence);
            }
        }
        out(text);
        return 0;
    });
}

int remove(const QStringList &args)
{
    ProjectCommandLine commandLine(QStringLiteral("remove DOC"), {}, 1, 1);
    return runProjectCommand(args, commandLine, true, [&](ProjectStore &store) {
        QString error;
        const auto id = ProjectCommandLine::documentId(commandLine.arguments().constFirst(), &error);
        if (!id)
            return fail(error, 2);
        if (!store.removeDocument(*id, &error))
            return fail(error);
        out(QStringLiteral("removed document %1\n").arg(*id));
        return 0;
    });
}

const CliCommand::Registration listRegistration(CliCommand {QStringLiteral("list"), QStringLiteral("list"),
    QStringLiteral("List the documents of the project"), list});
const CliCommand::Registration showRegistration(
    CliCommand {QStringLiteral("show"), QStringLiteral("show DOC"),
        QStringLiteral("Show a document's segments with their tags, links, notes and plan"), show});
const CliCommand::Registration removeRegistration(CliCommand {QStringLiteral("remove"),
    QStringLiteral("remove DOC"), QStringLiteral("Remove a document and its annotations"), remove});

} // namespace
} // namespace Scrutiny::Cli
