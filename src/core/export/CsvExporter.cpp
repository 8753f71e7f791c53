// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvExporter.h"

#include <QSaveFile>

namespace Scrutiny {

namespace {
QString field(const QString &value)
{
    // Quote when the field holds a separator, quote or line break, or would be
    // read by a spreadsheet as a formula (leading = + @; not -, which starts
    // ordinary list items).
    static const QString special = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (QChar c : value) {
        if (special.contains(c)) {
            quote = true;
            break;
        }
    }
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+@").contains(v.front())) {
        v.prepend(QLatin1Char('\''));
        quote = true;
    }
    if (!quote)
        return v;
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}
} // namespace

QStringList CsvExporter::header()
{
    return {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("side"), QStringLiteral("speaker"),
        QStringLiteral("tags"), QStringLiteral("linked priorities"), QStringLiteral("notes"), QStringLiteral("text")};
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
    QHash<QString, QStringList> priorities;
    for (const Link &l : annotated.links) {
        const Segment *from = annotated.report.segment(l.from);
        const Segment *to = annotated.report.segment(l.to);
        if (!from || !to)
            continue;
        // A priority lists what supports it; everything else what it links to.
        if (to->kind == SegmentKind::Priority)
            priorities[l.from].append(QStringLiteral("%1 (%2)").arg(l.to, toString(l.type)));
        if (from->kind != SegmentKind::Priority && to->kind == SegmentKind::Priority)
            priorities[l.to].append(QStringLiteral("%1 (%2)").arg(l.from, toString(l.type)));
    }
    for (const Segment &s : annotated.report.segments) {
        QStringList tags;
        for (qint64 id : annotated.segmentTags.value(s.id)) {
            if (const Tag *t = annotated.tag(id))
                tags.append(t->name);
        }
        QString speaker = s.speakerName;
        if (!s.speakerRole.isEmpty())
            speaker += (speaker.isEmpty() ? QString() : QStringLiteral(", ")) + s.speakerRole;
        row({s.id, toString(s.kind), toString(s.side), speaker, tags.join(QStringLiteral("; ")),
            priorities.value(s.id).join(QStringLiteral("; ")), notes.value(s.id).join(QStringLiteral("\n\n")), s.text});
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
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

bool CsvExporter::exportTo(const AnnotatedReport &annotated, const QString &path, QString *error)
{
    const QByteArray bytes = toCsv(annotated);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
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
