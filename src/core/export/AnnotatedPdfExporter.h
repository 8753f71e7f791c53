// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotations.h"
#include "model/CoverDetails.h"
#include "translation/Translation.h"

#include <QByteArray>
#include <QDate>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;

namespace Scrutiny {

struct SeriesProgress;

/// Writes the annotated report as a PDF for a committee pack: cover, report
/// text, cross-links with page numbers, matrix, plan, endnotes, appendix;
/// clickable internal links and an outline by section.
class AnnotatedPdfExporter
{
public:
    struct Options
    {
        QPageSize pageSize = QPageSize(QPageSize::A4);
        QDate today = QDate::currentDate(); ///< decides what is overdue
        CoverDetails cover; ///< the meeting: on the cover and in the footer
        QString author; ///< the PDF's Author: the user preparing the pack
        QString language = Translation::languageTag(); ///< the catalog's /Lang
        /// The report's series up to it, for "Progress since the last inspection"
        /// (AnnotatedReportHtml::Options::progress); null: no such section.
        const SeriesProgress *progress = nullptr;
    };

    /// The PDF bytes, or empty with *error set.
    static QByteArray toPdf(const AnnotatedReport &annotated, const Options &options, QString *error);
    /// Writes the PDF to path (atomically: an old file survives a failure).
    static bool exportTo(const AnnotatedReport &annotated, const QString &path, const Options &options, QString *error);
    /// The margins every paged export and print uses.
    static void setUpPage(QPagedPaintDevice *device, const QPageSize &pageSize);
    /// "A4" / "Letter" (case-insensitive) -> page size; nullopt for anything else.
    static std::optional<QPageSize> pageSizeFromName(QStringView name);
};

} // namespace Scrutiny
