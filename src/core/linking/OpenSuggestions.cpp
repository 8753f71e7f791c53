// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenSuggestions.h"

#include <QSet>

namespace Scrutiny {

QList<SuggestedLink> openSuggestions(const AnnotatedReport &annotated,
    const std::function<bool(const QString &from, const QString &to)> &isRejected, const LinkSuggester &suggester,
    int perSource, LinkSuggester::Sources sources)
{
    QSet<QString> linked;
    for (const Link &l : annotated.links) {
        linked.insert(l.from + u'\n' + l.to);
        linked.insert(l.to + u'\n' + l.from);
    }
    const QHash<QString, QList<SuggestedLink>> ranked = suggester.rankAll(annotated.report, sources);
    QList<SuggestedLink> open;
    // Document order of the sources, as suggest() gives them.
    for (const Segment &s : annotated.report.segments) {
        const auto it = ranked.constFind(s.id);
        if (it == ranked.cend())
            continue;
        int kept = 0;
        for (const SuggestedLink &l : *it) {
            if (kept >= perSource || l.score < suggester.minimumScore() || l.score <= 0)
                break;
            if (linked.contains(l.from + u'\n' + l.to) || (isRejected && isRejected(l.from, l.to)))
                continue;
            open.append(l);
            ++kept;
        }
    }
    return open;
}

} // namespace Scrutiny
