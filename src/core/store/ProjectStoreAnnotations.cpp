// SPDX-License-Identifier: GPL-3.0-or-later
// Tags, links, notes, the action plan and turned-down suggestions.
#include "ProjectStore.h"

#include "ProjectStore_p.h"
#include "model/TagName.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>

#include <array>

namespace Scrutiny {

using CheckedSql::exec;
using CheckedSql::scalar;

namespace {

Tag readTag(const QSqlQuery &q)
{
    return Tag {q.value(0).toLongLong(), q.value(1).toString(), QColor(q.value(2).toString()), q.value(3).toString(),
        q.value(4).toLongLong(), q.value(5).toInt()};
}

const QString tagColumns = QStringLiteral("id, name, colour, description, coalesce(parent_id, 0), coalesce(key, 0)");

// Distinct, readable on light and dark themes; new tags take the next one.
QColor paletteColour(int index)
{
    static const char *const colours[] = {
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};
    return QColor(QLatin1StringView(colours[index % std::size(colours)]));
}

Link readLink(const QSqlQuery &q, const ProjectStore::Private *d)
{
    return Link {q.value(0).toLongLong(), d->label(q.value(1).toLongLong()), d->label(q.value(2).toLongLong()),
        linkTypeFromString(q.value(3).toString()).value_or(LinkType::Addresses), q.value(4).toString(),
        q.value(5).toString(), QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), QTimeZone::UTC)};
}

const QString linkColumns = QStringLiteral("id, from_segment, to_segment, type, note, author, created");

} // namespace

// --- Tags ------------------------------------------------------------------

QList<Tag> ProjectStore::tags() const
{
    QList<Tag> out;
    d->read(nullptr, [&] {
        QSqlQuery q = exec(d->db(), QStringLiteral("SELECT %1 FROM tags ORDER BY name COLLATE NOCASE").arg(tagColumns));
        while (q.next())
            out.append(readTag(q));
    });
    return out;
}

QHash<qint64, int> ProjectStore::tagUsage(qint64 documentId) const
{
    QHash<qint64, int> out;
    d->read(nullptr, [&] {
        QSqlQuery q = documentId
            ? exec(d->db(),
                QStringLiteral("SELECT st.tag_id, count(*) FROM segment_tags st JOIN segments s "
                               "ON s.id = st.segment_id WHERE s.document_id = ? GROUP BY st.tag_id"),
                {documentId})
            : exec(d->db(), QStringLiteral("SELECT tag_id, count(*) FROM segment_tags GROUP BY tag_id"));
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    });
    return out;
}

namespace {
// Enough of the neighbouring text to read a segment in its place, cut at a word.
constexpr qsizetype contextLength = 160;

QString tail(const QString &text)
{
    if (text.size() <= contextLength)
        return text;
    qsizetype from = text.size() - contextLength;
    const qsizetype space = text.indexOf(u' ', from);
    if (space > 0 && space < text.size() - 1)
        from = space + 1;
    return QChar(0x2026) + text.mid(from);
}

QString head(const QString &text)
{
    if (text.size() <= contextLength)
        return text;
    qsizetype to = contextLength;
    const qsizetype space = text.lastIndexOf(u' ', to);
    if (space > 0)
        to = space;
    return text.left(to) + QChar(0x2026);
}
} // namespace

QList<ProjectStore::TaggedSegment> ProjectStore::taggedSegments(qint64 tagId, qint64 documentId, QString *error) const
{
    QList<TaggedSegment> out;
    const bool ok = d->read(error, [&] {
        if (!scalar(d->db(), QStringLiteral("SELECT 1 FROM tags WHERE id = ?"), {tagId}).isValid())
            throw StoreFailure(
                QCoreApplication::translate("Scrutiny::ProjectStore", "no tag %1 in the project").arg(tagId));
        if (documentId)
            d->requireDocument(documentId);
        QSqlQuery q = exec(d->db(),
            QStringLiteral(
                "WITH RECURSIVE wanted(id) AS (SELECT ? UNION SELECT t.id FROM tags t JOIN wanted w ON t.parent_id = "
                "w.id) "
                "SELECT s.id, s.document_id, d.title, d.file_name, s.kind, s.text, "
                "(SELECT p.text FROM segments p WHERE p.document_id = s.document_id "
                "AND (p.start < s.start OR (p.start = s.start AND p.id < s.id)) ORDER BY p.start DESC, p.id DESC LIMIT "
                "1), "
                "(SELECT n.text FROM segments n WHERE n.document_id = s.document_id "
                "AND (n.start > s.start OR (n.start = s.start AND n.id > s.id)) ORDER BY n.start, n.id LIMIT 1) "
                "FROM segments s JOIN documents d ON d.id = s.document_id "
                "WHERE EXISTS (SELECT 1 FROM segment_tags st WHERE st.segment_id = s.id "
                "AND st.tag_id IN (SELECT id FROM wanted)) AND (? = 0 OR s.document_id = ?) "
                "ORDER BY s.document_id, s.start, s.id"),
            {tagId, documentId, documentId});
        QHash<qint64, QHash<qint64, QString>> labels; // by document: one read of each report's labels
        while (q.next()) {
            TaggedSegment t;
            t.documentId = q.value(1).toLongLong();
            t.documentTitle = q.value(2).toString().isEmpty() ? q.value(3).toString() : q.value(2).toString();
            auto found = labels.find(t.documentId);
            if (found == labels.end())
                found = labels.insert(t.documentId, d->labels(t.documentId));
            t.segment = found->value(q.value(0).toLongLong());
            t.kind = kindFromSql(q.value(4).toString());
            t.text = q.value(5).toString();
            t.before = tail(q.value(6).toString());
            t.after = head(q.value(7).toString());
            out.append(t);
        }
    });
    if (!ok)
        return {};
    return out;
}

