// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace Scrutiny {

/// `scrutiny [OPTIONS] [FILE...]`: the options a user sees (--project, alias
/// --db; --theme; --language; --author; help; version) and the hidden ones the tools and
/// tests use (--screenshot, --raise, --select, --quit-when-shown, --export-pdf).
class AppCommandLine
{
public:
    AppCommandLine();

    /// True when argv asks only for help or the version, or is wrong: answers
    /// that need no display, so they are given before any window system starts.
    static bool answersWithoutDisplay(int argc, char *argv[]);
    /// The --language value in argv, read before any application object exists.
    static QString languageIn(int argc, char *argv[]);

    /// Parses; on --help or --version prints the text and sets *exitCode to 0;
    /// on an error prints it and sets *exitCode to 2. True when the program runs.
    bool parse(const QStringList &arguments, int *exitCode);

    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }

    /// Reports to import, absolute (.scrutiny files excluded).
    QStringList reports() const;
    /// The project: --project, else a .scrutiny named on the command line, else
    /// $SCRUTINY_PROJECT, else the one used last, else the default project.
    QString project(const QString &lastUsed) const;
    /// True when a hidden option drives this run (it must not hand over and exit).
    bool isScripted() const;

private:
    /// A value the parser accepts but the program cannot use (an empty --author), or empty.
    QString valueError() const;

    QCommandLineParser m_parser;
};

} // namespace Scrutiny
