// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/SegmentLinking.h"

#include "session/ReportSession.h"
#include "store/ProjectStore.h"


namespace Scrutiny::SegmentLinking {

std::optional<Link> find(const AnnotatedReport &report, const QString &a, const QString &b)
{
    for (const Link &l : report.links) {
        if ((l.from == a && l.to == b) || (l.from == b && l.to == a))
            return l;
    }
    return std::nullopt;
}

QStringList linkable(const AnnotatedReport &report, const QStringList &segments)
{
    QStringList result;
    for (const QString &label : segments) {
        const Segment *segment = report.report.segment(label);
        if (segment && segment->kind != SegmentKind::Priority)
            result.append(label);
    }
    return result;
}

LinkType defaultType(const AnnotatedReport &report, const QString &from)
{
    const Segment *segment = report.report.segment(from);
    return segment && segment->kind == SegmentKind::Response ? LinkType::RespondsTo : LinkType::Addresses;
}

bool allLinked(const AnnotatedReport &report, const QStringList &segments, const QString &priority)
{
    const QStringList sources = linkable(report, segments);
    if (sources.isEmpty())
        return false;
    return std::all_of(sources.cbegin(), sources.cend(),
        [&](const QString &source) { return find(report, source, priority).has_value(); });
}

bool link(ReportSession *session, const QStringList &segments, const QString &priority, std::optional<LinkType> as)
{
    const qint64 documentId = session->documentId();
    const AnnotatedReport &report = session->report();
    const Segment *target = report.report.segment(priority);
    if (documentId == 0 || !target || target->kind != SegmentKind::Priority)
        return false;
    QList<ProjectStore::LinkRequest> requests;
    QStringList sources;
    for (const QString &source : linkable(report, segments)) {
        if (find(report, source, priority))
            continue;
        sources.append(source);
        requests.append({source, priority, as.value_or(defaultType(report, source)), {}});
    }
    if (requests.isEmpty())
        return false;
    ProjectStore *store = session->store();
    // One batch call: one transaction, one journal entry, one undo step.
    return session->perform(QObject::tr("link %1 to %2").arg(sources.join(QStringLiteral(", ")), priority),
        [&](QString *error) { return store->addLinks(documentId, requests, error).has_value(); });
}

bool unlink(ReportSession *session, const QStringList &segments, const QString &priority)
{
    const qint64 documentId = session->documentId();
    const AnnotatedReport &report = session->report();
    QList<qint64> linkIds;
    QStringList sources;
    for (const QString &source : linkable(report, segments)) {
        const auto existing = find(report, source, priority);
        if (!existing)
            continue;
        sources.append(source);
        linkIds.append(existing->id);
    }
    if (linkIds.isEmpty())
        return false;
    ProjectStore *store = session->store();
    return session->perform(QObject::tr("unlink %1 from %2").arg(sources.join(QStringLiteral(", ")), priority),
        [&](QString *error) { return store->removeLinks(documentId, linkIds, error); });
}

bool toggle(ReportSession *session, const QStringList &segments, const QString &priority, std::optional<LinkType> as)
{
    return allLinked(session->report(), segments, priority) ? unlink(session, segments, priority)
                                                            : link(session, segments, priority, as);
}

} // namespace Scrutiny::SegmentLinking