std::optional<Tag> ProjectStore::tagByName(const QString &name) const
{
    std::optional<Tag> tag;
    d->read(nullptr, [&] {
        QSqlQuery q = exec(d->db(), QStringLiteral("SELECT %1 FROM tags WHERE name = ? COLLATE NOCASE").arg(tagColumns),
            {name.trimmed()});
        if (q.next())
            tag = readTag(q);
    });
    return tag;
}

namespace {
/// Throws unless `trimmed` may name a tag.
void requireTagName(const QString &trimmed)
{
    if (trimmed.isEmpty())
        throw StoreFailure(QCoreApplication::translate("Scrutiny::ProjectStore", "a tag needs a name"));
    if (trimmed.size() > TagName::maxLength)
        throw StoreFailure(QCoreApplication::translate(
            "Scrutiny::ProjectStore", "a tag name may be at most %1 characters (this one has %2)")
                               .arg(TagName::maxLength)
                               .arg(trimmed.size()));
}

qint64 insertTag(const ProjectStore::Private *d, const QString &name, const QColor &colour, const QString &description,
    qint64 parentId)
{
    const QString trimmed = name.trimmed();
    requireTagName(trimmed);
    if (scalar(d->db(), QStringLiteral("SELECT 1 FROM tags WHERE name = ? COLLATE NOCASE"), {trimmed}).isValid())
        throw StoreFailure(
            QCoreApplication::translate("Scrutiny::ProjectStore", "there is already a tag named \"%1\"").arg(trimmed));
    if (parentId && !scalar(d->db(), QStringLiteral("SELECT 1 FROM tags WHERE id = ?"), {parentId}).isValid())
        throw StoreFailure(QCoreApplication::translate("Scrutiny::ProjectStore", "no tag %1 to put \"%2\" under")
                               .arg(parentId)
                               .arg(trimmed));
    QColor c = colour;
    if (!c.isValid())
        c = paletteColour(scalar(d->db(), QStringLiteral("SELECT count(*) FROM tags")).toInt());
    // A new tag takes the lowest free key, so the keys of existing tags never move.
    const QVariant key = scalar(d->db(),
        QStringLiteral("WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 9) "
                       "SELECT min(n) FROM k WHERE n NOT IN (SELECT key FROM tags WHERE key IS NOT NULL)"));
    return exec(d->db(),
        QStringLiteral("INSERT INTO tags (name, colour, description, parent_id, key) VALUES (?, ?, ?, ?, ?)"),
        {trimmed, c.name(), description, parentId ? QVariant(parentId) : QVariant(), key.isNull() ? QVariant() : key})
        .lastInsertId()
        .toLongLong();
}

// Scopes must find the same rows before and after a change, so children are
// named by id rather than by the parent_id the change rewrites.
Journal::Scope tagsAndChildren(const ProjectStore::Private *d, const QList<qint64> &ids)
{
    QVariantList all;
    for (qint64 id : ids)
        all.append(id);
    QSqlQuery children = exec(d->db(), QStringLiteral("SELECT id FROM tags WHERE parent_id IN ") + CheckedSql::inIds(),
        {CheckedSql::ids(all)});
    while (children.next())
        all.append(children.value(0));
    return {QStringLiteral("tags"), QStringLiteral("id IN ") + CheckedSql::inIds(), {CheckedSql::ids(all)}};
}

QString tagName(const ProjectStore::Private *d, qint64 tagId)
{
    const QVariant name = scalar(d->db(), QStringLiteral("SELECT name FROM tags WHERE id = ?"), {tagId});
    if (!name.isValid())
        throw StoreFailure(
            QCoreApplication::translate("Scrutiny::ProjectStore", "no tag %1 in the project").arg(tagId));
    return name.toString();
}
} // namespace

std::optional<Tag> ProjectStore::createTag(
    const QString &name, const QColor &colour, QString *error, const QString &description, qint64 parentId)
{
    std::optional<Tag> tag;
    const bool ok = d->write(error, [&] {
        qint64 id = 0;
        d->record(QStringLiteral("create tag"), QStringLiteral("create tag %1").arg(name.trimmed()), 0,
            {{QStringLiteral("tags"), QStringLiteral("name = ? COLLATE NOCASE"), {name.trimmed()}}},
            [&] { id = insertTag(d.get(), name, colour, description, parentId); });
        QSqlQuery q = exec(d->db(), QStringLiteral("SELECT %1 FROM tags WHERE id = ?").arg(tagColumns), {id});
        q.next();
        tag = readTag(q);
    });
    if (!ok)
        return std::nullopt;
    Q_EMIT annotationsChanged(0);
    Q_EMIT undoStateChanged();
    return tag;
}

