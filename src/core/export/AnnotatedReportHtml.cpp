// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnnotatedReportHtml.h"

#include "NoteHtml.h"
#include "OverallJudgements.h"
#include "PrintPalette.h"
#include "ProgressSection.h"
#include "ReportStatistics.h"
#include "model/TagName.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace Scrutiny {

namespace {

constexpr int MatrixColumnsPerTable = 12;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// Escaped, with the report's line breaks kept inside a paragraph.
QString escMultiline(const QString &text)
{
    QString escaped = text.trimmed().toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QLatin1StringView("<br/>"));
    return escaped;
}

// A series with a report before this one: the pack gets a progress section.
bool hasProgress(const SeriesProgress *progress)
{
    return progress && progress->series.size() > 1;
}

QString hex(const QColor &colour)
{
    return colour.name(QColor::HexRgb);
}

/// WCAG 2 relative luminance.
double relativeLuminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

/// WCAG 2 contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// The colour, darkened until small text in it reads on background (4.5:1).
QColor readableOn(QColor colour, const QColor &background)
{
    for (int step = 0; step < 20 && contrast(colour, background) < 4.5; ++step)
        colour = colour.darker(115);
    return colour;
}

/// Black or white, whichever contrasts more with the tag's colour. One of them
/// always reaches at least 4.58:1 (WCAG AA asks 4.5:1 for small text).
QString labelTextColour(const QColor &background)
{
    const double l = relativeLuminance(background);
    const double onBlack = (l + 0.05) / 0.05;
    const double onWhite = 1.05 / (l + 0.05);
    return onBlack >= onWhite ? QStringLiteral("#000000") : QStringLiteral("#ffffff");
}

QString linkTypeLabel(LinkType type)
{
    switch (type) {
    case LinkType::PartlyAddresses:
        return QCoreApplication::translate("AnnotatedReportHtml", "partly addresses");
    case LinkType::Contradicts:
        return QCoreApplication::translate("AnnotatedReportHtml", "contradicts");
    case LinkType::RespondsTo:
        return QCoreApplication::translate("AnnotatedReportHtml", "responds to");
    case LinkType::Addresses:
        break;
    }
    return QCoreApplication::translate("AnnotatedReportHtml", "addresses");
}

QString formatName(ParsedReport::Format format)
{
    switch (format) {
    case ParsedReport::Format::Html:
        return QCoreApplication::translate("AnnotatedReportHtml", "web page");
    case ParsedReport::Format::Pdf:
        return QCoreApplication::translate("AnnotatedReportHtml", "PDF");
    case ParsedReport::Format::Text:
        break;
    }
    return QCoreApplication::translate("AnnotatedReportHtml", "text");
}

QString removalReasonName(Removal::Reason reason)
{
    switch (reason) {
    case Removal::Reason::Duplicate:
        return QCoreApplication::translate("AnnotatedReportHtml", "duplicate");
    case Removal::Reason::Teaser:
        return QCoreApplication::translate("AnnotatedReportHtml", "teaser");
    case Removal::Reason::Boilerplate:
        break;
    }
    return QCoreApplication::translate("AnnotatedReportHtml", "boilerplate");
}

/// The mark a link type gets in the traceability matrix (legend on the page).
QString linkTypeMark(LinkType type)
{
    switch (type) {
    case LinkType::PartlyAddresses:
        return QStringLiteral("\u25D0"); // ◐
    case LinkType::Contradicts:
        return QStringLiteral("\u2717"); // ✗
    case LinkType::RespondsTo:
        return QStringLiteral("\u21A9"); // ↩
    case LinkType::Addresses:
        break;
    }
    return QStringLiteral("\u2713"); // ✓
}

class Builder
{
    Q_DECLARE_TR_FUNCTIONS(AnnotatedReportHtml)

public:
    Builder(const AnnotatedReport &annotated, const AnnotatedReportHtml::Options &options)
        : a(annotated)
        , r(annotated.report)
        , o(options)
        , pal(PrintPalette::light())
        // Dates in the pack's language; English keeps the C locale's names.
        , dates(o.language.startsWith(QLatin1StringView("en")) ? QLocale::c() : QLocale(o.language))
    {
        for (qsizetype i = 0; i < r.segments.size(); ++i)
            index.insert(r.segments[i].id, i);
        numberNotes();
    }

    QString build()
    {
        html.reserve(r.text.size() * 3 + 20000);
        // Browsers get a viewport for small screens; QTextDocument ignores both.
        html += QStringLiteral("<html lang=\"%1\"><head><meta charset=\"utf-8\"/>%2<title>%3</title></head>")
                    .arg(esc(o.language),
                        print() ? QString()
                                : QStringLiteral("<meta name=\"viewport\" content=\"width=device-width,"
                                                 " initial-scale=1\"/>"),
                        esc(title()));
        html += QStringLiteral(
            "<body style=\"font-family:'Liberation Serif','Times New Roman',serif; font-size:11pt; color:%1;%2\">")
                    .arg(hex(pal.text),
                        o.target == AnnotatedReportHtml::Target::Browser
                            ? QStringLiteral(" max-width:50em; margin:2em auto; padding:0 1em;")
                            : QString());
        cover();
        briefing();
        reportText();
        matrix();
        plan();
        progress();
        endnotes();
        appendix();
        html += QStringLiteral("</body></html>");
        return html;
    }

private:
    const AnnotatedReport &a;
    const ParsedReport &r;
    const AnnotatedReportHtml::Options &o;
    const PrintPalette &pal;
    const QLocale dates;
    QHash<QString, qsizetype> index;
    QList<const Note *> orderedNotes; ///< endnote n is orderedNotes[n - 1]; notes on passages only
    QList<const Note *> briefingNotes; ///< notes on the whole report: they open the pack
    QHash<QString, QList<int>> notesOf; ///< segment id -> endnote numbers
    QString html;

    bool print() const { return o.target == AnnotatedReportHtml::Target::Print; }

    QString title() const { return r.title.isEmpty() ? a.fileName : r.title; }

    const Segment *segment(const QString &id) const
    {
        const auto it = index.constFind(id);
        return it == index.cend() ? nullptr : &r.segments[*it];
    }

    void numberNotes()
    {
        QList<const Note *> notes;
        for (const Note &n : a.notes)
            (n.segment.isEmpty() ? briefingNotes : notes).append(&n);
        // In reading order of their segments.
        std::stable_sort(notes.begin(), notes.end(), [this](const Note *x, const Note *y) {
            const qsizetype ix = x->segment.isEmpty() ? -1 : index.value(x->segment, r.segments.size());
            const qsizetype iy = y->segment.isEmpty() ? -1 : index.value(y->segment, r.segments.size());
            return ix < iy;
        });
        orderedNotes = notes;
        for (int i = 0; i < orderedNotes.size(); ++i)
            notesOf[orderedNotes[i]->segment].append(i + 1);
    }

    /// For print, a link to the anchor holding AnnotatedReportHtml::pagePlaceholder():
    /// the printer paints "(p. 4)" over it once the layout knows the page.
    QString pageRef(const QString &anchor) const
    {
        if (!print())
            return {};
        return QStringLiteral(" <a href=\"#%1\" style=\"text-decoration:none\">%2</a>")
            .arg(anchor, AnnotatedReportHtml::pagePlaceholder(o.pageDigits));
    }

