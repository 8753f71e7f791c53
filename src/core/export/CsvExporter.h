// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotations.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Scrutiny {

/// One row per segment: the document's id and title, the segment's id, kind,
/// side, speaker, tags, the priorities it links to, what supports it (on
/// priority rows), the notes of its links, its notes, its plan entry (owner,
/// due, status, evidence on priority rows) and its text. RFC 4180 (CRLF, fields quoted when needed, quotes doubled),
/// UTF-8 with a byte order mark so spreadsheet programs pick the encoding.
class CsvExporter
{
public:
    static QStringList header();
    /// The index of a header name ("text"), or -1.
    static int column(QStringView name);
    static QByteArray toCsv(const AnnotatedReport &annotated);
    static bool exportTo(const AnnotatedReport &annotated, const QString &path, QString *error);
    /// Any table (first row the header) in the same dialect, with the byte order mark.
    static QByteArray toCsv(const QList<QStringList> &rows);
    static bool write(const QByteArray &csv, const QString &path, QString *error);

    /// Parses RFC 4180 text (a leading BOM is skipped) into rows of fields; for
    /// reading exports back. Returns false on an unterminated quoted field.
    static bool parse(const QByteArray &csv, QList<QStringList> *rows);
};

} // namespace Scrutiny
