// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressSection.h"

#include "AnnotatedPdfExporter.h"
#include "AnnotatedReportHtml.h"
#include "CsvExporter.h"
#include "PrintPalette.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>
#include <QTextDocument>

namespace Scrutiny {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scrutiny::ProgressSection", text);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Light tints that print on white paper; the symbol and word carry the meaning.
QString tint(std::optional<ProgressType> type)
{
    if (!type)
        return QStringLiteral("#f2f2f2");
    switch (*type) {
    case ProgressType::Met:
        return QStringLiteral("#dff0d8");
    case ProgressType::Progress:
        return QStringLiteral("#fcf3cf");
    case ProgressType::NotMet:
        return QStringLiteral("#f8d7da");
    case ProgressType::Repeat:
        return QStringLiteral("#f5c6cb");
    case ProgressType::NotApplicable:
        break;
    }
    return QStringLiteral("#e9ecef");
}

QString statusName(std::optional<ProgressType> type)
{
    return type ? displayName(*type) : tr("Not reported");
}

QString shortText(const QString &text, int length)
{
    const QString simple = text.simplified();
    if (simple.size() <= length)
        return simple;
    qsizetype cut = simple.lastIndexOf(u' ', length);
    if (cut < length / 2)
        cut = length;
    return simple.left(cut) + QStringLiteral("…");
}

QString evidenceList(const QList<SegmentRef> &evidence)
{
    QStringList names;
    for (const SegmentRef &e : evidence)
        names.append(e.text());
    return names.join(QStringLiteral(", "));
}

} // namespace

QString ProgressSection::anchor()
{
    return QStringLiteral("progress");
}

QString ProgressSection::title()
{
    return tr("Progress against priorities");
}

QString ProgressSection::symbol(std::optional<ProgressType> type)
{
    if (!type)
        return QStringLiteral("?");
    switch (*type) {
    case ProgressType::Met:
        return QStringLiteral("✓");
    case ProgressType::Progress:
        return QStringLiteral("◐");
    case ProgressType::NotMet:
        return QStringLiteral("✗");
    case ProgressType::Repeat:
        return QStringLiteral("↻");
    case ProgressType::NotApplicable:
        break;
    }
    return QStringLiteral("–");
}

QString ProgressSection::packAnchor()
{
    return QStringLiteral("sec-progress");
}

QString ProgressSection::packTitle()
{
    return tr("Progress since the last inspection");
}

QString ProgressSection::html(const SeriesProgress &progress)
{
    const QString content = body(progress);
    if (content.isEmpty())
        return {};
    return QStringLiteral("<h1 style=\"font-family:'Liberation Sans',sans-serif; font-size:18pt\"><a "
                          "name=\"%1\"></a>%2</h1>\n")
               .arg(anchor(), escaped(title()))
        + content;
}