bool ProjectStore::updateTag(const Tag &tag, QString *error)
{
    const bool ok = d->write(error, [&] {
        const QString old = tagName(d.get(), tag.id);
        const QString name = tag.name.trimmed();
        requireTagName(name);
        if (scalar(
                d->db(), QStringLiteral("SELECT 1 FROM tags WHERE name = ? COLLATE NOCASE AND id <> ?"), {name, tag.id})
                .isValid())
            throw StoreFailure(
                QCoreApplication::translate("Scrutiny::ProjectStore", "there is already a tag named \"%1\"").arg(name));
        // A tag may not end up under itself.
        for (qint64 p = tag.parentId; p;
             p = scalar(d->db(), QStringLiteral("SELECT coalesce(parent_id, 0) FROM tags WHERE id = ?"), {p})
                     .toLongLong()) {
            if (p == tag.id)
                throw StoreFailure(
                    QStringLiteral("\"%1\" cannot be put under itself or one of its sub-tags").arg(name));
            if (!scalar(d->db(), QStringLiteral("SELECT 1 FROM tags WHERE id = ?"), {p}).isValid())
                throw StoreFailure(
                    QCoreApplication::translate("Scrutiny::ProjectStore", "no tag %1 to put \"%2\" under")
                        .arg(p)
                        .arg(name));
        }
        if (tag.key < 0 || tag.key > 9)
            throw StoreFailure(QCoreApplication::translate("Scrutiny::ProjectStore", "a tag's key is 1 to 9, or none"));
        // Giving a tag a key another tag holds swaps their keys.
        const QVariant oldKey = scalar(d->db(), QStringLiteral("SELECT key FROM tags WHERE id = ?"), {tag.id});
        const QVariant holder = tag.key
            ? scalar(d->db(), QStringLiteral("SELECT id FROM tags WHERE key = ? AND id <> ?"), {tag.key, tag.id})
            : QVariant();
        d->record(QStringLiteral("update tag"),
            old == name ? QStringLiteral("edit tag %1").arg(name)
                        : QStringLiteral("rename tag %1 to %2").arg(old, name),
            0, {{QStringLiteral("tags"), QStringLiteral("id IN (?, ?)"), {tag.id, holder.isValid() ? holder : tag.id}}},
            [&] {
                if (holder.isValid())
                    exec(d->db(), QStringLiteral("UPDATE tags SET key = ? WHERE id = ?"), {oldKey, holder});
                exec(d->db(),
                    QStringLiteral(
                        "UPDATE tags SET name = ?, colour = ?, description = ?, parent_id = ?, key = ? WHERE id = ?"),
                    {name, tag.colour.isValid() ? tag.colour.name() : QStringLiteral("#808080"), tag.description,
                        tag.parentId ? QVariant(tag.parentId) : QVariant(), tag.key ? QVariant(tag.key) : QVariant(),
                        tag.id});
            });
    });
    if (ok) {
        Q_EMIT annotationsChanged(0);
        Q_EMIT undoStateChanged();
    }
    return ok;
}

bool ProjectStore::mergeTags(qint64 fromTagId, qint64 intoTagId, QString *error)
{
    const bool ok = d->write(error, [&] {
        const QString from = tagName(d.get(), fromTagId);
        const QString into = tagName(d.get(), intoTagId);
        if (fromTagId == intoTagId)
            throw StoreFailure(
                QCoreApplication::translate("Scrutiny::ProjectStore", "cannot merge tag \"%1\" into itself").arg(from));
        d->record(QStringLiteral("merge tags"), QStringLiteral("merge tag %1 into %2").arg(from, into), 0,
            {tagsAndChildren(d.get(), {fromTagId, intoTagId}),
                {QStringLiteral("segment_tags"), QStringLiteral("tag_id IN (?, ?)"), {fromTagId, intoTagId}}},
            [&] {
                exec(d->db(), QStringLiteral("UPDATE OR IGNORE segment_tags SET tag_id = ? WHERE tag_id = ?"),
                    {intoTagId, fromTagId});
                exec(d->db(), QStringLiteral("DELETE FROM segment_tags WHERE tag_id = ?"), {fromTagId});
                exec(d->db(), QStringLiteral("UPDATE tags SET parent_id = ? WHERE parent_id = ? AND id <> ?"),
                    {intoTagId, fromTagId, intoTagId});
                exec(d->db(), QStringLiteral("UPDATE tags SET parent_id = NULL WHERE id = ? AND parent_id = ?"),
                    {intoTagId, fromTagId});
                exec(d->db(), QStringLiteral("DELETE FROM tags WHERE id = ?"), {fromTagId});
            });
    });
    if (ok) {
        Q_EMIT annotationsChanged(0);
        Q_EMIT undoStateChanged();
    }
    return ok;
}

bool ProjectStore::deleteTag(qint64 tagId, QString *error)
{
    const bool ok = d->write(error, [&] {
        const QString name = tagName(d.get(), tagId);
        d->record(QStringLiteral("delete tag"), QStringLiteral("delete tag %1").arg(name), 0,
            {tagsAndChildren(d.get(), {tagId}),
                {QStringLiteral("segment_tags"), QStringLiteral("tag_id = ?"), {tagId}}},
            [&] { exec(d->db(), QStringLiteral("DELETE FROM tags WHERE id = ?"), {tagId}); });
    });
    if (ok) {
        Q_EMIT annotationsChanged(0);
        Q_EMIT undoStateChanged();
    }
    return ok;
}

