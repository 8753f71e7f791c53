// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Scrutiny::Ingest {

/// A paragraph, list item or heading as the source laid it out, before it is
/// classified. Every reader (text, HTML, PDF) produces these, so cleaning and
/// segmentation do not care where a report came from.
struct SourceBlock
{
    enum class Shape { Paragraph, ListItem, Heading };

    QString text; ///< whitespace folded, NFC, without the list marker
    Shape shape = Shape::Paragraph;
    QString marker; ///< "1." for numbered items; empty for bullets and paragraphs
    int page = 0; ///< 1-based page of the first character for PDF input, else 0
    bool endsPage = false; ///< the last block of its page (a paragraph may continue on the next)
    bool pageFurniture = false; ///< a page number or running header the reader recognised

    /// Word repairs inside this block (offsets into `text`), see WordRepairer.
    struct Change
    {
        QString before;
        QString after;
        qsizetype offset = 0;
    };
    QList<Change> changes;
};

using SourceBlocks = QList<SourceBlock>;

} // namespace Scrutiny::Ingest
