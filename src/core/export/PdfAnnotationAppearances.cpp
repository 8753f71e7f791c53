// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfAnnotationAppearances.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace Scrutiny::PdfAnnotationAppearances {

namespace {

struct Object
{
    int generation = 0;
    qsizetype offset = 0;
    QByteArray body; ///< between "obj" and "endobj", trimmed
};

QList<double> numbers(const QString &text)
{
    QList<double> out;
    static const QRegularExpression number(QStringLiteral("-?\\d+(?:\\.\\d*)?|-?\\.\\d+"));
    for (auto it = number.globalMatch(text); it.hasNext();)
        out.append(it.next().captured(0).toDouble());
    return out;
}

QByteArray num(double v)
{
    QByteArray out = QByteArray::number(v, 'f', 3);
    while (out.contains('.') && (out.endsWith('0') || out.endsWith('.')))
        out.chop(1);
    return out == "-0" ? QByteArray("0") : out;
}

/// The last definition of every plain object "N G obj ... endobj" (later revisions win).
QHash<int, Object> lastObjects(const QString &text, const QByteArray &pdf)
{
    QHash<int, Object> objects;
    static const QRegularExpression head(QStringLiteral("(?:^|[\\r\\n])(\\d+)\\s+(\\d+)\\s+obj\\b"));
    for (auto it = head.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype start = m.capturedEnd();
        const qsizetype end = pdf.indexOf("endobj", start);
        if (end < 0)
            break;
        objects.insert(
            m.captured(1).toInt(), {m.captured(2).toInt(), m.capturedStart(1), pdf.mid(start, end - start).trimmed()});
    }
    return objects;
}

/// A key's value in a dictionary: an array, a reference, a name or a number.
/// The key must match as a whole name ("/C" is not the start of "/CA").
QString value(const QString &dict, const QString &key)
{
    const QRegularExpression re(QRegularExpression::escape(key)
        + QStringLiteral("(?![A-Za-z0-9])\\s*(\\[[^\\]]*\\]|\\d+\\s+\\d+\\s+R\\b|/?[^/\\[\\]<>()\\s]+)"));
    return re.match(dict).captured(1);
}

bool hasKey(const QString &dict, const QString &key)
{
    return QRegularExpression(QRegularExpression::escape(key) + QStringLiteral("(?![A-Za-z0-9])"))
        .match(dict)
        .hasMatch();
}

std::optional<int> reference(const QString &text)
{
    static const QRegularExpression ref(QStringLiteral("^(\\d+)\\s+\\d+\\s+R$"));
    const QRegularExpressionMatch m = ref.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

/// The end (one past) of the PDF value starting at `at`: a dictionary, array,
/// string or other token, skipping strings so that brackets inside them do not count.
qsizetype endOfValue(const QByteArray &s, qsizetype at)
{
    while (at < s.size() && QChar::isSpace(uchar(s[at])))
        ++at;
    if (at >= s.size())
        return -1;
    if (s[at] == '(') {
        int depth = 0;
        for (qsizetype i = at; i < s.size(); ++i) {
            if (s[i] == '\\')
                ++i;
            else if (s[i] == '(')
                ++depth;
            else if (s[i] == ')' && --depth == 0)
                return i + 1;
        }
        return -1;
    }
    if (s.mid(at, 2) == "<<" || s[at] == '[') {
        const bool dict = s[at] == '<';
        qsizetype i = at + (dict ? 2 : 1);
        for (;;) {
            while (i < s.size() && QChar::isSpace(uchar(s[i])))
                ++i;
            if (i >= s.size())
                return -1;
            if (dict ? s.mid(i, 2) == ">>" : s[i] == ']')
                return i + (dict ? 2 : 1);
            const qsizetype end = endOfValue(s, i);
            if (end <= i)
                return -1;
            i = end;
        }
    }
    if (s[at] == '<') {
        const qsizetype close = s.indexOf('>', at);
        return close < 0 ? -1 : close + 1;
    }
    qsizetype i = at + 1; // a name, number or keyword: up to the next delimiter
    while (i < s.size() && !QChar::isSpace(uchar(s[i])) && !QByteArrayView("()<>[]{}/%").contains(s[i]))
        ++i;
    return i;
}

/// The previous revision's trailer entries: from a classic trailer or a cross-reference stream.
struct Trailer
{
    bool stream = false; ///< the last cross-reference section is a stream (PDF 1.5)
    qsizetype startxref = 0;
    int size = 0;
    QByteArray root;
    QByteArray info;
    QByteArray id; ///< "/ID [...]" as written, binary strings included
    bool encrypted = false;
};

std::optional<Trailer> readTrailer(const QByteArray &pdf)
{
    const qsizetype at = pdf.lastIndexOf("startxref");
    if (at < 0)
        return std::nullopt;
    static const QRegularExpression offsetRe(QStringLiteral("^startxref\\s+(\\d+)"));
    const QRegularExpressionMatch offset = offsetRe.match(QString::fromLatin1(pdf.mid(at, 40)));
    if (!offset.hasMatch())
        return std::nullopt;
    Trailer t;
    t.startxref = offset.captured(1).toLongLong();
    if (t.startxref <= 0 || t.startxref >= at)
        return std::nullopt;
    qsizetype dictAt = -1;
    if (pdf.mid(t.startxref, 4) == "xref") {
        const qsizetype keyword = pdf.indexOf("trailer", t.startxref);
        dictAt = keyword < 0 ? -1 : pdf.indexOf("<<", keyword);
    } else {
        t.stream = true;
        dictAt = pdf.indexOf("<<", t.startxref);
    }
    const qsizetype dictEnd = dictAt < 0 ? -1 : endOfValue(pdf, dictAt);
    if (dictEnd < 0 || dictEnd > at)
        return std::nullopt;
    const QByteArray dict = pdf.mid(dictAt, dictEnd - dictAt);
    const QString text = QString::fromLatin1(dict);
    if (t.stream && !QRegularExpression(QStringLiteral("/Type\\s*/XRef\\b")).match(text).hasMatch())
        return std::nullopt;
    t.size = value(text, QStringLiteral("/Size")).toInt();
    t.root = value(text, QStringLiteral("/Root")).toLatin1();
    t.info = value(text, QStringLiteral("/Info")).toLatin1();
    t.encrypted = hasKey(text, QStringLiteral("/Encrypt"));
    if (const qsizetype idAt = dict.indexOf("/ID"); idAt >= 0) {
        const qsizetype end = endOfValue(dict, idAt + 3);
        if (end > idAt)
            t.id = dict.mid(idAt, end - idAt);
    }
    if (t.size <= 0 || !reference(QString::fromLatin1(t.root)))
        return std::nullopt;
    return t;
}

/// The page's /MediaBox, inherited from its /Pages parents where the page has none.
QList<double> mediaBox(const QHash<int, Object> &objects, int page)
{
    for (int depth = 0; depth < 32; ++depth) {
        const QString dict = QString::fromLatin1(objects.value(page).body);
        if (const QList<double> box = numbers(value(dict, QStringLiteral("/MediaBox"))); box.size() == 4)
            return box;
        const std::optional<int> parent = reference(value(dict, QStringLiteral("/Parent")));
        if (!parent)
            break;
        page = *parent;
    }
    return {};
}

QByteArray highlightAppearance(const QString &dict, const QList<double> &rect, const QByteArray &rgb)
{
    const QList<double> q = numbers(value(dict, QStringLiteral("/QuadPoints")));
    const QList<double> opacity = numbers(value(dict, QStringLiteral("/CA")));
    const double ca = opacity.isEmpty() ? 1.0 : std::clamp(opacity.first(), 0.0, 1.0);
    // Multiply, like a highlighter pen: the words stay black under the colour.
    QByteArray stream = "/G0 gs " + rgb + " rg\n";
    for (qsizetype i = 0; i + 7 < q.size(); i += 8) // each quad: upper left, upper right, lower left, lower right
        stream += num(q[i]) + ' ' + num(q[i + 1]) + " m " + num(q[i + 2]) + ' ' + num(q[i + 3]) + " l " + num(q[i + 6])
            + ' ' + num(q[i + 7]) + " l " + num(q[i + 4]) + ' ' + num(q[i + 5]) + " l h f\n";
    return "<< /Type /XObject /Subtype /Form /BBox [" + num(rect[0]) + ' ' + num(rect[1]) + ' ' + num(rect[2]) + ' '
        + num(rect[3]) + "] /Resources << /ExtGState << /G0 << /CA " + num(ca) + " /ca " + num(ca)
        + " /BM /Multiply >> >> >> /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream
        + "endstream";
}

QByteArray noteAppearance(const QList<double> &rect, const QByteArray &rgb)
{
    const double w = rect[2] - rect[0];
    const double h = rect[3] - rect[1];
    // A comment icon: a square in the note's colour, a dark outline, three white lines of "text".
    QByteArray stream
        = rgb + " rg 0.2 0.2 0.2 RG 0.8 w 0.4 0.4 " + num(w - 0.8) + ' ' + num(h - 0.8) + " re B\n" + "1 1 1 RG 1.2 w";
    for (int line = 1; line <= 3; ++line)
        stream += ' ' + num(w * 0.22) + ' ' + num(h * 0.25 * line) + " m " + num(w * 0.78) + ' ' + num(h * 0.25 * line)
            + " l";
    stream += " S\n";
    return "<< /Type /XObject /Subtype /Form /BBox [0 0 " + num(w) + ' ' + num(h) + "] /Length "
        + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "endstream";
}

} // namespace

bool add(QByteArray *pdf, qsizetype revisionStart, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QByteArray &in = *pdf;
    const std::optional<Trailer> trailer = readTrailer(in);
    if (!trailer)
        return fail(QStringLiteral("no readable trailer"));
    if (trailer->encrypted)
        return fail(QStringLiteral("the PDF is encrypted"));

    const QString text = QString::fromLatin1(in);
    const QHash<int, Object> objects = lastObjects(text, in);
    // New and rewritten objects, appended after the file as it is.
    QByteArray body;
    const qsizetype base = in.size() + (in.endsWith('\n') ? 0 : 1);
    QMap<int, std::pair<qsizetype, int>> written; // number -> offset, generation
    auto write = [&](int number, int generation, const QByteArray &content) {
        written.insert(number, {base + body.size(), generation});
        body += QByteArray::number(number) + ' ' + QByteArray::number(generation) + " obj\n" + content + "\nendobj\n";
    };
    int next = trailer->size;
    QMap<int, int> popupsOf; // annotation -> its new pop-up

    static const QRegularExpression annotation(QStringLiteral("/Type\\s*/Annot(?![A-Za-z])"));
    static const QRegularExpression kind(QStringLiteral("/Subtype\\s*/(Highlight|Text)(?![A-Za-z])"));
    QList<int> objectNumbers = objects.keys();
    std::sort(objectNumbers.begin(), objectNumbers.end());
    for (int number : std::as_const(objectNumbers)) {
        const Object &object = objects[number];
        if (object.offset < revisionStart || !object.body.startsWith("<<"))
            continue;
        const QString dict = QString::fromLatin1(object.body);
        const QRegularExpressionMatch subtype = kind.match(dict);
        if (!annotation.match(dict).hasMatch() || !subtype.hasMatch() || hasKey(dict, QStringLiteral("/AP")))
            continue;
        const bool highlight = subtype.captured(1) == QLatin1StringView("Highlight");
        const QList<double> rect = numbers(value(dict, QStringLiteral("/Rect")));
        const QList<double> colour = numbers(value(dict, QStringLiteral("/C")));
        const std::optional<int> page = reference(value(dict, QStringLiteral("/P")));
        if (rect.size() != 4 || colour.size() != 3 || !page)
            continue;
        const QByteArray rgb = num(colour[0]) + ' ' + num(colour[1]) + ' ' + num(colour[2]);
        const int appearance = next++;
        write(appearance, 0, highlight ? highlightAppearance(dict, rect, rgb) : noteAppearance(rect, rgb));

        QByteArray rewritten = object.body;
        rewritten.chop(2); // ">>"
        rewritten = rewritten.trimmed() + " /AP << /N " + QByteArray::number(appearance) + " 0 R >>";
        if (!hasKey(dict, QStringLiteral("/Popup"))) {
            // Closed; where a viewer opens it: beside the annotation, on the page.
            const QList<double> box = mediaBox(objects, *page);
            const double width = 220;
            const double height = 140;
            double x = rect[2] + 4;
            double top = rect[3];
            if (box.size() == 4) {
                if (x + width > box[2])
                    x = std::max(box[0], std::min(rect[0] - width - 4, box[2] - width));
                top = std::clamp(top, box[1] + height, box[3]);
            }
            const int popup = next++;
            write(popup, 0,
                "<< /Type /Annot /Subtype /Popup /Parent " + QByteArray::number(number) + ' '
                    + QByteArray::number(object.generation) + " R /Rect [" + num(x) + ' ' + num(top - height) + ' '
                    + num(x + width) + ' ' + num(top) + "] /Open false /F 28 /P " + QByteArray::number(*page)
                    + " 0 R >>");
            rewritten += " /Popup " + QByteArray::number(popup) + " 0 R";
            popupsOf.insert(number, popup);
        }
        write(number, object.generation, rewritten + " >>");
    }
    if (written.isEmpty())
        return true;

    // Each pop-up joins its parent in the page's /Annots: an array object of
    // the revision (Poppler rewrites the ones it adds to), else the array in
    // the page dictionary. The page itself may sit in an object stream.
    QHash<int, int> listedIn; // annotation -> the object holding its /Annots array
    static const QRegularExpression ref(QStringLiteral("(\\d+)\\s+\\d+\\s+R\\b"));
    static const QRegularExpression inlineAnnots(QStringLiteral("/Annots\\s*\\["));
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        if (it->offset < revisionStart)
            continue;
        QByteArray list;
        if (it->body.startsWith('[')) {
            list = it->body;
        } else if (const QRegularExpressionMatch m = inlineAnnots.match(QString::fromLatin1(it->body)); m.hasMatch()) {
            const qsizetype end = endOfValue(it->body, m.capturedEnd() - 1);
            if (end > 0)
                list = it->body.mid(m.capturedEnd() - 1, end - m.capturedEnd() + 1);
        }
        for (auto r = ref.globalMatch(QString::fromLatin1(list)); r.hasNext();)
            listedIn.insert(r.next().captured(1).toInt(), it.key());
    }
    QMap<int, QList<int>> popupsIn;
    for (auto it = popupsOf.cbegin(); it != popupsOf.cend(); ++it) {
        const auto holder = listedIn.constFind(it.key());
        if (holder == listedIn.cend())
            return fail(QStringLiteral("annotation %1 is in no /Annots array of the revision").arg(it.key()));
        popupsIn[*holder].append(it.value());
    }
    for (auto it = popupsIn.cbegin(); it != popupsIn.cend(); ++it) {
        const Object &holder = objects[it.key()];
        QByteArray refs;
        for (int popup : it.value())
            refs += ' ' + QByteArray::number(popup) + " 0 R";
        // Before the array's closing bracket: the last one of an array object,
        // the one closing /Annots in a page.
        qsizetype close = holder.body.size() - 1;
        if (!holder.body.startsWith('[')) {
            const QRegularExpressionMatch m = inlineAnnots.match(QString::fromLatin1(holder.body));
            close = endOfValue(holder.body, m.capturedEnd() - 1) - 1;
        }
        if (close <= 0 || holder.body[close] != ']')
            return fail(QStringLiteral("unexpected /Annots in object %1").arg(it.key()));
        write(it.key(), holder.generation, holder.body.left(close).trimmed() + refs + ' ' + holder.body.mid(close));
    }

