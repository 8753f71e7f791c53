// SPDX-License-Identifier: GPL-3.0-or-later
// How often the cross-report link assistant (ProgressSuggester) picks the
// earlier priority a careful reader links a later finding to (top-1), and the
// progress type they give it, against tests/data/series/*.gold, over reports
// segmented by the real ReportImporter. Prints the figures per series and
// overall; fails below the floors (0.8 link top-1, 0.75 type) and below the
// series-* floors of tests/data/accuracy/floors.txt (overall, held-out series,
// and each series' type accuracy), so a change to the rules cannot quietly
// lose what they read right.
#include "SeriesGold.h"
#include "ingest/ReportImporter.h"
#include "linking/ProgressSuggester.h"

#include <QDir>
#include <QTest>

#include <cstdio>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

namespace {
void print(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString percent(int part, int whole)
{
    return whole ? QString::number(100.0 * part / whole, 'f', 0) + u'%' : u"-"_s;
}

struct Series
{
    SeriesGold::File gold;
    QList<ParsedReport> reports;
};

const Segment *find(const ParsedReport &report, const QString &key, SegmentKind kind)
{
    for (const Segment &s : report.segments) {
        if (s.kind == kind && SeriesGold::contains(s.text, key))
            return &s;
    }
    return nullptr;
}

struct Score
{
    int links = 0, unresolved = 0, top1 = 0, types = 0;
    int repeats = 0, repeatsFound = 0, repeatsSuggested = 0, repeatsRight = 0;
    QStringList misses;
    Score &operator+=(const Score &o)
    {
        links += o.links;
        unresolved += o.unresolved;
        top1 += o.top1;
        types += o.types;
        repeats += o.repeats;
        repeatsFound += o.repeatsFound;
        repeatsSuggested += o.repeatsSuggested;
        repeatsRight += o.repeatsRight;
        misses += o.misses;
        return *this;
    }
    int resolved() const { return links - unresolved; }
};
} // namespace

class TestProgressAccuracy final : public QObject
{
    Q_OBJECT
    QList<Series> m_series;

    Score evaluate(const Series &series) const
    {
        Score score;
        QList<ProgressSuggester::Report> members;
        for (qsizetype i = 0; i < series.reports.size(); ++i)
            members.append(ProgressSuggester::Report {i + 1, &series.reports[i]});
        const ProgressSuggester suggester;
        const ProgressSuggester::Suggestions suggested = suggester.suggest(members, 1);
        const QString name = QFileInfo(series.gold.path).completeBaseName();
        auto top = [&](const SegmentRef &finding) -> const ProgressLink * {
            for (const QList<ProgressLink> &ranked : suggested.ranked) {
                if (!ranked.isEmpty() && ranked.constFirst().from == finding)
                    return &ranked.constFirst();
            }
            return nullptr;
        };
        QSet<QString> goldRepeats;
        for (const SeriesGold::Entry &e : series.gold.entries) {
            const ParsedReport &later = series.reports.value(e.finding.report - 1);
            const Segment *finding = find(later, e.finding.text, SegmentKind::Finding);
            QList<SegmentRef> acceptable;
            for (const SeriesGold::Key &k : e.targets) {
                const Segment *t = find(series.reports.value(k.report - 1), k.text,
                    e.repeat ? SegmentKind::Finding : SegmentKind::Priority);
                if (t)
                    acceptable.append(SegmentRef {k.report, t->id});
            }
            if (e.repeat) {
                ++score.repeats;
                if (!finding || acceptable.isEmpty()) {
                    score.misses.append(u"%1:%2 repeat unresolved"_s.arg(name).arg(e.line));
                    continue;
                }
                goldRepeats.insert(SegmentRef {e.finding.report, finding->id}.text());
                const bool found
                    = std::any_of(suggested.repeats.cbegin(), suggested.repeats.cend(), [&](const ProgressLink &l) {
                          return l.from == SegmentRef {e.finding.report, finding->id} && acceptable.contains(l.to);
                      });
                if (found)
                    ++score.repeatsFound;
                else
                    score.misses.append(u"%1:%2 repeat %3:%4 not suggested"_s.arg(name)
                                            .arg(e.line)
                                            .arg(e.finding.report)
                                            .arg(finding->id));
                continue;
            }
            ++score.links;
            if (!finding || acceptable.size() < e.targets.size()) {
                ++score.unresolved;
                score.misses.append(u"%1:%2 unresolved (%3)"_s.arg(name).arg(e.line).arg(
                    finding ? u"a priority not segmented as one"_s : u"finding not segmented as one"_s));
                continue;
            }
            const ProgressLink *best = top(SegmentRef {e.finding.report, finding->id});
            const bool linkRight = best && acceptable.contains(best->to);
            const bool typeRight = best && best->type == e.type;
            score.top1 += linkRight;
            score.types += typeRight;
            if (!linkRight || !typeRight)
                score.misses.append(u"%1:%2 %3:%4 -> %5 %6 (%7), wanted %8 %9"_s.arg(name)
                                        .arg(e.line)
                                        .arg(e.finding.report)
                                        .arg(finding->id, best ? best->to.text() : u"nothing"_s,
                                            best ? toString(best->type) : QString(), best ? best->reason : QString(),
                                            acceptable.constFirst().text(), toString(e.type)));
        }
        score.repeatsSuggested = int(suggested.repeats.size());
        for (const ProgressLink &l : suggested.repeats)
            score.repeatsRight += goldRepeats.contains(l.from.text());
        return score;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QDir dir(QStringLiteral(SCRUTINY_TEST_DATA "/series"));
        const QStringList golds = dir.entryList({u"*.gold"_s}, QDir::Files, QDir::Name);
        QVERIFY(golds.size() >= 4);
        for (const QString &name : golds) {
            Series s;
            QString error;
            QVERIFY2(SeriesGold::read(dir.filePath(name), &s.gold, &error), qPrintable(error));
            for (const QString &path : std::as_const(s.gold.reports)) {
                const std::optional<ParsedReport> report = ReportImporter::importFile(path, &error);
                QVERIFY2(report, qPrintable(error));
                s.reports.append(*report);
            }
            QVERIFY(s.reports.size() >= 3);
            m_series.append(s);
        }
    }

