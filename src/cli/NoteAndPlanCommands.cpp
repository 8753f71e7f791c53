// SPDX-License-Identifier: GPL-3.0-or-later
// scrutiny-cli note / plan.
#include "CliCommand.h"
#include "ProjectCommandLine.h"

#include <QFile>

namespace Scrutiny::Cli {

namespace {

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
                return fail(QStringLiteral("cannot read standard input"));
            text = QString::fromUtf8(in.readAll());
        }
        if (!store.setNote(documentId, segment, text, &error))
            return fail(error);
        out(text.trimmed().isEmpty() ? QStringLiteral("removed the note on %1\n").arg(target)
                                     : QStringLiteral("noted on %1\n").arg(target));
        return 0;
    });
}

int plan(const QStringList &args)
{
    ProjectCommandLine commandLine(
        QStringLiteral("plan PRIORITY [--owner O] [--due YYYY-MM-DD] [--status S] [--evidence E]"),
        {QCommandLineOption(QStringLiteral("owner"), QStringLiteral("Who is responsible"), QStringLiteral("O")),
            QCommandLineOption(QStringLiteral("due"), QStringLiteral("Due date (YYYY-MM-DD; empty clears it)"),
                QStringLiteral("DATE")),
            QCommandLineOption(QStringLiteral("status"),
                QStringLiteral("not started, in progress, done, overdue or will not implement"), QStringLiteral("S")),
            QCommandLineOption(
                QStringLiteral("evidence"), QStringLiteral("Evidence of progress"), QStringLiteral("E"))},
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
                return fail(QStringLiteral("\"%1\" is not a date; use YYYY-MM-DD").arg(due), 2);
        }
        if (commandLine.isSet(QStringLiteral("status"))) {
            const auto status = planStatusFromString(commandLine.value(QStringLiteral("status")));
            if (!status)
                return fail(
                    QStringLiteral(
                        "unknown status \"%1\"; use not started, in progress, done, overdue or will not implement")
                        .arg(commandLine.value(QStringLiteral("status"))),
                    2);
            item.status = *status;
        }
        if (!store.setPlanItem(priority->documentId, item, &error))
            return fail(error);
        out(QStringLiteral("plan %1: %2\n").arg(priority->text(), toString(item.status)));
        return 0;
    });
}

const CliCommand::Registration noteRegistration(
    CliCommand {QStringLiteral("note"), QStringLiteral("note SEG|DOC TEXT|-"),
        QStringLiteral("Set the Markdown note on a segment (1:F3) or a document (1); empty text removes it"), note});
const CliCommand::Registration planRegistration(CliCommand {QStringLiteral("plan"),
    QStringLiteral("plan PRIORITY [--owner O] [--due DATE] [--status S] [--evidence E]"),
    QStringLiteral("Set the action plan of a priority (e.g. 1:P2)"), plan});

} // namespace
} // namespace Scrutiny::Cli
