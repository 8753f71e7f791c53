// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextAnchor.h"

#include <QHash>

#include <algorithm>

namespace Scrutiny {

namespace {

QHash<QString, int> wordCounts(const QString &text)
{
    QHash<QString, int> counts;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            ++counts[word];
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            word += c.toLower();
        else
            flush();
    }
    flush();
    return counts;
}

qsizetype commonSuffix(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a.at(a.size() - 1 - n) == b.at(b.size() - 1 - n))
        ++n;
    return n;
}

qsizetype commonPrefix(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

} // namespace

TextAnchor TextAnchor::around(const QString &text, qsizetype start, qsizetype end)
{
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    const qsizetype before = qMax<qsizetype>(0, start - contextLength);
    return TextAnchor {text.mid(start, end - start), text.mid(before, start - before), text.mid(end, contextLength)};
}

double TextAnchor::similarity(const QString &a, const QString &b)
{
    const QHash<QString, int> wa = wordCounts(a);
    const QHash<QString, int> wb = wordCounts(b);
    int total = 0;
    for (int n : wa)
        total += n;
    for (int n : wb)
        total += n;
    if (total == 0)
        return 0;
    int shared = 0;
    for (auto it = wa.cbegin(); it != wa.cend(); ++it)
        shared += qMin(it.value(), wb.value(it.key()));
    return 2.0 * shared / total;
}

std::optional<qsizetype> TextAnchor::locate(
    const QString &text, const QList<Range> &candidates, double minimumSimilarity) const
{
    if (candidates.isEmpty() || exact.trimmed().isEmpty())
        return std::nullopt;
    // Exact quote: of several occurrences take the one whose surroundings agree best.
    qsizetype best = -1;
    qsizetype bestContext = -1;
    for (qsizetype at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
        const qsizetype before = qMax<qsizetype>(0, at - prefix.size());
        const qsizetype context = commonSuffix(prefix, QStringView(text).mid(before, at - before))
            + commonPrefix(suffix, QStringView(text).mid(at + exact.size(), suffix.size()));
        if (context > bestContext) {
            bestContext = context;
            best = at;
        }
    }
    if (best >= 0) {
        const qsizetype end = best + exact.size();
        qsizetype chosen = -1;
        qsizetype chosenOverlap = 0;
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            const qsizetype overlap = qMin(end, candidates[i].end) - qMax(best, candidates[i].start);
            if (overlap > chosenOverlap) {
                chosenOverlap = overlap;
                chosen = i;
            }
        }
        // Most of the quote must sit in one candidate, else it was split apart: fall through.
        if (chosen >= 0 && chosenOverlap * 2 >= exact.size())
            return chosen;
    }
    // Fuzzy: the reworded passage whose words are most alike.
    qsizetype chosen = -1;
    double chosenScore = 0;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const double score = similarity(exact, text.mid(candidates[i].start, candidates[i].end - candidates[i].start));
        if (score >= minimumSimilarity && score > chosenScore) {
            chosenScore = score;
            chosen = i;
        }
    }
    if (chosen >= 0)
        return chosen;
    return std::nullopt;
}

} // namespace Scrutiny
