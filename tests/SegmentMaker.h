// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the tests that build a report by hand, a segment at a time.

#include "model/ParsedReport.h"

namespace Scrutiny::Testing {

/// A segment with only what the classifier decided: id, kind, text and side.
inline Segment segment(const QString &id, SegmentKind kind, const QString &text, Side side = Side::Review)
{
    Segment s;
    s.id = id;
    s.kind = kind;
    s.text = text;
    s.side = side;
    return s;
}

} // namespace Scrutiny::Testing
