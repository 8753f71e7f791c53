// SPDX-License-Identifier: GPL-3.0-or-later
// A program run to its end (scrutiny-cli, pdftotext, pdfinfo ...) with what it
// printed: the tests that drive real programs share it.
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Scrutiny::Testing {

struct Run
{
    int code = -1; ///< -1: it crashed or ran past five minutes (then it was killed)
    QString out;
    QString err;
};

/// With `environment` (empty: the test's own).
inline Run run(const QString &program, const QStringList &args, const QProcessEnvironment &environment = {})
{
    QProcess p;
    if (!environment.isEmpty())
        p.setProcessEnvironment(environment);
    p.start(program, args);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace Scrutiny::Testing
