// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotations.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Scrutiny {

/// One row per segment: id, kind, side, speaker, tags, linked priorities,
/// notes, text. RFC 4180 (CRLF, fields quoted when needed, quotes doubled),
/// UTF-8 with a byte order mark so spreadsheet programs pick the encoding.
class CsvExporter
{
public:
    static QStringList header();
    static QByteArray toCsv(const AnnotatedReport &annotated);
    static bool exportTo(const AnnotatedReport &annotated, const QString &path, QString *error);
    /// Any rows written the same way (quoting, CRLF, BOM): other tables of a pack.
    static QByteArray toCsv(const QList<QStringList> &rows);

    /// Parses RFC 4180 text (a leading BOM is skipped) into rows of fields; for
    /// reading exports back. Returns false on an unterminated quoted field.
    static bool parse(const QByteArray &csv, QList<QStringList> *rows);
};

} // namespace Scrutiny
