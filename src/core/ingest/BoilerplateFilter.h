// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceBlock.h"

#include "model/ParsedReport.h"

namespace Scrutiny::Ingest {

/// Removes web and page furniture by its shape and position rather than by
/// known sentences: notices about the site itself (browser, cookies, sign-in,
/// terms, comment widgets, sharing), short imperative links ("Learn more",
/// "Have your say"), bylines and bare dates, found in the chrome before the
/// first and after the last real paragraph; and one- to three-word site
/// furniture ("Comment", "Share") anywhere.
class BoilerplateFilter
{
public:
    /// Removes the furniture from `blocks` and appends what went to `removed`.
    static void apply(SourceBlocks &blocks, QList<Removal> &removed);

    /// The block's text speaks about the web site rather than the report.
    static bool isSiteFurniture(QStringView text);
    /// A short link-like line starting with a site verb ("Learn more", "Read more").
    static bool isSiteLink(QStringView text);
    /// A share/print/comment button's label on its own line: furniture anywhere.
    static bool isWidgetLabel(QStringView text);
    /// "By Alex Dobson", "Date: 20/09/2023", "Posted 17 July 2002", "Jane Smith 06 April 2016",
    /// "Rhys Morgan Health correspondent".
    static bool isBylineOrDate(QStringView text);
    /// A photo caption or credit ("... Photo: Staff photographer", "Picture: ..."): furniture anywhere.
    static bool isCaption(QStringView text);
    /// The heading of a contents page ("Contents", "Table of contents").
    static bool isContentsHeading(QStringView text);
    /// A line of a contents page: a short title ending in its page number ("3. Findings ..... 12").
    static bool isContentsEntry(QStringView text);
};

} // namespace Scrutiny::Ingest
