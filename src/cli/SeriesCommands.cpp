// SPDX-License-Identifier: GPL-3.0-or-later
// scrutiny-cli follows / unfollow / series / progress / progress-link: report series.
#include "CliCommand.h"
#include "ProjectCommandLine.h"

#include "series/SeriesProgress.h"
#include "series/SeriesProposal.h"

#include <QJsonDocument>

namespace Scrutiny::Cli {

namespace {

QString chain(const ProjectStore &store, qint64 documentId)
{
    QStringList ids;
    for (qint64 id : store.series(documentId))
        ids.append(QString::number(id));
    return ids.join(QStringLiteral(" -> "));
}

int follows(const QStringList &args)
{
    ProjectCommandLine commandLine(QStringLiteral("follows LATER EARLIER [--db DB]"), {}, 2, 2);
    return runProjectCommand(args, commandLine, true, [&](ProjectStore &store) {
        QString error;
        const auto later = ProjectCommandLine::documentId(commandLine.arguments().at(0), &error);
        if (!later)
            return fail(error, 2);
        const auto earlier = ProjectCommandLine::documentId(commandLine.arguments().at(1), &error);
        if (!earlier)
            return fail(error, 2);
        if (!store.setFollows(*later, *earlier, &error))
            return fail(error);
        out(QStringLiteral("report %1 follows up report %2; series %3\n")
                .arg(*later)
                .arg(*earlier)
                .arg(chain(store, *later)));
        return 0;
    });
}

int unfollow(const QStringList &args)
{
    ProjectCommandLine commandLine(QStringLiteral("unfollow DOC [--db DB]"), {}, 1, 1);
    return runProjectCommand(args, commandLine, true, [&](ProjectStore &store) {
        QString error;
        const auto id = ProjectCommandLine::documentId(commandLine.arguments().at(0), &error);
        if (!id)
            return fail(error, 2);
        const QList<qint64> before = store.series(*id);
        if (!store.leaveSeries(*id, &error))
            return fail(error);
        const qint64 other = before.value(before.indexOf(*id) == 0 ? 1 : 0);
        out(QStringLiteral("report %1 is in no series now; series %2\n").arg(*id).arg(chain(store, other)));
        return 0;
    });
}

int series(const QStringList &args)
{
    ProjectCommandLine commandLine(QStringLiteral("series [--propose] [--db DB]"),
        {QCommandLineOption(QStringLiteral("propose"),
            QStringLiteral("Also propose series from each report's body, regulator, service area and date"))},
        0, 0);
    return runProjectCommand(args, commandLine, false, [&](ProjectStore &store) {
        QSet<qint64> shown;
        QHash<qint64, QString> titles;
        const auto documents = store.documents();
        for (const auto &d : documents)
            titles.insert(d.id, d.title);
        QHash<qint64, qint64> existing;
        for (const FollowUp &f : store.followUps()) {
            existing.insert(f.documentId, f.followsId);
            const QList<qint64> members = store.series(f.documentId);
            if (shown.contains(members.constFirst()))
                continue;
            shown.insert(members.constFirst());
            out(QStringLiteral("series %1\n").arg(chain(store, f.documentId)));
            for (qint64 id : members)
                out(QStringLiteral("  %1\t%2\n").arg(id).arg(titles.value(id)));
        }
        if (!commandLine.isSet(QStringLiteral("propose")))
            return 0;
        QList<SeriesProposal::Report> reports;
        for (const auto &d : documents) {
            QString error;
            const auto a = store.annotatedReport(d.id, &error);
            if (!a)
                return fail(error);
            reports.append(SeriesProposal::Report {d.id, ReportFacts::read(a->report)});
        }
        const QList<SeriesProposal> proposals = SeriesProposal::propose(reports, existing);
        for (const SeriesProposal &p : proposals)
            out(QStringLiteral("proposed: scrutiny-cli follows %1 %2\t%3\n").arg(p.later).arg(p.earlier).arg(p.reason));
        if (proposals.isEmpty())
            out(QStringLiteral("no series to propose\n"));
        return 0;
    });
}

QString cell(const SeriesProgress::Status &s)
{
    if (!s.type)
        return QStringLiteral("unknown");
    QStringList evidence;
    for (const SegmentRef &e : s.evidence)
        evidence.append(e.text());
    return QStringLiteral("%1%2 (%3)")
        .arg(toString(*s.type), s.confirmed ? QString() : QStringLiteral("?"), evidence.join(QStringLiteral(", ")));
}

int progress(const QStringList &args)
{
    ProjectCommandLine commandLine(QStringLiteral("progress DOC [--format text|json] [--db DB]"),
        {QCommandLineOption(QStringLiteral("format"), QStringLiteral("text (default) or json"), QStringLiteral("F"),
            QStringLiteral("text"))},
        1, 1);
    return runProjectCommand(args, commandLine, false, [&](ProjectStore &store) {
        QString error;
        const QString format = commandLine.value(QStringLiteral("format"));
        if (format != QLatin1StringView("text") && format != QLatin1StringView("json"))
            return fail(QStringLiteral("progress: unknown format \"%1\" (text or json)").arg(format), 2);
        const auto id = ProjectCommandLine::documentId(commandLine.arguments().at(0), &error);
        if (!id)
            return fail(error, 2);
        const auto progress = SeriesProgress::read(store, *id, &error);
        if (!progress)
            return fail(error);
        if (format == QLatin1StringView("json")) {
            out(QJsonDocument(progress->toJson()).toJson(QJsonDocument::Indented));
            return 0;
        }
        if (progress->series.size() < 2) {
            out(QStringLiteral("report %1 has no later report in its series: import the follow-up or progress report "
                               "and record it with `scrutiny-cli follows LATER %1`\n")
                    .arg(*id));
            return 0;
        }
        QString header = QStringLiteral("priority\tplan");
        for (qint64 r : progress->series.mid(1))
            header += QStringLiteral("\treport %1").arg(r);
        out(header + QStringLiteral("\n"));
        for (const SeriesProgress::Priority &p : progress->priorities) {
            QString line
                = QStringLiteral("%1\t%2").arg(p.priority.text(), p.plan ? toString(*p.plan) : QStringLiteral("-"));
            for (const SeriesProgress::Status &s : p.statuses)
                line += u'\t' + cell(s);
            if (p.disagrees())
                line += QStringLiteral("\tDISAGREES: the plan says done");
            out(line + u'\n');
        }
        for (const ProgressLink &l : progress->repeatFindings)
            out(QStringLiteral("repeat finding: %1 repeats %2%3 (confidence %4)\n")
                    .arg(l.from.text(), l.to.text(), l.confirmed ? QString() : QStringLiteral("?"))
                    .arg(l.confidence, 0, 'f', 2));
        out(QStringLiteral("? = suggested, not yet confirmed (confirm with scrutiny-cli progress-link)\n"));
        return 0;
    });
}

int progressLink(const QStringList &args)
{
    ProjectCommandLine commandLine(
        QStringLiteral("progress-link FINDING TARGET --type T | progress-link --remove ID [--type T] [--db DB]"),
        {QCommandLineOption(QStringLiteral("type"), QStringLiteral("met, progress, not-met, repeat or not-applicable"),
             QStringLiteral("T")),
            QCommandLineOption(
                QStringLiteral("remove"), QStringLiteral("Remove progress link ID"), QStringLiteral("ID")),
            QCommandLineOption(
                QStringLiteral("set"), QStringLiteral("Change the type of progress link ID"), QStringLiteral("ID"))},
        0, 2);
    return runProjectCommand(args, commandLine, true, [&](ProjectStore &store) {
        QString error;
        std::optional<ProgressType> type;
        if (commandLine.isSet(QStringLiteral("type"))) {
            type = progressTypeFromString(commandLine.value(QStringLiteral("type")));
            if (!type)
                return fail(QStringLiteral("unknown progress type \"%1\"; use met, progress, not-met, repeat or "
                                           "not-applicable")
                                .arg(commandLine.value(QStringLiteral("type"))),
                    2);
        }
        for (const QString &option : {QStringLiteral("remove"), QStringLiteral("set")}) {
            if (!commandLine.isSet(option))
                continue;
            bool ok = false;
            const qint64 linkId = commandLine.value(option).toLongLong(&ok);
            if (!ok || linkId <= 0)
                return fail(QStringLiteral("\"%1\" is not a progress link id").arg(commandLine.value(option)), 2);
            if (option == QLatin1StringView("set") && !type)
                return fail(QStringLiteral("--set needs --type"), 2);
            const bool done = option == QLatin1StringView("remove") ? store.removeProgressLink(linkId, &error)
                                                                    : store.setProgressType(linkId, *type, &error);
            if (!done)
                return fail(error);
            out(QStringLiteral("%1 progress link %2\n")
                    .arg(option == QLatin1StringView("remove") ? QStringLiteral("removed") : QStringLiteral("changed"))
                    .arg(linkId));
            return 0;
        }
        if (commandLine.arguments().size() != 2 || !type)
            return fail(QStringLiteral("usage: progress-link FINDING TARGET --type T (e.g. 2:F3 1:P2 --type met)"), 2);
        const auto from = ProjectCommandLine::segmentName(commandLine.arguments().at(0), &error);
        if (!from)
            return fail(error, 2);
        const auto to = ProjectCommandLine::segmentName(commandLine.arguments().at(1), &error);
        if (!to)
            return fail(error, 2);
        const auto link = store.addProgressLink(
            SegmentRef {from->documentId, from->label}, SegmentRef {to->documentId, to->label}, *type, &error);
        if (!link)
            return fail(error);
        out(QStringLiteral("progress link %1: %2 %3 %4\n")
                .arg(link->id)
                .arg(link->from.text(), toString(link->type), link->to.text()));
        return 0;
    });
}

const CliCommand::Registration followsRegistration(
    CliCommand {QStringLiteral("follows"), QStringLiteral("follows LATER EARLIER [--db DB]"),
        QStringLiteral("Record that report LATER follows up report EARLIER (a report series)"), follows});
const CliCommand::Registration unfollowRegistration(
    CliCommand {QStringLiteral("unfollow"), QStringLiteral("unfollow DOC [--db DB]"),
        QStringLiteral("Take a report out of its series; the others keep their order and links"), unfollow});
const CliCommand::Registration seriesRegistration(
    CliCommand {QStringLiteral("series"), QStringLiteral("series [--propose] [--db DB]"),
        QStringLiteral("List the report series of the project; --propose suggests new ones to confirm with follows"),
        series});
const CliCommand::Registration progressRegistration(
    CliCommand {QStringLiteral("progress"), QStringLiteral("progress DOC [--format text|json] [--db DB]"),
        QStringLiteral("Progress on report DOC's priorities through every later report of its series"), progress});
const CliCommand::Registration progressLinkRegistration(CliCommand {QStringLiteral("progress-link"),
    QStringLiteral("progress-link FINDING TARGET --type T | --remove ID | --set ID --type T [--db DB]"),
    QStringLiteral("Link a later finding to an earlier priority with a progress type (met, progress, not-met, "
                   "repeat, not-applicable)"),
    progressLink});

} // namespace
} // namespace Scrutiny::Cli