    QString segmentLinkLabel(const QString &id) const
    {
        return QStringLiteral("<a href=\"#%1\" style=\"color:%2; text-decoration:none\"><b>%3</b></a>")
            .arg(AnnotatedReportHtml::segmentAnchor(id), hex(pal.text), esc(id));
    }

    /// A named place: QTextDocument knows <a name>, browsers prefer id.
    QString anchor(const QString &name) const
    {
        return (print() ? QStringLiteral("<a name=\"%1\"></a>") : QStringLiteral("<a id=\"%1\"></a>")).arg(name);
    }

    /// extraAnchors: more named places at the heading (a group the printer keeps together).
    QString sectionHeading(
        const QString &anchorName, const QString &text, bool pageBreak = true, const QString &extraAnchors = {}) const
    {
        return QStringLiteral("<h1 style=\"font-family:'Liberation Sans',sans-serif; font-size:18pt; color:%1;"
                              " margin-top:%2px; margin-bottom:10px;%3\">%4%5</h1>")
            .arg(hex(pal.text), pageBreak ? QStringLiteral("0") : QStringLiteral("18"),
                pageBreak ? QStringLiteral(" page-break-before:always;") : QString(), anchor(anchorName) + extraAnchors,
                esc(text));
    }

    QString tagLabel(const Tag &tag) const
    {
        const QColor colour = tag.colour.isValid() ? tag.colour : QColor(0x808080);
        // A chip never breaks inside: no-break spaces and hyphens within its name.
        QString name = esc(TagName::elided(tag.name.simplified()));
        name.replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
        name.replace(QLatin1Char('-'), QStringLiteral("\u2011"));
        return QStringLiteral("<span style=\"background-color:%1; color:%2; font-family:'Liberation Sans',sans-serif;"
                              " font-size:8pt\">&nbsp;%3&nbsp;</span>")
            .arg(hex(colour), labelTextColour(colour), name);
    }

    // ---- cover ---------------------------------------------------------------

    void cover()
    {
        const ReportStatistics s = ReportStatistics::of(a);
        html += QStringLiteral("<p style=\"font-family:'Liberation Sans',sans-serif; font-size:9pt; color:%1;"
                               " margin-bottom:4px\">%2%3</p>")
                    .arg(hex(pal.muted), anchor(QStringLiteral("sec-cover")),
                        esc(QCoreApplication::translate("AnnotatedReportHtml", "ANNOTATED REPORT")));
        html += QStringLiteral("<h1 style=\"font-family:'Liberation Sans',sans-serif; font-size:22pt; margin-top:0px;"
                               " margin-bottom:8px\">%1</h1>")
                    .arg(esc(title()));
        judgements();

        const QString td = QStringLiteral("<td style=\"padding:3px 10px 3px 0px; color:%1\">").arg(hex(pal.muted));
        html += QStringLiteral(
            "<table cellspacing=\"0\" cellpadding=\"0\" style=\"font-size:10pt; margin-bottom:12px\">");
        auto row = [&](const QString &label, const QString &valueHtml) {
            html += QStringLiteral("<tr>") + td + esc(label) + QStringLiteral("</td><td style=\"padding:3px 0px\">")
                + valueHtml + QStringLiteral("</td></tr>");
        };
        // The meeting first: it is what a clerk files the pack under.
        if (!o.cover.isEmpty()) {
            for (CoverDetails::Field f : CoverDetails::fields()) {
                const QString value = o.cover.value(f).trimmed();
                if (!value.isEmpty())
                    row(CoverDetails::label(f), QStringLiteral("<b>%1</b>").arg(esc(value)));
            }
            html += QStringLiteral("</table><table cellspacing=\"0\" cellpadding=\"0\" style=\"font-size:9pt;"
                                   " margin-bottom:12px\">");
        }
        row(tr("Source file"), esc(a.fileName));
        row(QStringLiteral("SHA-256"),
            QStringLiteral("<span style=\"font-family:'DejaVu Sans Mono',monospace; font-size:8pt\">%1</span>")
                .arg(esc(a.sha256.isEmpty() ? tr("unknown") : a.sha256)));
        row(tr("Imported"),
            esc(a.importedAt.isValid()
                    ? dates.toString(a.importedAt.toUTC(), QStringLiteral("d MMMM yyyy, HH:mm 'UTC'"))
                    : tr("unknown")));
        row(tr("Format"), esc(formatName(r.format)));
        html += QStringLiteral("</table>");

        // Counts, each in its kind's colour.
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\" width=\"100%\" style=\"margin-top:8px;"
                               " margin-bottom:12px; font-family:'Liberation Sans',sans-serif\"><tr>");
        auto count = [&](int n, const QString &label, const QColor &colour, const QColor &tint) {
            html += QStringLiteral("<td align=\"center\" bgcolor=\"%1\" style=\"padding:6px; border:0px\">"
                                   "<span style=\"font-size:18pt; font-weight:bold; color:%2\">%3</span><br/>"
                                   "<span style=\"font-size:8pt; color:%4\">%5</span></td>")
                        .arg(hex(tint), hex(colour), QString::number(n), hex(pal.muted), esc(label));
        };
        // Captions under the numbers, not counted phrases: one word each.
        count(s.findings, tr("findings"), pal.colour(SegmentKind::Finding), pal.tint(SegmentKind::Finding));
        count(s.priorities, tr("priorities"), pal.colour(SegmentKind::Priority), pal.tint(SegmentKind::Priority));
        count(s.quotes, tr("quotes"), pal.colour(SegmentKind::Quote), pal.tint(SegmentKind::Quote));
        count(s.responses, tr("responses"), pal.colour(SegmentKind::Response), pal.tint(SegmentKind::Response));
        count(s.tags, tr("tags"), pal.text, QColor(0xf4f4f4));
        count(s.links, tr("links"), pal.text, QColor(0xf4f4f4));
        html += QStringLiteral("</tr></table>");

        // One sentence each: %1 the percentage (bold), %2 the counts (muted).
        auto share = [&](int part, int whole, double fraction, const QString &sentence) {
            const QColor colour = whole > 0 && part < whole ? pal.alert : pal.done;
            html += QStringLiteral("<p style=\"margin-top:2px; margin-bottom:2px\">%1</p>")
                        .arg(esc(sentence).arg(QStringLiteral("<b style=\"color:%1\">%2%</b>")
                                                   .arg(hex(colour), QString::number(qRound(fraction * 100))),
                            QStringLiteral("<span style=\"color:%1\">%2</span>")
                                .arg(hex(pal.muted), esc(tr("(%1 of %2)").arg(part).arg(whole)))));
        };
        share(s.findingsLinked, s.findings, s.findingsLinkedShare(),
            tr("%1 of the review's findings are linked to a priority %2"));
        share(s.prioritiesSupported, s.priorities, s.prioritiesSupportedShare(),
            tr("%1 of priorities are supported by a finding %2"));
        if (s.councilClaims > 0)
            html += QStringLiteral("<p style=\"margin-top:2px; margin-bottom:2px; font-size:10pt; color:%1\">%2</p>")
                        .arg(hex(pal.muted),
                            esc(QCoreApplication::translate("AnnotatedReportHtml",
                                "Claims in the inspected body's own words, shown apart and not counted as findings:"
                                " %n",
                                nullptr, s.councilClaims)));

