// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ParsedReport.h"

#include <QDate>
#include <QString>

namespace Scrutiny {

/// Who inspected whom, about what and when, read from a report's title and
/// opening lines: what proposing a report series needs.
struct ReportFacts
{
    QString regulator; ///< short name: "CIW", "Ofsted", "CQC", "Audit Wales" ... (empty: not found)
    QString body; ///< the inspected body as the report names it: "Cwm Tawel County Borough Council"
    QString area; ///< service area: "adult social care", "children's services", "maternity" ...
    /// A service area as people read it, in the program's language (`area` is
    /// the English key the series are grouped by).
    static QString areaName(const QString &area);
    QDate published; ///< "Published: 14 March 2022", or the first full date near the top

    static ReportFacts read(const QString &title, const QString &text);
    /// Also reads the lines the cleaner removed ("Published: 9 October 2023" is often one).
    static ReportFacts read(const ParsedReport &report);
    /// The same body, ignoring case, "the" and the words every council's name ends in.
    bool sameBody(const ReportFacts &other) const;
};

} // namespace Scrutiny
