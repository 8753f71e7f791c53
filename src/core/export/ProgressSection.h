// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "series/SeriesProgress.h"

#include <QByteArray>
#include <QList>
#include <QPageSize>
#include <QString>
#include <QStringList>

namespace Scrutiny {

/// "Progress against priorities" for a committee pack: what became of each
/// priority of a series' first report after every later report (a table with
/// symbol and word in each cell, so colour is never the only signal), where the
/// action plan disagrees with the inspections, and the repeat findings with
/// both quotes. One HTML fragment for the annotated PDF, print and HTML export
/// (QTextDocument's subset, inline styles, every text escaped), and the same
/// data as CSV rows.
class ProgressSection
{
public:
    /// The section's anchor in the pack ("progress").
    static QString anchor();
    static QString title();
    /// A <h1> and the section's content; empty when the series has no later report.
    static QString html(const SeriesProgress &progress);
    /// The content without its <h1>, for a document that sets its own headings
    /// (the annotated pack); empty when the series has no later report. For
    /// print, `keepTogether` names the table, the disagreements and the repeat
    /// findings as groups (AnnotatedReportHtml::groupStartAnchor) that the
    /// printer moves to the next page whole, headings with them, when short.
    static QString body(const SeriesProgress &progress, bool keepTogether = false);
    /// The section's anchor and title in the annotated pack of a later report.
    static QString packAnchor();
    static QString packTitle();
    /// Header plus one row per priority and later report, then one per repeat finding.
    static QList<QStringList> csvRows(const SeriesProgress &progress);
    static QByteArray toCsv(const SeriesProgress &progress);
    /// The section alone as a PDF (the pack's page set-up), for a series' own
    /// report or for checking how it prints; empty with *error on failure.
    static QByteArray toPdf(const SeriesProgress &progress, const QPageSize &pageSize, QString *error);
    /// A symbol for each status that reads without colour: ✓ met, ◐ progress, ✗ not met, ↻ repeat, – n/a, ? unknown.
    static QString symbol(std::optional<ProgressType> type);
};

} // namespace Scrutiny
