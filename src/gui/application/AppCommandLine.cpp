// SPDX-License-Identifier: GPL-3.0-or-later
#include "application/AppCommandLine.h"

#include "store/ProjectLocation.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Scrutiny {

namespace {
bool isProjectFile(const QString &path)
{
    return path.endsWith(u".scrutiny"_s, Qt::CaseInsensitive);
}

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

QCommandLineOption hidden(QCommandLineOption option)
{
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}
} // namespace

AppCommandLine::AppCommandLine()
{
    m_parser.setApplicationDescription(
        QCoreApplication::translate("AppCommandLine", "Read, tag and cross-link inspection reports."));
    m_parser.addOption({{u"h"_s, u"help"_s}, QCoreApplication::translate("AppCommandLine", "Show this help.")});
    m_parser.addOption(
        {{u"v"_s, u"V"_s, u"version"_s}, QCoreApplication::translate("AppCommandLine", "Show the version.")});
    m_parser.addPositionalArgument(u"files"_s,
        QCoreApplication::translate(
            "AppCommandLine", "Reports to import (text, web page, PDF), or a .scrutiny project to open."),
        QCoreApplication::translate("AppCommandLine", "[FILE...]"));
    m_parser.addOption({{u"project"_s, u"db"_s},
        QCoreApplication::translate(
            "AppCommandLine", "Use this project (otherwise $SCRUTINY_PROJECT, otherwise the one used last)."),
        QCoreApplication::translate("AppCommandLine", "path")});
    m_parser.addOption(
        {u"theme"_s, QCoreApplication::translate("AppCommandLine", "Colour theme (a KSyntaxHighlighting theme name)."),
            QCoreApplication::translate("AppCommandLine", "name")});
    m_parser.addOption(
        {u"language"_s, QCoreApplication::translate("AppCommandLine", "Language for this run: en or cy (Cymraeg)."),
            QCoreApplication::translate("AppCommandLine", "code")});
    m_parser.addOption({u"author"_s,
        QCoreApplication::translate("AppCommandLine",
            "Name recorded in the journal for this run (otherwise $SCRUTINY_AUTHOR, the name in Settings or "
            "your account's name)."),
        QCoreApplication::translate("AppCommandLine", "name")});
    // For tools/screenshots: show a panel and a segment, save a picture of the window, then quit.
    m_parser.addOption(hidden({u"screenshot"_s, u"Save a PNG of the main window and quit"_s, u"png"_s}));
    m_parser.addOption(hidden({u"raise"_s, u"Raise the dock with this title"_s, u"title"_s}));
    m_parser.addOption(hidden({u"select"_s, u"Select and show this segment"_s, u"id"_s}));
    // For bench_gui: the time from process start to a window on screen (with the file shown).
    m_parser.addOption(hidden({u"quit-when-shown"_s, u"Quit once the window (and the file) is shown"_s}));
    // For tools/package-test: the installed program opens the reports and exports through File > Export.
    m_parser.addOption(hidden({u"export-pdf"_s, u"Export the annotated PDF of the last report and quit"_s, u"pdf"_s}));
}

bool AppCommandLine::answersWithoutDisplay(int argc, char *argv[])
{
    // QApplication's own options (-platform NAME, -style NAME, -reverse ...) are
    // taken out before our parser sees the rest.
    static const QList<QByteArray> qtWithValue {"-platform", "-platformpluginpath", "-platformtheme", "-plugin",
        "-qwindowgeometry", "-qwindowicon", "-qwindowtitle", "-display", "-geometry", "-style", "-stylesheet",
        "-session", "-qmljsdebugger"};
    static const QList<QByteArray> qtAlone {"-reverse", "-widgetcount", "-nograb", "-dograb", "-sync"};
    QStringList ours {QString::fromLocal8Bit(argv[0])};
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "-help" || a == "-v" || a == "-V" || a == "--version")
            return true;
        if (qtWithValue.contains(a.split('=').constFirst())) {
            i += a.contains('=') ? 0 : 1;
            continue;
        }
        if (qtAlone.contains(a))
            continue;
        ours.append(QString::fromLocal8Bit(a));
    }
    AppCommandLine check;
    return !check.m_parser.parse(ours) || !check.valueError().isEmpty();
}

QString AppCommandLine::valueError() const
{
    if (m_parser.isSet(u"author"_s) && m_parser.value(u"author"_s).trimmed().isEmpty())
        return QCoreApplication::translate("AppCommandLine", "--author needs a name");
    return {};
}

QString AppCommandLine::languageIn(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--language" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (a.startsWith("--language="))
            return QString::fromLocal8Bit(a.mid(11));
    }
    return {};
}

bool AppCommandLine::parse(const QStringList &arguments, int *exitCode)
{
    if (!m_parser.parse(arguments)) {
        print(stderr, u"scrutiny: %1\n"_s.arg(m_parser.errorText()));
        *exitCode = 2;
        return false;
    }
    if (const QString error = valueError(); !error.isEmpty() && !m_parser.isSet(u"help"_s)) {
        print(stderr, u"scrutiny: %1\n"_s.arg(error));
        *exitCode = 2;
        return false;
    }
    if (m_parser.isSet(u"help"_s)) {
        print(stdout, m_parser.helpText());
        *exitCode = 0;
        return false;
    }
    if (m_parser.isSet(u"version"_s)) {
        print(stdout, u"%1 %2\n"_s.arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion()));
        *exitCode = 0;
        return false;
    }
    return true;
}

QStringList AppCommandLine::reports() const
{
    QStringList files;
    for (const QString &file : m_parser.positionalArguments()) {
        if (!isProjectFile(file))
            files.append(QFileInfo(file).absoluteFilePath());
    }
    return files;
}

QString AppCommandLine::project(const QString &lastUsed) const
{
    if (m_parser.isSet(u"project"_s))
        return QFileInfo(m_parser.value(u"project"_s)).absoluteFilePath();
    const QStringList files = m_parser.positionalArguments();
    for (auto it = files.crbegin(); it != files.crend(); ++it) {
        if (isProjectFile(*it))
            return QFileInfo(*it).absoluteFilePath();
    }
    if (const QString fromEnvironment = ProjectLocation::fromEnvironment(); !fromEnvironment.isEmpty())
        return QFileInfo(fromEnvironment).absoluteFilePath();
    return lastUsed.isEmpty() ? ProjectStore::defaultPath() : lastUsed;
}

bool AppCommandLine::isScripted() const
{
    for (const QString &option : {u"screenshot"_s, u"quit-when-shown"_s, u"export-pdf"_s, u"raise"_s, u"select"_s}) {
        if (m_parser.isSet(option))
            return true;
    }
    return false;
}

} // namespace Scrutiny
