// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/ReportCache.h"

#include "store/ProjectStore.h"

namespace Scrutiny {

ReportCache::ReportCache(ProjectStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(store, &ProjectStore::annotationsChanged, this, [this](qint64 documentId) {
        // 0: a project-wide change (tags): every report's tag names may differ.
        if (documentId == 0) {
            for (const auto &[id, report] : m_reports)
                m_changed.insert(id);
        } else {
            m_changed.insert(documentId);
        }
    });
    connect(store, &ProjectStore::documentsChanged, this, [this] {
        // A report removed, replaced or put back (undo): check every kept one, a row each.
        for (const auto &[id, report] : m_reports)
            m_changed.insert(id);
    });
}

ReportCache::~ReportCache() = default;

std::shared_ptr<const AnnotatedReport> ReportCache::report(qint64 documentId, QString *error)
{
    QString why;
    auto found = m_reports.find(documentId);
    if (found != m_reports.end()) {
        if (!m_changed.contains(documentId))
            return found->second;
        if (m_store->refreshAnnotations(found->second.get(), &why)) {
            m_changed.remove(documentId);
            return found->second;
        }
        // Gone or unreadable: read it afresh below (and drop it if that fails too).
        m_reports.erase(found);
    }
    m_changed.remove(documentId);
    std::optional<AnnotatedReport> read = m_store->annotatedReport(documentId, &why);
    if (!read) {
        if (error)
            *error = why;
        return nullptr;
    }
    auto &slot = m_reports[documentId];
    slot = std::make_shared<AnnotatedReport>(std::move(*read));
    return slot;
}

void ReportCache::invalidate(qint64 documentId)
{
    m_changed.insert(documentId);
}

void ReportCache::clear()
{
    m_reports.clear();
    m_changed.clear();
}

} // namespace Scrutiny
