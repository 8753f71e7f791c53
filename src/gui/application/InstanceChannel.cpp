// SPDX-License-Identifier: GPL-3.0-or-later
#include "application/InstanceChannel.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Scrutiny {

namespace {
// One request per connection: a JSON array of paths and a newline; the answer
// is "ok\n" once the window has them.
constexpr char acknowledgement[] = "ok\n";

/// Who runs the program: the uid, which no environment variable can change.
QString user()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}
} // namespace

InstanceChannel::InstanceChannel(QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &InstanceChannel::readRequest);
}

InstanceChannel::~InstanceChannel() = default;

QString InstanceChannel::serverName(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    const QString canonical = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QByteArray key = (user() + u'\n' + canonical).toUtf8();
    // Short: socket paths are limited to about 100 bytes.
    return QStringLiteral("scrutiny-")
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

bool InstanceChannel::handOver(const QString &projectPath, const QStringList &files, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(projectPath));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray request = QJsonDocument(QJsonArray::fromStringList(files)).toJson(QJsonDocument::Compact);
    request += '\n';
    socket.write(request);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    QByteArray answer;
    while (!answer.endsWith('\n')) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
        answer += socket.readAll();
    }
    return answer == acknowledgement;
}

bool InstanceChannel::listen(const QString &projectPath)
{
    const QString name = serverName(projectPath);
    if (m_server->isListening()) {
        if (m_server->serverName() == name)
            return true;
        m_server->close();
    }
    if (m_server->listen(name))
        return true;
    // A socket file left by a process that died: nobody answers on it.
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        QLocalSocket probe;
        probe.connectToServer(name);
        if (probe.waitForConnected(500))
            return false; // someone else serves this project
        QLocalServer::removeServer(name);
        return m_server->listen(name);
    }
    return false;
}

QString InstanceChannel::listeningName() const
{
    return m_server->isListening() ? m_server->serverName() : QString();
}

void InstanceChannel::stop()
{
    m_server->close();
}

void InstanceChannel::readRequest()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        const auto handle = [this, socket] {
            if (!socket->canReadLine())
                return;
            const QByteArray line = socket->readLine();
            const QJsonDocument request = QJsonDocument::fromJson(line);
            if (!request.isArray()) {
                socket->disconnectFromServer();
                return;
            }
            QStringList files;
            for (const QJsonValue &v : request.array())
                files.append(v.toString());
            socket->write(acknowledgement);
            socket->flush();
            Q_EMIT filesReceived(files);
        };
        connect(socket, &QLocalSocket::readyRead, this, handle);
        handle(); // the request may have arrived with the connection
    }
}

} // namespace Scrutiny
