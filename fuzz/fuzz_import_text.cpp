// SPDX-License-Identifier: GPL-3.0-or-later
// The importer on untrusted text bytes (any encoding): decode, read, clean, segment and
// suggest links. Format is sniffed from the content; the name "report.txt" is the
// hint an import of such a file gives.
#include "ImportTarget.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Scrutiny::Fuzz::startApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return Scrutiny::Fuzz::importOne(data, size, QStringLiteral("report.txt"));
}