        // Tags in use, as a legend.
        QList<const Tag *> used;
        for (const Tag &t : a.tags) {
            bool applied = false;
            for (auto it = a.segmentTags.cbegin(); it != a.segmentTags.cend() && !applied; ++it)
                applied = it.value().contains(t.id);
            if (applied)
                used.append(&t);
        }
        if (!used.isEmpty()) {
            html += QStringLiteral("<p style=\"margin-top:10px; margin-bottom:2px\"><b>%1</b> ").arg(esc(tr("Tags:")));
            for (const Tag *t : used)
                html += tagLabel(*t) + QStringLiteral(" ");
            html += QStringLiteral("</p>");
        }

        // Contents, with page numbers once known.
        html += QStringLiteral("<p style=\"font-family:'Liberation Sans',sans-serif; font-size:12pt; font-weight:bold;"
                               " margin-top:16px; margin-bottom:4px\">%1</p>")
                    .arg(esc(tr("Contents")));
        const QList<AnnotatedReportHtml::Section> parts = AnnotatedReportHtml::sections(a, o.progress);
        for (const auto &part : parts) {
            if (part.anchor == QLatin1StringView("sec-cover"))
                continue;
            html += QStringLiteral("<p style=\"font-size:10pt; margin-top:2px; margin-bottom:2px\"><a href=\"#%1\""
                                   " style=\"color:%2; text-decoration:none\">%3</a>%4</p>")
                        .arg(part.anchor, hex(pal.text), esc(part.title), pageRef(part.anchor));
        }
    }

    /// Under the title: the report's overall judgements in its own words
    /// (grade, joint-review verdict, the summary's "overall" sentence).
    void judgements()
    {
        const QList<OverallJudgement> all = OverallJudgements::of(r);
        if (all.isEmpty()) {
            html += QStringLiteral("<p style=\"font-size:10pt; color:%1; margin-top:0px; margin-bottom:14px\"><i>%2</i>"
                                   "</p>")
                        .arg(hex(pal.muted),
                            esc(QCoreApplication::translate(
                                "AnnotatedReportHtml", "The report states no overall judgement.")));
            return;
        }
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\" style=\"font-size:11pt;"
                               " margin-bottom:14px\">");
        for (const OverallJudgement &j : all) {
            const QString where = j.segmentId.isEmpty() || !segment(j.segmentId) ? QString()
                                                                                 : QStringLiteral(" ")
                    + segmentLinkLabel(j.segmentId) + pageRef(AnnotatedReportHtml::segmentAnchor(j.segmentId));
            const QString value = j.sentence
                ? QStringLiteral("<i>\u201C%1\u201D</i>").arg(esc(AnnotatedReportHtml::shortText(j.text, 260)))
                : QStringLiteral("<b>%1</b>").arg(esc(j.text));
            html += QStringLiteral("<tr><td valign=\"top\" style=\"padding:2px 10px 2px 0px; color:%1\">%2</td>"
                                   "<td style=\"padding:2px 0px\">%3<span style=\"font-size:9pt\">%4</span></td></tr>")
                        .arg(hex(pal.muted), esc(j.label), value, where);
        }
        html += QStringLiteral("</table>");
    }

    // ---- briefing --------------------------------------------------------------

    /// The notes on the whole report open the pack, right after the cover.
    void briefing()
    {
        if (briefingNotes.isEmpty())
            return;
        html += sectionHeading(QStringLiteral("sec-briefing"), AnnotatedReportHtml::briefingTitle());
        for (const Note *n : std::as_const(briefingNotes))
            html += QStringLiteral("<div style=\"font-size:11pt\">%1</div>").arg(noteHtml(*n));
    }

    QString noteHtml(const Note &n) const
    {
        return NoteHtml::toHtml(n.markdown, print() ? NoteHtml::Target::Print : NoteHtml::Target::Browser);
    }

    // ---- the report text -----------------------------------------------------

    void reportText()
    {
        // After a briefing the report follows on the same page: a short briefing would leave it mostly blank.
        html += sectionHeading(QStringLiteral("sec-report"), tr("The report"), briefingNotes.isEmpty());
        html += QStringLiteral("<p style=\"font-size:8pt; color:%1; margin-bottom:10px\">").arg(hex(pal.muted));
        for (SegmentKind k : {SegmentKind::Summary, SegmentKind::Finding, SegmentKind::Priority, SegmentKind::Quote,
                 SegmentKind::Response}) {
            html += QStringLiteral("<span style=\"background-color:%1; color:%2\">&nbsp;%3&nbsp;</span>&nbsp; ")
                        .arg(hex(pal.tint(k)), hex(pal.colour(k)), esc(displayName(k)));
        }
        html += QStringLiteral("</p>");

        for (const Segment &s : r.segments) {
            if (s.kind == SegmentKind::Heading) {
                html += QStringLiteral("<h2 style=\"font-family:'Liberation Sans',sans-serif; font-size:13pt;"
                                       " margin-top:14px; margin-bottom:6px\">%1%2</h2>")
                            .arg(anchor(AnnotatedReportHtml::segmentAnchor(s.id)), escMultiline(s.text));
                continue;
            }
            const bool annotated = a.segmentTags.contains(s.id) || notesOf.contains(s.id)
                || !a.linksFrom(s.id).isEmpty() || !a.linksTo(s.id).isEmpty();
            if (s.kind == SegmentKind::Context && !annotated) {
                html += QStringLiteral("<p style=\"margin-top:6px; margin-bottom:6px\">%1%2</p>")
                            .arg(anchor(AnnotatedReportHtml::segmentAnchor(s.id)), escMultiline(s.text));
                continue;
            }
            segmentBox(s);
        }
    }

    /// Whether a quote's text already names its speaker (a quote often opens
    /// "Jane Doe, director, said: ..."): then the label is not printed again.
    static bool textNamesSpeaker(const Segment &s)
    {
        const QString lead = s.text.left(s.speakerName.size() + 160).simplified();
        return lead.contains(s.speakerName.simplified(), Qt::CaseInsensitive);
    }

    void segmentBox(const Segment &s)
    {
        // Plain tinted paragraphs rather than a one-cell table per segment: a
        // table is a frame, and thousands of frames make layout and painting
        // of long reports slow.
        const QColor colour = pal.colour(s.kind);
        const QString tint = hex(pal.tint(s.kind));
        const QColor metaColour = readableOn(colour, pal.tint(s.kind));

        // Meta line: label, kind, polarity, note markers, tags.
        html += QStringLiteral("<p style=\"font-family:'Liberation Sans',sans-serif; font-size:8pt; color:%1;"
                               " margin-top:8px; margin-bottom:0px; background-color:%4\">%2"
                               "%6<span style=\"background-color:%1\">&nbsp;</span>&nbsp;<b>%3</b>"
                               " \u00B7 %5")
                    .arg(hex(metaColour), anchor(AnnotatedReportHtml::segmentAnchor(s.id)), esc(s.id), tint,
                        esc(displayName(s.kind)), anchor(AnnotatedReportHtml::segmentHeadAnchor(s.id)));
        if (s.polarity != Polarity::None)
            html += QStringLiteral(" \u00B7 %1").arg(esc(displayName(s.polarity)));
        if (s.side == Side::Council && s.kind != SegmentKind::Response)
            html += QStringLiteral(" \u00B7 %1")
                        .arg(esc(QCoreApplication::translate("AnnotatedReportHtml", "the inspected body's own words")));
        if (s.page > 0)
            html += QStringLiteral(" \u00B7 %1").arg(esc(tr("source p.\u00A0%1").arg(s.page)));
        for (int n : notesOf.value(s.id))
            html += QStringLiteral(" <a href=\"#%1\" style=\"color:%2\">%3</a>")
                        .arg(AnnotatedReportHtml::noteAnchor(n), hex(pal.text), esc(tr("[note\u00A0%1]").arg(n)));
        for (qint64 tagId : a.segmentTags.value(s.id)) {
            if (const Tag *t = a.tag(tagId))
                html += QStringLiteral(" ") + tagLabel(*t);
        }
        html += QStringLiteral("</p>");

        // The text itself, speaker first for quotes unless the text names them.
        html += QStringLiteral("<p style=\"margin-top:0px; margin-bottom:0px; background-color:%1\">").arg(tint);
        if (!s.speakerName.isEmpty() && !textNamesSpeaker(s)) {
            html += QStringLiteral("<b>%1</b>").arg(esc(s.speakerName));
            QString role = s.speakerRole.trimmed();
            while (
                role.endsWith(QLatin1Char(',')) || role.endsWith(QLatin1Char(':')) || role.endsWith(QLatin1Char(';')))
                role.chop(1);
            if (!role.isEmpty())
                html += QStringLiteral(", %1").arg(esc(role));
            html += QStringLiteral(": ");
        }
        html += escMultiline(s.text) + QStringLiteral("</p>");

        crossLinks(s, tint);
        if (s.kind == SegmentKind::Priority)
            planLine(s, tint);
        // A thin rule in the kind's colour closes the box.
        html += QStringLiteral("<p style=\"font-size:2pt; margin-top:0px; margin-bottom:6px; background-color:%1\">"
                               "%2&nbsp;</p>")
                    .arg(hex(colour), anchor(AnnotatedReportHtml::segmentTailAnchor(s.id)));
    }

    void crossLinks(const Segment &s, const QString &tint)
    {
        auto line = [&](const QString &arrow, const QString &lead, const QList<Link> &links, bool outgoing) {
            if (links.isEmpty())
                return;
            html += QStringLiteral("<p style=\"font-family:'Liberation Sans',sans-serif; font-size:8.5pt;"
                                   " margin-top:0px; margin-bottom:0px; background-color:%3\">%1 <i>%2</i> ")
                        .arg(arrow, esc(lead), tint);
            bool first = true;
            for (const Link &l : links) {
                const QString otherId = outgoing ? l.to : l.from;
                const Segment *other = segment(otherId);
                if (!first)
                    html += QStringLiteral("; ");
                first = false;
                html += segmentLinkLabel(otherId);
                if (other)
                    html += QStringLiteral(" \u201C%1\u201D").arg(esc(AnnotatedReportHtml::shortText(other->text, 60)));
                html += QStringLiteral(" <span style=\"color:%1\">[%2]%3</span>")
                            .arg(hex(l.type == LinkType::Contradicts ? pal.alert : pal.muted),
                                esc(linkTypeLabel(l.type)), pageRef(AnnotatedReportHtml::segmentAnchor(otherId)));
                // Why the user made the link.
                if (!l.note.trimmed().isEmpty())
                    html += QStringLiteral(" <i>\u2014 %1</i>").arg(esc(l.note.simplified()));
            }
            html += QStringLiteral("</p>");
        };
        auto ofType = [](const QList<Link> &links, std::initializer_list<LinkType> types) {
            QList<Link> kept;
            for (const Link &l : links) {
                if (std::find(types.begin(), types.end(), l.type) != types.end())
                    kept.append(l);
            }
            return kept;
        };
        const QList<Link> out = a.linksFrom(s.id);
        const QList<Link> in = a.linksTo(s.id);
        if (s.kind == SegmentKind::Priority) {
            // Only what addresses a priority supports it; contradictions and responses are said apart.
            const QList<Link> support = ofType(in, {LinkType::Addresses, LinkType::PartlyAddresses});
            line(QStringLiteral("\u2190"), tr("Supported by:"), support, false);
            line(QStringLiteral("\u2190"), tr("Contradicted by:"), ofType(in, {LinkType::Contradicts}), false);
            line(QStringLiteral("\u2190"), tr("Responses:"), ofType(in, {LinkType::RespondsTo}), false);
            line(QStringLiteral("\u2192"), tr("Links to:"), out, true);
            if (support.isEmpty())
                html += QStringLiteral("<p style=\"font-family:'Liberation Sans',sans-serif; font-size:8.5pt; color:%1;"
                                       " margin-top:0px; margin-bottom:0px; background-color:%2\">\u26A0 %3</p>")
                            .arg(hex(pal.alert), tint, esc(tr("No finding supports this priority.")));
        } else {
            line(QStringLiteral("\u2192"), s.kind == SegmentKind::Finding ? tr("Priorities:") : tr("Links to:"), out,
                true);
            line(QStringLiteral("\u2190"), tr("Linked from:"), in, false);
        }
    }

    /// A priority's actions, in plan order ("" : the actions tied to no priority).
    QList<const PlanItem *> plansOf(const QString &priority) const
    {
        QList<const PlanItem *> out;
        for (const PlanItem &item : a.plan) {
            if (item.priority == priority)
                out.append(&item);
        }
        return out;
    }

    QString dueText(const PlanItem &item) const
    {
        return item.due.isValid() ? dates.toString(item.due, QStringLiteral("d MMM yyyy")) : QStringLiteral("\u2014");
    }

    QString statusText(const PlanItem &item) const
    {
        if (item.isOverdue(o.today) && item.status != PlanStatus::Overdue)
            return tr("%1 (overdue)").arg(displayName(item.status));
        return displayName(item.status);
    }

    QColor statusColour(const PlanItem &item) const
    {
        return item.isOverdue(o.today) ? pal.alert : item.status == PlanStatus::Done ? pal.done : pal.text;
    }

    /// A priority's plan in its box: one line per action (what, owner, due date, status).
    void planLine(const Segment &s, const QString &tint)
    {
        const QList<const PlanItem *> items = plansOf(s.id);
        const QString style = QStringLiteral("font-family:'Liberation Sans',sans-serif; font-size:8.5pt;"
                                             " margin-top:0px; margin-bottom:0px; background-color:%1")
                                  .arg(tint);
        if (items.isEmpty()) {
            html += QStringLiteral("<p style=\"%1; color:%2\">\u25A1 %3</p>")
                        .arg(style, hex(pal.alert),
                            esc(QCoreApplication::translate("AnnotatedReportHtml", "No plan entry.")));
            return;
        }
        for (const PlanItem *item : items) {
            const bool late = item->isOverdue(o.today);
            const QString action = item->action.trimmed().isEmpty()
                ? QString()
                : esc(AnnotatedReportHtml::shortText(item->action, 120)) + QStringLiteral(" \u00B7 ");
            html += QStringLiteral(
                "<p style=\"%1\">\u25A1 <i>%2</i> %3%4 \u00B7 %5 %6 \u00B7 <span style=\"color:%7\">%8%9</span>"
                "</p>")
                        .arg(style, esc(QCoreApplication::translate("AnnotatedReportHtml", "Plan:")), action,
                            item->owner.isEmpty()
                                ? QStringLiteral("<i>%1</i>")
                                      .arg(esc(QCoreApplication::translate("AnnotatedReportHtml", "no owner")))
                                : esc(item->owner),
                            esc(QCoreApplication::translate("AnnotatedReportHtml", "due")), esc(dueText(*item)),
                            hex(statusColour(*item)), late ? QStringLiteral("\u26A0 ") : QString(),
                            esc(statusText(*item)));
        }
    }

    // ---- traceability matrix -------------------------------------------------

    void matrix()
    {
        QList<const Segment *> priorities;
        QList<const Segment *> rows;
        QList<const Segment *> claims; // the inspected body's own words: after the review's rows, never gaps
        for (const Segment &s : r.segments) {
            if (s.kind == SegmentKind::Priority)
                priorities.append(&s);
            else if (ReportStatistics::isReviewFinding(s))
                rows.append(&s);
            else if (s.kind == SegmentKind::Finding)
                claims.append(&s);
            else if (s.kind != SegmentKind::Priority) {
                // Other segments linked to a priority (responses, quotes) get a row too.
                const QList<Link> out = a.linksFrom(s.id);
                if (std::any_of(out.cbegin(), out.cend(), [this](const Link &l) {
                        const Segment *t = segment(l.to);
                        return t && t->kind == SegmentKind::Priority;
                    }))
                    rows.append(&s);
            }
        }
        // The parts after the report follow on where it ends (headings keep with their text).
        // In print the heading and its legend open the first slice's group: otherwise they
        // could end a page with the matrix itself on the next.
        const bool sliced = print() && !priorities.isEmpty() && !(rows.isEmpty() && claims.isEmpty());
        html += sectionHeading(QStringLiteral("sec-matrix"), tr("Traceability matrix"), false,
            sliced ? groupAnchor(true, u"matrix-0") : QString());
        const auto mark = [](LinkType type) {
            return QStringLiteral("<span style=\"font-family:'DejaVu Sans'\">%1</span>").arg(linkTypeMark(type));
        };
        html += QStringLiteral("<p style=\"font-size:9pt; margin-top:0px\">%1%2</p>")
                    .arg(esc(tr("Rows are findings (and other passages linked to a priority), columns the priorities"
                                " for action. %1 addresses, %2 partly addresses, %3 contradicts, %4 responds to."
                                " %5 rows and columns have no link: gaps."))
                             .arg(mark(LinkType::Addresses), mark(LinkType::PartlyAddresses),
                                 mark(LinkType::Contradicts), mark(LinkType::RespondsTo),
                                 QStringLiteral("<span style=\"background-color:%1; color:%2\">&nbsp;%3&nbsp;</span>")
                                     .arg(hex(pal.alertBackground), hex(pal.alert), esc(tr("Highlighted")))),
                        priorities.size() > MatrixColumnsPerTable ? u' '
                                + esc(tr("With more than %1 priorities the matrix comes in slices of %1 columns, each"
                                         " showing the rows linked into it.")
                                          .arg(MatrixColumnsPerTable))
                                                                  : QString());
        if (!claims.isEmpty())
            html += QStringLiteral("<p style=\"font-size:9pt; margin-top:0px\">%1</p>")
                        .arg(esc(QCoreApplication::translate("AnnotatedReportHtml",
                            "Claims in the inspected body's own words come last, after a line of their own; they are"
                            " not the review's findings and are never counted as gaps.")));
        rows += claims;
        if (priorities.isEmpty() || rows.isEmpty()) {
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(esc(priorities.isEmpty() ? tr("The report has no priorities to trace.")
                                                      : tr("The report has no findings to trace.")));
            return;
        }
        // Which cells are linked: (row id, priority id) -> link type.
        Cells cell;
        QSet<QString> linkedRows;
        QSet<QString> linkedColumns;
        for (const Link &l : a.links) {
            const Segment *t = segment(l.to);
            if (!t || t->kind != SegmentKind::Priority)
                continue;
            cell[l.from].insert(l.to, l.type);
            linkedRows.insert(l.from);
            // As on the cover: a priority is supported when a review finding addresses it.
            const Segment *f = segment(l.from);
            if (f && ReportStatistics::isReviewFinding(*f)
                && (l.type == LinkType::Addresses || l.type == LinkType::PartlyAddresses))
                linkedColumns.insert(l.to);
        }
        // Shading marks the review's gaps only.
        for (const Segment *claim : std::as_const(claims))
            linkedRows.insert(claim->id);
        if (print())
            compactMatrix(rows, priorities, cell, linkedRows, linkedColumns);
        else
            tableMatrix(rows, priorities, cell, linkedRows, linkedColumns);
        if (priorities.size() > MatrixColumnsPerTable) {
            html += QStringLiteral("<p style=\"font-size:8.5pt; margin-bottom:2px\">%1<b>%2</b></p>")
                        .arg(groupAnchor(true, u"matrix-gaps"), esc(tr("Findings with no link to any priority")));
            QList<const Segment *> unlinked;
            for (const Segment *row : rows) {
                if (!linkedRows.contains(row->id) && ReportStatistics::isReviewFinding(*row))
                    unlinked.append(row);
            }
            const int gaps = int(unlinked.size());
            for (const Segment *row : std::as_const(unlinked)) {
                html += QStringLiteral("<p style=\"font-size:8.5pt; margin-top:1px; margin-bottom:1px;"
                                       " background-color:%1\">%5%2 %3%4</p>")
                            .arg(hex(pal.alertBackground), segmentLinkLabel(row->id),
                                esc(AnnotatedReportHtml::shortText(row->text, 110)),
                                pageRef(AnnotatedReportHtml::segmentAnchor(row->id)),
                                row == unlinked.last() ? groupAnchor(false, u"matrix-gaps") : QString());
            }
            if (gaps == 0)
                html += QStringLiteral("<p style=\"font-size:8.5pt\">%1<i>%2</i></p>")
                            .arg(groupAnchor(false, u"matrix-gaps"), esc(tr("None: every finding is linked.")));
        }
        // The priorities themselves, since columns show only labels.
        html += QStringLiteral("<p style=\"font-size:8.5pt; margin-bottom:2px\">%1<b>%2</b></p>")
                    .arg(groupAnchor(true, u"matrix-priorities"), esc(tr("Priorities")));
        for (const Segment *p : priorities) {
            const bool gap = !linkedColumns.contains(p->id);
            html += QStringLiteral("<p style=\"font-size:8.5pt; margin-top:1px; margin-bottom:1px\">%5%1 %2%3%4</p>")
                        .arg(segmentLinkLabel(p->id), esc(AnnotatedReportHtml::shortText(p->text, 110)),
                            pageRef(AnnotatedReportHtml::segmentAnchor(p->id)),
                            gap ? QStringLiteral(" <span style=\"color:%1\">\u2014 %2</span>")
                                      .arg(hex(pal.alert), esc(tr("no supporting finding")))
                                : QString(),
                            p == priorities.last() ? groupAnchor(false, u"matrix-priorities") : QString());
        }
    }

    /// For print: the start or end of a run of lines kept together (see AnnotatedReportHtml::groupStartAnchor).
    QString groupAnchor(bool start, QStringView name) const
    {
        if (!print())
            return {};
        return anchor(start ? AnnotatedReportHtml::groupStartAnchor(name) : AnnotatedReportHtml::groupEndAnchor(name));
    }

    using Cells = QHash<QString, QHash<QString, LinkType>>;

    static bool isClaim(const Segment &s) { return s.kind == SegmentKind::Finding && s.side == Side::Council; }
    static QString claimsHeading()
    {
        return QCoreApplication::translate("AnnotatedReportHtml", "The inspected body's own claims (not gaps)");
    }

    /// The rows of one slice of columns. When the priorities need several
    /// slices, a slice shows only the rows linked into it: a finding linked to
    /// one priority of a hundred would otherwise fill every slice with an empty
    /// row. Findings with no link at all are then listed once, after the slices.
    static QList<const Segment *> rowsOfSlice(const QList<const Segment *> &rows,
        const QList<const Segment *> &priorities, qsizetype first, qsizetype last, const Cells &cell)
    {
        if (priorities.size() <= MatrixColumnsPerTable)
            return rows;
        QList<const Segment *> linked;
        for (const Segment *row : rows) {
            const auto rowCells = cell.constFind(row->id);
            if (rowCells == cell.cend())
                continue;
            for (qsizetype c = first; c < last; ++c) {
                if (rowCells->contains(priorities[c]->id)) {
                    linked.append(row);
                    break;
                }
            }
        }
        return linked;
    }

    /// The matrix as an HTML table: for browsers.
    void tableMatrix(const QList<const Segment *> &rows, const QList<const Segment *> &priorities, const Cells &cell,
        const QSet<QString> &linkedRows, const QSet<QString> &linkedColumns)
    {
        const QString border = hex(pal.rule);
        for (qsizetype first = 0; first < priorities.size(); first += MatrixColumnsPerTable) {
            const qsizetype last = std::min(priorities.size(), first + MatrixColumnsPerTable);
            html
                += QStringLiteral("<table width=\"99%\" border=\"0\" cellspacing=\"1\" cellpadding=\"2\" bgcolor=\"%1\""
                                  " style=\"font-family:'Liberation Sans',sans-serif; font-size:8pt;"
                                  " margin-bottom:12px\"><thead><tr bgcolor=\"#f0f0f0\">"
                                  "<th align=\"left\" style=\"padding:2px 4px\">%2</th>")
                       .arg(border, esc(tr("Finding")));
            for (qsizetype c = first; c < last; ++c) {
                const Segment *p = priorities[c];
                const bool gap = !linkedColumns.contains(p->id);
                html += QStringLiteral("<th width=\"5%\" align=\"center\"%1 style=\"padding:2px\">%2</th>")
                            .arg(gap ? QStringLiteral(" bgcolor=\"%1\"").arg(hex(pal.alertBackground)) : QString(),
                                segmentLinkLabel(p->id));
            }
            html += QStringLiteral("</tr></thead>");
            bool claimsStarted = false;
            for (const Segment *row : rowsOfSlice(rows, priorities, first, last, cell)) {
                if (!claimsStarted && isClaim(*row)) {
                    claimsStarted = true;
                    html += QStringLiteral(
                        "<tr bgcolor=\"#f0f0f0\"><td colspan=\"%1\" style=\"padding:2px 4px\"><i>%2</i>"
                        "</td></tr>")
                                .arg(QString::number(last - first + 1), esc(claimsHeading()));
                }
                const bool gap = !linkedRows.contains(row->id);
                const QString rowBg = gap ? QStringLiteral(" bgcolor=\"%1\"").arg(hex(pal.alertBackground)) : QString();
                html += QStringLiteral("<tr bgcolor=\"#ffffff\"><td%1 style=\"padding:2px 4px\">%2 %3</td>")
                            .arg(rowBg, segmentLinkLabel(row->id), esc(AnnotatedReportHtml::shortText(row->text, 70)));
                for (qsizetype c = first; c < last; ++c) {
                    const Segment *p = priorities[c];
                    const auto rowCells = cell.constFind(row->id);
                    if (rowCells != cell.cend() && rowCells->contains(p->id)) {
                        const LinkType t = rowCells->value(p->id);
                        html
                            += QStringLiteral("<td align=\"center\" style=\"font-family:'DejaVu Sans',sans-serif;"
                                              " font-size:10pt; color:%1\">%2</td>")
                                   .arg(hex(t == LinkType::Contradicts ? pal.alert : pal.colour(SegmentKind::Priority)),
                                       linkTypeMark(t));
                    } else {
                        html += QStringLiteral("<td%1></td>").arg(rowBg);
                    }
                }
                html += QStringLiteral("</tr>");
            }
            html += QStringLiteral("</table>");
        }
    }

    /// The matrix as monospaced lines, one paragraph per row: for print. A
    /// QTextDocument table with a cell per finding and priority lays out too
    /// slowly for reports with hundreds of findings; lines paginate cheaply.
    void compactMatrix(const QList<const Segment *> &rows, const QList<const Segment *> &priorities, const Cells &cell,
        const QSet<QString> &linkedRows, const QSet<QString> &linkedColumns)
    {
        qsizetype width = 3;
        for (const Segment *p : priorities)
            width = std::max(width, p->id.size());
        width += 1;
        auto padded = [width](const QString &text, const QString &markup) {
            const qsizetype left = (width - text.size()) / 2;
            return QStringLiteral("&nbsp;").repeated(left) + markup
                + QStringLiteral("&nbsp;").repeated(width - text.size() - left);
        };
        const QString lineStyle = QStringLiteral("font-family:'DejaVu Sans Mono',monospace; font-size:7.5pt;"
                                                 " margin-top:0px; margin-bottom:0px");
        for (qsizetype first = 0; first < priorities.size(); first += MatrixColumnsPerTable) {
            const qsizetype last = std::min(priorities.size(), first + MatrixColumnsPerTable);
            const QString slice = QStringLiteral("matrix-%1").arg(first);
            // The first slice's group began at the section heading.
            html += QStringLiteral("<p style=\"%1; margin-top:8px; background-color:#f0f0f0\">%2")
                        .arg(lineStyle, first == 0 ? QString() : groupAnchor(true, slice));
            for (qsizetype c = first; c < last; ++c) {
                const Segment *p = priorities[c];
                QString label = segmentLinkLabel(p->id);
                if (!linkedColumns.contains(p->id))
                    label = QStringLiteral("<span style=\"background-color:%1; color:%2\">%3</span>")
                                .arg(hex(pal.alertBackground), hex(pal.alert), label);
                html += padded(p->id, label);
            }
            html += QStringLiteral("&nbsp;<b style=\"font-family:'Liberation Sans',sans-serif\">%1</b></p>")
                        .arg(esc(tr("Finding")));
            int n = 0;
            bool claimsStarted = false;
            const QList<const Segment *> sliceRows = rowsOfSlice(rows, priorities, first, last, cell);
            for (const Segment *row : sliceRows) {
                if (!claimsStarted && isClaim(*row)) {
                    claimsStarted = true;
                    html += QStringLiteral("<p style=\"font-family:'Liberation Sans',sans-serif; font-size:8pt;"
                                           " font-style:italic; margin-top:4px; margin-bottom:0px;"
                                           " background-color:#f0f0f0\">%1</p>")
                                .arg(esc(claimsHeading()));
                }
                const bool gap = !linkedRows.contains(row->id);
                const QString background = gap ? hex(pal.alertBackground)
                                               : (n++ % 2 ? QStringLiteral("#f6f6f6") : QStringLiteral("#ffffff"));
                html
                    += QStringLiteral("<p style=\"%1; background-color:%2\">%3")
                           .arg(lineStyle, background, row == sliceRows.last() ? groupAnchor(false, slice) : QString());
                const auto rowCells = cell.constFind(row->id);
                for (qsizetype c = first; c < last; ++c) {
                    const Segment *p = priorities[c];
                    if (rowCells != cell.cend() && rowCells->contains(p->id)) {
                        const LinkType t = rowCells->value(p->id);
                        html += padded(QStringLiteral("x"),
                            QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span>")
                                .arg(hex(t == LinkType::Contradicts ? pal.alert : pal.colour(SegmentKind::Priority)),
                                    linkTypeMark(t)));
                    } else {
                        html += padded(QStringLiteral("x"),
                            QStringLiteral("<span style=\"color:%1\">\u00B7</span>").arg(hex(pal.rule)));
                    }
                }
                html
                    += QStringLiteral("&nbsp;<span style=\"font-family:'Liberation Sans',sans-serif; font-size:8pt\">%1"
                                      " %2</span></p>")
                           .arg(segmentLinkLabel(row->id), esc(AnnotatedReportHtml::shortText(row->text, 48)));
            }
        }
    }

    // ---- action plan ---------------------------------------------------------

    void plan()
    {
        html += sectionHeading(QStringLiteral("sec-plan"), tr("Action plan"), false, groupAnchor(true, u"plan"));
        QList<const Segment *> priorities;
        for (const Segment &s : r.segments) {
            if (s.kind == SegmentKind::Priority)
                priorities.append(&s);
        }
        const QList<const PlanItem *> loose = plansOf(QString());
        if (priorities.isEmpty() && loose.isEmpty()) {
            html += QStringLiteral("<p>%1<i>%2</i></p>")
                        .arg(groupAnchor(false, u"plan"), esc(tr("The report has no priorities for action.")));
            return;
        }
        // Borders are the table's background showing through one-pixel cell
        // spacing: every cell paints its own background, so none loses an edge.
        html += QStringLiteral("<table width=\"99%\" border=\"0\" cellspacing=\"1\" cellpadding=\"3\" bgcolor=\"%1\""
                               " style=\"font-family:'Liberation Sans',sans-serif; font-size:8.5pt\"><thead><tr"
                               " bgcolor=\"#f0f0f0\"><th align=\"left\" width=\"30%\">%2</th>"
                               "<th align=\"left\" width=\"22%\">%3</th><th align=\"left\">%4</th>"
                               "<th align=\"left\">%5</th><th align=\"left\">%6</th>"
                               "<th align=\"left\">%7</th></tr></thead>")
                    .arg(hex(pal.rule), esc(tr("Priority")), esc(tr("Action")), esc(tr("Owner")), esc(tr("Due")),
                        esc(tr("Status")), esc(tr("Evidence")));
        const QString white = QStringLiteral(" bgcolor=\"#ffffff\"");
        const QString alert = QStringLiteral(" bgcolor=\"%1\"").arg(hex(pal.alertBackground));
        int overdue = 0;
        auto actionRow = [&](const PlanItem &item) {
            const bool late = item.isOverdue(o.today);
            overdue += late ? 1 : 0;
            const QString action = item.action.trimmed().isEmpty()
                ? QStringLiteral("<span style=\"color:%1\">%2</span>")
                      .arg(hex(pal.muted),
                          esc(QCoreApplication::translate("AnnotatedReportHtml", "as the priority says")))
                : escMultiline(item.action);
            html += QStringLiteral("<td%1>%2</td><td%1>%3</td><td%4>%5</td><td%4 style=\"color:%6\">%7%8</td>"
                                   "<td%1>%9</td></tr>")
                        .arg(white, action,
                            item.owner.isEmpty() ? QStringLiteral("<i>%1</i>").arg(esc(tr("none"))) : esc(item.owner),
                            late ? alert : white, esc(dueText(item)), hex(statusColour(item)),
                            late ? QStringLiteral("\u26A0 ") : QString(), esc(statusText(item)),
                            item.evidence.trimmed().isEmpty() ? QStringLiteral("&nbsp;") : escMultiline(item.evidence));
        };
        int actions = 0;
        for (const Segment *p : priorities) {
            const QList<const PlanItem *> items = plansOf(p->id);
            html += QStringLiteral("<tr><td%1 rowspan=\"%2\">%3 %4</td>")
                        .arg(white, QString::number(std::max<qsizetype>(1, items.size())), segmentLinkLabel(p->id),
                            esc(AnnotatedReportHtml::shortText(p->text, 90)));
            if (items.isEmpty()) {
                html += QStringLiteral("<td colspan=\"5\"%1 style=\"color:%2\"><i>%3</i></td></tr>")
                            .arg(alert, hex(pal.alert), esc(tr("No plan entry")));
                continue;
            }
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (i > 0)
                    html += QStringLiteral("<tr>");
                actionRow(*items[i]);
                ++actions;
            }
        }
        for (const PlanItem *item : loose) {
            html += QStringLiteral("<tr><td%1><i>%2</i></td>")
                        .arg(white, esc(QCoreApplication::translate("AnnotatedReportHtml", "No priority")));
            actionRow(*item);
            ++actions;
        }
        html += QStringLiteral("</table>");
        html += QStringLiteral("<p style=\"font-size:9pt; color:%1\">%3%2</p>")
                    .arg(hex(overdue ? pal.alert : pal.muted),
                        esc(QCoreApplication::translate("AnnotatedReportHtml", "Actions overdue as of %1: %2 of %3.")
                                .arg(dates.toString(o.today, QStringLiteral("d MMMM yyyy")), QString::number(overdue),
                                    QString::number(actions))),
                        groupAnchor(false, u"plan"));
    }

    // ---- progress since the last inspection ----------------------------------

    void progress()
    {
        if (!hasProgress(o.progress))
            return;
        html += sectionHeading(ProgressSection::packAnchor(), ProgressSection::packTitle(), false);
        html += ProgressSection::body(*o.progress, print());
    }

    // ---- endnotes and appendix -----------------------------------------------

    void endnotes()
    {
        // Short parts follow on the same page: a page of their own would be mostly blank.
        html += sectionHeading(QStringLiteral("sec-notes"), tr("Notes"), false);
        if (orderedNotes.isEmpty()) {
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(esc(QCoreApplication::translate("AnnotatedReportHtml", "No notes on passages.")));
            return;
        }
        for (int i = 0; i < orderedNotes.size(); ++i) {
            const Note &n = *orderedNotes[i];
            QString where = esc(tr("on the whole report"));
            if (!n.segment.isEmpty())
                where = esc(tr("on %1"))
                            .arg(segmentLinkLabel(n.segment) + pageRef(AnnotatedReportHtml::segmentAnchor(n.segment)));
            html += QStringLiteral("<p style=\"margin-top:10px; margin-bottom:2px; font-family:'Liberation Sans',"
                                   "sans-serif; font-size:9pt\">%1<b>[%2]</b> %3</p>")
                        .arg(anchor(AnnotatedReportHtml::noteAnchor(i + 1)), QString::number(i + 1), where);
            html += QStringLiteral("<div style=\"margin-left:14px; font-size:10pt\">%1</div>").arg(noteHtml(n));
        }
    }

    void appendix()
    {
        html += sectionHeading(QStringLiteral("sec-appendix"), tr("Appendix: what the import changed"), false);
        html += QStringLiteral("<p style=\"font-size:10pt\">%1</p>")
                    .arg(esc(tr("The report text above is the cleaned text. These words were repaired and these"
                                " passages removed when the report was imported.")));
        html += QStringLiteral("<h2 style=\"font-family:'Liberation Sans',sans-serif; font-size:12pt\">%1</h2>")
                    .arg(esc(tr("Repaired words (%1)").arg(r.repairs.size())));
        const QString none = QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("None.")));
        if (r.repairs.isEmpty()) {
            html += none;
        } else {
            html += QStringLiteral("<table border=\"0\" cellspacing=\"1\" cellpadding=\"3\" bgcolor=\"%1\""
                                   " style=\"font-size:9pt\"><thead><tr bgcolor=\"#f0f0f0\">"
                                   "<th align=\"left\">%2</th><th align=\"left\">%3</th></tr></thead>")
                        .arg(hex(pal.rule), esc(tr("As imported")), esc(tr("Repaired")));
            for (const Repair &rep : r.repairs)
                html += QStringLiteral(
                    "<tr bgcolor=\"#ffffff\"><td style=\"font-family:'DejaVu Sans Mono',monospace\">%1</td>"
                    "<td style=\"font-family:'DejaVu Sans Mono',monospace\">%2</td></tr>")
                            .arg(esc(rep.before), esc(rep.after));
            html += QStringLiteral("</table>");
        }
        html += QStringLiteral("<h2 style=\"font-family:'Liberation Sans',sans-serif; font-size:12pt\">%1</h2>")
                    .arg(esc(tr("Removed text (%1)").arg(r.removed.size())));
        if (r.removed.isEmpty())
            html += none;
        for (const Removal &rem : r.removed)
            html += QStringLiteral(
                "<p style=\"font-size:9pt; margin-top:3px; margin-bottom:3px\"><span style=\"color:%1;"
                " font-family:'Liberation Sans',sans-serif\">[%2]</span> %3</p>")
                        .arg(hex(pal.muted), esc(removalReasonName(rem.reason)), escMultiline(rem.text));
    }
};

} // namespace

