// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportJson.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Scrutiny::ReportJson {

namespace {
// Converts many offsets into one text without rescanning it from the start for
// each: offsets are asked for in (mostly) increasing order.
class CodePointCounter
{
public:
    explicit CodePointCounter(const QString &text)
        : m_text(text)
    {
    }
    qsizetype operator()(qsizetype utf16)
    {
        if (utf16 < m_unit) {
            m_unit = 0;
            m_points = 0;
        }
        while (m_unit < utf16 && m_unit < m_text.size()) {
            m_unit += (m_text.at(m_unit).isHighSurrogate() && m_unit + 1 < m_text.size()) ? 2 : 1;
            ++m_points;
        }
        return m_points;
    }

private:
    const QString &m_text;
    qsizetype m_unit = 0;
    qsizetype m_points = 0;
};

// The inverse, for reading: code point -> UTF-16 offset, again without
// rescanning from the start for offsets that come in increasing order.
/// Code point offsets (the JSON contract) to UTF-16 offsets, in O(log n) for any
/// order of queries: segments out of order used to restart a linear count.
class Utf16Counter
{
public:
    explicit Utf16Counter(const QString &text)
        : m_size(text.size())
    {
        qsizetype points = 0;
        for (qsizetype unit = 0; unit < text.size(); ++points) {
            if (text.at(unit).isHighSurrogate() && unit + 1 < text.size()) {
                m_pairs.push_back(points);
                unit += 2;
            } else {
                unit += 1;
            }
        }
        m_points = points;
    }
    qsizetype operator()(qsizetype codePoints) const
    {
        if (codePoints <= 0)
            return 0;
        if (codePoints >= m_points)
            return m_size;
        // Every pair before this code point adds one unit.
        const auto before = std::lower_bound(m_pairs.cbegin(), m_pairs.cend(), codePoints) - m_pairs.cbegin();
        return codePoints + before;
    }

private:
    std::vector<qsizetype> m_pairs; ///< code point index of each surrogate pair
    qsizetype m_points = 0;
    qsizetype m_size = 0;
};

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

qsizetype toCodePoints(const QString &text, qsizetype utf16Offset)
{
    return CodePointCounter(text)(utf16Offset);
}

qsizetype fromCodePoints(const QString &text, qsizetype codePointOffset)
{
    return Utf16Counter(text)(codePointOffset);
}

namespace {
QJsonObject segmentJson(const Segment &s, ParsedReport::Format format, CodePointCounter &points)
{
    QJsonObject o {{QStringLiteral("id"), s.id}, {QStringLiteral("kind"), toString(s.kind)},
        {QStringLiteral("side"), toString(s.side)}, {QStringLiteral("start"), points(s.start)},
        {QStringLiteral("end"), points(s.end)}, {QStringLiteral("text"), s.text}};
    if (s.kind == SegmentKind::Quote)
        o.insert(QStringLiteral("speaker"),
            QJsonObject {{QStringLiteral("name"), s.speakerName}, {QStringLiteral("role"), s.speakerRole}});
    if (s.kind == SegmentKind::Finding)
        o.insert(QStringLiteral("polarity"), toString(s.polarity == Polarity::None ? Polarity::Mixed : s.polarity));
    if (format == ParsedReport::Format::Pdf)
        o.insert(QStringLiteral("page"), s.page);
    o.insert(QStringLiteral("confidence"), std::round(s.confidence * 100) / 100);
    o.insert(QStringLiteral("reason"), s.reason);
    if (s.reviewed)
        o.insert(QStringLiteral("reviewed"), true);
    return o;
}
} // namespace

QJsonObject toJson(const ParsedReport &report)
{
    CodePointCounter points(report.text);
    QJsonArray segments;
    for (const Segment &s : report.segments)
        segments.append(segmentJson(s, report.format, points));
    QJsonArray repairs;
    for (const Repair &r : report.repairs)
        repairs.append(QJsonObject {{QStringLiteral("before"), r.before}, {QStringLiteral("after"), r.after},
            {QStringLiteral("start"), points(r.start)}});
    QJsonArray removed;
    for (const Removal &r : report.removed)
        removed.append(QJsonObject {{QStringLiteral("reason"), toString(r.reason)}, {QStringLiteral("text"), r.text}});
    QJsonArray ratings;
    for (const Rating &r : report.ratings)
        ratings.append(QJsonObject {{QStringLiteral("aspect"), r.aspect}, {QStringLiteral("grade"), r.grade},
            {QStringLiteral("scale"), nullable(r.scale)}, {QStringLiteral("segment"), nullable(r.segmentId)}});
    QJsonArray links;
    for (const SuggestedLink &l : report.suggestedLinks)
        links.append(QJsonObject {{QStringLiteral("finding"), l.from}, {QStringLiteral("priority"), l.to},
            {QStringLiteral("score"), l.score}, {QStringLiteral("reason"), l.reason}});
    return QJsonObject {
        {QStringLiteral("title"), report.title},
        {QStringLiteral("format"), toString(report.format)},
        {QStringLiteral("text"), report.text},
        {QStringLiteral("judgement"),
            QJsonObject {{QStringLiteral("serving"), nullable(report.judgement.serving)},
                {QStringLiteral("prospects"), nullable(report.judgement.prospects)}}},
        {QStringLiteral("ratings"), ratings},
        {QStringLiteral("structure_recognised"), report.structureRecognised},
        {QStringLiteral("segments"), segments},
        {QStringLiteral("repairs"), repairs},
        {QStringLiteral("removed"), removed},
        {QStringLiteral("suggested_links"), links},
    };
}

bool write(const ParsedReport &report, QIODevice *out)
{
    // The report without its segments (a copy that shares the text), with a
    // marker where the segments go. A string value cannot hold a raw quote and
    // newline, so the marker's line can only be the key's own.
    ParsedReport head = report;
    head.segments.clear();
    QJsonObject top = toJson(head);
    top.insert(QStringLiteral("segments"), QStringLiteral("@segments@"));
    const QByteArray whole = QJsonDocument(top).toJson(QJsonDocument::Indented);
    const QByteArray marker = QByteArrayLiteral("\n    \"segments\": \"@segments@\"");
    const qsizetype at = whole.indexOf(marker);
    Q_ASSERT(at >= 0);
    const auto put = [out](QByteArrayView bytes) { return out->write(bytes.data(), bytes.size()) == bytes.size(); };
    if (!put(QByteArrayView(whole).first(at)) || !put("\n    \"segments\": [\n"))
        return false;
    // One segment at a time, laid out as QJsonDocument::Indented lays out an
    // array's objects two levels down: the same bytes as toJson()'s document.
    CodePointCounter points(report.text);
    QByteArray item;
    for (qsizetype i = 0; i < report.segments.size(); ++i) {
        const QByteArray object
            = QJsonDocument(segmentJson(report.segments.at(i), report.format, points)).toJson(QJsonDocument::Indented);
        item.clear();
        // Every line of the object but its final newline, moved two levels in.
        const QByteArrayView lines = QByteArrayView(object).chopped(1);
        for (qsizetype from = 0; from <= lines.size();) {
            qsizetype to = lines.indexOf('\n', from);
            if (to < 0)
                to = lines.size();
            item += QByteArrayView("        ");
            item += lines.sliced(from, to - from);
            item += '\n';
            from = to + 1;
        }
        item.chop(1);
        item += i + 1 < report.segments.size() ? QByteArrayView(",\n") : QByteArrayView("\n");
        if (!put(item))
            return false;
    }
    return put("    ]") && put(QByteArrayView(whole).sliced(at + marker.size()));
}

bool fromJson(const QJsonObject &o, ParsedReport *report, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    ParsedReport r;
    r.title = o.value(QStringLiteral("title")).toString();
    const QString format = o.value(QStringLiteral("format")).toString();
    if (format == QLatin1StringView("html"))
        r.format = ParsedReport::Format::Html;
    else if (format == QLatin1StringView("pdf"))
        r.format = ParsedReport::Format::Pdf;
    else if (format == QLatin1StringView("text"))
        r.format = ParsedReport::Format::Text;
    else
        return fail(QCoreApplication::translate("Scrutiny::ReportJson", "unknown format \"%1\"").arg(format));
    if (!o.value(QStringLiteral("text")).isString())
        return fail(QCoreApplication::translate("Scrutiny::ReportJson", "no \"text\""));
    r.text = o.value(QStringLiteral("text")).toString();
    Utf16Counter units(r.text);
    const QJsonObject j = o.value(QStringLiteral("judgement")).toObject();
    r.judgement.serving = j.value(QStringLiteral("serving")).toString();
    r.judgement.prospects = j.value(QStringLiteral("prospects")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("ratings")).toArray()) {
        const QJsonObject ro = v.toObject();
        r.ratings.append(
            Rating {ro.value(QStringLiteral("aspect")).toString(), ro.value(QStringLiteral("grade")).toString(),
                ro.value(QStringLiteral("scale")).toString(), ro.value(QStringLiteral("segment")).toString()});
    }
    r.structureRecognised = o.value(QStringLiteral("structure_recognised")).toBool(true);
    for (const QJsonValue &v : o.value(QStringLiteral("segments")).toArray()) {
        const QJsonObject so = v.toObject();
        Segment s;
        s.id = so.value(QStringLiteral("id")).toString();
        const auto kind = segmentKindFromString(so.value(QStringLiteral("kind")).toString());
        const auto side = sideFromString(so.value(QStringLiteral("side")).toString());
        if (!kind || !side)
            return fail(QCoreApplication::translate("Scrutiny::ReportJson", "segment %1: bad kind or side").arg(s.id));
        s.kind = *kind;
        s.side = *side;
        s.start = units(so.value(QStringLiteral("start")).toInteger());
        s.end = units(so.value(QStringLiteral("end")).toInteger());
        s.text = so.value(QStringLiteral("text")).toString();
        if (s.start < 0 || s.end < s.start || s.end > r.text.size() || r.text.mid(s.start, s.end - s.start) != s.text)
            return fail(
                QCoreApplication::translate("Scrutiny::ReportJson", "segment %1: start/end do not match its text")
                    .arg(s.id));
        const QJsonObject speaker = so.value(QStringLiteral("speaker")).toObject();
        s.speakerName = speaker.value(QStringLiteral("name")).toString();
        s.speakerRole = speaker.value(QStringLiteral("role")).toString();
        s.polarity = polarityFromString(so.value(QStringLiteral("polarity")).toString()).value_or(Polarity::None);
        s.page = so.value(QStringLiteral("page")).toInt();
        s.confidence = so.value(QStringLiteral("confidence")).toDouble(1.0);
        s.reason = so.value(QStringLiteral("reason")).toString();
        s.reviewed = so.value(QStringLiteral("reviewed")).toBool(false);
        r.segments.append(s);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("repairs")).toArray()) {
        const QJsonObject ro = v.toObject();
        r.repairs.append(Repair {ro.value(QStringLiteral("before")).toString(),
            ro.value(QStringLiteral("after")).toString(), units(ro.value(QStringLiteral("start")).toInteger())});
    }
    for (const QJsonValue &v : o.value(QStringLiteral("removed")).toArray()) {
        const QJsonObject ro = v.toObject();
        Removal rm;
        rm.reason = removalReasonFromString(ro.value(QStringLiteral("reason")).toString());
        rm.text = ro.value(QStringLiteral("text")).toString();
        r.removed.append(rm);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("suggested_links")).toArray()) {
        const QJsonObject lo = v.toObject();
        r.suggestedLinks.append(SuggestedLink {lo.value(QStringLiteral("finding")).toString(),
            lo.value(QStringLiteral("priority")).toString(), lo.value(QStringLiteral("score")).toDouble(),
            lo.value(QStringLiteral("reason")).toString()});
    }
    *report = r;
    return true;
}

