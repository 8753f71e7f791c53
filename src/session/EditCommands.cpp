// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/EditCommands.h"

#include "session/ReportSession.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>

namespace Scrutiny::EditCommands {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Scrutiny::EditCommands", text);
}

/// Changes one field of a tag as one step; false (nothing done) for an unknown tag.
bool changeTag(ReportSession *session, qint64 tagId, const std::function<QString(Tag &)> &change)
{
    std::optional<Tag> tag = session->tag(tagId);
    if (!tag)
        return false;
    const QString description = change(*tag);
    ProjectStore *store = session->store();
    const Tag changed = *tag;
    return session->perform(description, [&](QString *error) { return store->updateTag(changed, error); });
}
} // namespace

std::optional<Tag> createTag(ReportSession *session, const QString &name, const QColor &colour, qint64 parentId)
{
    ProjectStore *store = session->store();
    std::optional<Tag> created;
    session->perform(tr("create tag %1").arg(name), [&](QString *error) {
        created = store->createTag(name, colour, error, {}, parentId);
        return created.has_value();
    });
    return created;
}

bool renameTag(ReportSession *session, qint64 tagId, const QString &name)
{
    return changeTag(session, tagId, [&](Tag &tag) {
        const QString description = tr("rename tag %1 to %2").arg(tag.name, name);
        tag.name = name;
        return description;
    });
}

bool recolourTag(ReportSession *session, qint64 tagId, const QColor &colour)
{
    return changeTag(session, tagId, [&](Tag &tag) {
        tag.colour = colour;
        return tr("recolour tag %1").arg(tag.name);
    });
}

bool reparentTag(ReportSession *session, qint64 tagId, qint64 parentId)
{
    return changeTag(session, tagId, [&](Tag &tag) {
        tag.parentId = parentId;
        return tr("move tag %1").arg(tag.name);
    });
}

bool setTagKey(ReportSession *session, qint64 tagId, int key)
{
    return changeTag(session, tagId, [&](Tag &tag) {
        tag.key = key;
        return key ? tr("give tag %1 key %2").arg(tag.name).arg(key) : tr("take key from tag %1").arg(tag.name);
    });
}

bool mergeTags(ReportSession *session, qint64 fromTagId, qint64 intoTagId)
{
    const auto from = session->tag(fromTagId);
    const auto into = session->tag(intoTagId);
    if (!from || !into || fromTagId == intoTagId)
        return false;
    ProjectStore *store = session->store();
    return session->perform(tr("merge tag %1 into %2").arg(from->name, into->name),
        [&](QString *error) { return store->mergeTags(fromTagId, intoTagId, error); });
}

bool deleteTag(ReportSession *session, qint64 tagId)
{
    const auto tag = session->tag(tagId);
    if (!tag)
        return false;
    ProjectStore *store = session->store();
    return session->perform(
        tr("delete tag %1").arg(tag->name), [&](QString *error) { return store->deleteTag(tagId, error); });
}

bool setNote(ReportSession *session, qint64 documentId, const QString &segment, const QString &markdown)
{
    ProjectStore *store = session->store();
    const QString description = segment.isEmpty() ? tr("note on the report") : tr("note on %1").arg(segment);
    return session->perform(
        description, [&](QString *error) { return store->setNote(documentId, segment, markdown, error); });
}

bool updateSegment(ReportSession *session, const QString &segment, SegmentKind kind, Side side,
    const QString &speakerName, const QString &speakerRole)
{
    ProjectStore *store = session->store();
    const qint64 documentId = session->documentId();
    return session->perform(tr("edit segment %1").arg(segment), [&](QString *error) {
        return store->updateSegment(documentId, segment, kind, side, speakerName, speakerRole, error);
    });
}

bool acceptSegments(ReportSession *session, const QStringList &segments)
{
    ProjectStore *store = session->store();
    const qint64 documentId = session->documentId();
    return session->perform(tr("accept %1").arg(segments.join(u", ")),
        [&](QString *error) { return store->acceptSegments(documentId, segments, error); });
}

bool splitSegment(ReportSession *session, const QString &segment, qsizetype offset)
{
    ProjectStore *store = session->store();
    const qint64 documentId = session->documentId();
    return session->perform(tr("split %1").arg(segment),
        [&](QString *error) { return store->splitSegment(documentId, segment, offset, error); });
}

