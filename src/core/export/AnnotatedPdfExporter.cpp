// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnnotatedPdfExporter.h"

#include "AnnotatedReportHtml.h"
#include "AnnotatedReportPrinter.h"
#include "OutputFile.h"
#include "PdfOutline.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QSaveFile>

namespace Scrutiny {

namespace {
QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

/// Replaces Qt's XMP packet, which in Qt 6.8 cannot carry an author or a language.
QByteArray xmpMetadata(const QString &title, const AnnotatedPdfExporter::Options &options)
{
    QString xmp = QStringLiteral(
        "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
        "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n");
    xmp = xmp.arg(xmlEscaped(title));
    if (!options.author.isEmpty())
        xmp += QStringLiteral("<dc:creator><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq></dc:creator>\n")
                   .arg(xmlEscaped(options.author));
    if (!options.language.isEmpty())
        xmp += QStringLiteral("<dc:language><rdf:Bag><rdf:li>%1</rdf:li></rdf:Bag></dc:language>\n")
                   .arg(xmlEscaped(options.language));
    xmp += QStringLiteral("<xmp:CreatorTool>Scrutiny " SCRUTINY_VERSION "</xmp:CreatorTool>\n"
                          "</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>");
    return xmp.toUtf8();
}
} // namespace

void AnnotatedPdfExporter::setUpPage(QPagedPaintDevice *device, const QPageSize &pageSize)
{
    device->setPageLayout(
        QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(20, 16, 20, 14), QPageLayout::Millimeter));
}

std::optional<QPageSize> AnnotatedPdfExporter::pageSizeFromName(QStringView name)
{
    if (name.compare(QLatin1StringView("a4"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::A4);
    if (name.compare(QLatin1StringView("letter"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1StringView("us-letter"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::Letter);
    return std::nullopt;
}

QByteArray AnnotatedPdfExporter::toPdf(const AnnotatedReport &annotated, const Options &options, QString *error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    AnnotatedReportPrinter printer(annotated, options.today, options.cover);
    printer.setProgress(options.progress);
    const QString title = annotated.report.title.isEmpty() ? annotated.fileName : annotated.report.title;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Scrutiny " SCRUTINY_VERSION));
        writer.setDocumentXmpMetadata(xmpMetadata(title, options));
        setUpPage(&writer, options.pageSize);
        printer.layout(&writer);
        if (!printer.paint(&writer, error))
            return {};
    }
    // QPdfWriter has no outline API: add bookmarks by section (and, under the
    // report text, by finding and priority) pointing at Qt's named destinations.
    QList<PdfOutline::Entry> outline;
    for (const AnnotatedReportHtml::Section &section : AnnotatedReportHtml::sections(annotated, options.progress)) {
        if (!printer.destinations().contains(section.anchor))
            continue;
        PdfOutline::Entry entry {section.title, section.anchor, {}};
        if (section.anchor == QLatin1StringView("sec-report")) {
            for (const Segment &s : annotated.report.segments) {
                if (s.kind != SegmentKind::Finding && s.kind != SegmentKind::Priority && s.kind != SegmentKind::Heading)
                    continue;
                const QString anchor = AnnotatedReportHtml::segmentAnchor(s.id);
                if (printer.destinations().contains(anchor))
                    entry.children.append({s.kind == SegmentKind::Heading
                            ? AnnotatedReportHtml::shortText(s.text, 60)
                            : s.id + QStringLiteral(" — ") + AnnotatedReportHtml::shortText(s.text, 60),
                        anchor, {}});
            }
        }
        outline.append(entry);
    }
    QByteArray pdf = buffer.data();
    QString outlineError;
    // QPdfWriter writes no structure tree (no tagged PDF in Qt 6.8): the reading
    // order is the painting order, which pdftotext checks in the tests.
    // A PDF without bookmarks is still the report: warn, do not fail.
    if (!PdfOutline::add(&pdf, outline, &outlineError, {options.language, options.author}))
        qWarning("scrutiny: PDF outline not added: %s", qPrintable(outlineError));
    return pdf;
}

bool AnnotatedPdfExporter::exportTo(
    const AnnotatedReport &annotated, const QString &path, const Options &options, QString *error)
{
    const QByteArray pdf = toPdf(annotated, options, error);
    if (pdf.isEmpty())
        return false;
    QString reason;
    if (!OutputFile::write(path, pdf, &reason)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, reason);
        return false;
    }
    return true;
}

} // namespace Scrutiny
