// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ParsedReport.h"

namespace Scrutiny::Ingest {

/// Reads the joint-review verdict wherever the report states it, in any word
/// order or tense: "serving some people well ... uncertain prospects for
/// improvement", "prospects for improvement are 'promising'", "not serving
/// people well".
///
/// Emitted strings: `serving` is "all people well", "most people well", "some
/// people well" or "not people well" (the judgement scale's four points, named
/// by the words after "serving"); `prospects` is the adjective in lower case:
/// "excellent", "promising", "uncertain" or "poor" (also "good", "bleak" when a
/// report uses them).
class JudgementReader
{
public:
    static Judgement read(QStringView text);
};

} // namespace Scrutiny::Ingest
