// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceBlock.h"

namespace Scrutiny::Ingest {

/// Splits plain text into paragraphs, list items and headings. Lines that were
/// hard-wrapped inside a sentence are joined back into their paragraph; a blank
/// line, a list marker or a line that ends a sentence (in text that is not
/// wrapped) starts a new block.
class PlainTextReader
{
public:
    struct Page
    {
        int number = 0; ///< 0 for sources without pages
        QString text;
    };
    /// Pages are read with one set of wrapping statistics, so a PDF's lines are
    /// judged the same way on every page.
    static SourceBlocks read(const QList<Page> &pages);
    static SourceBlocks read(const QString &text) { return read(QList<Page> {Page {0, text}}); }
};

} // namespace Scrutiny::Ingest
