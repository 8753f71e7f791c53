// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportFacts.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Scrutiny {

/// Proposed "follows up" relations: reports of one regulator about one body and
/// service area, in order of publication, each following the one before. The
/// user confirms each (ProjectStore::setFollows).
struct SeriesProposal
{
    struct Report
    {
        qint64 documentId = 0;
        ReportFacts facts;
    };
    qint64 later = 0;
    qint64 earlier = 0;
    QString reason; ///< "same body (Cwm Tawel County Borough Council), regulator CIW, adult social care; published
                    ///< 2022-03-14 then 2023-10-09"

    /// Pairs not already recorded in `existing` (later -> earlier ids).
    static QList<SeriesProposal> propose(const QList<Report> &reports, const QHash<qint64, qint64> &existing);
};

} // namespace Scrutiny
