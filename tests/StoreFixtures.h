// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-built reports for the store tests: exact segments, no ingestion heuristics.
#pragma once

#include "model/ParsedReport.h"

#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace Scrutiny::StoreFixtures {

using Paragraph = std::pair<SegmentKind, QString>;

/// Paragraphs joined by blank lines, each one segment labelled by kind order.
inline ParsedReport report(const QString &title, const QList<Paragraph> &paragraphs)
{
    ParsedReport r;
    r.title = title;
    QHash<int, int> counts;
    for (const auto &[kind, text] : paragraphs) {
        if (!r.text.isEmpty())
            r.text += QStringLiteral("\n\n");
        Segment s;
        s.kind = kind;
        s.id = idPrefix(kind) + QString::number(++counts[int(kind)]);
        s.start = r.text.size();
        r.text += text;
        s.end = r.text.size();
        s.text = text;
        if (kind == SegmentKind::Finding)
            s.polarity = Polarity::Weakness;
        if (kind == SegmentKind::Response)
            s.side = Side::Council;
        if (kind == SegmentKind::Quote) {
            s.speakerName = QStringLiteral("A carer");
            s.speakerRole = QStringLiteral("carer");
        }
        r.segments.append(s);
    }
    r.judgement = Judgement {QStringLiteral("some people well"), QStringLiteral("uncertain")};
    return r;
}

/// A small joint-review-like report: summary, findings, priorities, a quote, a response.
inline ParsedReport councilReport(const QString &suffix = {})
{
    return report(QStringLiteral("Review of Testshire social services") + suffix,
        {{SegmentKind::Heading, QStringLiteral("Summary")},
            {SegmentKind::Summary, QStringLiteral("The council serves some people well but prospects are uncertain.")},
            {SegmentKind::Finding, QStringLiteral("Care management assessments were often late and poorly recorded.")},
            {SegmentKind::Finding,
                QStringLiteral("Leadership of children's services has improved since the last inspection.")},
            {SegmentKind::Finding,
                QStringLiteral("Safeguarding procedures for adults were not consistently followed.")},
            {SegmentKind::Priority,
                QStringLiteral("Improve the timeliness and recording of care management assessments.")},
            {SegmentKind::Priority,
                QStringLiteral("Make sure adult safeguarding procedures are followed in every team.")},
            {SegmentKind::Quote, QStringLiteral("\"Nobody ever rang me back about my mother's care.\"")},
            {SegmentKind::Response,
                QStringLiteral("The council accepts the findings and has appointed a safeguarding lead.")}});
}

} // namespace Scrutiny::StoreFixtures
