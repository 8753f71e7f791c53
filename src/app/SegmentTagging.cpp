// SPDX-License-Identifier: GPL-3.0-or-later
#include "SegmentTagging.h"

#include "ReportSession.h"
#include "store/ProjectStore.h"

#include <QUndoStack>

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
    const bool grouped = todo.size() > 1;
    if (grouped) {
        session->undoStack()->beginMacro(add
                ? QObject::tr("tag %1 with %2").arg(todo.join(QStringLiteral(", ")), name)
                : QObject::tr("untag %1 from %2").arg(name, todo.join(QStringLiteral(", "))));
    }
    bool ok = true;
    for (const QString &segment : std::as_const(todo)) {
        ProjectStore *store = session->store();
        const QString description = add ? QObject::tr("tag %1 with %2").arg(segment, name)
                                        : QObject::tr("untag %1 from %2").arg(name, segment);
        ok = session->perform(description, [=](QString *error) {
            return add ? store->tagSegment(documentId, segment, tagId, error)
                       : store->untagSegment(documentId, segment, tagId, error);
        });
        if (!ok)
            break;
    }
    if (grouped)
        session->undoStack()->endMacro();
    return ok;
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
