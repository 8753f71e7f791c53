// SPDX-License-Identifier: GPL-3.0-or-later
// The document formats of `scrutiny-cli export`: pdf (annotated; with
// --annotate-original the user's own PDF with highlights), html, csv, qdpx.
#include "CliCommand.h"
#include "ExportFormat.h"

#include "export/AnnotatedPdfExporter.h"
#include "export/CsvExporter.h"
#include "export/HtmlExporter.h"
#include "export/OriginalPdfAnnotator.h"
#include "export/QdpxProject.h"
#include "series/SeriesProgress.h"

namespace Scrutiny::Cli {

namespace {

/// The translation context of these commands' messages.
struct DocumentExportFormats
{
    Q_DECLARE_TR_FUNCTIONS(DocumentExportFormats)
};

bool needsFile(const ExportOptions &options, const QString &format, QString *error)
{
    if (!options.output.isEmpty() && options.output != QLatin1StringView("-"))
        return true;
    *error = DocumentExportFormats::tr("%1 export needs a file: add -o FILE").arg(format);
    return false;
}

int writePdf(ProjectStore &store, const AnnotatedReport &report, const ExportOptions &options)
{
    QString error;
    if (options.annotateOriginal && !options.pageSize.isEmpty())
        return fail(DocumentExportFormats::tr(
                        "--page-size does not apply to --annotate-original: the original keeps its own pages"),
            2);
    if (options.annotateOriginal) {
        if (report.report.format != ParsedReport::Format::Pdf)
            return fail(DocumentExportFormats::tr("--annotate-original needs a document imported from a PDF; %1 is %2")
                            .arg(report.fileName, toString(report.report.format)),
                2);
        OriginalPdfAnnotator::Result result;
        const auto annotated
            = OriginalPdfAnnotator::annotate(store.originalBytes(report.documentId), report, &error, store.author());
        if (!annotated)
            return fail(QStringLiteral("%1: %2").arg(report.fileName, error));
        if (!writeOutput(options.output, annotated->pdf, &error))
            return fail(error);
        if (!annotated->notFound.isEmpty())
            fail(DocumentExportFormats::tr("warning: %n segment(s) not found in the original PDF: %1", nullptr,
                     int(annotated->notFound.size()))
                     .arg(annotated->notFound.join(QStringLiteral(", "))),
                0);
        return 0;
    }
    AnnotatedPdfExporter::Options pdfOptions;
    pdfOptions.cover = store.coverFields();
    pdfOptions.author = store.author();
    // A later report of a series: the pack says what became of the earlier priorities.
    const std::optional<SeriesProgress> progress = SeriesProgress::upTo(store, report.documentId);
    pdfOptions.progress = progress ? &*progress : nullptr;
    if (!options.pageSize.isEmpty()) {
        const auto size = AnnotatedPdfExporter::pageSizeFromName(options.pageSize);
        if (!size)
            return fail(
                DocumentExportFormats::tr("unknown page size \"%1\"; use A4 or Letter").arg(options.pageSize), 2);
        pdfOptions.pageSize = *size;
    }
    const QByteArray pdf = AnnotatedPdfExporter::toPdf(report, pdfOptions, &error);
    if (pdf.isEmpty())
        return fail(error);
    if (!writeOutput(options.output, pdf, &error))
        return fail(error);
    return 0;
}

const ExportFormat::Registration pdf(ExportFormat {QStringLiteral("pdf"),
    QT_TRANSLATE_NOOP("ExportFormat",
        "Annotated PDF for a committee pack (--page-size A4|Letter); with --annotate-original, the"
        " original PDF with highlights and notes"),
    writePdf});

const ExportFormat::Registration html(ExportFormat {QStringLiteral("html"),
    QT_TRANSLATE_NOOP("ExportFormat", "One self-contained HTML file, the same content as the PDF"),
    [](ProjectStore &store, const AnnotatedReport &report, const ExportOptions &options) {
        QString error;
        const std::optional<SeriesProgress> progress = SeriesProgress::upTo(store, report.documentId);
        const QString page
            = HtmlExporter::toHtml(report, QDate::currentDate(), store.coverFields(), progress ? &*progress : nullptr);
        if (!writeOutput(options.output, page.toUtf8(), &error))
            return fail(error);
        return 0;
    }});

const ExportFormat::Registration csv(ExportFormat {QStringLiteral("csv"),
    QT_TRANSLATE_NOOP("ExportFormat", "One row per segment (UTF-8 with BOM, RFC 4180)"),
    [](ProjectStore &, const AnnotatedReport &report, const ExportOptions &options) {
        QString error;
        if (!writeOutput(options.output, CsvExporter::toCsv(report), &error))
            return fail(error);
        return 0;
    }});

const ExportFormat::Registration qdpx(ExportFormat {QStringLiteral("qdpx"),
    QT_TRANSLATE_NOOP("ExportFormat", "REFI-QDA project for ATLAS.ti, NVivo, MAXQDA, QualCoder"),
    [](ProjectStore &store, const AnnotatedReport &report, const ExportOptions &options) {
        QString error;
        if (!needsFile(options, QStringLiteral("qdpx"), &error))
            return fail(error, 2);
        if (!writeOutput(
                options.output, QdpxProject::write(report, QDateTime::currentDateTimeUtc(), store.author()), &error))
            return fail(error);
        return 0;
    }});

} // namespace
} // namespace Scrutiny::Cli