    /// "series-…" lines of tests/data/accuracy/floors.txt: key -> floor.
    static QHash<QString, double> floors()
    {
        QHash<QString, double> out;
        QFile f(QStringLiteral(SCRUTINY_TEST_DATA "/accuracy/floors.txt"));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
            const QStringList parts = line.simplified().split(u' ');
            if (parts.size() == 2 && parts[0].startsWith(u"series-"_s))
                out.insert(parts[0], parts[1].toDouble());
        }
        return out;
    }

    void accuracy()
    {
        const QHash<QString, double> floor = floors();
        QVERIFY2(floor.contains(u"series-type-overall"_s), "tests/data/accuracy/floors.txt has no series floors");
        QStringList below;
        auto check = [&](const QString &key, int right, int of) {
            const double value = of ? double(right) / of : 0;
            if (floor.contains(key) && value + 1e-9 < floor.value(key))
                below.append(u"%1 %2 is below its floor %3"_s.arg(
                    key, QString::number(value, 'f', 2), QString::number(floor.value(key), 'f', 2)));
        };
        Score total, heldOut;
        print(u"Cross-report link assistant (ProgressSuggester), per series:"_s);
        for (const Series &s : std::as_const(m_series)) {
            const Score x = evaluate(s);
            if (s.gold.heldOut)
                heldOut += x;
            check(u"series-type-"_s + QFileInfo(s.gold.path).completeBaseName(), x.types, x.resolved());
            print(u"  %1: %2 links (%3 segmented as written), link top-1 %4, type %5; repeats found %6/%7"_s.arg(
                QFileInfo(s.gold.path).completeBaseName(), QString::number(x.links), QString::number(x.resolved()),
                percent(x.top1, x.resolved()), percent(x.types, x.resolved()), QString::number(x.repeatsFound),
                QString::number(x.repeats)));
            total += x;
        }
        const double top1 = total.resolved() ? double(total.top1) / total.resolved() : 0;
        const double types = total.resolved() ? double(total.types) / total.resolved() : 0;
        print(u"WHOLE SET: %1 gold links in %2 series, %3 segmented as written; link top-1 %4 (%5/%3), "
              "type %6 (%7/%3); repeat findings: recall %8 (%9/%10), precision %11"_s
                  .arg(QString::number(total.links), QString::number(m_series.size()),
                      QString::number(total.resolved()), QString::number(top1, 'f', 2), QString::number(total.top1),
                      QString::number(types, 'f', 2), QString::number(total.types),
                      percent(total.repeatsFound, total.repeats), QString::number(total.repeatsFound))
                  .arg(total.repeats)
                  .arg(percent(total.repeatsRight, total.repeatsSuggested)));
        if (heldOut.links > 0)
            print(u"HELD-OUT series only (not used to tune the rules): %1 links, link top-1 %2, type %3"_s.arg(
                QString::number(heldOut.resolved()), percent(heldOut.top1, heldOut.resolved()),
                percent(heldOut.types, heldOut.resolved())));
        for (const QString &miss : std::as_const(total.misses))
            print(u"  miss: "_s + miss);
        QVERIFY2(total.unresolved * 5 <= total.links, "over a fifth of the gold findings are not segmented as written");
        QVERIFY2(total.resolved() >= 30, "too few gold links for a meaningful measure");
        QVERIFY2(top1 >= 0.80, qPrintable(u"cross-report link top-1 %1 is below the floor 0.80"_s.arg(top1)));
        QVERIFY2(types >= 0.75, qPrintable(u"progress type accuracy %1 is below the floor 0.75"_s.arg(types)));
        check(u"series-link-top1-overall"_s, total.top1, total.resolved());
        check(u"series-type-overall"_s, total.types, total.resolved());
        check(u"series-type-heldout"_s, heldOut.types, heldOut.resolved());
        QVERIFY2(below.isEmpty(), qPrintable(below.join(u"; "_s)));
    }
};

QTEST_GUILESS_MAIN(TestProgressAccuracy)
#include "test_progressaccuracy.moc"
