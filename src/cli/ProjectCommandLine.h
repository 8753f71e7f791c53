// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ProjectStore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace Scrutiny::Cli {

/// A segment named on the command line as DOC:LABEL ("1:F3").
struct SegmentName
{
    qint64 documentId = 0;
    QString label;
    QString text() const { return QStringLiteral("%1:%2").arg(documentId).arg(label); }
};

/// Several segments of one document, named as DOC:LABEL,LABEL,... or as several
/// such arguments ("1:F1,F2 1:F3").
struct SegmentList
{
    qint64 documentId = 0;
    QStringList labels;
    QString text() const; ///< "1:F1, 1:F2"
};

/// The arguments of a project command: its own options plus --project PATH
/// (alias --db), --busy-timeout MS, --author NAME, --session ID and --help, which every project command
/// takes. Errors are one line.
///
/// The author recorded in the journal is --author, else $SCRUTINY_AUTHOR, else
/// the OS user's full name; the session is --session, else $SCRUTINY_SESSION,
/// else a new one for this run (so a script can group its steps under one id).
class ProjectCommandLine
{
public:
    /// `usage` is the synopsis shown when the arguments are wrong.
    ProjectCommandLine(
        const QString &usage, const QList<QCommandLineOption> &options, int minimumArguments, int maximumArguments);

    /// False on an error, and after printing the help for --help (helpShown()).
    bool parse(const QStringList &args, QString *error);
    bool helpShown() const { return m_helpShown; }
    /// Printed at the end of --help (the export formats).
    void setHelpNotes(const QString &notes) { m_helpNotes = notes; }
    QStringList arguments() const { return m_parser.positionalArguments(); }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }

    /// --project, the one given before the command, $SCRUTINY_PROJECT or the
    /// default project, in that order.
    QString projectPath() const;
    /// Opens projectPath(). A command that only reads opens a
    /// read-only file read-only; one that writes refuses it with a clear error.
    bool open(ProjectStore &store, bool writes, QString *error) const;

    static std::optional<SegmentName> segmentName(const QString &text, QString *error);
    static std::optional<SegmentList> segmentList(const QStringList &texts, QString *error);
    /// --session or $SCRUTINY_SESSION; empty when neither is given.
    QString session() const;
    static std::optional<qint64> documentId(const QString &text, QString *error);

private:
    QString busyTimeout() const;

    QCommandLineParser m_parser;
    QList<QCommandLineOption> m_options;
    bool m_helpShown = false;
    QString m_usage;
    QString m_helpNotes;
    int m_minimum = 0;
    int m_maximum = 0;
};

/// Runs `body` with a parsed command line and an open project, turning any
/// failure into "scrutiny-cli: ..." on stderr and exit code 1 (2 for bad usage).
int runProjectCommand(const QStringList &args, ProjectCommandLine &commandLine, bool writes,
    const std::function<int(ProjectStore &store)> &body);

} // namespace Scrutiny::Cli
