// SPDX-License-Identifier: GPL-3.0-or-later
// scrutiny-cli segment / split / merge: fixing the importer's mistakes.
#include "CliCommand.h"
#include "ProjectCommandLine.h"

namespace Scrutiny::Cli {

namespace {

/// The translation context of these commands' messages.
struct SegmentCommands
{
    Q_DECLARE_TR_FUNCTIONS(SegmentCommands)
};

int segment(const QStringList &args)
{
    ProjectCommandLine commandLine(QStringLiteral("segment SEG [--kind K] [--side S] [--speaker NAME] [--role ROLE]"),
        {QCommandLineOption(QStringLiteral("kind"), SegmentCommands::tr("New kind"), QStringLiteral("K")),
            QCommandLineOption(QStringLiteral("side"), SegmentCommands::tr("review or council"), QStringLiteral("S")),
            QCommandLineOption(
                QStringLiteral("speaker"), SegmentCommands::tr("Speaker of a quote"), QStringLiteral("NAME")),
            QCommandLineOption(QStringLiteral("role"), SegmentCommands::tr("Speaker's role"), QStringLiteral("ROLE"))},
        1, 1);
    return runProjectCommand(args, commandLine, true, [&](ProjectStore &store) {
        QString error;
        const auto name = ProjectCommandLine::segmentName(commandLine.arguments().constFirst(), &error);
        if (!name)
            return fail(error, 2);
        const auto report = store.annotatedReport(name->documentId, &error);
        if (!report)
            return fail(error);
        const Segment *s = report->report.segment(name->label);
        if (!s)
            return fail(SegmentCommands::tr("document %1 has no segment %2")
                            .arg(QString::number(name->documentId), name->label));
        Segment changed = *s;
        if (commandLine.isSet(QStringLiteral("kind"))) {
            const auto kind = segmentKindFromString(commandLine.value(QStringLiteral("kind")).toLower());
            if (!kind)
                return fail(
                    SegmentCommands::tr("unknown kind \"%1\"").arg(commandLine.value(QStringLiteral("kind"))), 2);
            changed.kind = *kind;
        }
        if (commandLine.isSet(QStringLiteral("side"))) {
            const auto side = sideFromString(commandLine.value(QStringLiteral("side")).toLower());
            if (!side)
                return fail(SegmentCommands::tr("unknown side \"%1\"; use review or council")
                                .arg(commandLine.value(QStringLiteral("side"))),
                    2);
            changed.side = *side;
        }
        if (commandLine.isSet(QStringLiteral("speaker")))
            changed.speakerName = commandLine.value(QStringLiteral("speaker"));
        if (commandLine.isSet(QStringLiteral("role")))
            changed.speakerRole = commandLine.value(QStringLiteral("role"));
        if (!store.updateSegment(name->documentId, name->label, changed.kind, changed.side, changed.speakerName,
                changed.speakerRole, &error))
            return fail(error);
        out(SegmentCommands::tr("updated %1 (labels may have changed: see `show %2`)")
                .arg(name->text(), QString::number(name->documentId))
            + u'\n');
        return 0;
    });
}

int split(const QStringList &args)
{
    ProjectCommandLine commandLine(QStringLiteral("split SEG OFFSET|TEXT"), {}, 2, 2);
    return runProjectCommand(args, commandLine, true, [&](ProjectStore &store) {
        QString error;
        const auto name = ProjectCommandLine::segmentName(commandLine.arguments().at(0), &error);
        if (!name)
            return fail(error, 2);
        const QString at = commandLine.arguments().at(1);
        bool isNumber = false;
        qsizetype offset = at.toLongLong(&isNumber);
        if (!isNumber) {
            // Split before the given words.
            const auto report = store.annotatedReport(name->documentId, &error);
            if (!report)
                return fail(error);
            const Segment *s = report->report.segment(name->label);
            if (!s)
                return fail(SegmentCommands::tr("document %1 has no segment %2")
                                .arg(QString::number(name->documentId), name->label));
            offset = s->text.indexOf(at);
            if (offset < 0)
                return fail(SegmentCommands::tr("\"%1\" does not occur in %2").arg(at, name->text()));
        }
        if (!store.splitSegment(name->documentId, name->label, offset, &error))
            return fail(error);
        out(SegmentCommands::tr("split %1").arg(name->text()) + u'\n');
        return 0;
    });
}

int merge(const QStringList &args)
{
    ProjectCommandLine commandLine(QStringLiteral("merge SEG"), {}, 1, 1);
    return runProjectCommand(args, commandLine, true, [&](ProjectStore &store) {
        QString error;
        const auto name = ProjectCommandLine::segmentName(commandLine.arguments().constFirst(), &error);
        if (!name)
            return fail(error, 2);
        if (!store.mergeSegments(name->documentId, name->label, &error))
            return fail(error);
        out(SegmentCommands::tr("merged %1 with the segment after it").arg(name->text()) + u'\n');
        return 0;
    });
}

const CliCommand::Registration segmentRegistration(CliCommand {QStringLiteral("segment"),
    QStringLiteral("segment SEG [--kind K] [--side S] [--speaker NAME] [--role ROLE]"),
    QT_TRANSLATE_NOOP("CliCommand", "Correct a segment's kind, side or speaker"), segment});
const CliCommand::Registration splitRegistration(
    CliCommand {QStringLiteral("split"), QStringLiteral("split SEG OFFSET|TEXT"),
        QT_TRANSLATE_NOOP("CliCommand", "Split a segment at an offset or before some words"), split});
const CliCommand::Registration mergeRegistration(CliCommand {QStringLiteral("merge"), QStringLiteral("merge SEG"),
    QT_TRANSLATE_NOOP("CliCommand", "Merge a segment with the one after it"), merge});

} // namespace
} // namespace Scrutiny::Cli
