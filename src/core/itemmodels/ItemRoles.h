// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Scrutiny {

/// Item data roles shared by Scrutiny's item models, so views and delegates can
/// ask any model for the segment or document behind a row.
enum ItemRole {
    SegmentIdRole = Qt::UserRole + 1, ///< QString, "F3"
    SegmentKindRole, ///< int(SegmentKind)
    DocumentIdRole, ///< qint64
    SnippetHtmlRole, ///< QString: escaped text with matched words in <b> ... </b>
    CountRole, ///< int: number of segments under a group row
};

} // namespace Scrutiny
