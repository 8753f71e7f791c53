// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ParsedReport.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Scrutiny {

/// What a background import hands back to the UI thread, which alone talks to
/// the project store: the bytes read once, and the report parsed from those
/// same bytes, so the stored original is exactly what was parsed.
struct ImportOutcome
{
    QString path;
    std::optional<ParsedReport> report;
    QByteArray original;
    QString error;
    bool cancelled = false;
};

} // namespace Scrutiny
