// SPDX-License-Identifier: GPL-3.0-or-later
// Writing a REFI-QDA project (QdpxProject::write), following the element order
// of the QDA-XML 1.0 Project schema: Users, CodeBook, Sources, Notes, Links.
#include "QdpxProject.h"

#include "OutputFile.h"
#include "ZipArchive.h"
#include "model/ReportJson.h"

#include <QSaveFile>
#include <QUuid>
#include <QXmlStreamWriter>

namespace Scrutiny {

namespace {

/// Namespace of Scrutiny's name-based GUIDs (itself a v5 UUID of a fixed name).
QUuid guidNamespace()
{
    static const QUuid ns = QUuid::createUuidV5(QUuid(), QStringLiteral("org.scrutiny.refi-qda"));
    return ns;
}

QString guid(const QString &name)
{
    return QUuid::createUuidV5(guidNamespace(), name).toString(QUuid::WithoutBraces);
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate); // "2026-11-02T09:30:00Z"
}

QString describe(const Segment &s)
{
    QString d = toString(s.kind);
    if (s.polarity != Polarity::None)
        d += QStringLiteral(", ") + toString(s.polarity);
    d += QStringLiteral(", ") + toString(s.side);
    if (!s.speakerName.isEmpty())
        d += QStringLiteral(", speaker: ") + s.speakerName;
    if (!s.speakerRole.isEmpty())
        d += QStringLiteral(", role: ") + s.speakerRole;
    return d;
}

struct Guids
{
    QString doc; ///< prefix: the report's sha256 (or title when unknown)
    QString source() const { return guid(doc + QStringLiteral(":source")); }
    QString selection(const QString &segment) const { return guid(doc + QStringLiteral(":selection:") + segment); }
    QString coding(const QString &segment, qint64 tag) const
    {
        return guid(doc + QStringLiteral(":coding:%1:%2").arg(segment).arg(tag));
    }
    QString note(const Note &n) const
    {
        return guid(doc + QStringLiteral(":note:") + (n.segment.isEmpty() ? QStringLiteral("(document)") : n.segment)
            + QStringLiteral(":%1").arg(n.id));
    }
    QString linkNote(const Link &l) const { return guid(doc + QStringLiteral(":link-note:%1").arg(l.id)); }
    QString kindCoding(const QString &segment) const { return guid(doc + QStringLiteral(":kind-coding:") + segment); }
    QString planNote(const PlanItem &p) const { return guid(doc + QStringLiteral(":plan:") + p.priority); }
    QString link(const Link &l) const
    {
        return guid(doc + QStringLiteral(":link:%1:%2:%3").arg(l.from, l.to, toString(l.type)));
    }
    // Codes and users belong to the project, not the report: same GUID in every export.
    static QString code(const Tag &t) { return guid(QStringLiteral("code:%1:").arg(t.id) + t.name); }
    static QString user(const QString &name) { return guid(QStringLiteral("user:") + name); }
};

void writeCode(QXmlStreamWriter &x, const AnnotatedReport &a, const Tag &tag, const QSet<qint64> &present)
{
    x.writeStartElement(QStringLiteral("Code"));
    x.writeAttribute(QStringLiteral("guid"), Guids::code(tag));
    x.writeAttribute(QStringLiteral("name"), tag.name);
    x.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
    if (tag.colour.isValid())
        x.writeAttribute(QStringLiteral("color"), tag.colour.name(QColor::HexRgb).toUpper());
    if (!tag.description.isEmpty())
        x.writeTextElement(QStringLiteral("Description"), tag.description);
    for (const Tag &child : a.tags) {
        if (child.parentId == tag.id && child.id != tag.id)
            writeCode(x, a, child, present);
    }
    x.writeEndElement();
}

} // namespace

QString QdpxProject::segmentKindsCodeGuid()
{
    return guid(QStringLiteral("segment-kinds"));
}

QString QdpxProject::segmentKindCodeGuid(SegmentKind kind)
{
    return guid(QStringLiteral("segment-kind:") + toString(kind));
}

QString QdpxProject::planNoteName(const QString &priority)
{
    return QStringLiteral("Action plan for ") + priority;
}

