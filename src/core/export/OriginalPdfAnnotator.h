// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotations.h"

#include <QByteArray>
#include <QString>

namespace Scrutiny {

/// For a report imported from a PDF: a copy of the user's original PDF with
/// real highlight annotations over each segment's text (coloured by its first
/// tag, else by its kind) and a note annotation in the margin carrying the
/// segment's label, tags, links, plan and notes (as plain text), plus one on
/// page 1 with the whole-report note and the action plan. Uses
/// Poppler's annotation API and saves with PDFConverter::WithChanges.
///
/// Segments are found by their letters, not their spacing: the page's words
/// and the segment's text are compared as runs of letters and digits, so line
/// breaks, hyphenation and words the importer repaired do not stop a match.
class OriginalPdfAnnotator
{
public:
    struct Result
    {
        QByteArray pdf;
        int highlighted = 0; ///< segments found and highlighted
        QStringList notFound; ///< segment ids whose text is not in the PDF
    };

    /// author: the annotations' author (the user exporting); empty: "Scrutiny".
    static std::optional<Result> annotate(
        const QByteArray &originalPdf, const AnnotatedReport &annotated, QString *error, const QString &author = {});
    static bool exportTo(const QByteArray &originalPdf, const AnnotatedReport &annotated, const QString &path,
        QString *error, Result *result = nullptr, const QString &author = {});

    /// The text of the pop-up note for a segment: label, kind, tags, links, notes.
    static QString popupText(const AnnotatedReport &annotated, const Segment &segment);
    /// A priority's plan entry in one line: owner, due date, status (evidence).
    static QString planLine(const AnnotatedReport &annotated, const QString &priority);
    /// The note on page 1: the notes on the whole report, then the action plan.
    static QString briefingText(const AnnotatedReport &annotated);
};

} // namespace Scrutiny