bool mergeWithNext(ReportSession *session, const QString &segment)
{
    ProjectStore *store = session->store();
    const qint64 documentId = session->documentId();
    return session->perform(tr("merge %1 with the next segment").arg(segment),
        [&](QString *error) { return store->mergeSegments(documentId, segment, error); });
}

bool updateLink(ReportSession *session, qint64 documentId, const Link &link)
{
    ProjectStore *store = session->store();
    return session->perform(tr("edit link %1 → %2").arg(link.from, link.to),
        [&](QString *error) { return store->updateLink(documentId, link, error); });
}

bool removeLink(ReportSession *session, qint64 documentId, qint64 linkId)
{
    ProjectStore *store = session->store();
    QString description = tr("remove link");
    if (documentId == session->documentId()) {
        for (const Link &link : session->report().links)
            if (link.id == linkId)
                description = tr("unlink %1 from %2").arg(link.from, link.to);
    }
    return session->perform(description, [&](QString *error) { return store->removeLink(documentId, linkId, error); });
}

bool acceptSuggestion(ReportSession *session, qint64 documentId, const QString &from, const QString &to)
{
    ProjectStore *store = session->store();
    return session->perform(tr("accept suggestion %1 → %2").arg(from, to),
        [&](QString *error) { return store->acceptSuggestion(documentId, from, to, error).has_value(); });
}

bool acceptSuggestions(ReportSession *session, qint64 documentId, const QList<std::pair<QString, QString>> &suggestions)
{
    if (suggestions.isEmpty())
        return false;
    if (suggestions.size() == 1)
        return acceptSuggestion(session, documentId, suggestions.constFirst().first, suggestions.constFirst().second);
    ProjectStore *store = session->store();
    return session->perform(QCoreApplication::translate(
                                "Scrutiny::EditCommands", "accept %n suggestion(s)", nullptr, int(suggestions.size())),
        [&](QString *error) { return store->acceptSuggestions(documentId, suggestions, error).has_value(); });
}

bool rejectSuggestion(ReportSession *session, qint64 documentId, const QString &from, const QString &to)
{
    ProjectStore *store = session->store();
    return session->perform(tr("reject suggestion %1 → %2").arg(from, to),
        [&](QString *error) { return store->rejectSuggestion(documentId, from, to, error); });
}

bool setPlanItem(ReportSession *session, const PlanItem &item)
{
    ProjectStore *store = session->store();
    const qint64 documentId = session->documentId();
    const QString description
        = item.priority.isEmpty() ? tr("change an action of the plan") : tr("plan for %1").arg(item.priority);
    return session->perform(description, [&](QString *error) { return store->setPlanItem(documentId, item, error); });
}

std::optional<PlanItem> addPlanItem(ReportSession *session, const PlanItem &item)
{
    ProjectStore *store = session->store();
    const qint64 documentId = session->documentId();
    std::optional<PlanItem> added;
    session->perform(
        item.priority.isEmpty() ? tr("add action") : tr("add action to %1").arg(item.priority), [&](QString *error) {
            added = store->addPlanItem(documentId, item, error);
            return added.has_value();
        });
    return added;
}

bool removePlanItem(ReportSession *session, qint64 itemId)
{
    ProjectStore *store = session->store();
    const qint64 documentId = session->documentId();
    return session->perform(
        tr("remove action"), [&](QString *error) { return store->removePlanItem(documentId, itemId, error); });
}

bool setCoverFields(ReportSession *session, const CoverDetails &details)
{
    ProjectStore *store = session->store();
    return session->perform(
        tr("change the cover details"), [&](QString *error) { return store->setCoverFields(details, error); });
}

bool removeDocument(ReportSession *session, qint64 documentId)
{
    ProjectStore *store = session->store();
    return session->perform(
        tr("remove the report"), [&](QString *error) { return store->removeDocument(documentId, error); });
}

bool setFollows(ReportSession *session, qint64 later, qint64 earlier)
{
    ProjectStore *store = session->store();
    return session->perform(
        tr("set the earlier inspection"), [&](QString *error) { return store->setFollows(later, earlier, error); });
}

} // namespace Scrutiny::EditCommands
