// SPDX-License-Identifier: GPL-3.0-or-later
// `scrutiny-cli export progress-pdf|progress-csv DOC`: progress against the
// priorities of report DOC through the later reports of its series, as the
// committee pack's section on its own (PDF) or as CSV.
#include "CliCommand.h"
#include "ExportFormat.h"

#include "export/AnnotatedPdfExporter.h"
#include "export/ProgressSection.h"
#include "series/SeriesProgress.h"

namespace Scrutiny::Cli {

namespace {

/// The translation context of these commands' messages.
struct ProgressExportFormats
{
    Q_DECLARE_TR_FUNCTIONS(ProgressExportFormats)
};

int writeProgress(ProjectStore &store, const AnnotatedReport &report, const ExportOptions &options, bool pdf)
{
    QString error;
    const auto progress = SeriesProgress::read(store, report.documentId, &error);
    if (!progress)
        return fail(error);
    QByteArray bytes;
    if (pdf) {
        if (options.output.isEmpty() || options.output == QLatin1StringView("-"))
            return fail(ProgressExportFormats::tr("progress-pdf export needs a file: add -o FILE"), 2);
        QPageSize size(QPageSize::A4);
        if (!options.pageSize.isEmpty()) {
            const auto named = AnnotatedPdfExporter::pageSizeFromName(options.pageSize);
            if (!named)
                return fail(
                    ProgressExportFormats::tr("unknown page size \"%1\"; use A4 or Letter").arg(options.pageSize), 2);
            size = *named;
        }
        bytes = ProgressSection::toPdf(*progress, size, &error);
        if (bytes.isEmpty())
            return fail(error);
    } else {
        bytes = ProgressSection::toCsv(*progress);
    }
    if (!writeOutput(options.output, bytes, &error))
        return fail(error);
    return 0;
}

const ExportFormat::Registration progressPdf(ExportFormat {QStringLiteral("progress-pdf"),
    QT_TRANSLATE_NOOP(
        "ExportFormat", "Progress against DOC's priorities through its series: table, disagreements, repeat findings"),
    [](ProjectStore &store, const AnnotatedReport &report, const ExportOptions &options) {
        return writeProgress(store, report, options, true);
    }});
const ExportFormat::Registration progressCsv(ExportFormat {QStringLiteral("progress-csv"),
    QT_TRANSLATE_NOOP(
        "ExportFormat", "The same progress data as CSV: one row per priority and later report, then repeat findings"),
    [](ProjectStore &store, const AnnotatedReport &report, const ExportOptions &options) {
        return writeProgress(store, report, options, false);
    }});

} // namespace
} // namespace Scrutiny::Cli
