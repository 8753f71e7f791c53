// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotations.h"
#include "model/CoverDetails.h"

#include <QDate>
#include <QHash>
#include <QPointF>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace Scrutiny {

struct SeriesProgress;

/// Lays the annotated report out for a paged device (a QPdfWriter, a QPrinter)
/// and paints it there with a running header and footer. Cross-references
/// carry page numbers: the markup holds fixed-width placeholders (linked to
/// their target), and painting writes each target's page over its placeholder,
/// so one layout pass is enough.
class AnnotatedReportPrinter
{
public:
    /// Where an anchor landed: 1-based page and position from the top-left of
    /// that page in points (1/72 inch), for PDF destinations.
    struct Destination
    {
        int page = 0;
        QPointF position;
    };

    explicit AnnotatedReportPrinter(
        const AnnotatedReport &annotated, QDate today = QDate::currentDate(), const CoverDetails &cover = {});
    ~AnnotatedReportPrinter();

    /// The series up to this report, for the pack's progress section (see
    /// AnnotatedReportHtml::Options::progress); null (the default): none. Before layout().
    void setProgress(const SeriesProgress *progress);

    /// Lays out for the device's page layout; returns the page count.
    int layout(QPagedPaintDevice *device);
    /// Paints every page (layout() first, with the same device).
    bool paint(QPagedPaintDevice *device, QString *error);

    int pageCount() const;
    /// Every named anchor of the document (segments, notes, sections).
    const QHash<QString, Destination> &destinations() const;
    /// The laid-out document, e.g. for a print preview of the same content.
    QTextDocument *document() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Scrutiny
