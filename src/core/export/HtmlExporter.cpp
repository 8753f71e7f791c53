// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlExporter.h"

#include "AnnotatedReportHtml.h"

#include <QSaveFile>

namespace Scrutiny {

QString HtmlExporter::toHtml(const AnnotatedReport &annotated, QDate today)
{
    AnnotatedReportHtml::Options options;
    options.target = AnnotatedReportHtml::Target::Browser;
    options.today = today;
    return QStringLiteral("<!DOCTYPE html>\n") + AnnotatedReportHtml::html(annotated, options);
}

bool HtmlExporter::exportTo(const AnnotatedReport &annotated, const QString &path, QString *error, QDate today)
{
    const QByteArray bytes = toHtml(annotated, today).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Scrutiny
