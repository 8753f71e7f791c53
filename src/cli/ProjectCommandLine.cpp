// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectCommandLine.h"

#include "CliCommand.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Scrutiny::Cli {

ProjectCommandLine::ProjectCommandLine(
    const QString &usage, const QList<QCommandLineOption> &options, int minimumArguments, int maximumArguments)
    : m_usage(usage)
    , m_minimum(minimumArguments)
    , m_maximum(maximumArguments)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(
        QCommandLineOption(QStringLiteral("db"), QStringLiteral("Project database"), QStringLiteral("PATH")));
    m_parser.addOption(QCommandLineOption(QStringLiteral("busy-timeout"),
        QStringLiteral("Milliseconds to wait for another program's write"), QStringLiteral("MS")));
    m_parser.addOption(QCommandLineOption(QStringLiteral("author"),
        QCoreApplication::translate("Scrutiny::Cli",
            "Name recorded in the journal (default: $SCRUTINY_AUTHOR or "
            "your full name)"),
        QStringLiteral("NAME")));
    m_parser.addOption(QCommandLineOption(QStringLiteral("session"),
        QCoreApplication::translate("Scrutiny::Cli",
            "Session id recorded in the journal (default: "
            "$SCRUTINY_SESSION or a new one)"),
        QStringLiteral("ID")));
    m_parser.addOptions(options);
}

bool ProjectCommandLine::parse(const QStringList &args, QString *error)
{
    // QCommandLineParser expects the program name first.
    if (!m_parser.parse(QStringList {QStringLiteral("scrutiny-cli")} + args)) {
        *error = QStringLiteral("%1; usage: scrutiny-cli %2").arg(m_parser.errorText(), m_usage);
        return false;
    }
    const qsizetype n = m_parser.positionalArguments().size();
    if (n < m_minimum || (m_maximum >= 0 && n > m_maximum)) {
        *error = QStringLiteral("%1; usage: scrutiny-cli %2")
                     .arg(n < m_minimum ? QStringLiteral("missing arguments") : QStringLiteral("too many arguments"),
                         m_usage);
        return false;
    }
    if (m_parser.isSet(QStringLiteral("author")) && m_parser.value(QStringLiteral("author")).trimmed().isEmpty()) {
        *error = QCoreApplication::translate("Scrutiny::Cli", "--author needs a name");
        return false;
    }
    if (m_parser.isSet(QStringLiteral("session")) && m_parser.value(QStringLiteral("session")).trimmed().isEmpty()) {
        *error
            = QCoreApplication::translate("Scrutiny::Cli", "--session needs an id (as `scrutiny-cli journal` shows)");
        return false;
    }
    if (m_parser.isSet(QStringLiteral("busy-timeout"))) {
        bool ok = false;
        const int ms = m_parser.value(QStringLiteral("busy-timeout")).toInt(&ok);
        if (!ok || ms < 0) {
            *error = QStringLiteral("--busy-timeout needs milliseconds, not \"%1\"")
                         .arg(m_parser.value(QStringLiteral("busy-timeout")));
            return false;
        }
    }
    return true;
}

bool ProjectCommandLine::open(ProjectStore &store, bool writes, QString *error) const
{
    const QString path
        = m_parser.isSet(QStringLiteral("db")) ? m_parser.value(QStringLiteral("db")) : ProjectStore::defaultPath();
    if (m_parser.isSet(QStringLiteral("busy-timeout")))
        store.setBusyTimeout(m_parser.value(QStringLiteral("busy-timeout")).toInt());
    const QFileInfo info(path);
    const bool readOnlyFile = info.exists() && !(info.permissions() & QFileDevice::WriteOwner);
    if (!writes && !info.exists()) {
        *error = QStringLiteral("%1: no such project").arg(path);
        return false;
    }
    if (m_parser.isSet(QStringLiteral("author")))
        store.setAuthor(m_parser.value(QStringLiteral("author")).trimmed());
    if (!session().isEmpty())
        store.setSessionId(session());
    return store.open(path, error, !writes && readOnlyFile);
}

QString ProjectCommandLine::session() const
{
    if (m_parser.isSet(QStringLiteral("session")))
        return m_parser.value(QStringLiteral("session")).trimmed();
    return qEnvironmentVariable("SCRUTINY_SESSION").trimmed();
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

std::optional<SegmentList> ProjectCommandLine::segmentList(const QStringList &texts, QString *error)
{
    SegmentList list;
    QString first;
    for (const QString &text : texts) {
        const auto head = segmentName(text, error);
        if (!head)
            return std::nullopt;
        if (list.labels.isEmpty()) {
            list.documentId = head->documentId;
            first = text;
        } else if (head->documentId != list.documentId) {
            *error = QCoreApplication::translate(
                "Scrutiny::Cli", "name segments of one document at a time; %1 and %2 are in different ones")
                         .arg(first, text);
            return std::nullopt;
        }
        // "1:F1,F2,F3": the labels after the first share its document.
        for (const QString &label : head->label.split(QLatin1Char(','))) {
            if (label.trimmed().isEmpty()) {
                *error = QCoreApplication::translate("Scrutiny::Cli", "\"%1\" has an empty segment label").arg(text);
                return std::nullopt;
            }
            list.labels.append(label.trimmed());
        }
    }
    return list;
}

QString SegmentList::text() const
{
    QStringList names;
    for (const QString &label : labels)
        names.append(QStringLiteral("%1:%2").arg(documentId).arg(label));
    return names.join(u", ");
}

int runProjectCommand(const QStringList &args, ProjectCommandLine &commandLine, bool writes,
    const std::function<int(ProjectStore &store)> &body)
{
    QString error;
    if (!commandLine.parse(args, &error))
        return fail(error, 2);
    ProjectStore store;
    if (!commandLine.open(store, writes, &error))
        return fail(error);
    return body(store);
}

} // namespace Scrutiny::Cli
