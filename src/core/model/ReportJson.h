// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Annotations.h"
#include "ParsedReport.h"

#include <QJsonObject>

class QIODevice;

namespace Scrutiny {

/// The parse contract of `scrutiny-cli parse`: ParsedReport <-> JSON, with
/// offsets in Unicode code points (ParsedReport counts UTF-16 units).
namespace ReportJson {

QJsonObject toJson(const ParsedReport &report);

/// Writes QJsonDocument(toJson(report)).toJson(Indented) to `out`, the same
/// bytes, one segment at a time: a report of a million paragraphs is not held
/// as a JSON tree and a byte array besides. False when a write fails.
bool write(const ParsedReport &report, QIODevice *out);

/// Reads what toJson wrote. Returns false and sets *error when the object does
/// not follow the contract.
bool fromJson(const QJsonObject &object, ParsedReport *report, QString *error);

/// The contract extended with the user's annotations (`export json`).
QJsonObject toJson(const AnnotatedReport &annotated);

/// Offsets: UTF-16 unit index <-> code point index within text.
qsizetype toCodePoints(const QString &text, qsizetype utf16Offset);
qsizetype fromCodePoints(const QString &text, qsizetype codePointOffset);

} // namespace ReportJson
} // namespace Scrutiny
