// SPDX-License-Identifier: GPL-3.0-or-later
// scrutiny-cli note / plan.
#include "CliCommand.h"
#include "ProjectCommandLine.h"

#include <QFile>

namespace Scrutiny::Cli {

namespace {

/// The translation context of these commands' messages.
struct NoteAndPlanCommands
{
    Q_DECLARE_TR_FUNCTIONS(NoteAndPlanCommands)
};

int note(const QStringList &args)
{
    ProjectCommandLine commandLine(QStringLiteral("note SEG|DOC TEXT|-"), {}, 2, 2);
    return runProjectCommand(args, commandLine, true, [&](ProjectStore &store) {
        QString error;
        const QString target = commandLine.arguments().at(0);
        qint64 documentId = 0;
        QString segment;
        if (target.contains(QLatin1Char(':'))) {
            const auto s = ProjectCommandLine::segmentName(target, &error);
            if (!s)
                return fail(error, 2);
            documentId = s->documentId;
            segment = s->label;
        } else {
            const auto id = ProjectCommandLine::documentId(target, &error);
            if (!id)
                return fail(error, 2);
            documentId = *id;
        }
        QString text = commandLine.arguments().at(1);
        if (text == QLatin1StringView("-")) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly))
                return fail(NoteAndPlanCommands::tr("cannot read standard input"));
            text = QString::fromUtf8(in.readAll());
        }
        if (!store.setNote(documentId, segment, text, &error))
            return fail(error);
        out((text.trimmed().isEmpty() ? NoteAndPlanCommands::tr("removed the note on %1")
                                      : NoteAndPlanCommands::tr("noted on %1"))
                .arg(target)
            + u'\n');
        return 0;
    });
}

int plan(const QStringList &args)
{
    ProjectCommandLine commandLine(
        QStringLiteral("plan PRIORITY [--owner O] [--due YYYY-MM-DD] [--status S] [--evidence E]"),
        {QCommandLineOption(
             QStringLiteral("owner"), NoteAndPlanCommands::tr("Who is responsible"), QStringLiteral("O")),
            QCommandLineOption(QStringLiteral("due"), NoteAndPlanCommands::tr("Due date (YYYY-MM-DD; empty clears it)"),
                QStringLiteral("DATE")),
            QCommandLineOption(QStringLiteral("status"),
                NoteAndPlanCommands::tr("not started, in progress, done, overdue or will not implement"),
                QStringLiteral("S")),
            QCommandLineOption(
                QStringLiteral("evidence"), NoteAndPlanCommands::tr("Evidence of progress"), QStringLiteral("E"))},
        1, 1);
    return runProjectCommand(args, commandLine, true, [&](ProjectStore &store) {
        QString error;
        const auto priority = ProjectCommandLine::segmentName(commandLine.arguments().constFirst(), &error);
        if (!priority)
            return fail(error, 2);
        const auto report = store.annotatedReport(priority->documentId, &error);
        if (!report)
            return fail(error);
        // Only the options given change; the rest of the item stays as it was.
        PlanItem item;
        item.priority = priority->label;
        for (const PlanItem &p : report->plan) {
            if (p.priority == priority->label)
                item = p;
        }
        if (commandLine.isSet(QStringLiteral("owner")))
            item.owner = commandLine.value(QStringLiteral("owner"));
        if (commandLine.isSet(QStringLiteral("evidence")))
            item.evidence = commandLine.value(QStringLiteral("evidence"));
        if (commandLine.isSet(QStringLiteral("due"))) {
            const QString due = commandLine.value(QStringLiteral("due"));
            item.due = QDate::fromString(due, Qt::ISODate);
            if (!due.isEmpty() && !item.due.isValid())
                return fail(NoteAndPlanCommands::tr("\"%1\" is not a date; use YYYY-MM-DD").arg(due), 2);
        }
        if (commandLine.isSet(QStringLiteral("status"))) {
            const auto status = planStatusFromString(commandLine.value(QStringLiteral("status")));
            if (!status)
                return fail(
                    NoteAndPlanCommands::tr(
                        "unknown status \"%1\"; use not started, in progress, done, overdue or will not implement")
                        .arg(commandLine.value(QStringLiteral("status"))),
                    2);
            item.status = *status;
        }
        if (!store.setPlanItem(priority->documentId, item, &error))
            return fail(error);
        out(NoteAndPlanCommands::tr("plan %1: %2").arg(priority->text(), toString(item.status)) + u'\n');
        return 0;
    });
}

const CliCommand::Registration noteRegistration(
    CliCommand {QStringLiteral("note"), QStringLiteral("note SEG|DOC TEXT|-"),
        QT_TRANSLATE_NOOP(
            "CliCommand", "Set the Markdown note on a segment (1:F3) or a document (1); empty text removes it"),
        note});
const CliCommand::Registration planRegistration(CliCommand {QStringLiteral("plan"),
    QStringLiteral("plan PRIORITY [--owner O] [--due DATE] [--status S] [--evidence E]"),
    QT_TRANSLATE_NOOP("CliCommand", "Set the action plan of a priority (e.g. 1:P2)"), plan});

} // namespace
} // namespace Scrutiny::Cli
