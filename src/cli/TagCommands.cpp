// SPDX-License-Identifier: GPL-3.0-or-later
// scrutiny-cli tag / untag / tags.
#include "CliCommand.h"
#include "ProjectCommandLine.h"

namespace Scrutiny::Cli {

namespace {

/// The translation context of these commands' messages.
struct TagCommands
{
    Q_DECLARE_TR_FUNCTIONS(TagCommands)
};

int tag(const QStringList &args)
{
    ProjectCommandLine commandLine(QStringLiteral("tag SEG... TAG [--colour COLOUR]"),
        {QCommandLineOption(
            QStringLiteral("colour"), TagCommands::tr("Colour of a new tag"), QStringLiteral("COLOUR"))},
        2, -1);
    return runProjectCommand(args, commandLine, true, [&](ProjectStore &store) {
        QString error;
        const QStringList arguments = commandLine.arguments();
        const auto segments = ProjectCommandLine::segmentList(arguments.mid(0, arguments.size() - 1), &error);
        if (!segments)
            return fail(error, 2);
        QColor colour;
        if (commandLine.isSet(QStringLiteral("colour"))) {
            colour = QColor::fromString(commandLine.value(QStringLiteral("colour")));
            if (!colour.isValid())
                return fail(TagCommands::tr("\"%1\" is not a colour (try #d62728 or red)")
                                .arg(commandLine.value(QStringLiteral("colour"))),
                    2);
        }
        // Every segment named, one transaction and one undo step.
        const auto t
            = store.tagSegmentsByName(segments->documentId, segments->labels, arguments.constLast(), &error, colour);
        if (!t)
            return fail(error);
        out(TagCommands::tr("tagged %1 with %2").arg(segments->text(), t->name) + u'\n');
        return 0;
    });
}

int untag(const QStringList &args)
{
    ProjectCommandLine commandLine(QStringLiteral("untag SEG... TAG"), {}, 2, -1);
    return runProjectCommand(args, commandLine, true, [&](ProjectStore &store) {
        QString error;
        const QStringList arguments = commandLine.arguments();
        const auto segments = ProjectCommandLine::segmentList(arguments.mid(0, arguments.size() - 1), &error);
        if (!segments)
            return fail(error, 2);
        const auto t = store.tagByName(arguments.constLast());
        if (!t)
            return fail(TagCommands::tr("no tag named \"%1\" in the project").arg(arguments.constLast()));
        if (!store.untagSegments(segments->documentId, segments->labels, t->id, &error))
            return fail(error);
        out(TagCommands::tr("removed tag %1 from %2").arg(t->name, segments->text()) + u'\n');
        return 0;
    });
}

int tags(const QStringList &args)
{
    ProjectCommandLine commandLine(QStringLiteral("tags"), {}, 0, 0);
    return runProjectCommand(args, commandLine, false, [&](ProjectStore &store) {
        const QList<Tag> all = store.tags();
        const QHash<qint64, int> usage = store.tagUsage();
        QHash<qint64, QString> names;
        for (const Tag &t : all)
            names.insert(t.id, t.name);
        for (const Tag &t : all)
            out(QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                    .arg(t.name, t.colour.name(), TagCommands::tr("%n segment(s)", nullptr, usage.value(t.id)),
                        t.parentId ? TagCommands::tr("under %1").arg(names.value(t.parentId)) : QStringLiteral("-"),
                        t.description));
        return 0;
    });
}

const CliCommand::Registration tagRegistration(
    CliCommand {QStringLiteral("tag"), QStringLiteral("tag SEG... TAG [--colour COLOUR]"),
        QT_TRANSLATE_NOOP(
            "CliCommand", "Tag segments (e.g. 1:F3, or 1:F1,F2,F3 as one step); a new tag name creates the tag"),
        tag});
const CliCommand::Registration untagRegistration(
    CliCommand {QStringLiteral("untag"), QStringLiteral("untag SEG... TAG"),
        QT_TRANSLATE_NOOP("CliCommand", "Remove a tag from segments (one step)"), untag});
const CliCommand::Registration tagsRegistration(CliCommand {QStringLiteral("tags"), QStringLiteral("tags"),
    QT_TRANSLATE_NOOP("CliCommand", "List the project's tags and how often each is used"), tags});

} // namespace
} // namespace Scrutiny::Cli
