// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectCommandLine.h"

#include "CliCommand.h"
#include "store/ProjectLocation.h"

#include <QFileInfo>

namespace Scrutiny::Cli {

ProjectCommandLine::ProjectCommandLine(
    const QString &usage, const QList<QCommandLineOption> &options, int minimumArguments, int maximumArguments)
    : m_usage(usage)
    , m_minimum(minimumArguments)
    , m_maximum(maximumArguments)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_options = options;
    m_options.append(QCommandLineOption({QStringLiteral("project"), QStringLiteral("db")},
        QStringLiteral("The project (otherwise $SCRUTINY_PROJECT, otherwise the default project)"),
        QStringLiteral("PATH")));
    m_options.append(QCommandLineOption(QStringLiteral("busy-timeout"),
        QStringLiteral("Milliseconds to wait for another program's write"), QStringLiteral("MS")));
    m_options.append(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help")));
    m_parser.addOptions(m_options);
}

bool ProjectCommandLine::parse(const QStringList &args, QString *error)
{
    // QCommandLineParser expects the program name first.
    if (!m_parser.parse(QStringList {QStringLiteral("scrutiny-cli")} + args)) {
        *error = QStringLiteral("%1; usage: scrutiny-cli %2").arg(m_parser.errorText(), m_usage);
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        out(commandHelp(m_usage.section(u' ', 0, 0), m_options));
        m_helpShown = true;
        error->clear();
        return false;
    }
    const qsizetype n = m_parser.positionalArguments().size();
    if (n < m_minimum || (m_maximum >= 0 && n > m_maximum)) {
        *error = QStringLiteral("%1; usage: scrutiny-cli %2")
                     .arg(n < m_minimum ? QStringLiteral("missing arguments") : QStringLiteral("too many arguments"),
                         m_usage);
        return false;
    }
    const QString busyTimeout = this->busyTimeout();
    if (!busyTimeout.isEmpty()) {
        bool ok = false;
        const int ms = busyTimeout.toInt(&ok);
        if (!ok || ms < 0) {
            *error = QStringLiteral("--busy-timeout needs milliseconds, not \"%1\"").arg(busyTimeout);
            return false;
        }
    }
    return true;
}

QString ProjectCommandLine::busyTimeout() const
{
    return m_parser.isSet(QStringLiteral("busy-timeout")) ? m_parser.value(QStringLiteral("busy-timeout"))
                                                          : globalOptions().busyTimeout;
}

QString ProjectCommandLine::projectPath() const
{
    return ProjectLocation::resolve(m_parser.isSet(QStringLiteral("project"))
            ? m_parser.value(QStringLiteral("project"))
            : globalOptions().project);
}

bool ProjectCommandLine::open(ProjectStore &store, bool writes, QString *error) const
{
    const QString path = projectPath();
    if (!busyTimeout().isEmpty())
        store.setBusyTimeout(busyTimeout().toInt());
    const QFileInfo info(path);
    const bool readOnlyFile = info.exists() && !(info.permissions() & QFileDevice::WriteOwner);
    if (!writes && !info.exists()) {
        *error = QStringLiteral("%1: no such project").arg(path);
        return false;
    }
    return store.open(path, error, !writes && readOnlyFile);
}

std::optional<qint64> ProjectCommandLine::documentId(const QString &text, QString *error)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        *error = QStringLiteral("\"%1\" is not a document id (a number, as `scrutiny-cli list` shows)").arg(text);
        return std::nullopt;
    }
    return id;
}

std::optional<SegmentName> ProjectCommandLine::segmentName(const QString &text, QString *error)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == text.size() - 1) {
        *error = QStringLiteral("\"%1\" is not a segment; name one as DOCUMENT:SEGMENT, e.g. 1:F3").arg(text);
        return std::nullopt;
    }
    const auto id = documentId(text.left(colon), error);
    if (!id)
        return std::nullopt;
    return SegmentName {*id, text.mid(colon + 1).toUpper()};
}

int runProjectCommand(const QStringList &args, ProjectCommandLine &commandLine, bool writes,
    const std::function<int(ProjectStore &store)> &body)
{
    QString error;
    if (!commandLine.parse(args, &error))
        return commandLine.helpShown() ? 0 : fail(error, 2);
    ProjectStore store;
    if (!commandLine.open(store, writes, &error))
        return fail(error);
    return body(store);
}

} // namespace Scrutiny::Cli
