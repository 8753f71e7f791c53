// SPDX-License-Identifier: GPL-3.0-or-later
// What the importer's fuzz targets share: one input through ReportImporter with
// a file name as format hint, and the checks every report must pass. The PDF
// target takes only inputs that start like a PDF, the others only the rest.
#pragma once

#include "FuzzApplication.h"
#include "ingest/ReportImporter.h"
#include "model/ReportJson.h"

namespace Scrutiny::Fuzz {

inline int importOne(const uint8_t *data, size_t size, const QString &nameHint, bool pdf = false)
{
    const QByteArray input = bytes(data, size);
    if (looksLikePdf(input) != pdf)
        return -1; // not added to the corpus
    QString error;
    const auto report = ReportImporter::importBytes(input, nameHint, &error);
    if (!report)
        return 0;
    // Every segment lies inside the text it was cut from, and `import --parsed`
    // reads back what `parse` writes.
    for (const Segment &segment : report->segments) {
        if (segment.start < 0 || segment.end < segment.start || segment.end > report->text.size()
            || segment.text != report->text.mid(segment.start, segment.end - segment.start))
            __builtin_trap();
    }
    ParsedReport back;
    if (!ReportJson::fromJson(ReportJson::toJson(*report), &back, &error) || back.segments != report->segments)
        __builtin_trap();
    return 0;
}

} // namespace Scrutiny::Fuzz
