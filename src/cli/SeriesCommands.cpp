// SPDX-License-Identifier: GPL-3.0-or-later
// scrutiny-cli follows / unfollow / series / progress / progress-link: report series.
#include "CliCommand.h"
#include "ProjectCommandLine.h"

#include "series/SeriesProgress.h"
#include "series/SeriesProposal.h"

#include <QJsonDocument>

namespace Scrutiny::Cli {

namespace {

/// The translation context of these commands' messages.
struct SeriesCommands
{
    Q_DECLARE_TR_FUNCTIONS(SeriesCommands)
};

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
        out(SeriesCommands::tr("report %1 follows up report %2; series %3")
                .arg(QString::number(*later), QString::number(*earlier), chain(store, *later))
            + u'\n');
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
        out(SeriesCommands::tr("report %1 is in no series now; series %2")
                .arg(QString::number(*id), chain(store, other))
            + u'\n');
        return 0;
    });
}

int series(const QStringList &args)
{
    ProjectCommandLine commandLine(QStringLiteral("series [--propose] [--db DB]"),
        {QCommandLineOption(QStringLiteral("propose"),
            SeriesCommands::tr("Also propose series from each report's body, regulator, service area and date"))},
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
            out(SeriesCommands::tr("series %1").arg(chain(store, f.documentId)) + u'\n');
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
            out(SeriesCommands::tr("proposed: scrutiny-cli follows %1 %2\t%3")
                    .arg(QString::number(p.later), QString::number(p.earlier), p.reason)
                + u'\n');
        if (proposals.isEmpty())
            out(SeriesCommands::tr("no series to propose") + u'\n');
        return 0;
    });
}

QString cell(const SeriesProgress::Status &s)
{
    if (!s.type)
        return SeriesCommands::tr("unknown", "progress status");
    QStringList evidence;
    for (const SegmentRef &e : s.evidence)
        evidence.append(e.text());
    return QStringLiteral("%1%2 (%3)")
        .arg(toString(*s.type), s.confirmed ? QString() : QStringLiteral("?"), evidence.join(QStringLiteral(", ")));
}

int progress(const QStringList &args)
{
    ProjectCommandLine commandLine(QStringLiteral("progress DOC [--format text|json] [--db DB]"),
        {QCommandLineOption(QStringLiteral("format"), SeriesCommands::tr("text (default) or json"), QStringLiteral("F"),
            QStringLiteral("text"))},
        1, 1);
    return runProjectCommand(args, commandLine, false, [&](ProjectStore &store) {
        QString error;
        const QString format = commandLine.value(QStringLiteral("format"));
        if (format != QLatin1StringView("text") && format != QLatin1StringView("json"))
            return fail(SeriesCommands::tr("progress: unknown format \"%1\" (text or json)").arg(format), 2);
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
            out(SeriesCommands::tr(
                    "report %1 has no later report in its series: import the follow-up or progress report "
                    "and record it with `scrutiny-cli follows LATER %1`")
                    .arg(*id)
                + u'\n');
            return 0;
        }
        QString header = SeriesCommands::tr("priority") + u'\t' + SeriesCommands::tr("plan");
        for (qint64 r : progress->series.mid(1))
            header += u'\t' + SeriesCommands::tr("report %1").arg(r);
        out(header + QStringLiteral("\n"));
        for (const SeriesProgress::Priority &p : progress->priorities) {
            QString line
                = QStringLiteral("%1\t%2").arg(p.priority.text(), p.plan ? toString(*p.plan) : QStringLiteral("-"));
            for (const SeriesProgress::Status &s : p.statuses)
                line += u'\t' + cell(s);
            if (p.disagrees())
                line += u'\t' + SeriesCommands::tr("DISAGREES: the plan says done");
            out(line + u'\n');
        }
        for (const ProgressLink &l : progress->repeatFindings)
            out(SeriesCommands::tr("repeat finding: %1 repeats %2%3 (confidence %4)")
                    .arg(l.from.text(), l.to.text(), l.confirmed ? QString() : QStringLiteral("?"),
                        QString::number(l.confidence, 'f', 2))
                + u'\n');
        out(SeriesCommands::tr("? = suggested, not yet confirmed (confirm with scrutiny-cli progress-link)") + u'\n');
        return 0;
    });
}

