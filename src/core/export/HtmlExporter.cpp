// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlExporter.h"

#include "AnnotatedReportHtml.h"
#include "OutputFile.h"

#include <QSaveFile>

namespace Scrutiny {

QString HtmlExporter::toHtml(
    const AnnotatedReport &annotated, QDate today, const CoverDetails &cover, const SeriesProgress *progress)
{
    AnnotatedReportHtml::Options options;
    options.target = AnnotatedReportHtml::Target::Browser;
    options.today = today;
    options.cover = cover;
    options.progress = progress;
    return QStringLiteral("<!DOCTYPE html>\n") + AnnotatedReportHtml::html(annotated, options);
}

bool HtmlExporter::exportTo(const AnnotatedReport &annotated, const QString &path, QString *error, QDate today,
    const CoverDetails &cover, const SeriesProgress *progress)
{
    const QByteArray bytes = toHtml(annotated, today, cover, progress).toUtf8();
    QString reason;
    if (!OutputFile::write(path, bytes, &reason)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, reason);
        return false;
    }
    return true;
}

} // namespace Scrutiny