QString QdpxProject::planText(const PlanItem &item)
{
    QStringList lines {QStringLiteral("Owner: ") + item.owner,
        QStringLiteral("Due: ") + (item.due.isValid() ? item.due.toString(Qt::ISODate) : QString()),
        QStringLiteral("Status: ") + toString(item.status)};
    if (!item.evidence.isEmpty())
        lines << QStringLiteral("Evidence: ") + item.evidence;
    return lines.join(QLatin1Char('\n'));
}

QByteArray QdpxProject::projectXml(
    const AnnotatedReport &a, const QDateTime &created, QString *sourceFileName, const QString &author)
{
    const ParsedReport &r = a.report;
    Guids g {a.sha256.isEmpty() ? QStringLiteral("title:") + r.title + QStringLiteral(":") + a.fileName : a.sha256};
    // One author for everything the export makes: the user exporting (the
    // store's configured author); links keep whoever made them.
    const QString userName = author.trimmed().isEmpty() ? QStringLiteral("Scrutiny") : author.trimmed();
    const QString scrutinyUser = Guids::user(userName);
    const QString name = r.title.isEmpty() ? a.fileName : r.title;

    QByteArray xml;
    QXmlStreamWriter x(&xml);
    x.setAutoFormatting(true);
    x.setAutoFormattingIndent(1);
    x.writeStartDocument();
    x.writeDefaultNamespace(QStringLiteral("urn:QDA-XML:project:1.0"));
    x.writeStartElement(QStringLiteral("Project"));
    x.writeAttribute(QStringLiteral("name"), name);
    x.writeAttribute(QStringLiteral("origin"), QStringLiteral("Scrutiny " SCRUTINY_VERSION));
    x.writeAttribute(QStringLiteral("creatingUserGUID"), scrutinyUser);
    x.writeAttribute(QStringLiteral("creationDateTime"), isoTime(created));

    // Users: the author and everyone who made a link.
    QStringList users {userName};
    for (const Link &l : a.links) {
        if (!l.author.isEmpty() && !users.contains(l.author))
            users.append(l.author);
    }
    x.writeStartElement(QStringLiteral("Users"));
    for (const QString &u : users) {
        x.writeStartElement(QStringLiteral("User"));
        x.writeAttribute(QStringLiteral("guid"), Guids::user(u));
        x.writeAttribute(QStringLiteral("name"), u);
        x.writeEndElement();
    }
    x.writeEndElement();

    // CodeBook: the tags as a tree, then the segment kinds, so QDA tools can
    // query findings, priorities ... as codes.
    QSet<qint64> present;
    for (const Tag &t : a.tags)
        present.insert(t.id);
    QList<SegmentKind> kinds;
    for (const Segment &s : r.segments) {
        if (!kinds.contains(s.kind))
            kinds.append(s.kind);
    }
    std::sort(kinds.begin(), kinds.end());
    if (!a.tags.isEmpty() || !kinds.isEmpty()) {
        x.writeStartElement(QStringLiteral("CodeBook"));
        x.writeStartElement(QStringLiteral("Codes"));
        for (const Tag &t : a.tags) {
            if (t.parentId == 0 || !present.contains(t.parentId) || t.parentId == t.id)
                writeCode(x, a, t, present);
        }
        if (!kinds.isEmpty()) {
            x.writeStartElement(QStringLiteral("Code"));
            x.writeAttribute(QStringLiteral("guid"), segmentKindsCodeGuid());
            x.writeAttribute(QStringLiteral("name"), QStringLiteral("Segment kind"));
            x.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("false"));
            x.writeTextElement(QStringLiteral("Description"),
                QStringLiteral("What each passage of the report is, as Scrutiny segmented it"));
            for (SegmentKind k : std::as_const(kinds)) {
                x.writeStartElement(QStringLiteral("Code"));
                x.writeAttribute(QStringLiteral("guid"), segmentKindCodeGuid(k));
                x.writeAttribute(QStringLiteral("name"), displayName(k));
                x.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
    }

    // Every segment becomes a selection, coded with its kind.
    QHash<QString, QList<const Note *>> notesOf;
    for (const Note &n : a.notes)
        notesOf[n.segment].append(&n);

    const QString sourceGuid = g.source();
    *sourceFileName = sourceGuid + QStringLiteral(".txt");
    x.writeStartElement(QStringLiteral("Sources"));
    x.writeStartElement(QStringLiteral("TextSource"));
    x.writeAttribute(QStringLiteral("guid"), sourceGuid);
    x.writeAttribute(QStringLiteral("name"), a.fileName.isEmpty() ? name : a.fileName);
    x.writeAttribute(QStringLiteral("plainTextPath"), QStringLiteral("internal://") + *sourceFileName);
    x.writeAttribute(QStringLiteral("creatingUser"), scrutinyUser);
    if (a.importedAt.isValid())
        x.writeAttribute(QStringLiteral("creationDateTime"), isoTime(a.importedAt));
    x.writeTextElement(QStringLiteral("Description"),
        QStringLiteral("%1; sha256 %2; verdict: serving %3, prospects %4")
            .arg(name, a.sha256, r.judgement.serving.isEmpty() ? QStringLiteral("not stated") : r.judgement.serving,
                r.judgement.prospects.isEmpty() ? QStringLiteral("not stated") : r.judgement.prospects));
    for (const Segment &s : r.segments) {
        const QList<qint64> tags = a.segmentTags.value(s.id);
        x.writeStartElement(QStringLiteral("PlainTextSelection"));
        x.writeAttribute(QStringLiteral("guid"), g.selection(s.id));
        x.writeAttribute(QStringLiteral("name"), s.id);
        // REFI-QDA counts characters (code points); Scrutiny UTF-16 units.
        x.writeAttribute(QStringLiteral("startPosition"), QString::number(ReportJson::toCodePoints(r.text, s.start)));
        x.writeAttribute(QStringLiteral("endPosition"), QString::number(ReportJson::toCodePoints(r.text, s.end)));
        x.writeAttribute(QStringLiteral("creatingUser"), scrutinyUser);
        x.writeTextElement(QStringLiteral("Description"), describe(s));
        for (qint64 tagId : tags) {
            const Tag *t = a.tag(tagId);
            if (!t)
                continue;
            x.writeStartElement(QStringLiteral("Coding"));
            x.writeAttribute(QStringLiteral("guid"), g.coding(s.id, tagId));
            x.writeAttribute(QStringLiteral("creatingUser"), scrutinyUser);
            x.writeEmptyElement(QStringLiteral("CodeRef"));
            x.writeAttribute(QStringLiteral("targetGUID"), Guids::code(*t));
            x.writeEndElement();
        }
        x.writeStartElement(QStringLiteral("Coding"));
        x.writeAttribute(QStringLiteral("guid"), g.kindCoding(s.id));
        x.writeAttribute(QStringLiteral("creatingUser"), scrutinyUser);
        x.writeEmptyElement(QStringLiteral("CodeRef"));
        x.writeAttribute(QStringLiteral("targetGUID"), segmentKindCodeGuid(s.kind));
        x.writeEndElement();
        for (const Note *n : notesOf.value(s.id)) {
            x.writeEmptyElement(QStringLiteral("NoteRef"));
            x.writeAttribute(QStringLiteral("targetGUID"), g.note(*n));
        }
        for (const PlanItem &p : a.plan) {
            if (p.priority == s.id) {
                x.writeEmptyElement(QStringLiteral("NoteRef"));
                x.writeAttribute(QStringLiteral("targetGUID"), g.planNote(p));
            }
        }
        x.writeEndElement();
    }
    for (const Note *n : notesOf.value(QString())) {
        x.writeEmptyElement(QStringLiteral("NoteRef"));
        x.writeAttribute(QStringLiteral("targetGUID"), g.note(*n));
    }
    x.writeEndElement(); // TextSource
    x.writeEndElement(); // Sources

    // Notes: the user's notes, the notes written on links and the action plan.
    const bool anyLinkNote
        = std::any_of(a.links.cbegin(), a.links.cend(), [](const Link &l) { return !l.note.isEmpty(); });
    if (!a.notes.isEmpty() || anyLinkNote || !a.plan.isEmpty()) {
        x.writeStartElement(QStringLiteral("Notes"));
        for (const Note &n : a.notes) {
            x.writeStartElement(QStringLiteral("Note"));
            x.writeAttribute(QStringLiteral("guid"), g.note(n));
            x.writeAttribute(QStringLiteral("name"),
                n.segment.isEmpty() ? QStringLiteral("Note on the report") : QStringLiteral("Note on ") + n.segment);
            x.writeAttribute(QStringLiteral("creatingUser"), scrutinyUser);
            if (n.modified.isValid())
                x.writeAttribute(QStringLiteral("creationDateTime"), isoTime(n.modified));
            x.writeTextElement(QStringLiteral("PlainTextContent"), n.markdown);
            x.writeEndElement();
        }
        for (const Link &l : a.links) {
            if (l.note.isEmpty())
                continue;
            x.writeStartElement(QStringLiteral("Note"));
            x.writeAttribute(QStringLiteral("guid"), g.linkNote(l));
            x.writeAttribute(QStringLiteral("name"), QStringLiteral("Note on link %1 \u2192 %2").arg(l.from, l.to));
            x.writeAttribute(QStringLiteral("creatingUser"), Guids::user(l.author.isEmpty() ? userName : l.author));
            if (l.created.isValid())
                x.writeAttribute(QStringLiteral("creationDateTime"), isoTime(l.created));
            x.writeTextElement(QStringLiteral("PlainTextContent"), l.note);
            x.writeEndElement();
        }
        for (const PlanItem &p : a.plan) {
            if (!r.segment(p.priority))
                continue;
            x.writeStartElement(QStringLiteral("Note"));
            x.writeAttribute(QStringLiteral("guid"), g.planNote(p));
            x.writeAttribute(QStringLiteral("name"), planNoteName(p.priority));
            x.writeAttribute(QStringLiteral("creatingUser"), scrutinyUser);
            x.writeTextElement(QStringLiteral("PlainTextContent"), planText(p));
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    if (!a.links.isEmpty()) {
        x.writeStartElement(QStringLiteral("Links"));
        for (const Link &l : a.links) {
            x.writeStartElement(QStringLiteral("Link"));
            x.writeAttribute(QStringLiteral("guid"), g.link(l));
            x.writeAttribute(QStringLiteral("name"), toString(l.type));
            x.writeAttribute(QStringLiteral("direction"), QStringLiteral("OneWay"));
            x.writeAttribute(QStringLiteral("originGUID"), g.selection(l.from));
            x.writeAttribute(QStringLiteral("targetGUID"), g.selection(l.to));
            if (!l.note.isEmpty()) {
                x.writeEmptyElement(QStringLiteral("NoteRef"));
                x.writeAttribute(QStringLiteral("targetGUID"), g.linkNote(l));
            }
            x.writeEndElement();
        }
        x.writeEndElement();
    }
    x.writeTextElement(QStringLiteral("Description"),
        QStringLiteral("Exported by Scrutiny from %1").arg(a.fileName.isEmpty() ? name : a.fileName));
    x.writeEndElement(); // Project
    x.writeEndDocument();
    return xml;
}

QByteArray QdpxProject::write(const AnnotatedReport &annotated, const QDateTime &created, const QString &author)
{
    QString sourceFile;
    const QByteArray xml = projectXml(annotated, created, &sourceFile, author);
    ZipArchive zip;
    zip.add(QStringLiteral("project.qde"), xml);
    zip.add(QStringLiteral("sources/") + sourceFile, annotated.report.text.toUtf8());
    return zip.toBytes(created);
}

bool QdpxProject::exportTo(const AnnotatedReport &annotated, const QString &path, QString *error, const QString &author)
{
    const QByteArray bytes = write(annotated, QDateTime::currentDateTimeUtc(), author);
    QString reason;
    if (!OutputFile::write(path, bytes, &reason)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, reason);
        return false;
    }
    return true;
}

} // namespace Scrutiny
