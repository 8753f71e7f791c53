// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/SegmentTagging.h"

#include "session/ReportSession.h"
#include "store/ProjectStore.h"

#include <memory>

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

// One step per segment. The tag id is read when a step runs: in createAndApply()
// the tag is made by the step before.
QList<ReportSession::Step> steps(ReportSession *session, const QStringList &segments,
    const std::shared_ptr<const qint64> &tagId, const QString &name, bool add)
{
    const qint64 documentId = session->documentId();
    ProjectStore *store = session->store();
    QList<ReportSession::Step> out;
    for (const QString &segment : segments) {
        out.append({add ? QObject::tr("tag %1 with %2").arg(segment, name)
                        : QObject::tr("untag %1 from %2").arg(name, segment),
            [=](QString *error) {
                return add ? store->tagSegment(documentId, segment, *tagId, error)
                           : store->untagSegment(documentId, segment, *tagId, error);
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
        steps(session, todo, std::make_shared<const qint64>(tagId), name, add));
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

bool createAndApply(ReportSession *session, const QString &name, const QColor &colour, const QStringList &segments)
{
    ProjectStore *store = session->store();
    auto tagId = std::make_shared<qint64>(0);
    QList<ReportSession::Step> all {{QObject::tr("create tag %1").arg(name), [=](QString *error) {
                                         const auto tag = store->createTag(name, colour, error);
                                         if (tag)
                                             *tagId = tag->id;
                                         return tag.has_value();
                                     }}};
    if (session->documentId() != 0)
        all += steps(session, segments, tagId, name, true);
    return session->performSteps(QObject::tr("create tag %1").arg(name), all);
}

bool toggle(ReportSession *session, const QStringList &segments, qint64 tagId)
{
    return allHaveTag(session, segments, tagId) ? remove(session, segments, tagId) : apply(session, segments, tagId);
}

} // namespace Scrutiny::SegmentTagging