QString AnnotatedReportHtml::html(const AnnotatedReport &annotated, const Options &options)
{
    return Builder(annotated, options).build();
}

QList<AnnotatedReportHtml::Section> AnnotatedReportHtml::sections(
    const AnnotatedReport &annotated, const SeriesProgress *progress)
{
    const auto title = [](const char *text) { return QCoreApplication::translate("AnnotatedReportHtml", text); };
    QList<Section> parts {{QStringLiteral("sec-cover"), title(QT_TRANSLATE_NOOP("AnnotatedReportHtml", "Cover"))}};
    if (std::any_of(
            annotated.notes.cbegin(), annotated.notes.cend(), [](const Note &n) { return n.segment.isEmpty(); }))
        parts.append({QStringLiteral("sec-briefing"), briefingTitle()});
    parts += QList<Section> {
        {QStringLiteral("sec-report"), title(QT_TRANSLATE_NOOP("AnnotatedReportHtml", "The report"))},
        {QStringLiteral("sec-matrix"), title(QT_TRANSLATE_NOOP("AnnotatedReportHtml", "Traceability matrix"))},
        {QStringLiteral("sec-plan"), title(QT_TRANSLATE_NOOP("AnnotatedReportHtml", "Action plan"))},
    };
    if (hasProgress(progress))
        parts.append({ProgressSection::packAnchor(), ProgressSection::packTitle()});
    return parts
        + QList<Section> {
            {QStringLiteral("sec-notes"), title(QT_TRANSLATE_NOOP("AnnotatedReportHtml", "Notes"))},
            {QStringLiteral("sec-appendix"),
                title(QT_TRANSLATE_NOOP("AnnotatedReportHtml", "Appendix: what the import changed"))},
        };
}

