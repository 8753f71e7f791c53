// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/ImportOutcome.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace Scrutiny {

class ReportSession;

/// Imports reports one after another off the UI thread: reads each file's bytes
/// once, parses those bytes, and stores the report and the same bytes in one
/// store call on the UI thread. Files asked for while one runs wait in a queue.
class ImportRunner : public QObject
{
    Q_OBJECT
public:
    explicit ImportRunner(ReportSession *session, QObject *parent = nullptr);
    /// Cancels and waits for the worker.
    ~ImportRunner() override;

    /// Starts importing path, or queues it behind the running import.
    void start(const QString &path);
    bool isRunning() const;
    /// Cancels the running import and forgets the queue; finished() still comes.
    void cancel();
    /// Blocks until the worker has stopped (for closing the window).
    void wait();

    enum class Result { Imported, AlreadyPresent, PartlyPlaced, Cancelled, Failed };
    struct Outcome
    {
        Result result = Result::Failed;
        QString path;
        qint64 documentId = 0;
        /// What to tell the user (empty for a plain import: see the counts).
        QString message;
        int findings = 0;
        int priorities = 0;
    };

Q_SIGNALS:
    void started(const QString &path);
    /// 0..100, on the UI thread.
    void progressed(int percent);
    void finished(const Scrutiny::ImportRunner::Outcome &outcome);

private:
    void storeResult();

    ReportSession *m_session;
    QFutureWatcher<ImportOutcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QString m_path;
    QStringList m_queue;
};

} // namespace Scrutiny