QString ProgressSection::body(const SeriesProgress &progress, bool keepTogether)
{
    if (progress.series.size() < 2)
        return {};
    // Qt's layout ignores page-break-inside/after:avoid. Each part (table, list)
    // is a group for the pack's printer instead: it starts at the first line
    // under its heading, so the heading goes with it; it ends on a line of its
    // own after a table, whose last row's cells may differ in height.
    const auto start = [keepTogether](QStringView name) {
        return keepTogether ? QStringLiteral("<a name=\"%1\"></a>").arg(AnnotatedReportHtml::groupStartAnchor(name))
                            : QString();
    };
    const auto end = [keepTogether](QStringView name) {
        return keepTogether ? QStringLiteral("<a name=\"%1\"></a>").arg(AnnotatedReportHtml::groupEndAnchor(name))
                            : QString();
    };
    const auto endAfterTable = [keepTogether, &end](QStringView name) {
        return keepTogether
            ? QStringLiteral("<p style=\"font-size:2pt; margin-top:0px; margin-bottom:0px\">%1&nbsp;</p>\n")
                  .arg(end(name))
            : QString();
    };
    // The pack's look: sans-serif headings that keep with what follows, tables
    // ruled by a one-pixel grid of the palette's rule colour, grey header rows.
    const QString rule = PrintPalette::light().rule.name(QColor::HexRgb);
    const QString table = QStringLiteral("<table width=\"99%\" border=\"0\" cellspacing=\"1\" cellpadding=\"3\" "
                                         "bgcolor=\"%1\" style=\"font-family:'Liberation Sans',sans-serif; "
                                         "font-size:8.5pt; page-break-inside:auto\">\n")
                              .arg(rule);
    const QString h2 = QStringLiteral("<h2 style=\"font-family:'Liberation Sans',sans-serif; font-size:12pt; "
                                      "page-break-after:avoid; break-after:avoid\">%1</h2>\n");
    const QString row
        = QStringLiteral("<tr bgcolor=\"#ffffff\" style=\"page-break-inside:avoid; break-inside:avoid\">");
    QString h;
    QStringList reports;
    for (qsizetype i = 0; i < progress.series.size(); ++i)
        reports.append(QStringLiteral("%1 (%2)").arg(escaped(progress.titles.value(i))).arg(progress.series[i]));
    h += QStringLiteral("<p style=\"font-size:10pt\">%1%2</p>\n")
             .arg(start(u"progress-table"))
             .arg(escaped(tr("The priorities of report %1 and what each later report of the series found: %2. "
                             "Statuses marked “suggested” come from the link assistant and have not been confirmed."))
                      .arg(progress.series.constFirst())
                      .arg(reports.join(QStringLiteral(" → "))));

    h += table
        + QStringLiteral("<thead><tr bgcolor=\"#f0f0f0\"><th align=\"left\" width=\"40%\">%1</th><th "
                         "align=\"left\">%2</th>")
              .arg(escaped(tr("Priority")), escaped(tr("Action plan")));
    for (qint64 id : progress.series.mid(1))
        h += QStringLiteral("<th align=\"left\">%1</th>").arg(escaped(tr("Report %1").arg(id)));
    h += QStringLiteral("</tr></thead>\n");
    for (const SeriesProgress::Priority &p : progress.priorities) {
        h += row
            + QStringLiteral("<td><b>%1</b> %2</td><td>%3</td>")
                  .arg(escaped(p.priority.text()), escaped(shortText(p.text, 140)),
                      p.plan ? escaped(toString(*p.plan)) : QStringLiteral("–"));
        for (const SeriesProgress::Status &s : p.statuses) {
            QString cell = QStringLiteral("%1 %2").arg(symbol(s.type), escaped(statusName(s.type)));
            if (!s.evidence.isEmpty())
                cell += QStringLiteral("<br/><small>%1%2</small>")
                            .arg(escaped(evidenceList(s.evidence)),
                                s.confirmed ? QString() : QStringLiteral(" · ") + escaped(tr("suggested")));
            h += QStringLiteral("<td bgcolor=\"%1\">%2</td>").arg(tint(s.type), cell);
        }
        h += QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</table>\n") + endAfterTable(u"progress-table");

    h += h2.arg(escaped(tr("Where the action plan and the inspections disagree")));
    QString disagreements;
    qsizetype disagreeing = 0;
    for (const SeriesProgress::Priority &p : progress.priorities)
        disagreeing += p.disagrees() ? 1 : 0;
    for (const SeriesProgress::Priority &p : progress.priorities) {
        if (!p.disagrees())
            continue;
        // One item is one block: the group runs from the first item to the last.
        const bool first = disagreements.isEmpty();
        const bool last = --disagreeing == 0;
        const SeriesProgress::Status *latest = nullptr;
        for (const SeriesProgress::Status &s : p.statuses) {
            if (s.type)
                latest = &s;
        }
        disagreements += QStringLiteral("<li>%5<b>%1</b> %2<br/>%3<br/><i>“%4”</i></li>\n")
                             .arg(escaped(p.priority.text()), escaped(shortText(p.text, 140)),
                                 escaped(tr("The action plan says done; report %1 says %2 (%3).")
                                             .arg(latest->report)
                                             .arg(statusName(latest->type).toLower(), evidenceList(latest->evidence))),
                                 escaped(shortText(latest->quotes.value(0), 300)),
                                 (first ? start(u"progress-disagreements") : QString())
                                     + (last ? end(u"progress-disagreements") : QString()));
    }
    h += disagreements.isEmpty() ? QStringLiteral("<p style=\"font-size:10pt\">%1</p>\n")
                                       .arg(escaped(tr("None: where the action plan says "
                                                       "done, no later report says otherwise.")))
                                 : QStringLiteral("<ul style=\"font-size:10pt\">\n%1</ul>\n").arg(disagreements);

    h += h2.arg(escaped(tr("Repeat findings")));
    if (progress.repeatFindings.isEmpty()) {
        h += QStringLiteral("<p style=\"font-size:10pt\">%1</p>\n")
                 .arg(escaped(tr("No later finding repeats an earlier one.")));
    } else {
        h += table
            + QStringLiteral("<thead><tr bgcolor=\"#f0f0f0\"><th align=\"left\" width=\"50%\">%3%1</th><th "
                             "align=\"left\">%2</th></tr></thead>\n")
                  .arg(escaped(tr("Earlier finding")), escaped(tr("Found again")), start(u"progress-repeats"));
        for (const ProgressLink &l : progress.repeatFindings)
            h += row
                + QStringLiteral("<td><b>%1</b> “%2”</td><td><b>%3</b> “%4”%5</td></tr>\n")
                      .arg(escaped(l.to.text()), escaped(progress.findingText.value(l.to.text())),
                          escaped(l.from.text()), escaped(progress.findingText.value(l.from.text())),
                          l.confirmed ? QString()
                                      : QStringLiteral("<br/><small>%1</small>").arg(escaped(tr("suggested"))));
        h += QStringLiteral("</table>\n") + endAfterTable(u"progress-repeats");
    }
    return h;
}

QList<QStringList> ProgressSection::csvRows(const SeriesProgress &progress)
{
    // Headings and yes/no in the export's language; the statuses stay the names
    // `progress-link --type` takes.
    QList<QStringList> rows {{tr("priority"), tr("text"), tr("plan"), tr("report"), tr("status"), tr("evidence"),
        tr("quote"), tr("confirmed"), tr("confidence"), tr("reason"), tr("disagreement")}};
    const QString yes = tr("yes");
    const QString no = tr("no");
    for (const SeriesProgress::Priority &p : progress.priorities) {
        for (const SeriesProgress::Status &s : p.statuses)
            rows.append({p.priority.text(), p.text, p.plan ? toString(*p.plan) : QString(), QString::number(s.report),
                s.type ? toString(*s.type) : QStringLiteral("unknown"), evidenceList(s.evidence),
                s.quotes.join(QStringLiteral("\n\n")), s.confirmed ? yes : no, QString::number(s.confidence, 'f', 2),
                s.reason, p.disagrees() && s.report == p.statuses.constLast().report ? yes : QString()});
    }
    for (const ProgressLink &l : progress.repeatFindings)
        rows.append(
            {l.to.text(), progress.findingText.value(l.to.text()), QString(), QString::number(l.from.documentId),
                toString(ProgressType::Repeat), l.from.text(), progress.findingText.value(l.from.text()),
                l.confirmed ? yes : no, QString::number(l.confidence, 'f', 2), l.reason, QString()});
    return rows;
}

QByteArray ProgressSection::toPdf(const SeriesProgress &progress, const QPageSize &pageSize, QString *error)
{
    const QString body = html(progress);
    if (body.isEmpty()) {
        if (error)
            *error = tr("report %1 has no later report in its series: nothing to show").arg(progress.series.value(0));
        return {};
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("Scrutiny"));
        AnnotatedPdfExporter::setUpPage(&writer, pageSize);
        QTextDocument document;
        document.setDefaultStyleSheet(QStringLiteral("h1 { font-size: 16pt; } h2 { font-size: 13pt; } "
                                                     "td, th { font-size: 9pt; } p, li { font-size: 10pt; }"));
        document.setHtml(QStringLiteral("<html><body>%1</body></html>").arg(body));
        document.print(&writer);
    }
    if (bytes.isEmpty() && error)
        *error = tr("the PDF could not be written");
    return bytes;
}

QByteArray ProgressSection::toCsv(const SeriesProgress &progress)
{
    return CsvExporter::toCsv(csvRows(progress));
}

} // namespace Scrutiny
