// SPDX-License-Identifier: GPL-3.0-or-later
// Gold links read from tests/data/links/*.gold and scored against the link
// assistant (see wrexham-joint-review.gold for the format).
#pragma once

#include "linking/LinkSuggester.h"
#include "model/ParsedReport.h"

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

namespace LinkGold {

struct Entry
{
    bool response = false; ///< responds-to (council response or quote) rather than a finding
    QString source; ///< distinctive text of the finding or response
    QStringList priorities; ///< distinctive text of each acceptable priority
    int line = 0;
};

struct File
{
    QString report; ///< path relative to the source directory
    QList<Entry> entries;
};

inline bool read(const QString &path, File *gold, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot open");
        return false;
    }
    int number = 0;
    for (QString line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        ++number;
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u"report:")) {
            gold->report = line.mid(7).trimmed();
            continue;
        }
        const bool response = line.startsWith(u"response:");
        if (!response && !line.startsWith(u"finding:")) {
            *error = QStringLiteral("%1:%2: expected report:, finding: or response:").arg(path).arg(number);
            return false;
        }
        line = line.mid(line.indexOf(u':') + 1);
        const qsizetype arrow = line.indexOf(u"=>");
        if (arrow < 0) {
            *error = QStringLiteral("%1:%2: expected SOURCE => PRIORITY | PRIORITY").arg(path).arg(number);
            return false;
        }
        Entry e {response, line.left(arrow).trimmed(), {}, number};
        for (const QString &p : line.mid(arrow + 2).split(u'|'))
            e.priorities.append(p.trimmed());
        gold->entries.append(e);
    }
    if (gold->report.isEmpty()) {
        *error = path + QStringLiteral(": no report: line");
        return false;
    }
    return true;
}

inline bool contains(const QString &text, const QString &key)
{
    return text.simplified().contains(key.simplified(), Qt::CaseInsensitive);
}

struct Score
{
    int entries = 0;
    int top1 = 0;
    int top3 = 0;
    int unresolved = 0; ///< source or priorities not found in the segmented report (counted as misses)
    double chance = 0; ///< expected top-1 hits of picking a priority at random
    QStringList misses; ///< described for the log

    Score &operator+=(const Score &o)
    {
        entries += o.entries;
        top1 += o.top1;
        top3 += o.top3;
        unresolved += o.unresolved;
        chance += o.chance;
        misses += o.misses;
        return *this;
    }
    /// Entries the link assistant was asked about: the source and its priorities were segmented.
    int resolved() const { return entries - unresolved; }
    /// Accuracy of the link assistant on what it was given.
    double top1Rate() const { return resolved() ? double(top1) / resolved() : 0; }
    double top3Rate() const { return resolved() ? double(top3) / resolved() : 0; }
    double chanceRate() const { return resolved() ? chance / resolved() : 0; }
};

/// Scores `suggester` on the entries of one kind (findings, or responses).
inline Score evaluate(
    const Scrutiny::ParsedReport &report, const File &gold, bool responses, const Scrutiny::LinkSuggester &suggester)
{
    using namespace Scrutiny;
    Score score;
    QList<const Segment *> priorities;
    for (const Segment &s : report.segments) {
        if (s.kind == SegmentKind::Priority)
            priorities.append(&s);
    }
    for (const Entry &e : gold.entries) {
        if (e.response != responses)
            continue;
        ++score.entries;
        const Segment *source = nullptr;
        for (const Segment &s : report.segments) {
            if (s.kind != SegmentKind::Heading && s.kind != SegmentKind::Priority && contains(s.text, e.source)) {
                source = &s;
                break;
            }
        }
        QStringList acceptable;
        for (const Segment *p : priorities) {
            for (const QString &key : e.priorities) {
                if (contains(p->text, key) && !acceptable.contains(p->id))
                    acceptable.append(p->id);
            }
        }
        if (!source || acceptable.size() < e.priorities.size()) {
            ++score.unresolved;
            score.misses.append(QStringLiteral("%1:%2 unresolved (%3)")
                                    .arg(gold.report)
                                    .arg(e.line)
                                    .arg(source ? QStringLiteral("a priority not segmented as one")
                                                : QStringLiteral("source text not found")));
            continue;
        }
        score.chance += double(acceptable.size()) / double(priorities.size());
        const QList<SuggestedLink> ranked = suggester.rank(report, source->id);
        for (qsizetype i = 0; i < ranked.size() && i < 3; ++i) {
            if (ranked[i].score <= 0 || !acceptable.contains(ranked[i].to))
                continue;
            if (i == 0)
                ++score.top1;
            ++score.top3;
            break;
        }
        if (ranked.isEmpty() || !acceptable.contains(ranked.first().to)) {
            score.misses.append(QStringLiteral("%1:%2 %3 -> %4 (%5), wanted %6")
                                    .arg(gold.report)
                                    .arg(e.line)
                                    .arg(source->id, ranked.isEmpty() ? QStringLiteral("nothing") : ranked.first().to)
                                    .arg(ranked.isEmpty() ? 0.0 : ranked.first().score, 0, 'f', 2)
                                    .arg(acceptable.join(u'/')));
        }
    }
    return score;
}

} // namespace LinkGold
