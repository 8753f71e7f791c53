// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace Scrutiny {

/// One running window per project and user: a second `scrutiny FILE...` on the
/// same project hands its files to the window already open (a QLocalServer
/// whose name is made from the user and the project) and exits, instead of
/// opening a second window on the same database. When the first cannot be
/// reached (gone, hung, or the socket is stale) the second starts normally.
class InstanceChannel : public QObject
{
    Q_OBJECT
public:
    explicit InstanceChannel(QObject *parent = nullptr);
    ~InstanceChannel() override;

    /// The server name for this user and project (the absolute, canonical path).
    static QString serverName(const QString &projectPath);

    /// Gives `files` (absolute paths; may be empty, to raise the window) to the
    /// instance serving `projectPath`. True when it took them.
    static bool handOver(const QString &projectPath, const QStringList &files, int timeoutMs = 3000);

    /// Serves `projectPath` from now on (replacing a stale socket left by a
    /// crash); false when it cannot, and the program simply runs unreachable.
    bool listen(const QString &projectPath);
    QString listeningName() const;
    /// Stops serving (before a restart hands the project to a new process).
    void stop();

Q_SIGNALS:
    /// Another launch handed over these files (possibly none: show the window).
    void filesReceived(const QStringList &files);

private:
    void readRequest();

    QLocalServer *m_server;
};

} // namespace Scrutiny
