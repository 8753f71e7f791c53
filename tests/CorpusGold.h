// SPDX-License-Identifier: GPL-3.0-or-later
// What each paragraph of a corpus report is (tests/data/accuracy/*.gold, written by
// tests/data/corpus/make-corpus), and how a parsed report is scored against it: kind
// precision/recall per kind, side, speaker, removals, judgement rows and link top-1.
#pragma once

#include "linking/LinkSuggester.h"
#include "model/ParsedReport.h"

#include <QFile>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <array>

namespace CorpusGold {

/// The kinds scored: the seven segment kinds, and "removed" for furniture.
enum Kind { Summary, Finding, Priority, Quote, Response, Context, Heading, Removed, Missing, KindCount };

inline QString kindName(int k)
{
    static const char *names[]
        = {"summary", "finding", "priority", "quote", "response", "context", "heading", "removed", "missing"};
    return QString::fromLatin1(names[k]);
}

inline int kindOf(const QString &name)
{
    for (int k = 0; k < KindCount; ++k) {
        if (kindName(k) == name)
            return k;
    }
    return -1;
}

inline int kindOf(Scrutiny::SegmentKind k)
{
    return static_cast<int>(k); // the enum's order is the same for the seven segment kinds
}

struct Item
{
    int kind = Context;
    QString side;
    QString speaker;
    QString text;
};

struct Link
{
    QString finding;
    QString priority;
};

struct GoldRating
{
    QString aspect;
    QString grade;
    QString scale;
};

struct File
{
    QString path;
    QString report; ///< relative to the source directory
    QString form; ///< "full", "news", "press release"
    bool heldOut = false; ///< "set: held-out": written in shapes the rules were not tuned on
    QList<Item> items; ///< content paragraphs and furniture, in order
    QList<Link> links;
    QList<GoldRating> judgement;
};

inline bool read(const QString &path, File *gold, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot open");
        return false;
    }
    gold->path = path;
    int number = 0;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        ++number;
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u"report: ")) {
            gold->report = line.mid(8).trimmed();
            continue;
        }
        if (line.startsWith(u"form: ")) {
            gold->form = line.mid(6).trimmed();
            continue;
        }
        if (line.startsWith(u"set: ")) {
            gold->heldOut = line.mid(5).trimmed() == u"held-out";
            continue;
        }
        if (!line.contains(u'\t'))
            continue; // regulator:, nation:, area:
        const QStringList cells = line.split(u'\t');
        if (cells.first() == u"link" && cells.size() >= 3) {
            gold->links.append(Link {cells.at(1), cells.at(2)});
            continue;
        }
        if (cells.first() == u"judgement" && cells.size() >= 4) {
            gold->judgement.append(GoldRating {cells.at(1), cells.at(2), cells.at(3)});
            continue;
        }
        const int kind = kindOf(cells.first());
        if (kind < 0 || cells.size() < 4) {
            *error = QStringLiteral("%1:%2: cannot read the line").arg(path).arg(number);
            return false;
        }
        gold->items.append(Item {kind, cells.at(1), cells.at(2), cells.at(3)});
    }
    if (gold->report.isEmpty()) {
        *error = path + QStringLiteral(": no report: line");
        return false;
    }
    return true;
}

