// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/ImportRunner.h"

#include "ingest/ReportImporter.h"
#include "ingest/ReportInput.h"
#include "session/ReportSession.h"
#include "store/ProjectStore.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace Scrutiny {

namespace {
ImportOutcome importOnWorker(
    const QString &path, const std::shared_ptr<std::atomic_bool> &cancelled, const std::function<void(int)> &progress)
{
    ImportOutcome outcome;
    outcome.path = path;
    QString why;
    const std::optional<QByteArray> bytes = ReportInput::read(path, &why, ReportInput::defaultLimit);
    if (!bytes) {
        outcome.error = why;
        return outcome;
    }
    ReportImporter::Options options;
    options.progress = [&](int percent) {
        progress(percent);
        return !cancelled->load();
    };
    outcome.report = ReportImporter::importBytes(*bytes, path, &outcome.error, options);
    outcome.cancelled = cancelled->load();
    if (outcome.report && !outcome.cancelled)
        outcome.original = *bytes;
    return outcome;
}
} // namespace

ImportRunner::ImportRunner(ReportSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportRunner::storeResult);
}

ImportRunner::~ImportRunner()
{
    cancel();
    wait();
}

bool ImportRunner::isRunning() const
{
    return m_watcher.isRunning() || !m_path.isEmpty();
}

void ImportRunner::cancel()
{
    m_queue.clear();
    if (m_cancelled)
        m_cancelled->store(true);
}

void ImportRunner::wait()
{
    m_watcher.waitForFinished();
}

void ImportRunner::start(const QString &path)
{
    if (isRunning()) {
        m_queue.append(path);
        return;
    }
    m_path = path;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    Q_EMIT started(path);
    Q_EMIT progressed(0);
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    // Progress is posted to this object (the UI thread); the destructor waits for
    // the worker, so `this` outlives every call.
    auto progress = [this](int percent) {
        QMetaObject::invokeMethod(this, [this, percent] { Q_EMIT progressed(percent); }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run(
        [path, cancelled, progress] { return importOnWorker(path, cancelled, progress); }));
}

void ImportRunner::storeResult()
{
    const ImportOutcome imported = m_watcher.result();
    m_path.clear();
    Outcome outcome;
    outcome.path = imported.path;
    const QString name = QFileInfo(imported.path).fileName();
    if (imported.cancelled) {
        outcome.result = Result::Cancelled;
        outcome.message = tr("Import of %1 cancelled; nothing was added.").arg(name);
    } else if (!imported.report) {
        outcome.message = imported.error.isEmpty() ? tr("%1: could not be imported.").arg(name) : imported.error;
    } else {
        QString error;
        const std::optional<ProjectStore::ImportResult> stored
            = m_session->store()->importReport(*imported.report, imported.original, name, &error);
        if (!stored) {
            outcome.message = tr("%1: could not be stored: %2").arg(name, error);
        } else {
            outcome.documentId = stored->documentId;
            outcome.findings = int(imported.report->count(SegmentKind::Finding));
            outcome.priorities = int(imported.report->count(SegmentKind::Priority));
            if (stored->alreadyPresent) {
                outcome.result = Result::AlreadyPresent;
                outcome.message = tr("%1 is already in this project; showing it.").arg(name);
            } else if (!stored->unplaced.isEmpty()) {
                outcome.result = Result::PartlyPlaced;
                outcome.message = tr("%1 imported; %n annotation(s) could not be placed: %2", nullptr, int(stored->unplaced.size()))
                                      .arg(name, stored->unplaced.join(QStringLiteral("; ")));
            } else {
                outcome.result = Result::Imported;
            }
        }
    }
    Q_EMIT finished(outcome);
    if (!m_queue.isEmpty())
        start(m_queue.takeFirst());
}

} // namespace Scrutiny