int progressLink(const QStringList &args)
{
    ProjectCommandLine commandLine(
        QStringLiteral("progress-link FINDING TARGET --type T | progress-link --remove ID [--type T] [--db DB]"),
        {QCommandLineOption(QStringLiteral("type"),
             SeriesCommands::tr("met, progress, not-met, repeat or not-applicable"), QStringLiteral("T")),
            QCommandLineOption(
                QStringLiteral("remove"), SeriesCommands::tr("Remove progress link ID"), QStringLiteral("ID")),
            QCommandLineOption(QStringLiteral("set"), SeriesCommands::tr("Change the type of progress link ID"),
                QStringLiteral("ID"))},
        0, 2);
    return runProjectCommand(args, commandLine, true, [&](ProjectStore &store) {
        QString error;
        std::optional<ProgressType> type;
        if (commandLine.isSet(QStringLiteral("type"))) {
            type = progressTypeFromString(commandLine.value(QStringLiteral("type")));
            if (!type)
                return fail(SeriesCommands::tr("unknown progress type \"%1\"; use met, progress, not-met, repeat or "
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
                return fail(SeriesCommands::tr("\"%1\" is not a progress link id").arg(commandLine.value(option)), 2);
            if (option == QLatin1StringView("set") && !type)
                return fail(SeriesCommands::tr("--set needs --type"), 2);
            const bool done = option == QLatin1StringView("remove") ? store.removeProgressLink(linkId, &error)
                                                                    : store.setProgressType(linkId, *type, &error);
            if (!done)
                return fail(error);
            out((option == QLatin1StringView("remove") ? SeriesCommands::tr("removed progress link %1")
                                                       : SeriesCommands::tr("changed progress link %1"))
                    .arg(linkId)
                + u'\n');
            return 0;
        }
        if (commandLine.arguments().size() != 2 || !type)
            return fail(
                SeriesCommands::tr("usage: progress-link FINDING TARGET --type T (e.g. 2:F3 1:P2 --type met)"), 2);
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
        out(SeriesCommands::tr("progress link %1: %2 %3 %4")
                .arg(QString::number(link->id), link->from.text(), toString(link->type), link->to.text())
            + u'\n');
        return 0;
    });
}

const CliCommand::Registration followsRegistration(CliCommand {QStringLiteral("follows"),
    QStringLiteral("follows LATER EARLIER [--db DB]"),
    QT_TRANSLATE_NOOP("CliCommand", "Record that report LATER follows up report EARLIER (a report series)"), follows});
const CliCommand::Registration unfollowRegistration(
    CliCommand {QStringLiteral("unfollow"), QStringLiteral("unfollow DOC [--db DB]"),
        QT_TRANSLATE_NOOP("CliCommand", "Take a report out of its series; the others keep their order and links"),
        unfollow});
const CliCommand::Registration seriesRegistration(
    CliCommand {QStringLiteral("series"), QStringLiteral("series [--propose] [--db DB]"),
        QT_TRANSLATE_NOOP(
            "CliCommand", "List the report series of the project; --propose suggests new ones to confirm with follows"),
        series});
const CliCommand::Registration progressRegistration(
    CliCommand {QStringLiteral("progress"), QStringLiteral("progress DOC [--format text|json] [--db DB]"),
        QT_TRANSLATE_NOOP("CliCommand", "Progress on report DOC's priorities through every later report of its series"),
        progress});
const CliCommand::Registration progressLinkRegistration(CliCommand {QStringLiteral("progress-link"),
    QStringLiteral("progress-link FINDING TARGET --type T | --remove ID | --set ID --type T [--db DB]"),
    QT_TRANSLATE_NOOP("CliCommand",
        "Link a later finding to an earlier priority with a progress type (met, progress, not-met, "
        "repeat, not-applicable)"),
    progressLink});

} // namespace
} // namespace Scrutiny::Cli
