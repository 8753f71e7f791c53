// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceBlock.h"

#include "model/ParsedReport.h"

namespace Scrutiny::Ingest {

/// Takes the article out of a saved web page: paragraphs, list items and
/// headings become blocks; scripts, styles, navigation, headers, footers,
/// forms and elements whose class or id names site furniture (cookie, share,
/// comment, related ...) are dropped. When the page marks its article
/// (<article>, <main>, articleBody) only that is read. Visible text dropped
/// this way is recorded as boilerplate.
class HtmlArticleReader
{
public:
    struct Result
    {
        QString title; ///< <h1> of the article, else <title> without the site suffix
        SourceBlocks blocks;
        QList<Removal> removed;
    };
    static Result read(const QString &html);

    /// "&amp;" -> "&", "&#8217;" -> "’" and the named entities news sites use.
    static QString decodeEntities(QStringView text);
};

} // namespace Scrutiny::Ingest
