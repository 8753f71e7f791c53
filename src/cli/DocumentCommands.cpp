// SPDX-License-Identifier: GPL-3.0-or-later
// scrutiny-cli list / show / remove: the documents of a project.
#include "CliCommand.h"
#include "ProjectCommandLine.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace Scrutiny::Cli {

namespace {

/// The translation context of these commands' messages.
struct DocumentCommands
{
    Q_DECLARE_TR_FUNCTIONS(DocumentCommands)
};

int list(const QStringList &args)
{
    ProjectCommandLine commandLine(QStringLiteral("list"), {}, 0, 0);
    return runProjectCommand(args, commandLine, false, [](ProjectStore &store) {
        for (const auto &d : store.documents())
            out(QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                    .arg(d.id)
                    .arg(d.fileName, d.importedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        DocumentCommands::tr("findings %1, priorities %2, quotes %3, responses %4, links %5")
                            .arg(d.findings)
                            .arg(d.priorities)
                            .arg(d.quotes)
                            .arg(d.responses)
                            .arg(d.links),
                        d.title));
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
        QString text = DocumentCommands::tr("Document %1: %2").arg(a->documentId).arg(a->report.title) + u'\n'
            + DocumentCommands::tr("File: %1 (%2), imported %3")
                  .arg(a->fileName, toString(a->report.format),
                      a->importedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            + u'\n';
        if (!a->report.judgement.serving.isEmpty() || !a->report.judgement.prospects.isEmpty())
            text += DocumentCommands::tr("Judgement: serving %1; prospects %2")
                        .arg(a->report.judgement.serving, a->report.judgement.prospects)
                + u'\n';
        for (const Note &n : a->notes) {
            if (n.segment.isEmpty())
                text += DocumentCommands::tr("Note: %1").arg(indented(n.markdown)) + u'\n';
        }
        for (const Segment &s : a->report.segments) {
            text += QStringLiteral("\n%1 [%2, %3] %4\n").arg(s.id, toString(s.kind), toString(s.side), s.text);
            if (!s.speakerName.isEmpty())
                text += u"    "_s + DocumentCommands::tr("speaker: %1 (%2)").arg(s.speakerName, s.speakerRole) + u'\n';
            QStringList tagNames;
            for (qint64 tagId : a->segmentTags.value(s.id)) {
                if (const Tag *t = a->tag(tagId))
                    tagNames.append(t->name);
            }
            if (!tagNames.isEmpty())
                text += u"    "_s + DocumentCommands::tr("tags: %1").arg(tagNames.join(QStringLiteral(", "))) + u'\n';
            for (const Link &l : a->linksFrom(s.id))
                text += QStringLiteral("    -> %1 (%2)%3\n")
                            .arg(l.to, toString(l.type), l.note.isEmpty() ? QString() : QStringLiteral(": ") + l.note);
            for (const Link &l : a->linksTo(s.id))
                text += QStringLiteral("    <- %1 (%2)\n").arg(l.from, toString(l.type));
            for (const Note &n : a->notes) {
                if (n.segment == s.id)
                    text += u"    "_s + DocumentCommands::tr("note: %1").arg(indented(n.markdown)) + u'\n';
            }
            for (const PlanItem &p : a->plan) {
                if (p.priority != s.id)
                    continue;
                const QString status = p.isOverdue(QDate::currentDate()) && p.status != PlanStatus::Overdue
                    ? DocumentCommands::tr("%1 (overdue)", "plan status").arg(toString(p.status))
                    : toString(p.status);
                const QString owner = p.owner.isEmpty() ? QStringLiteral("-") : p.owner;
                const QString due = p.due.isValid() ? p.due.toString(Qt::ISODate) : QStringLiteral("-");
                text += u"    "_s
                    + (p.evidence.isEmpty() ? DocumentCommands::tr("plan: %1; owner %2; due %3").arg(status, owner, due)
                                            : DocumentCommands::tr("plan: %1; owner %2; due %3; evidence: %4")
                                                  .arg(status, owner, due, p.evidence))
                    + u'\n';
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
        out(DocumentCommands::tr("removed document %1").arg(*id) + u'\n');
        return 0;
    });
}

const CliCommand::Registration listRegistration(CliCommand {QStringLiteral("list"), QStringLiteral("list"),
    QT_TRANSLATE_NOOP("CliCommand", "List the documents of the project"), list});
const CliCommand::Registration showRegistration(CliCommand {QStringLiteral("show"), QStringLiteral("show DOC"),
    QT_TRANSLATE_NOOP("CliCommand", "Show a document's segments with their tags, links, notes and plan"), show});
const CliCommand::Registration removeRegistration(CliCommand {QStringLiteral("remove"), QStringLiteral("remove DOC"),
    QT_TRANSLATE_NOOP("CliCommand", "Remove a document and its annotations"), remove});

} // namespace
} // namespace Scrutiny::Cli
