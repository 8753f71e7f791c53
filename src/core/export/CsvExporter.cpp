// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvExporter.h"

#include "OutputFile.h"
#include "model/TagName.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <iterator>

namespace Scrutiny {

namespace {
QString field(const QString &value)
{
    // Quote when the field holds a separator, quote or line break. A field a
    // spreadsheet would read as a formula gets a leading apostrophe (OWASP CSV
    // injection: = + - @ tab and carriage return); "- item" loses nothing by it.
    static const QString special = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (QChar c : value) {
        if (special.contains(c)) {
            quote = true;
            break;
        }
    }
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front())) {
        v.prepend(QLatin1Char('\''));
        quote = true;
    }
    if (!quote)
        return v;
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}
} // namespace

namespace {
/// The columns by their English names (what column() takes); the header row is
/// their translation.
constexpr const char *columnNames[]
    = {QT_TRANSLATE_NOOP("CsvExporter", "document id"), QT_TRANSLATE_NOOP("CsvExporter", "document title"),
        QT_TRANSLATE_NOOP("CsvExporter", "id"), QT_TRANSLATE_NOOP("CsvExporter", "kind"),
        QT_TRANSLATE_NOOP("CsvExporter", "side"), QT_TRANSLATE_NOOP("CsvExporter", "speaker"),
        QT_TRANSLATE_NOOP("CsvExporter", "tags"), QT_TRANSLATE_NOOP("CsvExporter", "linked priorities"),
        QT_TRANSLATE_NOOP("CsvExporter", "supported by"), QT_TRANSLATE_NOOP("CsvExporter", "link notes"),
        QT_TRANSLATE_NOOP("CsvExporter", "notes"), QT_TRANSLATE_NOOP("CsvExporter", "plan owner"),
        QT_TRANSLATE_NOOP("CsvExporter", "plan due"), QT_TRANSLATE_NOOP("CsvExporter", "plan status"),
        QT_TRANSLATE_NOOP("CsvExporter", "plan evidence"), QT_TRANSLATE_NOOP("CsvExporter", "text")};
} // namespace

QStringList CsvExporter::header()
{
    QStringList names;
    for (const char *name : columnNames)
        names.append(QCoreApplication::translate("CsvExporter", name));
    return names;
}

int CsvExporter::column(QStringView name)
{
    for (int i = 0; i < int(std::size(columnNames)); ++i) {
        if (name == QLatin1StringView(columnNames[i]))
            return i;
    }
    return -1;
}

QByteArray CsvExporter::toCsv(const AnnotatedReport &annotated)
{
    QString out;
    out.reserve(annotated.report.text.size() * 2);
    auto row = [&out](const QStringList &fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i)
                out += QLatin1Char(',');
            out += field(fields[i]);
        }
        out += QStringLiteral("\r\n");
    };
    row(header());
    QHash<QString, QStringList> notes;
    for (const Note &n : annotated.notes)
        notes[n.segment].append(n.markdown.trimmed());
    QHash<QString, QStringList> priorities; // segment -> the priorities it links to
    QHash<QString, QStringList> support; // priority -> what addresses it
    QHash<QString, QStringList> linkNotes; // segment -> the notes of its links, either end
    for (const Link &l : annotated.links) {
        const Segment *from = annotated.report.segment(l.from);
        const Segment *to = annotated.report.segment(l.to);
        if (!from || !to)
            continue;
        const QString entry = QStringLiteral("%1 (%2)");
        if (to->kind == SegmentKind::Priority)
            priorities[l.from].append(entry.arg(l.to, toString(l.type)));
        if (to->kind == SegmentKind::Priority && from->kind != SegmentKind::Priority)
            support[l.to].append(entry.arg(l.from, toString(l.type)));
        if (!l.note.trimmed().isEmpty()) {
            const QString text = QStringLiteral("%1 \u2192 %2: %3").arg(l.from, l.to, l.note.trimmed());
            linkNotes[l.from].append(text);
            linkNotes[l.to].append(text);
        }
    }
    QHash<QString, const PlanItem *> plan;
    for (const PlanItem &p : annotated.plan)
        plan.insert(p.priority, &p);
    const QString documentId = annotated.documentId > 0 ? QString::number(annotated.documentId) : QString();
    const QString title = annotated.report.title.isEmpty() ? annotated.fileName : annotated.report.title;
    const QString sep = QStringLiteral("; ");
    for (const Segment &s : annotated.report.segments) {
        QStringList tags;
        for (qint64 id : annotated.segmentTags.value(s.id)) {
            if (const Tag *t = annotated.tag(id))
                tags.append(TagName::elided(t->name));
        }
        QString speaker = s.speakerName;
        if (!s.speakerRole.isEmpty())
            speaker += (speaker.isEmpty() ? QString() : QStringLiteral(", ")) + s.speakerRole;
        const PlanItem *item = plan.value(s.id);
        row({documentId, title, s.id, toString(s.kind), toString(s.side), speaker, tags.join(sep),
            priorities.value(s.id).join(sep), support.value(s.id).join(sep),
            linkNotes.value(s.id).join(QStringLiteral("\n")), notes.value(s.id).join(QStringLiteral("\n\n")),
            item ? item->owner : QString(), item && item->due.isValid() ? item->due.toString(Qt::ISODate) : QString(),
            item ? toString(item->status) : QString(), item ? item->evidence : QString(), s.text});
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QByteArray CsvExporter::toCsv(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &fields : rows) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i)
                out += QLatin1Char(',');
            out += field(fields[i]);
        }
        out += QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

bool CsvExporter::exportTo(const AnnotatedReport &annotated, const QString &path, QString *error)
{
    return write(toCsv(annotated), path, error);
}

bool CsvExporter::write(const QByteArray &bytes, const QString &path, QString *error)
{
    QString reason;
    if (!OutputFile::write(path, bytes, &reason)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, reason);
        return false;
    }
    return true;
}

bool CsvExporter::parse(const QByteArray &csv, QList<QStringList> *rows)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    rows->clear();
    QStringList current;
    QString value;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    value += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                value += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && value.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            current.append(value);
            value.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            current.append(value);
            rows->append(current);
            current.clear();
            value.clear();
            fieldStarted = false;
        } else {
            value += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return false;
    if (fieldStarted || !value.isEmpty()) {
        current.append(value);
        rows->append(current);
    }
    return true;
}

} // namespace Scrutiny
