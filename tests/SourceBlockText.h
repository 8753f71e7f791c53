// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the reader tests: source blocks as short strings a table row can hold.

#include "ingest/SourceBlock.h"

#include <QStringList>

namespace Scrutiny::Testing {

/// "P:text" for paragraphs, "L:text" for list items ("L1.:text" numbered), "H:text" for headings.
inline QStringList describe(const Ingest::SourceBlocks &blocks)
{
    QStringList out;
    for (const Ingest::SourceBlock &b : blocks) {
        const QString shape = b.shape == Ingest::SourceBlock::Shape::ListItem ? QStringLiteral("L") + b.marker
            : b.shape == Ingest::SourceBlock::Shape::Heading                  ? QStringLiteral("H")
                                                                              : QStringLiteral("P");
        out << shape + u':' + b.text;
    }
    return out;
}

} // namespace Scrutiny::Testing
