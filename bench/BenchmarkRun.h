// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every benchmark main() does once its Qt application object exists.

#include <benchmark/benchmark.h>

namespace Scrutiny::Bench {

/// Runs the benchmarks the command line selects; 1 for an unknown argument.
inline int runBenchmarks(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

} // namespace Scrutiny::Bench