namespace {
// "F1, F2, F3", or "F1, F2, F3 and 47 more": a batch's description names it
// without growing with it.
QString listed(const QStringList &items)
{
    if (items.size() <= 4)
        return items.join(u", ");
    return QStringLiteral("%1 and %2 more").arg(items.mid(0, 3).join(u", ")).arg(items.size() - 3);
}

// The rows of the labels, each once, in the order first named. A label is a
// rank within its kind: looked up one by one (Private::segment, LIMIT 1 OFFSET
// rank) n labels cost n² steps, so each kind named is read once, in order.
QList<StoredSegment> segmentsNamed(const ProjectStore::Private *d, qint64 documentId, const QStringList &labels)
{
    if (labels.isEmpty()) {
        d->requireDocument(documentId);
        throw StoreFailure(QCoreApplication::translate("Scrutiny::ProjectStore", "no segments given"));
    }
    std::array<std::optional<QList<qint64>>, SegmentKindCount> idsByKind; // each in label order
    auto idsOfKind = [&](SegmentKind kind) -> const QList<qint64> & {
        std::optional<QList<qint64>> &ids = idsByKind[size_t(kind)];
        if (!ids) {
            ids.emplace();
            QSqlQuery q = exec(d->db(),
                QStringLiteral("SELECT id FROM segments WHERE document_id = ? AND kind = ? ORDER BY start, id"),
                {documentId, sqlKind(kind)});
            while (q.next())
                ids->append(q.value(0).toLongLong());
        }
        return *ids;
    };
    QList<StoredSegment> out;
    QSet<qint64> seen;
    for (const QString &label : labels) {
        const QString trimmed = label.trimmed();
        bool ok = false;
        const int rank = trimmed.mid(1).toInt(&ok);
        const auto kind = trimmed.isEmpty() ? std::nullopt : segmentKindFromIdPrefix(trimmed.at(0).toUpper());
        // A label that names nothing: Private::segment says why, as for one label.
        const StoredSegment s = ok && kind && rank >= 1 && rank <= idsOfKind(*kind).size()
            ? StoredSegment {idsOfKind(*kind).at(rank - 1), documentId, *kind, segmentLabel(*kind, rank)}
            : d->segment(documentId, label);
        if (!seen.contains(s.id)) {
            seen.insert(s.id);
            out.append(s);
        }
    }
    return out;
}

QVariantList idsOf(const QList<StoredSegment> &segments)
{
    QVariantList ids;
    for (const StoredSegment &s : segments)
        ids.append(s.id);
    return ids;
}

QStringList labelsOf(const QList<StoredSegment> &segments)
{
    QStringList labels;
    for (const StoredSegment &s : segments)
        labels.append(s.label);
    return labels;
}

// Of these segments, those that carry the tag.
QSet<qint64> carrying(const ProjectStore::Private *d, const QList<StoredSegment> &segments, const QVariant &tagId)
{
    QSet<qint64> out;
    if (!tagId.isValid())
        return out;
    QSqlQuery q = exec(d->db(),
        QStringLiteral("SELECT segment_id FROM segment_tags WHERE tag_id = ? AND segment_id IN ") + CheckedSql::inIds(),
        {tagId, CheckedSql::ids(idsOf(segments))});
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

// Adds (removes) the tag on every segment, as one journal entry. Throws, before
// changing anything, when a segment already has (does not have) it.
void retag(ProjectStore::Private *d, qint64 documentId, const QStringList &labels, qint64 tagId, bool add)
{
    const QList<StoredSegment> segments = segmentsNamed(d, documentId, labels);
    const QString name = tagName(d, tagId);
    const QSet<qint64> tagged = carrying(d, segments, tagId);
    for (const StoredSegment &s : segments) {
        if (add && tagged.contains(s.id))
            throw StoreFailure(QStringLiteral("%1 already has tag \"%2\"").arg(s.label, name));
        if (!add && !tagged.contains(s.id))
            throw StoreFailure(QStringLiteral("%1 does not have tag \"%2\"").arg(s.label, name));
    }
    const QString list = listed(labelsOf(segments));
    d->record(add ? QStringLiteral("tag") : QStringLiteral("untag"),
        add ? QStringLiteral("tag %1 with %2").arg(list, name)
            : QStringLiteral("remove tag %1 from %2").arg(name, list),
        documentId,
        {{QStringLiteral("segment_tags"), QStringLiteral("tag_id = ? AND segment_id IN ") + CheckedSql::inIds(),
            {tagId, CheckedSql::ids(idsOf(segments))}}},
        [&] {
            QSqlQuery &change
                = d->statement(add ? QStringLiteral("INSERT INTO segment_tags (segment_id, tag_id) VALUES (?, ?)")
                                   : QStringLiteral("DELETE FROM segment_tags WHERE segment_id = ? AND tag_id = ?"));
            for (const StoredSegment &s : segments)
                exec(change, {s.id, tagId});
        });
}
} // namespace

bool ProjectStore::tagSegments(qint64 documentId, const QStringList &segments, qint64 tagId, QString *error)
{
    const bool ok = d->write(error, [&] { retag(d.get(), documentId, segments, tagId, true); });
    if (ok) {
        Q_EMIT annotationsChanged(documentId);
        Q_EMIT undoStateChanged();
    }
    return ok;
}

bool ProjectStore::untagSegments(qint64 documentId, const QStringList &segments, qint64 tagId, QString *error)
{
    const bool ok = d->write(error, [&] { retag(d.get(), documentId, segments, tagId, false); });
    if (ok) {
        Q_EMIT annotationsChanged(documentId);
        Q_EMIT undoStateChanged();
    }
    return ok;
}

bool ProjectStore::tagSegment(qint64 documentId, const QString &segment, qint64 tagId, QString *error)
{
    return tagSegments(documentId, {segment}, tagId, error);
}

bool ProjectStore::untagSegment(qint64 documentId, const QString &segment, qint64 tagId, QString *error)
{
    return untagSegments(documentId, {segment}, tagId, error);
}

std::optional<Tag> ProjectStore::tagSegmentsByName(
    qint64 documentId, const QStringList &segments, const QString &tagName, QString *error, const QColor &colour)
{
    std::optional<Tag> tag;
    const QString name = tagName.trimmed();
    const bool ok = d->write(error, [&] {
        const QList<StoredSegment> rows = segmentsNamed(d.get(), documentId, segments);
        requireTagName(name);
        const QVariant existing
            = scalar(d->db(), QStringLiteral("SELECT id FROM tags WHERE name = ? COLLATE NOCASE"), {name});
        const QSet<qint64> tagged = carrying(d.get(), rows, existing);
        for (const StoredSegment &s : rows) {
            if (tagged.contains(s.id))
                throw StoreFailure(QStringLiteral("%1 already has tag \"%2\"").arg(s.label, name));
        }
        d->record(QStringLiteral("tag"), QStringLiteral("tag %1 with %2").arg(listed(labelsOf(rows)), name), documentId,
            {{QStringLiteral("tags"), QStringLiteral("name = ? COLLATE NOCASE"), {name}},
                {QStringLiteral("segment_tags"),
                    QStringLiteral("segment_id IN ") + CheckedSql::inIds()
                        + QStringLiteral(" AND tag_id IN (SELECT id FROM tags WHERE name = ? COLLATE NOCASE)"),
                    {CheckedSql::ids(idsOf(rows)), name}}},
            [&] {
                const qint64 id = existing.isValid() ? existing.toLongLong() : insertTag(d.get(), name, colour, {}, 0);
                QSqlQuery &insert
                    = d->statement(QStringLiteral("INSERT INTO segment_tags (segment_id, tag_id) VALUES (?, ?)"));
                for (const StoredSegment &s : rows)
                    exec(insert, {s.id, id});
            });
        QSqlQuery q = exec(
            d->db(), QStringLiteral("SELECT %1 FROM tags WHERE name = ? COLLATE NOCASE").arg(tagColumns), {name});
        q.next();
        tag = readTag(q);
    });
    if (!ok)
        return std::nullopt;
    Q_EMIT annotationsChanged(documentId);
    Q_EMIT undoStateChanged();
    return tag;
}

std::optional<Tag> ProjectStore::tagSegmentByName(
    qint64 documentId, const QString &segment, const QString &tagName, QString *error, const QColor &colour)
{
    return tagSegmentsByName(documentId, {segment}, tagName, error, colour);
}

// --- Links -----------------------------------------------------------------

namespace {
// Adds the links as one journal entry; throws, before changing anything, when
// any one would be refused. A pair named twice is added once.
QList<Link> addLinksIn(ProjectStore::Private *d, qint64 documentId, const QList<ProjectStore::LinkRequest> &requests,
    const QString &action)
{
    if (requests.isEmpty()) {
        d->requireDocument(documentId);
        throw StoreFailure(QCoreApplication::translate("Scrutiny::ProjectStore", "no links given"));
    }
    struct Pair
    {
        StoredSegment from, to;
        const ProjectStore::LinkRequest *request;
    };
    QList<Pair> pairs;
    QSet<std::pair<qint64, qint64>> seen;
    QVariantList froms, tos;
    QStringList described;
    const bool accepting = action == QLatin1StringView("accept suggestion");
    for (const ProjectStore::LinkRequest &r : requests) {
        const StoredSegment a = d->segment(documentId, r.from);
        const StoredSegment b = d->segment(documentId, r.to);
        if (a.id == b.id)
            throw StoreFailure(
                QCoreApplication::translate("Scrutiny::ProjectStore", "cannot link %1 to itself").arg(a.label));
        if (seen.contains({a.id, b.id}))
            continue;
        if (scalar(
                d->db(), QStringLiteral("SELECT 1 FROM links WHERE from_segment = ? AND to_segment = ?"), {a.id, b.id})
                .isValid())
            throw StoreFailure(QStringLiteral("%1 is already linked to %2").arg(a.label, b.label));
        seen.insert({a.id, b.id});
        pairs.append({a, b, &r});
        froms.append(a.id);
        tos.append(b.id);
        described.append(QStringLiteral("%1 %2 %3").arg(a.label, toString(r.type), b.label));
    }
    const QString verb = accepting
        ? (pairs.size() == 1 ? QStringLiteral("accept suggestion %1") : QStringLiteral("accept suggestions %1"))
        : QStringLiteral("link %1");
    // Every (from, to) among the named segments: a superset of the pairs, but rows
    // the change leaves alone are dropped from the entry.
    const QString pairsWhere = QStringLiteral("from_segment IN ") + CheckedSql::inIds()
        + QStringLiteral(" AND to_segment IN ") + CheckedSql::inIds();
    const QVariantList pairsBinds {CheckedSql::ids(froms), CheckedSql::ids(tos)};
    QList<qint64> ids;
    d->record(action, verb.arg(listed(described)), documentId,
        {{QStringLiteral("links"), pairsWhere, pairsBinds},
            {QStringLiteral("rejected_suggestions"), pairsWhere, pairsBinds}},
        [&] {
            QSqlQuery &unreject = d->statement(
                QStringLiteral("DELETE FROM rejected_suggestions WHERE from_segment = ? AND to_segment = ?"));
            QSqlQuery &insert = d->statement(
                QStringLiteral("INSERT INTO links (document_id, from_segment, to_segment, type, note, author, created) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)"));
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (const Pair &p : std::as_const(pairs)) {
                // Accepting after turning down: the later decision wins.
                exec(unreject, {p.from.id, p.to.id});
                exec(insert,
                    {documentId, p.from.id, p.to.id, toString(p.request->type), p.request->note, d->author, now});
                ids.append(insert.lastInsertId().toLongLong());
            }
        });
    QList<Link> out;
    for (qint64 id : std::as_const(ids)) {
        QSqlQuery q = exec(d->db(), QStringLiteral("SELECT %1 FROM links WHERE id = ?").arg(linkColumns), {id});
        q.next();
        Link link = readLink(q, d);
        out.append(link);
    }
    return out;
}

// Accepting = linking with the type a suggestion implies.
QList<ProjectStore::LinkRequest> acceptRequests(
    const ProjectStore::Private *d, qint64 documentId, const QList<std::pair<QString, QString>> &pairs)
{
    QList<ProjectStore::LinkRequest> requests;
    for (const auto &[from, to] : pairs) {
        const StoredSegment a = d->segment(documentId, from);
        requests.append({from, to, a.kind == SegmentKind::Response ? LinkType::RespondsTo : LinkType::Addresses, {}});
    }
    return requests;
}
} // namespace

std::optional<QList<Link>> ProjectStore::addLinks(qint64 documentId, const QList<LinkRequest> &links, QString *error)
{
    QList<Link> added;
    const bool ok = d->write(error, [&] { added = addLinksIn(d.get(), documentId, links, QStringLiteral("link")); });
    if (!ok)
        return std::nullopt;
    Q_EMIT annotationsChanged(documentId);
    Q_EMIT undoStateChanged();
    return added;
}

std::optional<QList<Link>> ProjectStore::acceptSuggestions(
    qint64 documentId, const QList<std::pair<QString, QString>> &pairs, QString *error)
{
    QList<Link> added;
    const bool ok = d->write(error, [&] {
        added = addLinksIn(
            d.get(), documentId, acceptRequests(d.get(), documentId, pairs), QStringLiteral("accept suggestion"));
    });
    if (!ok)
        return std::nullopt;
    Q_EMIT annotationsChanged(documentId);
    Q_EMIT undoStateChanged();
    return added;
}

std::optional<Link> ProjectStore::addLink(
    qint64 documentId, const QString &from, const QString &to, LinkType type, QString *error, const QString &note)
{
    const auto links = addLinks(documentId, {{from, to, type, note}}, error);
    return links ? std::optional<Link>(links->constFirst()) : std::nullopt;
}

std::optional<Link> ProjectStore::acceptSuggestion(
    qint64 documentId, const QString &from, const QString &to, QString *error)
{
    const auto links = acceptSuggestions(documentId, {{from, to}}, error);
    return links ? std::optional<Link>(links->constFirst()) : std::nullopt;
}

bool ProjectStore::updateLink(qint64 documentId, const Link &link, QString *error)
{
    const bool ok = d->write(error, [&] {
        QSqlQuery q
            = exec(d->db(), QStringLiteral("SELECT %1 FROM links WHERE id = ? AND document_id = ?").arg(linkColumns),
                {link.id, documentId});
        if (!q.next()) {
            d->requireDocument(documentId);
            throw StoreFailure(QCoreApplication::translate("Scrutiny::ProjectStore", "document %1 has no link %2")
                                   .arg(documentId)
                                   .arg(link.id));
        }
        const Link old = readLink(q, d.get());
        d->record(QStringLiteral("update link"), QStringLiteral("edit link %1 -> %2").arg(old.from, old.to), documentId,
            {{QStringLiteral("links"), QStringLiteral("id = ?"), {link.id}}}, [&] {
                exec(d->db(), QStringLiteral("UPDATE links SET type = ?, note = ? WHERE id = ?"),
                    {toString(link.type), link.note, link.id});
            });
    });
    if (ok) {
        Q_EMIT annotationsChanged(documentId);
        Q_EMIT undoStateChanged();
    }
    return ok;
}

bool ProjectStore::removeLinks(qint64 documentId, const QList<qint64> &linkIds, QString *error)
{
    const bool ok = d->write(error, [&] {
        if (linkIds.isEmpty()) {
            d->requireDocument(documentId);
            throw StoreFailure(QCoreApplication::translate("Scrutiny::ProjectStore", "no links given"));
        }
        QVariantList ids;
        QStringList described;
        for (qint64 linkId : linkIds) {
            if (ids.contains(linkId))
                continue;
            QSqlQuery q = exec(d->db(),
                QStringLiteral("SELECT %1 FROM links WHERE id = ? AND document_id = ?").arg(linkColumns),
                {linkId, documentId});
            if (!q.next()) {
                d->requireDocument(documentId);
                throw StoreFailure(QCoreApplication::translate("Scrutiny::ProjectStore", "document %1 has no link %2")
                                       .arg(documentId)
                                       .arg(linkId));
            }
            const Link old = readLink(q, d.get());
            ids.append(linkId);
            described.append(QStringLiteral("%1 -> %2").arg(old.from, old.to));
        }
        d->record(QStringLiteral("unlink"), QStringLiteral("remove link %1").arg(listed(described)), documentId,
            {{QStringLiteral("links"), QStringLiteral("id IN ") + CheckedSql::inIds(), {CheckedSql::ids(ids)}}}, [&] {
                exec(d->db(), QStringLiteral("DELETE FROM links WHERE id IN ") + CheckedSql::inIds(),
                    {CheckedSql::ids(ids)});
            });
    });
    if (ok) {
        Q_EMIT annotationsChanged(documentId);
        Q_EMIT undoStateChanged();
    }
    return ok;
}

bool ProjectStore::removeLink(qint64 documentId, qint64 linkId, QString *error)
{
    return removeLinks(documentId, {linkId}, error);
}

bool ProjectStore::rejectSuggestion(qint64 documentId, const QString &from, const QString &to, QString *error)
{
    const bool ok = d->write(error, [&] {
        const StoredSegment a = d->segment(documentId, from);
        const StoredSegment b = d->segment(documentId, to);
        d->record(QStringLiteral("reject suggestion"),
            QStringLiteral("turn down suggestion %1 -> %2").arg(a.label, b.label), documentId,
            {{QStringLiteral("rejected_suggestions"), QStringLiteral("from_segment = ? AND to_segment = ?"),
                {a.id, b.id}}},
            [&] {
                exec(d->db(),
                    QStringLiteral("INSERT OR IGNORE INTO rejected_suggestions (document_id, from_segment, to_segment) "
                                   "VALUES (?, ?, ?)"),
                    {documentId, a.id, b.id});
            });
    });
    if (ok) {
        Q_EMIT annotationsChanged(documentId);
        Q_EMIT undoStateChanged();
    }
    return ok;
}

bool ProjectStore::isRejected(qint64 documentId, const QString &from, const QString &to) const
{
    bool rejected = false;
    d->read(nullptr, [&] {
        const StoredSegment a = d->segment(documentId, from);
        const StoredSegment b = d->segment(documentId, to);
        rejected = scalar(d->db(),
            QStringLiteral("SELECT 1 FROM rejected_suggestions WHERE from_segment = ? AND to_segment = ?"),
            {a.id, b.id})
                       .isValid();
    });
    return rejected;
}

QSet<std::pair<QString, QString>> ProjectStore::rejectedSuggestions(qint64 documentId) const
{
    QSet<std::pair<QString, QString>> rejected;
    d->read(nullptr, [&] {
        QSqlQuery query = exec(d->db(),
            QStringLiteral("SELECT r.from_segment, r.to_segment FROM rejected_suggestions r "
                           "JOIN segments s ON s.id = r.from_segment WHERE s.document_id = ?"),
            {documentId});
        // Rejections are few: label just those, not every segment of a long report.
        while (query.next())
            rejected.insert({d->label(query.value(0).toLongLong()), d->label(query.value(1).toLongLong())});
    });
    return rejected;
}

// --- Notes -----------------------------------------------------------------

bool ProjectStore::setNote(qint64 documentId, const QString &segment, const QString &markdown, QString *error)
{
    const bool ok = d->write(error, [&] {
        d->requireDocument(documentId);
        QVariant segmentId;
        QString where = QStringLiteral("document %1").arg(documentId);
        if (!segment.trimmed().isEmpty()) {
            const StoredSegment s = d->segment(documentId, segment);
            segmentId = s.id;
            where = s.label;
        }
        const bool remove = markdown.trimmed().isEmpty();
        d->record(QStringLiteral("note"),
            remove ? QStringLiteral("remove note on %1").arg(where) : QStringLiteral("note on %1").arg(where),
            documentId,
            {{QStringLiteral("notes"), QStringLiteral("document_id = ? AND segment_id IS ?"), {documentId, segmentId}}},
            [&] {
                if (remove) {
                    exec(d->db(), QStringLiteral("DELETE FROM notes WHERE document_id = ? AND segment_id IS ?"),
                        {documentId, segmentId});
                    return;
                }
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                const QVariant id
                    = scalar(d->db(), QStringLiteral("SELECT id FROM notes WHERE document_id = ? AND segment_id IS ?"),
                        {documentId, segmentId});
                if (id.isValid())
                    exec(d->db(), QStringLiteral("UPDATE notes SET markdown = ?, modified = ? WHERE id = ?"),
                        {markdown, now, id});
                else
                    exec(d->db(),
                        QStringLiteral(
                            "INSERT INTO notes (document_id, segment_id, markdown, modified) VALUES (?, ?, ?, ?)"),
                        {documentId, segmentId, markdown, now});
            });
    });
    if (ok) {
        Q_EMIT annotationsChanged(documentId);
        Q_EMIT undoStateChanged();
    }
    return ok;
}

// --- Action plan -----------------------------------------------------------

namespace {
// The fields of an action as stored, named as its history names them.
QList<std::pair<QString, QString>> planFields(const QString &priority, const PlanItem &item)
{
    return {{QStringLiteral("priority"), priority}, {QStringLiteral("action"), item.action},
        {QStringLiteral("owner"), item.owner},
        {QStringLiteral("due"), item.due.isValid() ? item.due.toString(Qt::ISODate) : QString()},
        {QStringLiteral("status"), toString(item.status)}, {QStringLiteral("evidence"), item.evidence}};
}

// The priority an action is tied to (null: none); throws when it names anything else.
QVariant planSegment(ProjectStore::Private *d, qint64 documentId, const QString &priority)
{
    if (priority.trimmed().isEmpty())
        return {};
    const StoredSegment s = d->segment(documentId, priority);
    if (s.kind != SegmentKind::Priority)
        throw StoreFailure(QStringLiteral("%1 is a %2; only priorities have an action plan")
                               .arg(s.label, displayName(s.kind).toLower()));
    return s.id;
}

// Writes an action's fields over `id` (new when 0) and the history of what changed.
qint64 writePlanItem(ProjectStore::Private *d, qint64 documentId, qint64 id, const QVariant &segment,
    const QString &priority, const PlanItem &item)
{
    const QString due = item.due.isValid() ? item.due.toString(Qt::ISODate) : QString();
    QList<std::pair<QString, QString>> before = planFields({}, PlanItem {});
    for (auto &field : before)
        field.second.clear(); // a new action's history starts from nothing
    if (id) {
        QSqlQuery q = exec(d->db(),
            QStringLiteral("SELECT segment_id, action, owner, due, status, evidence FROM plan_items WHERE id = ?"),
            {id});
        q.next();
        before = {{QStringLiteral("priority"), q.value(0).isNull() ? QString() : d->label(q.value(0).toLongLong())},
            {QStringLiteral("action"), q.value(1).toString()}, {QStringLiteral("owner"), q.value(2).toString()},
            {QStringLiteral("due"), q.value(3).toString()}, {QStringLiteral("status"), q.value(4).toString()},
            {QStringLiteral("evidence"), q.value(5).toString()}};
        exec(d->db(),
            QStringLiteral("UPDATE plan_items SET segment_id = ?, action = ?, owner = ?, due = ?, status = ?, "
                           "evidence = ? WHERE id = ?"),
            {segment, item.action, item.owner, due, toString(item.status), item.evidence, id});
    } else {
        id = exec(d->db(),
            QStringLiteral("INSERT INTO plan_items (document_id, segment_id, action, owner, due, status, evidence) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {documentId, segment, item.action, item.owner, due, toString(item.status), item.evidence})
                 .lastInsertId()
                 .toLongLong();
    }
    const QList<std::pair<QString, QString>> after = planFields(priority, item);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (qsizetype i = 0; i < after.size(); ++i) {
        if (before[i].second != after[i].second)
            exec(d->db(),
                QStringLiteral(
                    "INSERT INTO plan_history (plan_item_id, at, who, field, before, after) VALUES (?, ?, ?, ?, ?, ?)"),
                {id, now, d->author, after[i].first, before[i].second, after[i].second});
    }
    return id;
}

QString planSubject(const QString &priority, const PlanItem &item)
{
    if (!priority.isEmpty())
        return priority;
    return item.action.isEmpty() ? QStringLiteral("an action") : item.action.left(40);
}
} // namespace

bool ProjectStore::setPlanItem(qint64 documentId, const PlanItem &item, QString *error)
{
    const bool ok = d->write(error, [&] {
        d->requireDocument(documentId);
        const QVariant segment = planSegment(d.get(), documentId, item.priority);
        const QString priority = segment.isValid() ? d->label(segment.toLongLong()) : QString();
        qint64 id = item.id;
        if (id) {
            if (!scalar(d->db(), QStringLiteral("SELECT 1 FROM plan_items WHERE id = ? AND document_id = ?"),
                    {id, documentId})
                     .isValid())
                throw StoreFailure(QCoreApplication::translate("Scrutiny::ProjectStore", "document %1 has no action %2")
                                       .arg(documentId)
                                       .arg(id));
        } else if (!segment.isValid()) {
            throw StoreFailure(QCoreApplication::translate(
                "Scrutiny::ProjectStore", "an action tied to no priority is added, not set"));
        } else {
            id = scalar(d->db(), QStringLiteral("SELECT min(id) FROM plan_items WHERE segment_id = ?"), {segment})
                     .toLongLong();
        }
        const qint64 last = scalar(d->db(), QStringLiteral("SELECT coalesce(max(id), 0) FROM plan_items")).toLongLong();
        const qint64 lastChange
            = scalar(d->db(), QStringLiteral("SELECT coalesce(max(id), 0) FROM plan_history")).toLongLong();
        // A new row's id is unknown before it exists: its scope is "after the last one".
        const QList<Journal::Scope> scopes = id
            ? QList<Journal::Scope> {{QStringLiteral("plan_items"), QStringLiteral("id = ?"), {id}},
                {QStringLiteral("plan_history"), QStringLiteral("plan_item_id = ?"), {id}}}
            : QList<Journal::Scope> {{QStringLiteral("plan_items"), QStringLiteral("id > ?"), {last}},
                {QStringLiteral("plan_history"), QStringLiteral("id > ?"), {lastChange}}};
        d->record(QStringLiteral("plan"),
            QStringLiteral("plan %1: %2").arg(planSubject(priority, item), toString(item.status)), documentId, scopes,
            [&] { writePlanItem(d.get(), documentId, id, segment, priority, item); });
    });
    if (ok) {
        Q_EMIT annotationsChanged(documentId);
        Q_EMIT undoStateChanged();
    }
    return ok;
}

std::optional<PlanItem> ProjectStore::addPlanItem(qint64 documentId, const PlanItem &item, QString *error)
{
    PlanItem stored = item;
    const bool ok = d->write(error, [&] {
        d->requireDocument(documentId);
        const QVariant segment = planSegment(d.get(), documentId, item.priority);
        stored.priority = segment.isValid() ? d->label(segment.toLongLong()) : QString();
        const qint64 last = scalar(d->db(), QStringLiteral("SELECT coalesce(max(id), 0) FROM plan_items")).toLongLong();
        const qint64 lastChange
            = scalar(d->db(), QStringLiteral("SELECT coalesce(max(id), 0) FROM plan_history")).toLongLong();
        d->record(QStringLiteral("plan"), QStringLiteral("add action to %1").arg(planSubject(stored.priority, item)),
            documentId,
            {{QStringLiteral("plan_items"), QStringLiteral("id > ?"), {last}},
                {QStringLiteral("plan_history"), QStringLiteral("id > ?"), {lastChange}}},
            [&] { stored.id = writePlanItem(d.get(), documentId, 0, segment, stored.priority, item); });
    });
    if (!ok)
        return std::nullopt;
    Q_EMIT annotationsChanged(documentId);
    Q_EMIT undoStateChanged();
    return stored;
}

bool ProjectStore::removePlanItem(qint64 documentId, qint64 itemId, QString *error)
{
    const bool ok = d->write(error, [&] {
        QSqlQuery q = exec(d->db(),
            QStringLiteral("SELECT segment_id, action FROM plan_items WHERE id = ? AND document_id = ?"),
            {itemId, documentId});
        if (!q.next()) {
            d->requireDocument(documentId);
            throw StoreFailure(QCoreApplication::translate("Scrutiny::ProjectStore", "document %1 has no action %2")
                                   .arg(documentId)
                                   .arg(itemId));
        }
        PlanItem item;
        item.action = q.value(1).toString();
        const QString priority = q.value(0).isNull() ? QString() : d->label(q.value(0).toLongLong());
        d->record(QStringLiteral("plan"), QStringLiteral("remove action from %1").arg(planSubject(priority, item)),
            documentId,
            {{QStringLiteral("plan_items"), QStringLiteral("id = ?"), {itemId}},
                {QStringLiteral("plan_history"), QStringLiteral("plan_item_id = ?"), {itemId}}},
            [&] {
                exec(d->db(), QStringLiteral("DELETE FROM plan_history WHERE plan_item_id = ?"), {itemId});
                exec(d->db(), QStringLiteral("DELETE FROM plan_items WHERE id = ?"), {itemId});
            });
    });
    if (ok) {
        Q_EMIT annotationsChanged(documentId);
        Q_EMIT undoStateChanged();
    }
    return ok;
}

} // namespace Scrutiny
