// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/SegmentDrag.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace Scrutiny {

QString SegmentDrag::mimeType()
{
    return QStringLiteral("application/x-scrutiny-segment");
}

QMimeData *SegmentDrag::toMimeData() const
{
    auto *data = new QMimeData;
    QJsonObject object;
    object.insert(QStringLiteral("document"), documentId);
    object.insert(QStringLiteral("segments"), QJsonArray::fromStringList(segments));
    data->setData(mimeType(), QJsonDocument(object).toJson(QJsonDocument::Compact));
    data->setText(segments.join(QLatin1Char(' ')));
    return data;
}

std::optional<SegmentDrag> SegmentDrag::fromMimeData(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(data->data(mimeType()), &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject())
        return std::nullopt;
    const QJsonObject object = json.object();
    SegmentDrag drag;
    drag.documentId = object.value(QStringLiteral("document")).toInteger();
    for (const QJsonValue &value : object.value(QStringLiteral("segments")).toArray()) {
        if (value.isString() && !value.toString().isEmpty())
            drag.segments.append(value.toString());
    }
    if (drag.documentId <= 0 || drag.segments.isEmpty())
        return std::nullopt;
    return drag;
}

} // namespace Scrutiny
