// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeriesProposal.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace Scrutiny {

QList<SeriesProposal> SeriesProposal::propose(const QList<Report> &reports, const QHash<qint64, qint64> &existing)
{
    // Groups of one regulator, one body and one service area; a report with no
    // body or no date cannot be placed and is left to the user.
    QList<QList<Report>> groups;
    for (const Report &r : reports) {
        if (r.facts.body.isEmpty() || !r.facts.published.isValid())
            continue;
        auto group = std::find_if(groups.begin(), groups.end(), [&](const QList<Report> &g) {
            const ReportFacts &f = g.constFirst().facts;
            return f.sameBody(r.facts) && f.regulator == r.facts.regulator && f.area == r.facts.area;
        });
        if (group == groups.end())
            groups.append({r});
        else
            group->append(r);
    }
    QList<SeriesProposal> out;
    for (QList<Report> &g : groups) {
        std::stable_sort(g.begin(), g.end(), [](const Report &a, const Report &b) {
            return a.facts.published < b.facts.published
                || (a.facts.published == b.facts.published && a.documentId < b.documentId);
        });
        for (qsizetype i = 1; i < g.size(); ++i) {
            if (existing.value(g[i].documentId) == g[i - 1].documentId)
                continue;
            const ReportFacts &f = g[i].facts;
            out.append(SeriesProposal {g[i].documentId, g[i - 1].documentId,
                QCoreApplication::translate(
                    "Scrutiny::SeriesProposal", "same body (%1), regulator %2, %3; published %4 then %5")
                    .arg(f.body,
                        f.regulator.isEmpty()
                            ? QCoreApplication::translate("Scrutiny::SeriesProposal", "unknown", "regulator")
                            : f.regulator,
                        f.area.isEmpty()
                            ? QCoreApplication::translate("Scrutiny::SeriesProposal", "service area unknown")
                            : ReportFacts::areaName(f.area),
                        g[i - 1].facts.published.toString(Qt::ISODate), f.published.toString(Qt::ISODate))});
        }
    }
    return out;
}

} // namespace Scrutiny
