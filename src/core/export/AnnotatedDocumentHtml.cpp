// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnnotatedDocumentHtml.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace Scrutiny::AnnotatedDocumentHtml {

namespace {

/// Markers cycle through this many names, so two anchored runs side by side
/// never share a format (and never merge into one fragment).
constexpr int MarkerCycle = 16;
/// Holds the anchor names as one string: its hash tells formats apart.
constexpr int NamesProperty = QTextFormat::UserProperty + 0x5c17;

QString markerName(qsizetype index)
{
    return QStringLiteral("scrutiny-anchor-%1").arg(index % MarkerCycle);
}

/// One run of characters the importer gave anchor names to.
struct AnchoredRun
{
    bool blockSeparator = false; ///< the block's own format (anchors before an empty start)
    int position = 0;
    int length = 0;
    QTextCharFormat format;
};

/// The runs with anchor names, in document order: the order the importer met the anchors.
QList<AnchoredRun> anchoredRuns(const QTextDocument &document)
{
    QList<AnchoredRun> runs;
    auto add = [&runs](bool separator, int position, int length, const QTextCharFormat &format) {
        if (format.isAnchor() && !format.anchorNames().isEmpty())
            runs.append({separator, position, length, format});
    };
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        add(true, block.position(), 0, block.charFormat());
        for (auto it = block.begin(); !it.atEnd(); ++it)
            add(false, it.fragment().position(), it.fragment().length(), it.fragment().charFormat());
    }
    return runs;
}

/// Sets the marked-up HTML and names the anchors; false: fell back to setHtml.
bool setMarked(QTextDocument *document, const QString &html)
{
    static const QRegularExpression anchorRe(QStringLiteral("<a name=\"([^\"&<>]*)\"></a>"));
    QStringList names;
    QString marked;
    marked.reserve(html.size());
    qsizetype last = 0;
    for (auto it = anchorRe.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        marked += QStringView(html).mid(last, m.capturedStart() - last);
        marked += QStringLiteral("<a name=\"%1\"></a>").arg(markerName(names.size()));
        names.append(m.captured(1));
        last = m.capturedEnd();
    }
    marked += QStringView(html).mid(last);
    if (names.isEmpty()) {
        document->setHtml(html);
        return true;
    }
    document->setHtml(marked);

    // Match the marked runs to the names, in order; any surprise: the slow way.
    const QList<AnchoredRun> runs = anchoredRuns(*document);
    QList<QStringList> runNames;
    qsizetype next = 0;
    bool matched = true;
    for (const AnchoredRun &run : runs) {
        const QStringList markers = run.format.anchorNames();
        QStringList real;
        for (const QString &marker : markers) {
            if (next >= names.size() || marker != markerName(next)) {
                matched = false;
                break;
            }
            real.append(names.at(next++));
        }
        if (!matched)
            break;
        runNames.append(real);
    }
    if (!matched || next != names.size()) {
        document->setHtml(html);
        return false;
    }
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const AnchoredRun &run = runs.at(i);
        QTextCharFormat format = run.format;
        format.setAnchorNames(runNames.at(i));
        format.setProperty(NamesProperty, runNames.at(i).join(QLatin1Char('\n')));
        QTextCursor cursor(document);
        cursor.setPosition(run.position);
        if (run.blockSeparator) {
            cursor.setBlockCharFormat(format);
            continue;
        }
        cursor.setPosition(run.position + run.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(format);
    }
    return true;
}

} // namespace

bool set(QTextDocument *document, const QString &html)
{
    // With a page size, every edit below would be laid out at once (Qt's
    // default (-1, -1) counts as one): none until the markup is in.
    const QSizeF pageSize = document->pageSize();
    document->setPageSize(QSizeF(0, 0));
    const bool marked = setMarked(document, html);
    document->setPageSize(pageSize);
    return marked;
}

} // namespace Scrutiny::AnnotatedDocumentHtml
