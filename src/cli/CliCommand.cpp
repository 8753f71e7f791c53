// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"

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

const QList<CliCommand> &CliCommand::all()
{
    return registry();
}

int fail(const QString &message, int code)
{
    const QByteArray line = "scrutiny-cli: " + message.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, line.size(), stderr);
    return code;
}

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, bytes.size(), stdout);
}

} // namespace Scrutiny::Cli
