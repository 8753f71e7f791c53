// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace Scrutiny::Cli {

/// What the export command line asks of a format.
struct ExportOptions
{
    QString output; ///< empty or "-": standard output
    QString pageSize; ///< --page-size (pdf): "A4", "Letter"; empty: A4
    bool annotateOriginal = false; ///< --annotate-original (pdf)
};

/// One format of `scrutiny-cli export FORMAT DOC [--output FILE]`. Each format
/// registers itself from its own file with a static ExportFormat::Registration,
/// so adding one (pdf, html, csv, qdpx) touches only that file and the CMake list.
struct ExportFormat
{
    QString name; ///< "json"
    /// One line for `export --help`, marked with QT_TRANSLATE_NOOP("ExportFormat", ...):
    /// formats register before any translation is loaded, so summaryText() translates it.
    const char *summary = nullptr;
    QString summaryText() const { return QCoreApplication::translate("ExportFormat", summary); }
    /// Writes the document to options.output (empty: standard output, where the
    /// format allows it). Returns the exit code; reports errors with fail().
    std::function<int(ProjectStore &store, const AnnotatedReport &report, const ExportOptions &options)> write;

    struct Registration
    {
        explicit Registration(ExportFormat format);
    };
    static const QList<ExportFormat> &all();
};

/// Writes bytes to `output`, or to standard output when it is empty or "-".
/// Returns false with *error set on failure.
bool writeOutput(const QString &output, const QByteArray &bytes, QString *error);

} // namespace Scrutiny::Cli
