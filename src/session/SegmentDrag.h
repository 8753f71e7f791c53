// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QMimeData;

namespace Scrutiny {

/// What a dragged segment carries between views (structure panel, matrix,
/// reader): the document and the segment labels, under the MIME type
/// application/x-scrutiny-segment (JSON: {"document": 3, "segments": ["F1"]}).
/// A plain-text copy of the labels rides along for drops into text fields.
struct SegmentDrag
{
    static QString mimeType();

    qint64 documentId = 0;
    QStringList segments;

    /// A new QMimeData the caller (usually QDrag) owns.
    QMimeData *toMimeData() const;
    /// nullopt when the data has no segment payload or it is malformed.
    static std::optional<SegmentDrag> fromMimeData(const QMimeData *data);
};

} // namespace Scrutiny