QString AnnotatedReportHtml::segmentAnchor(QStringView segmentId)
{
    return QStringLiteral("seg-") + segmentId.toString();
}

QString AnnotatedReportHtml::groupStartAnchor(QStringView name)
{
    return QStringLiteral("group-") + name.toString();
}

QString AnnotatedReportHtml::groupEndAnchor(QStringView name)
{
    return QStringLiteral("groupend-") + name.toString();
}

QString AnnotatedReportHtml::segmentHeadAnchor(QStringView segmentId)
{
    return QStringLiteral("head-") + segmentId.toString();
}

QString AnnotatedReportHtml::segmentTailAnchor(QStringView segmentId)
{
    return QStringLiteral("tail-") + segmentId.toString();
}

QString AnnotatedReportHtml::briefingTitle()
{
    return QCoreApplication::translate("AnnotatedReportHtml", "Briefing");
}

QString AnnotatedReportHtml::pagePlaceholder(int digits)
{
    // No-break spaces: invisible, never collapsed by the HTML parser nor broken
    // across lines. "(p. N)" is about 6.4 + 2 per digit of them wide.
    return QString(7 + 2 * std::max(1, digits), QChar(QChar::Nbsp));
}

QString AnnotatedReportHtml::noteAnchor(int number)
{
    return QStringLiteral("note-%1").arg(number);
}

QString AnnotatedReportHtml::shortText(const QString &text, int length)
{
    const QString simple = text.simplified();
    if (simple.size() <= length)
        return simple;
    qsizetype cut = simple.lastIndexOf(QLatin1Char(' '), length);
    if (cut < length / 2)
        cut = length;
    return simple.left(cut) + QStringLiteral("\u2026");
}

} // namespace Scrutiny