/// Letters and digits only, lower case, ligatures and compatibility forms unfolded: what a
/// paragraph says, whatever hyphenation, quotes and spacing the source gave it.
inline QString fold(QStringView text)
{
    const QString n = text.toString().normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(n.size());
    for (QChar c : n) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

struct Counts
{
    std::array<int, KindCount> tp {};
    std::array<int, KindCount> fp {};
    std::array<int, KindCount> fn {};
    int items = 0;
    int sideRight = 0, sideTotal = 0;
    int speakerRight = 0, speakerTotal = 0;
    int removedGold = 0, removedFound = 0; ///< furniture the gold lists, and how much of it was removed
    int removedAll = 0, removedWrong = 0; ///< everything removed, and removals of content
    int linkTotal = 0, linkTop1 = 0;
    int ratingTotal = 0, ratingFound = 0; ///< gold ratings, and those read with the same aspect and grade
    int ratingRead = 0, ratingScale = 0; ///< ratings the importer read; found ones on the gold's scale
    QStringList errors; ///< "finding -> context: text" for the log

    Counts &operator+=(const Counts &o)
    {
        for (int k = 0; k < KindCount; ++k) {
            tp[k] += o.tp[k];
            fp[k] += o.fp[k];
            fn[k] += o.fn[k];
        }
        items += o.items;
        sideRight += o.sideRight;
        sideTotal += o.sideTotal;
        speakerRight += o.speakerRight;
        speakerTotal += o.speakerTotal;
        removedGold += o.removedGold;
        removedFound += o.removedFound;
        removedAll += o.removedAll;
        removedWrong += o.removedWrong;
        linkTotal += o.linkTotal;
        linkTop1 += o.linkTop1;
        ratingTotal += o.ratingTotal;
        ratingFound += o.ratingFound;
        ratingRead += o.ratingRead;
        ratingScale += o.ratingScale;
        return *this;
    }
    static double ratio(int a, int b) { return b ? double(a) / b : 1.0; }
    double precision(int k) const { return ratio(tp[k], tp[k] + fp[k]); }
    double recall(int k) const { return ratio(tp[k], tp[k] + fn[k]); }
    double f1(int k) const
    {
        const double p = precision(k), r = recall(k);
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
    /// Micro-averaged F1 over the seven segment kinds: every paragraph counts once.
    double kindF1() const
    {
        int t = 0, p = 0, n = 0;
        for (int k = Summary; k <= Heading; ++k) {
            t += tp[k];
            p += fp[k];
            n += fn[k];
        }
        const double pr = ratio(t, t + p), rc = ratio(t, t + n);
        return pr + rc > 0 ? 2 * pr * rc / (pr + rc) : 0;
    }
};

/// Scores one parsed report against its gold.
inline Counts score(const Scrutiny::ParsedReport &report, const File &gold)
{
    using namespace Scrutiny;
    Counts c;
    // The report's segments folded into one string, with the segment each character belongs to.
    QString all;
    QList<int> owner;
    for (qsizetype i = 0; i < report.segments.size(); ++i) {
        const QString f = fold(report.segments.at(i).text);
        all += f;
        owner.append(QList<int>(f.size(), int(i)));
    }
    QStringList removed;
    for (const Removal &r : report.removed)
        removed.append(fold(r.text));
    QList<bool> used(report.segments.size(), false);
    qsizetype cursor = 0;
    // A paragraph's number ("3.4", "R2") is structure, which the importer may keep apart.
    static const QRegularExpression number(
        QStringLiteral(R"(^(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?|[A-Z]{1,2}\d{1,2}\.?|[a-z]\))\s+)"));
    auto keyOf = [](const QString &text) {
        QString t = text;
        t.remove(number);
        return fold(t).left(48);
    };
    for (const Item &item : gold.items) {
        const QString key = keyOf(item.text);
        if (key.isEmpty())
            continue;
        ++c.items;
        int predicted = Missing;
        const Segment *segment = nullptr;
        qsizetype at = all.indexOf(key, cursor);
        if (at < 0)
            at = all.indexOf(key);
        if (at >= 0) {
            cursor = at + key.size();
            const int s = owner.at(at);
            segment = &report.segments.at(s);
            used[s] = true;
            predicted = kindOf(segment->kind);
        } else {
            for (const QString &r : std::as_const(removed)) {
                if (r.contains(key) || (r.size() >= 12 && key.startsWith(r))) {
                    predicted = Removed;
                    break;
                }
            }
        }
        if (item.kind == Removed) {
            ++c.removedGold;
            if (predicted == Removed)
                ++c.removedFound;
        }
        if (predicted == item.kind) {
            ++c.tp[item.kind];
        } else {
            ++c.fn[item.kind];
            ++c.fp[predicted];
            c.errors.append(
                QStringLiteral("%1 -> %2: %3").arg(kindName(item.kind), kindName(predicted), item.text.left(90)));
        }
        if (segment && item.kind != Removed) {
            ++c.sideTotal;
            if (toString(segment->side) == item.side)
                ++c.sideRight;
            else
                c.errors.append(
                    QStringLiteral("side %1 -> %2: %3").arg(item.side, toString(segment->side), item.text.left(70)));
        }
        if (item.kind == Quote && segment && segment->kind == SegmentKind::Quote) {
            ++c.speakerTotal;
            const bool right = segment->speakerName.compare(item.speaker, Qt::CaseInsensitive) == 0
                || (segment->speakerName.isEmpty() && segment->speakerRole.contains(item.speaker, Qt::CaseInsensitive));
            if (right)
                ++c.speakerRight;
            else
                c.errors.append(
                    QStringLiteral("speaker %1 -> %2: %3")
                        .arg(item.speaker, segment->speakerName.isEmpty() ? segment->speakerRole : segment->speakerName,
                            item.text.left(60)));
        }
    }
    // Segments no gold paragraph starts in: text that should have been removed (a running
    // header, a contents line) counts against the kind it was given; context and headings
    // are where a table's cells and the like may fairly land.
    for (qsizetype i = 0; i < report.segments.size(); ++i) {
        const int k = kindOf(report.segments.at(i).kind);
        if (!used.at(i) && k != Context && k != Heading) {
            ++c.fp[k];
            c.errors.append(QStringLiteral("extra %1: %2").arg(kindName(k), report.segments.at(i).text.left(80)));
        }
    }
    // Removals that took content away: gold paragraphs found only among the removed. (A
    // contents page repeats the headings, which are still in the text: not content lost.)
    c.removedAll = int(removed.size());
    c.removedWrong = c.fp[Removed];
    // Ratings: a gold rating is found when one read has its aspect and its grade (letters and
    // digits compared, so "Well-led" is "Well led"); what else was read counts against precision.
    c.ratingTotal = int(gold.judgement.size());
    c.ratingRead = int(report.ratings.size());
    QList<bool> ratingUsed(report.ratings.size(), false);
    for (const GoldRating &g : gold.judgement) {
        qsizetype at = -1;
        for (qsizetype i = 0; i < report.ratings.size() && at < 0; ++i) {
            const Rating &r = report.ratings.at(i);
            if (!ratingUsed.at(i) && fold(r.aspect) == fold(g.aspect) && fold(r.grade) == fold(g.grade))
                at = i;
        }
        if (at < 0) {
            c.errors.append(QStringLiteral("rating missed: %1 = %2 (%3)").arg(g.aspect, g.grade, g.scale));
            continue;
        }
        ratingUsed[at] = true;
        ++c.ratingFound;
        if (report.ratings.at(at).scale == g.scale)
            ++c.ratingScale;
        else
            c.errors.append(
                QStringLiteral("rating scale %1 -> %2: %3").arg(g.scale, report.ratings.at(at).scale, g.aspect));
    }
    for (qsizetype i = 0; i < report.ratings.size(); ++i) {
        if (!ratingUsed.at(i))
            c.errors.append(
                QStringLiteral("rating extra: %1 = %2 (%3)")
                    .arg(report.ratings.at(i).aspect, report.ratings.at(i).grade, report.ratings.at(i).scale));
    }
    // Link top-1: the best suggestion for each gold finding is its gold priority.
    const LinkSuggester suggester;
    for (const Link &l : gold.links) {
        ++c.linkTotal;
        const QString fk = keyOf(l.finding), pk = keyOf(l.priority);
        const Segment *finding = nullptr;
        for (const Segment &s : report.segments) {
            if (s.kind != SegmentKind::Priority && s.kind != SegmentKind::Heading && fold(s.text).contains(fk)) {
                finding = &s;
                break;
            }
        }
        if (!finding)
            continue;
        const QList<SuggestedLink> ranked = suggester.rank(report, finding->id);
        if (ranked.isEmpty() || ranked.first().score <= 0)
            continue;
        const Segment *best = report.segment(ranked.first().to);
        if (best && fold(best->text).contains(pk))
            ++c.linkTop1;
    }
    return c;
}

} // namespace CorpusGold
