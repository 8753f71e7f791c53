// SPDX-License-Identifier: GPL-3.0-or-later
#include "SegmentTagging.h"

#include "ReportSession.h"
#include "store/ProjectStore.h"

namespace Scrutiny::SegmentTagging {

namespace {
QString tagName(ReportSession *session, qint64 tagId)
{
    if (const Tag *tag = session->report().tag(tagId))
        return tag->name;
    for (const Tag &tag : session->store()->tags()) {
        if (tag.id == tagId)
            return tag.name;
    }
    return QString::number(tagId);
}

bool hasTag(const ReportSession *session, const QString &segment, qint64 tagId)
{
    return session->report().segmentTags.value(segment).contains(tagId);
}

QList<ReportSession::Step> steps(ReportSession *session, const QStringList &segments, qint64 tagId, bool add)
{
    const qint64 documentId = session->documentId();
    const QString name = tagName(session, tagId);
    ProjectStore *store = session->store();
    QList<ReportSession::Step> out;
    for (const QString &segment : segments) {
        out.append({add ? QObject::tr("tag %1 with %2").arg(segment, name)
                        : QObject::tr("untag %1 from %2").arg(name, segment),
            [=](QString *error) {
                return add ? store->tagSegment(documentId, segment, tagId, error)
                           : store->untagSegment(documentId, segment, tagId, error);
            }});
    }
    return out;
}

bool run(ReportSession *session, const QStringList &segments, qint64 tagId, bool add)
{
    const qint64 documentId = session->documentId();
    if (documentId == 0 || tagId == 0)
        return false;
    QStringList todo;
    for (const QString &segment : segments) {
        if (hasTag(session, segment, tagId) != add)
            todo.append(segment);
    }
    if (todo.isEmpty())
        return false;
    const QString name = tagName(session, tagId);
    const QString list = todo.join(QStringLiteral(", "));
    return session->performSteps(
        add ? QObject::tr("tag %1 with %2").arg(list, name) : QObject::tr("untag %1 from %2").arg(name, list),
        steps(session, todo, tagId, add));
}
} // namespace

bool allHaveTag(const ReportSession *session, const QStringList &segments, qint64 tagId)
{
    if (segments.isEmpty())
        return false;
    return std::all_of(
        segments.cbegin(), segments.cend(), [&](const QString &segment) { return hasTag(session, segment, tagId); });
}

bool apply(ReportSession *session, const QStringList &segments, qint64 tagId)
{
    return run(session, segments, tagId, true);
}

bool remove(ReportSession *session, const QStringList &segments, qint64 tagId)
{
    return run(session, segments, tagId, false);
}

bool toggle(ReportSession *session, const QStringList &segments, qint64 tagId)
{
    return allHaveTag(session, segments, tagId) ? remove(session, segments, tagId) : apply(session, segments, tagId);
}

} // namespace Scrutiny::SegmentTagging
