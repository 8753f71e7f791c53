// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportStatistics.h"

#include <QSet>

namespace Scrutiny {

ReportStatistics ReportStatistics::of(const AnnotatedReport &annotated)
{
    ReportStatistics s;
    const ParsedReport &r = annotated.report;
    for (const Segment &seg : r.segments) {
        if (seg.kind == SegmentKind::Finding)
            ++(isReviewFinding(seg) ? s.findings : s.councilClaims);
    }
    s.priorities = int(r.count(SegmentKind::Priority));
    s.quotes = int(r.count(SegmentKind::Quote));
    s.responses = int(r.count(SegmentKind::Response));
    s.links = int(annotated.links.size());
    s.notes = int(annotated.notes.size());

    QSet<qint64> used;
    for (auto it = annotated.segmentTags.cbegin(); it != annotated.segmentTags.cend(); ++it) {
        s.taggings += int(it.value().size());
        for (qint64 id : it.value())
            used.insert(id);
    }
    s.tags = int(used.size());

    QSet<QString> linkedFindings;
    QSet<QString> supportedPriorities;
    for (const Link &link : annotated.links) {
        const Segment *from = r.segment(link.from);
        const Segment *to = r.segment(link.to);
        if (!from || !to || to->kind != SegmentKind::Priority)
            continue;
        if (isReviewFinding(*from)) {
            linkedFindings.insert(from->id);
            if (link.type == LinkType::Addresses || link.type == LinkType::PartlyAddresses)
                supportedPriorities.insert(to->id);
        }
    }
    s.findingsLinked = int(linkedFindings.size());
    s.prioritiesSupported = int(supportedPriorities.size());
    return s;
}

bool ReportStatistics::isReviewFinding(const Segment &segment)
{
    return segment.kind == SegmentKind::Finding && segment.side == Side::Review;
}

} // namespace Scrutiny