    // The cross-reference section, of the same kind as the previous one.
    QByteArray trailerEntries
        = "/Size " + QByteArray::number(next + (trailer->stream ? 1 : 0)) + " /Root " + trailer->root;
    if (!trailer->info.isEmpty())
        trailerEntries += " /Info " + trailer->info;
    if (!trailer->id.isEmpty())
        trailerEntries += ' ' + trailer->id;
    trailerEntries += " /Prev " + QByteArray::number(trailer->startxref);
    const qsizetype xrefAt = base + body.size();
    QByteArray xref;
    if (!trailer->stream) {
        xref = "xref\n";
        for (auto it = written.cbegin(); it != written.cend(); ++it)
            xref += QByteArray::number(it.key()) + " 1\n" + QByteArray::number(it->first).rightJustified(10, '0') + ' '
                + QByteArray::number(it->second).rightJustified(5, '0') + " n \n";
        xref += "trailer\n<< " + trailerEntries + " >>\n";
    } else {
        const int self = next;
        written.insert(self, {xrefAt, 0});
        QByteArray index;
        QByteArray rows;
        for (auto it = written.cbegin(); it != written.cend(); ++it) {
            index += QByteArray::number(it.key()) + " 1 ";
            const quint32 offset = quint32(it->first);
            rows += char(1);
            rows += char(offset >> 24);
            rows += char(offset >> 16);
            rows += char(offset >> 8);
            rows += char(offset);
            rows += char(it->second >> 8);
            rows += char(it->second);
        }
        xref = QByteArray::number(self) + " 0 obj\n<< /Type /XRef " + trailerEntries + " /W [1 4 2] /Index ["
            + index.trimmed() + "] /Length " + QByteArray::number(rows.size()) + " >>\nstream\n" + rows
            + "\nendstream\nendobj\n";
    }
    if (!in.endsWith('\n'))
        pdf->append('\n');
    pdf->append(body);
    pdf->append(xref);
    pdf->append("startxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n");
    return true;
}

} // namespace Scrutiny::PdfAnnotationAppearances
