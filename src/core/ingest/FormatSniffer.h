// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ParsedReport.h"

#include <QByteArray>
#include <QString>

namespace Scrutiny::Ingest {

/// Tells a PDF, a saved web page and plain text apart by their content; the
/// file name only breaks a tie (a .html file whose markup we cannot see early).
ParsedReport::Format sniffFormat(const QByteArray &bytes, const QString &nameHint);

/// The same for text already decoded (HTML saved as UTF-16 or Windows-1252).
bool looksLikeHtml(QStringView text);

} // namespace Scrutiny::Ingest
