// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A report series for the progress benchmarks: sentences of the test reports
// (series and link sets), recombined into reports with real vocabulary and the
// progress cues of follow-up reports.

#include "model/Annotations.h"
#include "model/SegmentKind.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

namespace Scrutiny::Bench {

inline QStringList seriesSentences()
{
    QStringList out;
    static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.;:!?])\\s+"));
    for (const char *dir : {"/tests/data/series", "/tests/data/links"}) {
        QDirIterator it(QStringLiteral(SCRUTINY_SOURCE_DIR) + QLatin1StringView(dir), {QStringLiteral("*.txt")},
            QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            for (const QString &s : QString::fromUtf8(f.readAll()).split(sentenceEnd, Qt::SkipEmptyParts)) {
                const QString t = s.simplified();
                if (t.size() > 30)
                    out.append(t);
            }
        }
    }
    // Directory order differs between file systems: the same reports everywhere.
    out.sort();
    return out;
}

/// `reports` reports (document ids 1…), each with `findings` findings and `priorities` priorities.
inline QList<AnnotatedReport> syntheticSeries(int reports, int findings, int priorities)
{
    const QStringList all = seriesSentences();
    const qsizetype n = all.size();
    QList<AnnotatedReport> out;
    for (int d = 0; d < reports; ++d) {
        AnnotatedReport a;
        a.documentId = d + 1;
        ParsedReport &r = a.report;
        r.title = QStringLiteral("Synthetic report %1").arg(d + 1);
        auto add = [&r](SegmentKind kind, int number, const QString &text) {
            if (!r.text.isEmpty())
                r.text += QStringLiteral("\n\n");
            Segment s;
            s.kind = kind;
            s.id = idPrefix(kind) + QString::number(number);
            s.start = r.text.size();
            r.text += text;
            s.end = r.text.size();
            s.text = text;
            r.segments.append(s);
        };
        for (int i = 0; i < findings; ++i)
            add(SegmentKind::Finding, i + 1, all[(2 * i + 31 * d) % n] + u' ' + all[(2 * i + 7 + 17 * d) % n]);
        for (int i = 0; i < priorities; ++i)
            add(SegmentKind::Priority, i + 1, all[(i * 13 + 5 + 11 * d) % n].left(120));
        out.append(a);
    }
    return out;
}

} // namespace Scrutiny::Bench
