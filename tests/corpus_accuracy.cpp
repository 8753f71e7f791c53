// SPDX-License-Identifier: GPL-3.0-or-later
// tools/accuracy: parses every report of the accuracy corpus (tests/data/accuracy/*.gold) with
// the real ReportImporter and prints precision, recall and F1 per kind, side and speaker
// accuracy, removal precision and recall, ratings precision and recall, and link top-1, per report and over
// the development corpus, its full-length PDFs and the held-out reports ("set: held-out" in the
// gold: shapes the rules were not tuned on, scored apart so that tuning cannot hide in the
// total). With --check it fails (exit 1) below the floors in tests/data/accuracy/floors.txt; -v
// lists every paragraph it got wrong.
#include "CorpusGold.h"
#include "ingest/ReportImporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

using namespace Scrutiny;
using namespace CorpusGold;

namespace {
void print(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
}

QString num(double v)
{
    return QString::number(v, 'f', 3);
}

QString pct(int a, int b)
{
    return b ? QString::number(100.0 * a / b, 'f', 0) + u'%' : QStringLiteral("-");
}

void table(const QString &title, const Counts &c)
{
    print(QStringLiteral("%1: %2 paragraphs").arg(title).arg(c.items));
    print(QStringLiteral("  %1 %2 %3 %4 %5")
              .arg(QStringLiteral("kind").leftJustified(10), QStringLiteral("precision"), QStringLiteral("recall"),
                  QStringLiteral("F1   "), QStringLiteral("gold")));
    for (int k = Summary; k <= Removed; ++k) {
        print(QStringLiteral("  %1 %2     %3  %4 %5")
                  .arg(kindName(k).leftJustified(10), num(c.precision(k)), num(c.recall(k)), num(c.f1(k)))
                  .arg(c.tp[k] + c.fn[k]));
    }
    print(QStringLiteral("  kind F1 (micro, seven kinds) %1; side %2 (%3/%4); speaker %5 (%6/%7)")
              .arg(num(c.kindF1()), num(Counts::ratio(c.sideRight, c.sideTotal)))
              .arg(c.sideRight)
              .arg(c.sideTotal)
              .arg(num(Counts::ratio(c.speakerRight, c.speakerTotal)))
              .arg(c.speakerRight)
              .arg(c.speakerTotal));
    print(QStringLiteral("  removal precision %1 (%2 removed, %3 of them content); removal recall %4 (%5/%6)")
              .arg(num(Counts::ratio(c.removedAll - c.removedWrong, c.removedAll)))
              .arg(c.removedAll)
              .arg(c.removedWrong)
              .arg(num(Counts::ratio(c.removedFound, c.removedGold)))
              .arg(c.removedFound)
              .arg(c.removedGold));
    print(QStringLiteral("  ratings precision %1 (%2/%3), recall %4 (%5/%6), on the gold's scale %7 (%8/%9)")
              .arg(num(Counts::ratio(c.ratingFound, c.ratingRead)))
              .arg(c.ratingFound)
              .arg(c.ratingRead)
              .arg(num(Counts::ratio(c.ratingFound, c.ratingTotal)))
              .arg(c.ratingFound)
              .arg(c.ratingTotal)
              .arg(num(Counts::ratio(c.ratingScale, c.ratingFound)))
              .arg(c.ratingScale)
              .arg(c.ratingFound));
    print(QStringLiteral("  link top-1 %1 (%2/%3)")
              .arg(num(Counts::ratio(c.linkTop1, c.linkTotal)))
              .arg(c.linkTop1)
              .arg(c.linkTotal));
}

QHash<QString, double> readFloors(const QString &path)
{
    QHash<QString, double> floors;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return floors;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        const QString t = line.section(u'#', 0, 0).trimmed();
        if (t.isEmpty())
            continue;
        floors.insert(t.section(u' ', 0, 0), t.section(u' ', -1).toDouble());
    }
    return floors;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const bool check = args.contains(QStringLiteral("--check"));
    const bool verbose = args.contains(QStringLiteral("-v"));
    QStringList only;
    for (const QString &a : args) {
        if (!a.startsWith(u'-'))
            only.append(a);
    }
    const QDir dir(QStringLiteral(SCRUTINY_TEST_DATA "/accuracy"));
    const QStringList golds = dir.entryList({QStringLiteral("*.gold")}, QDir::Files, QDir::Name);
    if (golds.size() < 20) {
        print(QStringLiteral("accuracy: only %1 gold files in %2").arg(golds.size()).arg(dir.path()));
        return 1;
    }
    Counts overall, full, heldOut, everything;
    int reports = 0, fullReports = 0, heldOutReports = 0;
    print(QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
              .arg(QStringLiteral("report").leftJustified(42), QStringLiteral("paras"), QStringLiteral("kindF1"),
                  QStringLiteral("side "), QStringLiteral("remP "), QStringLiteral("remR "), QStringLiteral("link"))
        + QStringLiteral(" ratings"));
    for (const QString &name : golds) {
        if (!only.isEmpty() && !only.contains(QFileInfo(name).completeBaseName()))
            continue;
        File gold;
        QString error;
        if (!read(dir.filePath(name), &gold, &error)) {
            print(error);
            return 1;
        }
        const std::optional<ParsedReport> report
            = ReportImporter::importFile(QStringLiteral(SCRUTINY_SOURCE_DIR "/") + gold.report, &error);
        if (!report) {
            print(error);
            return 1;
        }
        const Counts c = score(*report, gold);
        print(QStringLiteral("%1 %2 %3  %4  %5  %6  %7")
                  .arg(QFileInfo(name).completeBaseName().leftJustified(42))
                  .arg(c.items, 5)
                  .arg(num(c.kindF1()), num(Counts::ratio(c.sideRight, c.sideTotal)),
                      num(Counts::ratio(c.removedAll - c.removedWrong, c.removedAll)),
                      num(Counts::ratio(c.removedFound, c.removedGold)), pct(c.linkTop1, c.linkTotal))
            + QStringLiteral("  %1/%2/%3").arg(c.ratingFound).arg(c.ratingRead).arg(c.ratingTotal));
        if (verbose) {
            for (const QString &e : c.errors)
                print(QStringLiteral("    ") + e);
        }
        everything += c;
        if (gold.heldOut) {
            heldOut += c;
            ++heldOutReports;
            continue;
        }
        overall += c;
        ++reports;
        if (gold.form == u"full") {
            full += c;
            ++fullReports;
        }
    }
    print(QString());
    table(QStringLiteral("DEVELOPMENT CORPUS (%1 reports)").arg(reports), overall);
    print(QString());
    table(QStringLiteral("FULL-LENGTH PDF REPORTS (%1)").arg(fullReports), full);
    print(QString());
    table(QStringLiteral("HELD-OUT (%1 reports)").arg(heldOutReports), heldOut);
    print(QString());
    table(QStringLiteral("ALL REPORTS (%1)").arg(reports + heldOutReports), everything);
    if (!check)
        return 0;
    const QHash<QString, double> floors = readFloors(dir.filePath(QStringLiteral("floors.txt")));
    const QList<std::pair<QString, double>> measured {
        {QStringLiteral("kind-f1-overall"), overall.kindF1()},
        {QStringLiteral("kind-f1-full"), full.kindF1()},
        {QStringLiteral("side-overall"), Counts::ratio(overall.sideRight, overall.sideTotal)},
        {QStringLiteral("speaker-overall"), Counts::ratio(overall.speakerRight, overall.speakerTotal)},
        {QStringLiteral("removal-recall"), Counts::ratio(overall.removedFound, overall.removedGold)},
        {QStringLiteral("removal-precision"),
            Counts::ratio(overall.removedAll - overall.removedWrong, overall.removedAll)},
        {QStringLiteral("link-top1-full"), Counts::ratio(full.linkTop1, full.linkTotal)},
        {QStringLiteral("ratings-precision"), Counts::ratio(overall.ratingFound, overall.ratingRead)},
        {QStringLiteral("ratings-recall"), Counts::ratio(overall.ratingFound, overall.ratingTotal)},
        {QStringLiteral("ratings-scale"), Counts::ratio(overall.ratingScale, overall.ratingFound)},
        {QStringLiteral("kind-f1-all"), everything.kindF1()},
        {QStringLiteral("heldout-kind-f1"), heldOut.kindF1()},
        {QStringLiteral("heldout-side"), Counts::ratio(heldOut.sideRight, heldOut.sideTotal)},
        {QStringLiteral("heldout-speaker"), Counts::ratio(heldOut.speakerRight, heldOut.speakerTotal)},
        {QStringLiteral("heldout-removal-recall"), Counts::ratio(heldOut.removedFound, heldOut.removedGold)},
        {QStringLiteral("heldout-removal-precision"),
            Counts::ratio(heldOut.removedAll - heldOut.removedWrong, heldOut.removedAll)},
        {QStringLiteral("heldout-link-top1"), Counts::ratio(heldOut.linkTop1, heldOut.linkTotal)},
        {QStringLiteral("heldout-ratings-recall"), Counts::ratio(heldOut.ratingFound, heldOut.ratingTotal)},
    };
    bool ok = true;
    for (const auto &[key, value] : measured) {
        if (!floors.contains(key))
            continue;
        if (value + 1e-9 < floors.value(key)) {
            print(QStringLiteral("FAIL %1 %2 is below its floor %3").arg(key, num(value), num(floors.value(key))));
            ok = false;
        }
    }
    print(ok ? QStringLiteral("PASS: every measure at or above its floor") : QStringLiteral("FAIL"));
    return ok ? 0 : 1;
}
