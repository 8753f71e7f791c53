// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Scrutiny {

/// Poppler saves the highlight and note annotations it is given without
/// appearance streams (/AP) and without /Popup annotations, so viewers that
/// draw only appearances (pdf.js, Preview) show nothing. This adds both as one
/// more incremental update (ISO 32000-1, 7.5.6) to every highlight and text
/// annotation written in the revision that starts at byte `revisionStart`
/// (Poppler's update of the original; 0: the whole file): a highlight's quads
/// filled in its colour and opacity (multiply blend), a note's icon, and a
/// closed pop-up for each, listed in its page's /Annots.
namespace PdfAnnotationAppearances {

/// Returns false with *error and leaves *pdf alone when the file's layout is
/// not one it can update safely (no trailer, an annotation's page missing from
/// the revision, an unexpected /Annots).
bool add(QByteArray *pdf, qsizetype revisionStart, QString *error);

} // namespace PdfAnnotationAppearances
} // namespace Scrutiny
