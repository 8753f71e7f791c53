// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotations.h"
#include "model/CoverDetails.h"

#include <QDate>
#include <QString>

namespace Scrutiny {

struct SeriesProgress;

/// The annotated report as one self-contained HTML file (styles inline, no
/// external resources), with the same content as the PDF.
class HtmlExporter
{
public:
    /// `progress`: the report's series up to it, for "Progress since the last
    /// inspection" (AnnotatedReportHtml::Options::progress); null: no such section.
    static QString toHtml(const AnnotatedReport &annotated, QDate today = QDate::currentDate(),
        const CoverDetails &cover = {}, const SeriesProgress *progress = nullptr);
    static bool exportTo(const AnnotatedReport &annotated, const QString &path, QString *error,
        QDate today = QDate::currentDate(), const CoverDetails &cover = {}, const SeriesProgress *progress = nullptr);
};

} // namespace Scrutiny
