// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Scrutiny::Ingest {

/// One paragraph's text as the rest of ingestion expects it: Unicode NFC,
/// runs of white space (including no-break spaces and line breaks) folded to
/// one space, soft hyphens and zero-width characters dropped, trimmed.
/// Typographic quotes and dashes are kept as they are.
QString normaliseParagraph(QStringView text);

/// True for characters that end a sentence or a clause a paragraph may end on
/// (".", "!", "?", ":", ";" and a closing quote or bracket after one of them).
bool endsSentence(QStringView text);

/// The list marker at the start of a line ("*", "•", "-", "1.", "(a)"), or an
/// empty view when the line does not start with one. `*markerLength` gets the
/// length including the following spaces.
QStringView listMarker(QStringView line, qsizetype *markerLength);

} // namespace Scrutiny::Ingest
