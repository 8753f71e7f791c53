// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ParsedReport.h"

#include <QHash>
#include <QString>

namespace Scrutiny::StoredRatings {

/// A report's ratings as documents.ratings holds them: a JSON array of {aspect, grade, scale,
/// segment}, the segment by its row id (labels change when a segment's kind does; row ids do not).
QString toJson(const QList<Rating> &ratings, const QHash<QString, qint64> &rowOfLabel);

/// The reverse: `labelOfRow` names each row's segment as the report now labels it (empty = none,
/// as for every rating when only the grades are wanted).
QList<Rating> fromJson(const QString &json, const QHash<qint64, QString> &labelOfRow = {});

} // namespace Scrutiny::StoredRatings
