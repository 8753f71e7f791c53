// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/ProjectOpener.h"

#include "session/ReportSession.h"
#include "store/ProjectStore.h"

#include <QFileInfo>
#include <QSettings>

namespace Scrutiny {

namespace {
const QString lastProjectKey = QStringLiteral("project/last");
const QString recentKey = QStringLiteral("recentFiles");

QString lastDocumentKey(const QString &projectPath)
{
    return QStringLiteral("project/lastDocument/") + QFileInfo(projectPath).absoluteFilePath();
}
} // namespace

ProjectOpener::ProjectOpener(ReportSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session, &ReportSession::documentChanged, this, &ProjectOpener::rememberDocument);
}

ProjectOpener::Result ProjectOpener::open(const QString &path)
{
    ProjectStore *store = m_session->store();
    const QString previous = store->isOpen() ? store->path() : QString();
    store->close();
    Result result;
    // A project the user may not change (a read-only file or folder) is still worth
    // reading. By the permission bits, as the store judges: root may write anything.
    const QFileInfo info(path);
    result.readOnly = info.exists()
        && (!(info.permissions() & QFileDevice::WriteOwner) || !QFileInfo(info.absolutePath()).isWritable());
    if (!store->open(path, &result.error, result.readOnly)) {
        QString again;
        if (!previous.isEmpty())
            store->open(previous, &again);
        m_session->resetProject();
        if (!previous.isEmpty()) {
            const QList<ProjectStore::DocumentSummary> documents = store->documents();
            if (!documents.isEmpty())
                m_session->setDocument(documents.constFirst().id);
        }
        result.readOnly = false;
        return result;
    }
    result.opened = true;
    m_session->resetProject();
    QSettings().setValue(lastProjectKey, path);
    if (isProjectFile(path))
        rememberRecent(path);
    // Reopen where the user was in this project.
    const qint64 last = QSettings().value(lastDocumentKey(path)).toLongLong();
    const QList<ProjectStore::DocumentSummary> documents = store->documents();
    qint64 show = documents.isEmpty() ? 0 : documents.constFirst().id;
    for (const ProjectStore::DocumentSummary &d : documents)
        if (d.id == last)
            show = last;
    if (show)
        m_session->setDocument(show);
    return result;
}

void ProjectOpener::rememberDocument()
{
    const ProjectStore *store = m_session->store();
    if (store->isOpen() && m_session->documentId() != 0)
        QSettings().setValue(lastDocumentKey(store->path()), m_session->documentId());
}

QString ProjectOpener::lastProject()
{
    return QSettings().value(lastProjectKey).toString();
}

bool ProjectOpener::isProjectFile(const QString &path)
{
    return path.endsWith(QStringLiteral(".scrutiny"), Qt::CaseInsensitive);
}

QStringList ProjectOpener::recentFiles()
{
    return QSettings().value(recentKey).toStringList();
}

void ProjectOpener::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maximumRecent)
        recent.removeLast();
    settings.setValue(recentKey, recent);
}

void ProjectOpener::clearRecent()
{
    QSettings().remove(recentKey);
}

} // namespace Scrutiny
