// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotations.h"

#include <QObject>
#include <QSet>

#include <memory>
#include <unordered_map>

namespace Scrutiny {

class ProjectStore;

/// The project's reports as every view reads them: each read from the store once,
/// then brought up to date when the store says it changed (one read of the
/// annotations, not of the whole text). The open report of the session and the
/// project-wide matrix share it, so there is one rule for when a report is stale.
class ReportCache : public QObject
{
    Q_OBJECT
public:
    explicit ReportCache(ProjectStore *store, QObject *parent = nullptr);
    ~ReportCache() override;

    /// The report with its annotations, current; null (and *error set) when the
    /// store cannot read it. Later changes are brought into the same object.
    std::shared_ptr<const AnnotatedReport> report(qint64 documentId, QString *error = nullptr);
    /// Reads the report's annotations again on its next use (a change the store did
    /// not announce: another process wrote to the project).
    void invalidate(qint64 documentId);
    /// Forgets every report (another project was opened).
    void clear();

private:
    ProjectStore *m_store;
    std::unordered_map<qint64, std::shared_ptr<AnnotatedReport>> m_reports;
    QSet<qint64> m_changed; ///< annotated since they were read
};

} // namespace Scrutiny
