// SPDX-License-Identifier: GPL-3.0-or-later
// A REFI-QDA project from another program (.qdpx zip or bare project.qde XML):
// QdpxProject::read and the mapping back onto Scrutiny's model.
#include "FuzzApplication.h"
#include "export/QdpxProject.h"

using namespace Scrutiny;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::startApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto project = QdpxProject::read(Fuzz::bytes(data, size), &error);
    if (!project)
        return 0;
    if (const auto annotated = project->toAnnotatedReport(&error)) {
        for (const Segment &segment : annotated->report.segments) {
            if (segment.start < 0 || segment.end < segment.start || segment.end > annotated->report.text.size())
                __builtin_trap();
        }
    }
    return 0;
}
