// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"

#include <algorithm>
#include <cstdio>

namespace Scrutiny::Cli {

namespace {
QList<CliCommand> &registry()
{
    static QList<CliCommand> commands;
    return commands;
}
} // namespace

CliCommand::Registration::Registration(CliCommand command)
{
    registry().append(std::move(command));
}

QString CliCommand::summaryText() const
{
    return QCoreApplication::translate("CliCommand", summary);
}

const QList<CliCommand> &CliCommand::all()
{
    return registry();
}

const CliCommand *CliCommand::find(const QString &name)
{
    for (const CliCommand &c : registry()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

GlobalOptions &globalOptions()
{
    static GlobalOptions options;
    return options;
}

QString helpTable(const QList<std::pair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    const QString indent(width + 4, u' ');
    QString text;
    for (const auto &[name, description] : rows)
        text += QStringLiteral("  %1  %2\n")
                    .arg(name.leftJustified(width), QString(description).replace(u'\n', u'\n' + indent));
    return text;
}

QString commandHelp(const QString &commandName, const QList<QCommandLineOption> &options, const QString &notes)
{
    const CliCommand *command = CliCommand::find(commandName);
    QString text = QCoreApplication::translate("Scrutiny::Cli", "Usage: scrutiny-cli [--project PATH] %1")
                       .arg(command ? command->synopsis : commandName)
        + u'\n';
    if (command)
        text += QCoreApplication::translate("Scrutiny::Cli", "%1.", "a command's summary as a sentence")
                    .arg(command->summaryText())
            + u'\n';
    QList<std::pair<QString, QString>> rows;
    for (const QCommandLineOption &option : options) {
        if (option.flags() & QCommandLineOption::HiddenFromHelp)
            continue;
        QStringList spelled;
        for (const QString &name : option.names())
            spelled.append(name.size() == 1 ? QStringLiteral("-") + name : QStringLiteral("--") + name);
        QString line = spelled.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            line += u' ' + option.valueName();
        rows.append({line, option.description()});
    }
    if (!rows.isEmpty())
        text += u'\n' + QCoreApplication::translate("Scrutiny::Cli", "Options:") + u'\n' + helpTable(rows);
    if (!notes.isEmpty())
        text += u'\n' + notes;
    return text;
}

int fail(const QString &message, int code)
{
    const QByteArray line = "scrutiny-cli: " + message.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, line.size(), stderr);
    return code;
}

void out(const QString &text)
{
    out(text.toUtf8());
}

void out(const QByteArray &utf8)
{
    std::fwrite(utf8.constData(), 1, utf8.size(), stdout);
}

} // namespace Scrutiny::Cli
