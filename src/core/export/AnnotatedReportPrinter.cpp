// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnnotatedReportPrinter.h"

#include "AnnotatedReportHtml.h"
#include "SegmentPalette.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>

namespace Scrutiny {

namespace {
constexpr int MaxLayoutPasses = 4;

QFont runningFont()
{
    QFont f(QStringLiteral("Liberation Sans"));
    f.setPointSizeF(8);
    return f;
}
} // namespace

struct AnnotatedReportPrinter::Private {
    const AnnotatedReport &annotated;
    QDate today;
    QTextDocument doc;
    QHash<QString, Destination> destinations;
    QRectF paintRect; ///< in device pixels, relative to the page
    double headerHeight = 0;
    double footerHeight = 0;
    double bodyHeight = 0;
    double pointsPerPixel = 1;
    double marginLeftPt = 0;
    double marginTopPt = 0;
    int pages = 0;

    Private(const AnnotatedReport &a, QDate d)
        : annotated(a)
        , today(d)
    {
    }

    /// Records the page and position of every named anchor; returns anchor -> page.
    QHash<QString, int> collectAnchors()
    {
        destinations.clear();
        QHash<QString, int> pagesOf;
        QAbstractTextDocumentLayout *layout = doc.documentLayout();
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            const QRectF blockRect = layout->blockBoundingRect(block);
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                const QStringList names = fragment.charFormat().anchorNames();
                if (names.isEmpty())
                    continue;
                double y = blockRect.top();
                double x = blockRect.left();
                if (QTextLayout *textLayout = block.layout()) {
                    const QTextLine line = textLayout->lineForTextPosition(fragment.position() - block.position());
                    if (line.isValid()) {
                        y += line.y();
                        x += line.cursorToX(fragment.position() - block.position());
                    }
                }
                // The layout rounds page tops to its fixed-point grid: allow a pixel.
                const int page = int(std::floor((y + 1) / bodyHeight)) + 1;
                const double yInPage = y - (page - 1) * bodyHeight;
                const QPointF pt(marginLeftPt + x * pointsPerPixel,
                                 marginTopPt + (headerHeight + yInPage) * pointsPerPixel);
                for (const QString &name : names) {
                    if (destinations.contains(name))
                        continue;
                    destinations.insert(name, Destination{page, pt});
                    pagesOf.insert(name, page);
                }
            }
        }
        return pagesOf;
    }

    void drawRunningText(QPainter &painter, int page)
    {
        const SegmentPalette &pal = SegmentPalette::light();
        const QFont font = runningFont();
        painter.setFont(font);
        const QFontMetricsF fm(font, painter.device());
        const double w = paintRect.width();
        painter.setPen(pal.muted);
        const QString title = annotated.report.title.isEmpty() ? annotated.fileName : annotated.report.title;
        if (page > 1) { // the cover has its own title
            const QRectF header(0, 0, w, fm.height());
            const QString right = QStringLiteral("Annotated by Scrutiny");
            const double rightWidth = fm.horizontalAdvance(right);
            painter.drawText(header, Qt::AlignLeft | Qt::AlignTop,
                             fm.elidedText(title, Qt::ElideRight, w - rightWidth - fm.height() * 2));
            painter.drawText(header, Qt::AlignRight | Qt::AlignTop, right);
            painter.setPen(QPen(pal.rule, 0));
            painter.drawLine(QPointF(0, fm.height() * 1.4), QPointF(w, fm.height() * 1.4));
            painter.setPen(pal.muted);
        }
        const QRectF footer(0, paintRect.height() - fm.height(), w, fm.height());
        painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom, QStringLiteral("Page %1 of %2").arg(page).arg(pages));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom,
                         fm.elidedText(annotated.fileName, Qt::ElideMiddle, w / 3));
    }
};

AnnotatedReportPrinter::AnnotatedReportPrinter(const AnnotatedReport &annotated, QDate today)
    : d(std::make_unique<Private>(annotated, today))
{
}

AnnotatedReportPrinter::~AnnotatedReportPrinter() = default;

int AnnotatedReportPrinter::layout(QPagedPaintDevice *device)
{
    const QPageLayout pageLayout = device->pageLayout();
    const int resolution = device->logicalDpiY();
    d->paintRect = QRectF(pageLayout.paintRectPixels(resolution));
    d->pointsPerPixel = 72.0 / resolution;
    const QRectF paintPt = pageLayout.paintRectPoints();
    d->marginLeftPt = paintPt.left();
    d->marginTopPt = paintPt.top();

    const QFontMetricsF fm(runningFont(), device);
    d->headerHeight = fm.height() * 3;
    d->footerHeight = fm.height() * 2.5;
    d->bodyHeight = d->paintRect.height() - d->headerHeight - d->footerHeight;

    // Fonts and lengths are measured at the device's resolution.
    d->doc.documentLayout()->setPaintDevice(device);
    d->doc.setDocumentMargin(0);
    QFont base(QStringLiteral("Liberation Serif"));
    base.setPointSizeF(11);
    d->doc.setDefaultFont(base);

    AnnotatedReportHtml::Options options;
    options.target = AnnotatedReportHtml::Target::Print;
    options.today = d->today;
    for (int pass = 0; pass < MaxLayoutPasses; ++pass) {
        d->doc.setHtml(AnnotatedReportHtml::html(d->annotated, options));
        d->doc.setPageSize(QSizeF(d->paintRect.width(), d->bodyHeight));
        const QHash<QString, int> pages = d->collectAnchors();
        d->pages = d->doc.pageCount();
        if (pages == options.pages)
            break;
        options.pages = pages;
    }
    return d->pages;
}

bool AnnotatedReportPrinter::paint(QPagedPaintDevice *device, QString *error)
{
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = QStringLiteral("cannot write to the output device");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, SegmentPalette::light().text);
    context.palette.setColor(QPalette::Link, SegmentPalette::light().colour(SegmentKind::Finding));
    const double w = d->paintRect.width();
    for (int page = 1; page <= d->pages; ++page) {
        if (page > 1 && !device->newPage()) {
            if (error)
                *error = QStringLiteral("cannot start page %1").arg(page);
            return false;
        }
        d->drawRunningText(painter, page);
        painter.save();
        painter.translate(0, d->headerHeight - (page - 1) * d->bodyHeight);
        const QRectF clip(0, (page - 1) * d->bodyHeight, w, d->bodyHeight);
        painter.setClipRect(clip);
        context.clip = clip;
        d->doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return painter.end();
}

int AnnotatedReportPrinter::pageCount() const
{
    return d->pages;
}

const QHash<QString, AnnotatedReportPrinter::Destination> &AnnotatedReportPrinter::destinations() const
{
    return d->destinations;
}

QTextDocument *AnnotatedReportPrinter::document() const
{
    return &d->doc;
}

} // namespace Scrutiny
