// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/SegmentTagging.h"

#include "session/ReportSession.h"
#include "store/ProjectStore.h"

namespace Scrutiny::SegmentTagging {

namespace {
QString tagName(ReportSession *session, qint64 tagId)
{
    if (const Tag *tag = session->report().tag(tagId))
        return tag->name;
    if (const std::optional<Tag> tag = session->tag(tagId))
        return tag->name;
    return QString::number(tagId);
}

bool hasTag(const ReportSession *session, const QString &segment, qint64 tagId)
{
    return session->report().segmentTags.value(segment).contains(tagId);
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
    ProjectStore *store = session->store();
    // One batch call: one transaction, one journal entry, one undo step.
    return session->perform(
        add ? QObject::tr("tag %1 with %2").arg(list, name) : QObject::tr("untag %1 from %2").arg(name, list),
        [&](QString *error) {
            return add ? store->tagSegments(documentId, todo, tagId, error)
                       : store->untagSegments(documentId, todo, tagId, error);
        });
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
    const qint64 documentId = session->documentId();
    if (documentId == 0 || segments.isEmpty()) {
        return session->perform(QObject::tr("create tag %1").arg(name),
            [&](QString *error) { return store->createTag(name, colour, error).has_value(); });
    }
    // Creating the tag and tagging are one batch call, so one undo step takes both back.
    return session->perform(
        QObject::tr("tag %1 with %2").arg(segments.join(QStringLiteral(", ")), name), [&](QString *error) {
            return store->tagSegmentsByName(documentId, segments, name, error, colour).has_value();
        });
}

bool toggle(ReportSession *session, const QStringList &segments, qint64 tagId)
{
    return allHaveTag(session, segments, tagId) ? remove(session, segments, tagId) : apply(session, segments, tagId);
}

} // namespace Scrutiny::SegmentTagging
