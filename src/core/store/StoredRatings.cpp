// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoredRatings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Scrutiny::StoredRatings {

QString toJson(const QList<Rating> &ratings, const QHash<QString, qint64> &rowOfLabel)
{
    QJsonArray array;
    for (const Rating &r : ratings) {
        QJsonObject o {{QStringLiteral("aspect"), r.aspect}, {QStringLiteral("grade"), r.grade},
            {QStringLiteral("scale"), r.scale}};
        o.insert(QStringLiteral("segment"),
            rowOfLabel.contains(r.segmentId) ? QJsonValue(rowOfLabel.value(r.segmentId)) : QJsonValue());
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Rating> fromJson(const QString &json, const QHash<qint64, QString> &labelOfRow)
{
    QList<Rating> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        const QJsonValue row = o.value(QStringLiteral("segment"));
        out.append(Rating {o.value(QStringLiteral("aspect")).toString(), o.value(QStringLiteral("grade")).toString(),
            o.value(QStringLiteral("scale")).toString(),
            row.isDouble() ? labelOfRow.value(row.toInteger()) : QString()});
    }
    return out;
}

} // namespace Scrutiny::StoredRatings
