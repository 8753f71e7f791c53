// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotations.h"
#include "model/CoverDetails.h"
#include "translation/Translation.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace Scrutiny {

struct SeriesProgress;

/// The annotated report as one HTML document: cover, the report text with its
/// tags, cross-links and note markers, the traceability matrix, the action
/// plan, the endnotes and the appendix of repairs and removed text.
///
/// The same markup feeds QTextDocument (PDF and print) and the standalone HTML
/// export, so it keeps to the HTML subset QTextDocument understands and puts
/// every style inline. Every piece of report or user text is escaped.
class AnnotatedReportHtml
{
public:
    enum class Target {
        Print, ///< for QTextDocument: page breaks, placeholders for page numbers
        Browser ///< a standalone file: no page numbers
    };

    struct Options
    {
        Target target = Target::Print;
        int pageDigits = 1; ///< Print: how many digits page numbers have
        QDate today = QDate::currentDate(); ///< decides what is overdue
        CoverDetails cover; ///< the meeting the pack is for
        QString language = Translation::languageTag(); ///< BCP 47 tag of the pack's language
        /// The report's series up to it (SeriesProgress::upTo): with an earlier
        /// report, a "Progress since the last inspection" section follows the
        /// action plan. Null: no such section. Must outlive html().
        const SeriesProgress *progress = nullptr;
    };

    /// A top-level part of the document, for outlines and the contents list.
    struct Section
    {
        QString anchor;
        QString title;
    };

    static QString html(const AnnotatedReport &annotated, const Options &options);
    /// `progress` as in Options: its section is listed when it has an earlier report.
    static QList<Section> sections(const AnnotatedReport &annotated, const SeriesProgress *progress = nullptr);

    /// The anchor a segment's label carries ("seg-F3"); links point at "#seg-F3".
    static QString segmentAnchor(QStringView segmentId);
    /// Names the line above a segment's text (label, kind, tags), which a printer
    /// keeps on the page of the text's first line.
    static QString segmentHeadAnchor(QStringView segmentId);
    /// Names the rule that closes a segment's box: a printer keeps the box's last
    /// text line, cross-links, plan and rule on one page.
    static QString segmentTailAnchor(QStringView segmentId);
    /// Name the first and the last line of a run of lines (a list after the
    /// matrix, a slice of the matrix) that a printer moves to the next page
    /// whole when it is short, and whose last line it never leaves alone at
    /// the top of a page.
    static QString groupStartAnchor(QStringView name);
    static QString groupEndAnchor(QStringView name);
    static QString noteAnchor(int number);
    /// The title of the section holding the notes on the whole report (page 2).
    static QString briefingTitle();
    /// What a page reference holds until the printer paints the page number over
    /// it: a run of no-break spaces inside a link to the referenced anchor.
    static QString pagePlaceholder(int digits);
    /// The segment's text cut at a word boundary to about `length` characters.
    static QString shortText(const QString &text, int length);
};

} // namespace Scrutiny
