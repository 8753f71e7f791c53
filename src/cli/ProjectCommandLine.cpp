// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectCommandLine.h"

#include "CliCommand.h"
#include "store/ProjectLocation.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Scrutiny::Cli {

namespace {
// QCommandLineParser's own errors, which start our usage errors: Qt has no Welsh
// for them, so they are listed here for lupdate and translated in our catalogue
// under Qt's context (translators are asked in turn, ours among them).
[[maybe_unused]] constexpr const char *parserErrors[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};
} // namespace

ProjectCommandLine::ProjectCommandLine(
    const QString &usage, const QList<QCommandLineOption> &options, int minimumArguments, int maximumArguments)
    : m_usage(usage)
    , m_minimum(minimumArguments)
    , m_maximum(maximumArguments)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_options = options;
    m_options.append(QCommandLineOption({QStringLiteral("project"), QStringLiteral("db")},
        QCoreApplication::translate(
            "Scrutiny::Cli", "The project (otherwise $SCRUTINY_PROJECT, otherwise the default project)"),
        QStringLiteral("PATH")));
    m_options.append(QCommandLineOption(QStringLiteral("busy-timeout"),
        QCoreApplication::translate("Scrutiny::Cli", "Milliseconds to wait for another program's write"),
        QStringLiteral("MS")));
    m_options.append(QCommandLineOption(QStringLiteral("author"),
        QCoreApplication::translate("Scrutiny::Cli",
            "Name recorded in the journal (default: $SCRUTINY_AUTHOR or "
            "your full name)"),
        QStringLiteral("NAME")));
    m_options.append(QCommandLineOption(QStringLiteral("session"),
        QCoreApplication::translate("Scrutiny::Cli",
            "Session id recorded in the journal (default: "
            "$SCRUTINY_SESSION or a new one)"),
        QStringLiteral("ID")));
    m_options.append(QCommandLineOption(QStringLiteral("read-only"),
        QCoreApplication::translate("Scrutiny::Cli", "Open the project read-only (commands that change it refuse)")));
    m_options.append(QCommandLineOption(
        {QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("Scrutiny::Cli", "Show this help")));
    m_parser.addOptions(m_options);
}

bool ProjectCommandLine::parse(const QStringList &args, QString *error)
{
    // QCommandLineParser expects the program name first.
    if (!m_parser.parse(QStringList {QStringLiteral("scrutiny-cli")} + args)) {
        *error = QCoreApplication::translate("Scrutiny::Cli", "%1; usage: scrutiny-cli %2")
                     .arg(m_parser.errorText(), m_usage);
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        out(commandHelp(m_usage.section(u' ', 0, 0), m_options, m_helpNotes));
        m_helpShown = true;
        error->clear();
        return false;
    }
    const qsizetype n = m_parser.positionalArguments().size();
    if (n < m_minimum || (m_maximum >= 0 && n > m_maximum)) {
        *error = n < m_minimum
            ? QCoreApplication::translate("Scrutiny::Cli", "missing arguments; usage: scrutiny-cli %1").arg(m_usage)
            : QCoreApplication::translate("Scrutiny::Cli", "too many arguments; usage: scrutiny-cli %1").arg(m_usage);
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
    const QString busyTimeout = this->busyTimeout();
    if (!busyTimeout.isEmpty()) {
        bool ok = false;
        const int ms = busyTimeout.toInt(&ok);
        if (!ok || ms < 0) {
            *error = QCoreApplication::translate("Scrutiny::Cli", "--busy-timeout needs milliseconds, not \"%1\"")
                         .arg(busyTimeout);
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
    if (!writes && !info.exists() && !info.isSymLink()) {
        *error = QCoreApplication::translate("Scrutiny::Cli", "%1: no such project").arg(path);
        return false;
    }
    if (m_parser.isSet(QStringLiteral("author")))
        store.setAuthor(m_parser.value(QStringLiteral("author")).trimmed());
    if (!session().isEmpty())
        store.setSessionId(session());
    // A command that only reads needs no write permission on the file or its folder.
    const bool readOnlyPlace
        = info.exists() && (!ProjectStore::writableByUser(path) || !ProjectStore::writableByUser(info.absolutePath()));
    const bool readOnly = m_parser.isSet(QStringLiteral("read-only")) || (!writes && readOnlyPlace);
    if (!store.open(path, error, readOnly)) {
        // A full disk or a lost lock file can stop a read-write open (WAL set-up, migration)
        // where reading alone still works: a command that only reads tries that.
        QString readOnlyError;
        if (writes || readOnly || !store.open(path, &readOnlyError, true))
            return false;
        error->clear();
    }
    if (writes && !store.damage().isEmpty()) {
        *error = store.damage();
        return false;
    }
    if (!store.damage().isEmpty())
        fail(store.damage());
    return true;
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
        *error = QCoreApplication::translate(
            "Scrutiny::Cli", "\"%1\" is not a document id (a number, as `scrutiny-cli list` shows)")
                     .arg(text);
        return std::nullopt;
    }
    return id;
}

std::optional<SegmentName> ProjectCommandLine::segmentName(const QString &text, QString *error)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == text.size() - 1) {
        *error = QCoreApplication::translate(
            "Scrutiny::Cli", "\"%1\" is not a segment; name one as DOCUMENT:SEGMENT, e.g. 1:F3")
                     .arg(text);
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
        return commandLine.helpShown() ? 0 : fail(error, 2);
    ProjectStore store;
    if (!commandLine.open(store, writes, &error))
        return fail(error);
    const int code = body(store);
    // A read that failed must not end in silence and exit 0 (an empty list from a damaged file).
    if (code == 0 && !store.lastReadError().isEmpty())
        return fail(store.damage().isEmpty() ? store.lastReadError() : store.damage());
    return code;
}

} // namespace Scrutiny::Cli
