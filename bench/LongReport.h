// SPDX-License-Identifier: GPL-3.0-or-later
// The long-report fixture shared by the GUI and store benchmarks.
#pragma once

#include "ingest/ReportImporter.h"
#include "store/ProjectStore.h"

#include <QFile>
#include <QHash>

namespace Scrutiny::Bench {

/// A report of about `words` words made of the sample's paragraphs, with kinds
/// cycling through finding, priority, quote and context, stored in `project`.
inline qint64 storeLongReport(const QString &project, const QString &samplePath, int words)
{
    using namespace Qt::StringLiterals;
    ProjectStore store;
    QString error;
    if (!store.open(project, &error))
        qFatal("%s", qPrintable(error));
    QFile f(samplePath);
    (void)f.open(QIODevice::ReadOnly);
    const std::optional<ParsedReport> sample = ReportImporter::importBytes(f.readAll(), u"sample.txt"_s, &error);
    if (!sample)
        qFatal("%s", qPrintable(error));
    ParsedReport r;
    r.title = u"A long report"_s;
    QHash<SegmentKind, int> numbers;
    int count = 0;
    const SegmentKind cycle[]
        = {SegmentKind::Finding, SegmentKind::Priority, SegmentKind::Quote, SegmentKind::Context, SegmentKind::Finding};
    for (int round = 0; count < words; ++round) {
        for (const Segment &source : sample->segments) {
            Segment s = source;
            s.kind = cycle[(round + r.segments.size()) % 5];
            s.id = QString(idPrefix(s.kind)) + QString::number(++numbers[s.kind]);
            s.start = r.text.size();
            r.text += s.text;
            s.end = r.text.size();
            r.text += u"\n\n"_s;
            if (s.kind == SegmentKind::Quote && s.speakerName.isEmpty())
                s.speakerName = u"Speaker %1"_s.arg(round % 7);
            r.segments.append(s);
            count += int(s.text.count(u' ') + 1);
        }
    }
    const auto result = store.importReport(r, r.text.toUtf8(), u"long.txt"_s, &error);
    if (!result)
        qFatal("%s", qPrintable(error));
    return result->documentId;
}

} // namespace Scrutiny::Bench
