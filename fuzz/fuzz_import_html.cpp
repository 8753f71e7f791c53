// SPDX-License-Identifier: GPL-3.0-or-later
// The importer on untrusted HTML bytes (a saved web page): decode,
// read, clean, segment and suggest links. Format is sniffed from the content; the
// name "report.html" is the hint an import of such a file gives.
#include "FuzzApplication.h"
#include "ingest/ReportImporter.h"
#include "model/ReportJson.h"

using namespace Scrutiny;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::startApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    if (Fuzz::looksLikePdf(input))
        return -1; // not added to the corpus
    QString error;
    const auto report = ReportImporter::importBytes(input, QStringLiteral("report.html"), &error);
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
