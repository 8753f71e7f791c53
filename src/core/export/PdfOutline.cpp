// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfOutline.h"

#include <QRegularExpression>

namespace Scrutiny::PdfOutline {

namespace {

/// A PDF text string: UTF-16BE with a byte order mark, as a hex string (no escaping needed).
QByteArray textString(const QString &text)
{
    QByteArray bytes("\xFE\xFF", 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xFF));
    }
    return '<' + bytes.toHex().toUpper() + '>';
}

struct Writer
{
    QByteArray body;
    qsizetype base = 0; ///< offset of body in the file
    QList<std::pair<int, qsizetype>> offsets; ///< object number -> file offset

    void object(int number, const QByteArray &content)
    {
        offsets.append({number, base + body.size()});
        body += QByteArray::number(number) + " 0 obj\n" + content + "\nendobj\n";
    }
};

int countAll(const QList<Entry> &entries)
{
    int n = int(entries.size());
    for (const Entry &e : entries)
        n += countAll(e.children);
    return n;
}

/// Writes entries as siblings under parent; numbers come from *next. Returns their numbers.
QList<int> writeLevel(Writer &w, const QList<Entry> &entries, int parent, int *next)
{
    QList<int> numbers;
    for (qsizetype i = 0; i < entries.size(); ++i)
        numbers.append((*next)++);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &e = entries[i];
        const QList<int> kids = writeLevel(w, e.children, numbers[i], next);
        QByteArray dict = "<<\n/Title " + textString(e.title) + "\n/Parent " + QByteArray::number(parent)
            + " 0 R\n/Dest " + textString(e.destination) + '\n';
        if (i > 0)
            dict += "/Prev " + QByteArray::number(numbers[i - 1]) + " 0 R\n";
        if (i + 1 < entries.size())
            dict += "/Next " + QByteArray::number(numbers[i + 1]) + " 0 R\n";
        if (!kids.isEmpty())
            dict += "/First " + QByteArray::number(kids.first()) + " 0 R\n/Last " + QByteArray::number(kids.last())
                + " 0 R\n/Count -" + QByteArray::number(countAll(e.children)) + '\n'; // closed
        dict += ">>";
        w.object(numbers[i], dict);
    }
    return numbers;
}

} // namespace

bool add(QByteArray *pdf, const QList<Entry> &entries, QString *error, const DocumentFacts &facts)
{
    auto fail = [error](const char *why) {
        if (error)
            *error = QString::fromLatin1(why);
        return false;
    };
    if (entries.isEmpty() && facts.language.isEmpty() && facts.author.isEmpty())
        return true;
    const QByteArray &in = *pdf;
    const qsizetype trailerAt = in.lastIndexOf("trailer");
    const qsizetype startxrefAt = in.lastIndexOf("startxref");
    if (trailerAt < 0 || startxrefAt < trailerAt)
        return fail("no classic trailer");
    const QString trailer = QString::fromLatin1(in.mid(trailerAt, startxrefAt - trailerAt));
    static const QRegularExpression sizeRe(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression rootRe(QStringLiteral("/Root\\s+(\\d+)\\s+0\\s+R"));
    static const QRegularExpression infoRe(QStringLiteral("/Info\\s+(\\d+)\\s+0\\s+R"));
    static const QRegularExpression idRe(QStringLiteral("/ID\\s*\\[[^\\]]*\\]"));
    static const QRegularExpression startRe(QStringLiteral("startxref\\s+(\\d+)"));
    const int size = sizeRe.match(trailer).captured(1).toInt();
    const int root = rootRe.match(trailer).captured(1).toInt();
    const auto start = startRe.match(QString::fromLatin1(in.mid(startxrefAt, 40)));
    if (size <= 0 || root <= 0 || !start.hasMatch())
        return fail("trailer without /Size, /Root or startxref");

    // The catalog: a flat dictionary in QPdfWriter's output.
    const QByteArray catalogHead = '\n' + QByteArray::number(root) + " 0 obj";
    const qsizetype catalogAt = in.indexOf(catalogHead);
    const qsizetype catalogEnd = catalogAt < 0 ? -1 : in.indexOf("endobj", catalogAt);
    if (catalogEnd < 0)
        return fail("catalog object not found");
    QByteArray catalog = in.mid(catalogAt + catalogHead.size(), catalogEnd - catalogAt - catalogHead.size()).trimmed();
    if (!catalog.startsWith("<<") || !catalog.endsWith(">>") || catalog.contains("/Outlines"))
        return fail("unexpected catalog");
    catalog.chop(2);

    Writer w;
    w.base = in.size() + (in.endsWith('\n') ? 0 : 1);
    int next = size;
    QByteArray catalogAdditions;
    if (!entries.isEmpty()) {
        const int outlines = next++;
        const QList<int> top = writeLevel(w, entries, outlines, &next);
        w.object(outlines,
            "<<\n/Type /Outlines\n/First " + QByteArray::number(top.first()) + " 0 R\n/Last "
                + QByteArray::number(top.last()) + " 0 R\n/Count " + QByteArray::number(top.size()) + "\n>>");
        catalogAdditions += "\n/Outlines " + QByteArray::number(outlines) + " 0 R\n/PageMode /UseOutlines";
    }
    if (!facts.language.isEmpty() && !catalog.contains("/Lang"))
        catalogAdditions += "\n/Lang " + textString(facts.language);
    w.object(root, catalog.trimmed() + catalogAdditions + "\n>>");
    // The Info dictionary, a flat one in QPdfWriter's output, gains /Author.
    const auto infoRef = infoRe.match(trailer);
    if (!facts.author.isEmpty() && infoRef.hasMatch()) {
        const QByteArray infoHead = '\n' + infoRef.captured(1).toLatin1() + " 0 obj";
        const qsizetype infoAt = in.indexOf(infoHead);
        const qsizetype infoEnd = infoAt < 0 ? -1 : in.indexOf("endobj", infoAt);
        QByteArray info = infoEnd < 0 ? QByteArray()
                                      : in.mid(infoAt + infoHead.size(), infoEnd - infoAt - infoHead.size()).trimmed();
        if (info.startsWith("<<") && info.endsWith(">>") && !info.contains("/Author")) {
            info.chop(2);
            w.object(infoRef.captured(1).toInt(), info.trimmed() + "\n/Author " + textString(facts.author) + "\n>>");
        }
    }

    // Cross-reference section: one subsection per object, sorted.
    std::sort(w.offsets.begin(), w.offsets.end());
    const qsizetype xrefAt = w.base + w.body.size();
    QByteArray xref = "xref\n0 1\n0000000000 65535 f \n";
    for (const auto &[number, offset] : w.offsets)
        xref
            += QByteArray::number(number) + " 1\n" + QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    QByteArray newTrailer
        = "trailer\n<<\n/Size " + QByteArray::number(next) + "\n/Root " + QByteArray::number(root) + " 0 R\n";
    const auto info = infoRe.match(trailer);
    if (info.hasMatch())
        newTrailer += "/Info " + info.captured(1).toLatin1() + " 0 R\n";
    const auto id = idRe.match(trailer);
    if (id.hasMatch())
        newTrailer += id.captured(0).toLatin1() + '\n';
    newTrailer
        += "/Prev " + start.captured(1).toLatin1() + "\n>>\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";

    if (!in.endsWith('\n'))
        pdf->append('\n');
    pdf->append(w.body);
    pdf->append(xref);
    pdf->append(newTrailer);
    return true;
}

} // namespace Scrutiny::PdfOutline
