// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a REFI-QDA project (QdpxProject::read) and mapping it back onto
// Scrutiny's model (QdpxProject::toAnnotatedReport).
#include "QdpxProject.h"

#include "ZipArchive.h"
#include "model/ReportJson.h"

#include <QFile>
#include <QSet>
#include <QXmlStreamReader>

namespace Scrutiny {

namespace {
const QString ProjectNamespace = QStringLiteral("urn:QDA-XML:project:1.0");

void readCodes(QXmlStreamReader &x, const QString &parent, QList<QdpxProject::Code> *codes)
{
    // At <Code>: read it and its children.
    QdpxProject::Code code;
    const auto attrs = x.attributes();
    code.guid = attrs.value(QStringLiteral("guid")).toString();
    code.name = attrs.value(QStringLiteral("name")).toString();
    code.colour = attrs.value(QStringLiteral("color")).toString();
    code.parentGuid = parent;
    const qsizetype at = codes->size();
    codes->append(code);
    while (x.readNextStartElement()) {
        if (x.name() == QLatin1StringView("Description"))
            (*codes)[at].description = x.readElementText();
        else if (x.name() == QLatin1StringView("Code"))
            readCodes(x, code.guid, codes);
        else
            x.skipCurrentElement();
    }
}

QdpxProject::Selection readSelection(QXmlStreamReader &x)
{
    QdpxProject::Selection s;
    const auto attrs = x.attributes();
    s.guid = attrs.value(QStringLiteral("guid")).toString();
    s.name = attrs.value(QStringLiteral("name")).toString();
    s.start = attrs.value(QStringLiteral("startPosition")).toLongLong();
    s.end = attrs.value(QStringLiteral("endPosition")).toLongLong();
    while (x.readNextStartElement()) {
        if (x.name() == QLatin1StringView("Description")) {
            s.description = x.readElementText();
        } else if (x.name() == QLatin1StringView("Coding")) {
            while (x.readNextStartElement()) {
                if (x.name() == QLatin1StringView("CodeRef"))
                    s.codeGuids.append(x.attributes().value(QStringLiteral("targetGUID")).toString());
                x.skipCurrentElement();
            }
        } else if (x.name() == QLatin1StringView("NoteRef")) {
            s.noteGuids.append(x.attributes().value(QStringLiteral("targetGUID")).toString());
            x.skipCurrentElement();
        } else {
            x.skipCurrentElement();
        }
    }
    return s;
}
} // namespace

std::optional<QdpxProject> QdpxProject::read(const QByteArray &bytes, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<QdpxProject> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QByteArray xml = bytes;
    std::optional<ZipArchive> zip;
    if (bytes.startsWith("PK")) {
        QString zipError;
        zip = ZipArchive::fromBytes(bytes, &zipError);
        if (!zip)
            return fail(zipError);
        const ZipArchive::Entry *qde = zip->entry(QStringLiteral("project.qde"));
        if (!qde)
            return fail(QStringLiteral("no project.qde in the archive"));
        xml = qde->data;
    }

    QdpxProject project;
    QXmlStreamReader x(xml);
    if (!x.readNextStartElement() || x.name() != QLatin1StringView("Project") || x.namespaceUri() != ProjectNamespace)
        return fail(QStringLiteral("not a REFI-QDA project (no Project element in %1)").arg(ProjectNamespace));
    project.name = x.attributes().value(QStringLiteral("name")).toString();
    project.origin = x.attributes().value(QStringLiteral("origin")).toString();
    while (x.readNextStartElement()) {
        const QStringView element = x.name();
        if (element == QLatin1StringView("CodeBook")) {
            while (x.readNextStartElement()) {
                if (x.name() == QLatin1StringView("Codes")) {
                    while (x.readNextStartElement()) {
                        if (x.name() == QLatin1StringView("Code"))
                            readCodes(x, QString(), &project.codes);
                        else
                            x.skipCurrentElement();
                    }
                } else {
                    x.skipCurrentElement();
                }
            }
        } else if (element == QLatin1StringView("Sources")) {
            while (x.readNextStartElement()) {
                if (x.name() != QLatin1StringView("TextSource")) {
                    x.skipCurrentElement();
                    continue;
                }
                Source source;
                source.guid = x.attributes().value(QStringLiteral("guid")).toString();
                source.name = x.attributes().value(QStringLiteral("name")).toString();
                const QString path = x.attributes().value(QStringLiteral("plainTextPath")).toString();
                while (x.readNextStartElement()) {
                    if (x.name() == QLatin1StringView("PlainTextContent"))
                        source.text = x.readElementText();
                    else if (x.name() == QLatin1StringView("PlainTextSelection"))
                        source.selections.append(readSelection(x));
                    else if (x.name() == QLatin1StringView("NoteRef")) {
                        source.noteGuids.append(x.attributes().value(QStringLiteral("targetGUID")).toString());
                        x.skipCurrentElement();
                    } else
                        x.skipCurrentElement();
                }
                if (source.text.isEmpty() && path.startsWith(QLatin1StringView("internal://"))) {
                    const QString file = QStringLiteral("sources/") + path.mid(11);
                    const ZipArchive::Entry *e = zip ? zip->entry(file) : nullptr;
                    if (!e)
                        return fail(QStringLiteral("source %1 is missing from the archive").arg(file));
                    source.text = QString::fromUtf8(e->data);
                }
                project.sources.append(source);
            }
        } else if (element == QLatin1StringView("Notes")) {
            while (x.readNextStartElement()) {
                if (x.name() != QLatin1StringView("Note")) {
                    x.skipCurrentElement();
                    continue;
                }
                ProjectNote note;
                note.guid = x.attributes().value(QStringLiteral("guid")).toString();
                note.name = x.attributes().value(QStringLiteral("name")).toString();
                note.created = QDateTime::fromString(
                    x.attributes().value(QStringLiteral("creationDateTime")).toString(), Qt::ISODate);
                while (x.readNextStartElement()) {
                    if (x.name() == QLatin1StringView("PlainTextContent"))
                        note.text = x.readElementText();
                    else
                        x.skipCurrentElement();
                }
                project.notes.append(note);
            }
        } else if (element == QLatin1StringView("Links")) {
            while (x.readNextStartElement()) {
                if (x.name() != QLatin1StringView("Link")) {
                    x.skipCurrentElement();
                    continue;
                }
                ProjectLink link;
                const auto attrs = x.attributes();
                link.guid = attrs.value(QStringLiteral("guid")).toString();
                link.name = attrs.value(QStringLiteral("name")).toString();
                link.originGuid = attrs.value(QStringLiteral("originGUID")).toString();
                link.targetGuid = attrs.value(QStringLiteral("targetGUID")).toString();
                while (x.readNextStartElement()) {
                    if (x.name() == QLatin1StringView("NoteRef"))
                        link.noteGuids.append(x.attributes().value(QStringLiteral("targetGUID")).toString());
                    x.skipCurrentElement();
                }
                project.links.append(link);
            }
        } else {
            x.skipCurrentElement();
        }
    }
    if (x.hasError())
        return fail(QStringLiteral("project.qde: %1 (line %2)").arg(x.errorString()).arg(x.lineNumber()));
    return project;
}

std::optional<AnnotatedReport> QdpxProject::toAnnotatedReport(QString *error) const
{
    if (sources.isEmpty()) {
        if (error)
            *error = QStringLiteral("the project has no text source");
        return std::nullopt;
    }
    const Source &source = sources.first();
    AnnotatedReport a;
    a.fileName = source.name;
    a.report.title = name;
    a.report.text = source.text;

    // The segment-kind codes Scrutiny writes are not the user's tags.
    QList<const Code *> tagCodes;
    for (const Code &c : codes) {
        if (c.guid != segmentKindsCodeGuid() && c.parentGuid != segmentKindsCodeGuid())
            tagCodes.append(&c);
    }
    QHash<QString, qint64> tagOfCode;
    for (qsizetype i = 0; i < tagCodes.size(); ++i)
        tagOfCode.insert(tagCodes[i]->guid, i + 1);
    for (qsizetype i = 0; i < tagCodes.size(); ++i) {
        const Code &c = *tagCodes[i];
        a.tags.append({i + 1, c.name, c.colour.isEmpty() ? QColor() : QColor::fromString(c.colour), c.description,
            tagOfCode.value(c.parentGuid, 0)});
    }
    QHash<QString, QString> noteText; // guid -> text
    QSet<QString> planNotes; // plan entries travel as notes: not the user's notes
    for (const ProjectNote &n : notes) {
        noteText.insert(n.guid, n.text);
        if (n.name.startsWith(planNoteName(QString())))
            planNotes.insert(n.guid);
    }
    QHash<QString, QString> segmentOf; // selection guid -> segment id
    qint64 noteId = 0;
    for (const Selection &s : source.selections) {
        Segment seg;
        seg.id = s.name;
        const std::optional<SegmentKind> kind
            = s.name.isEmpty() ? std::nullopt : segmentKindFromIdPrefix(s.name.front());
        seg.kind = kind.value_or(SegmentKind::Context);
        seg.start = ReportJson::fromCodePoints(source.text, s.start);
        seg.end = ReportJson::fromCodePoints(source.text, s.end);
        if (seg.start < 0 || seg.end > source.text.size() || seg.start > seg.end) {
            if (error)
                *error = QStringLiteral("selection %1 lies outside its source").arg(s.name);
            return std::nullopt;
        }
        seg.text = source.text.mid(seg.start, seg.end - seg.start);
        a.report.segments.append(seg);
        segmentOf.insert(s.guid, seg.id);
        for (const QString &code : s.codeGuids) {
            if (tagOfCode.contains(code))
                a.segmentTags[seg.id].append(tagOfCode.value(code));
        }
        for (const QString &note : s.noteGuids) {
            if (!planNotes.contains(note))
                a.notes.append({++noteId, seg.id, noteText.value(note), {}});
        }
    }
    for (const QString &note : source.noteGuids)
        a.notes.append({++noteId, QString(), noteText.value(note), {}});
    qint64 linkId = 0;
    for (const ProjectLink &l : links) {
        const std::optional<LinkType> type = linkTypeFromString(l.name);
        if (!segmentOf.contains(l.originGuid) || !segmentOf.contains(l.targetGuid))
            continue;
        Link link;
        link.id = ++linkId;
        link.from = segmentOf.value(l.originGuid);
        link.to = segmentOf.value(l.targetGuid);
        link.type = type.value_or(LinkType::Addresses);
        if (!l.noteGuids.isEmpty())
            link.note = noteText.value(l.noteGuids.first());
        a.links.append(link);
    }
    return a;
}

} // namespace Scrutiny
