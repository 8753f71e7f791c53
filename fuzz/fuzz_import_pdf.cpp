// SPDX-License-Identifier: GPL-3.0-or-later
// The importer on untrusted PDF bytes: Poppler's parser, our text-layer reader
// (lines, pages, running headers, hyphenation), then cleaning, segmenting and
// the checks every report must pass. "report.pdf" is the hint an import gives.
#include "ImportTarget.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Scrutiny::Fuzz::startApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return Scrutiny::Fuzz::importOne(data, size, QStringLiteral("report.pdf"), true);
}