QJsonObject toJson(const AnnotatedReport &a)
{
    QJsonObject o = toJson(a.report);
    o.insert(QStringLiteral("document"),
        QJsonObject {{QStringLiteral("id"), a.documentId}, {QStringLiteral("file_name"), a.fileName},
            {QStringLiteral("sha256"), a.sha256},
            {QStringLiteral("imported_at"), a.importedAt.toUTC().toString(Qt::ISODate)}});
    QJsonArray tags;
    for (const Tag &t : a.tags) {
        QJsonObject to {{QStringLiteral("id"), t.id}, {QStringLiteral("name"), t.name},
            {QStringLiteral("colour"), t.colour.name()}, {QStringLiteral("description"), t.description}};
        to.insert(QStringLiteral("parent"), t.parentId ? QJsonValue(t.parentId) : QJsonValue(QJsonValue::Null));
        tags.append(to);
    }
    o.insert(QStringLiteral("tags"), tags);
    // Tag names on each segment, so the JSON reads without joining ids.
    QJsonArray segments = o.value(QStringLiteral("segments")).toArray();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        QJsonObject so = segments.at(i).toObject();
        QJsonArray names;
        for (qint64 id : a.segmentTags.value(so.value(QStringLiteral("id")).toString())) {
            if (const Tag *t = a.tag(id))
                names.append(t->name);
        }
        so.insert(QStringLiteral("tags"), names);
        segments[i] = so;
    }
    o.insert(QStringLiteral("segments"), segments);
    QJsonArray links;
    for (const Link &l : a.links)
        links.append(QJsonObject {{QStringLiteral("id"), l.id}, {QStringLiteral("from"), l.from},
            {QStringLiteral("to"), l.to}, {QStringLiteral("type"), toString(l.type)}, {QStringLiteral("note"), l.note},
            {QStringLiteral("author"), l.author},
            {QStringLiteral("created"), l.created.toUTC().toString(Qt::ISODate)}});
    o.insert(QStringLiteral("links"), links);
    QJsonArray notes;
    for (const Note &n : a.notes)
        notes.append(QJsonObject {{QStringLiteral("id"), n.id},
            {QStringLiteral("segment"), n.segment.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(n.segment)},
            {QStringLiteral("markdown"), n.markdown},
            {QStringLiteral("modified"), n.modified.toUTC().toString(Qt::ISODate)}});
    o.insert(QStringLiteral("notes"), notes);
    QJsonArray plan;
    for (const PlanItem &p : a.plan)
        plan.append(QJsonObject {{QStringLiteral("priority"), p.priority}, {QStringLiteral("owner"), p.owner},
            {QStringLiteral("due"),
                p.due.isValid() ? QJsonValue(p.due.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("status"), toString(p.status)}, {QStringLiteral("evidence"), p.evidence}});
    o.insert(QStringLiteral("plan"), plan);
    return o;
}

} // namespace Scrutiny::ReportJson
