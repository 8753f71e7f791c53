// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceBlock.h"

#include "model/ParsedReport.h"

#include <QByteArray>

#include <functional>
#include <optional>

namespace Scrutiny::Ingest {

/// Reads the text layer of a PDF with Poppler, page by page, into blocks that
/// know their page. Lines are grouped into paragraphs by the vertical gaps
/// between them; page numbers and running headers/footers are dropped and
/// recorded as boilerplate.
class PdfTextReader
{
public:
    struct Result
    {
        QString title; ///< the document's Title entry, when it has one
        SourceBlocks blocks;
        QList<Removal> removed;
    };
    /// nullopt with *problem set for a damaged, encrypted or text-less (scanned) PDF,
    /// or when `progress` returns false ("cancelled").
    static std::optional<Result> read(
        const QByteArray &bytes, QString *problem, const std::function<bool(int)> &progress = {});
};

} // namespace Scrutiny::Ingest
