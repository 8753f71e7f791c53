// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ParsedReport.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace Scrutiny {

/// Turns a report as the user got it (text in any common encoding, a saved web
/// page, a PDF) into a ParsedReport: decoded, cleaned, segmented. Format is
/// detected from the content, the file name is only a hint.
class ReportImporter
{
public:
    struct Options {
        /// Called now and then with 0..100; return false to cancel (the import then
        /// fails with error "cancelled"). May be called from a worker thread.
        std::function<bool(int percent)> progress;
        /// Hunspell dictionary base path (without .dic/.aff); empty: the system en_GB.
        QString dictionary;
        /// Fill ParsedReport::suggestedLinks with the link assistant's proposals (unset: yes).
        /// Set to false only where just the structure is wanted (the parse+clean+segment
        /// benchmark). An optional, not `bool = true`: a default member initializer would make
        /// `const Options &options = {}` below ill-formed inside this class.
        std::optional<bool> suggestLinks;
        /// The largest file importFile reads (unset: ReportInput::defaultLimit, 200 MB).
        /// An optional for the same reason as suggestLinks.
        std::optional<qint64> maxBytes;
    };

    /// On failure returns nullopt and sets *error to one line naming the file and
    /// the problem ("report.pdf: the PDF has no text layer (scanned?)").
    static std::optional<ParsedReport> importFile(const QString &path, QString *error, const Options &options = {});
    /// `name` is used in messages and as a format hint ("-" for standard input).
    static std::optional<ParsedReport> importBytes(const QByteArray &bytes, const QString &name, QString *error,
                                                   const Options &options = {});
};

} // namespace Scrutiny
