// SPDX-License-Identifier: GPL-3.0-or-later
// ProgressReading, one sentence at a time: the grammar that decides a progress
// type beyond single cue words. "again" read by its clause, a movement read by
// what moves (and by what the priority asked for), "now" with a state or a
// benchmark, "remains"/"still" with what follows them, "no longer" with what
// ended, progressive aspect as work under way, and a state compared with the
// past and found the same. Sentences are our own, not from any report.
#include "linking/ProgressReading.h"

#include <QTest>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

class TestProgressReading final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("priority");
        QTest::addColumn<bool>("repeatsEarlier");
        QTest::addColumn<QString>("type");

        // "again": a practice back, or the weakness back, by the clause around it.
        QTest::newRow("again, good clause")
            << u"Fire drills are once again held every month."_s << QString() << false << u"met"_s;
        QTest::newRow("again, denied clause")
            << u"The register has again not been reviewed for a year."_s << QString() << false << u"repeat"_s;
        QTest::newRow("again, worse movement")
            << u"Waits for therapy have lengthened again."_s << u"Reduce waits for therapy."_s << false << u"repeat"_s;
        QTest::newRow("again, neutral clause beside a done one")
            << u"A savings plan was agreed in May, but the deficit was again met from reserves."_s << QString() << false
            << u"progress"_s;
        // Movements: down is good for a weakness in itself, or when the priority asks for less.
        QTest::newRow("down, weakness noun")
            << u"Delays in paying suppliers have fallen steadily."_s << QString() << false << u"progress"_s;
        QTest::newRow("down, priority asks for less")
            << u"Use of temporary staff has dropped to one shift in twelve."_s
            << u"Reduce the use of temporary staff."_s << false << u"progress"_s;
        QTest::newRow("up, priority asks for less") << u"Use of temporary staff has risen to one shift in three."_s
                                                    << u"Reduce the use of temporary staff."_s << true << u"repeat"_s;
        QTest::newRow("now above a benchmark, after improving")
            << u"Reading scores have improved and are now above the national average."_s
            << u"Raise reading standards."_s << false << u"met"_s;
        QTest::newRow("now below a benchmark")
            << u"Staff turnover is now below the regional average."_s << u"Cut staff turnover."_s << false << u"met"_s;
        QTest::newRow("the priority's own comparative") << u"Committee papers are now shorter and easier to read."_s
                                                        << u"Write shorter committee papers."_s << false << u"met"_s;
        // A state compared with the past and found the same: the weakness found again.
        QTest::newRow("remains, no better than before")
            << u"Rent collection remains poor. Arrears are no better than at our last visit."_s
            << u"Improve rent collection."_s << false << u"repeat"_s;
        QTest::newRow("the action denied is not met")
            << u"The council has not yet appointed a data protection officer."_s << QString() << false << u"not-met"_s;
        // "remains"/"still" carry on what follows them.
        QTest::newRow("still, what was asked for") << u"Reports to the board are still brief and focused."_s
                                                   << u"Make reports to the board brief."_s << false << u"met"_s;
        QTest::newRow("still, a weakness")
            << u"Handover notes are still missing key risks."_s << QString() << false << u"repeat"_s;
        QTest::newRow("remains with no predicate")
            << u"A queue of unassessed referrals remains, with some open for months."_s
            << u"Assess every referral promptly."_s << false << u"repeat"_s;
        // "no longer": a weakness ended, or something lost.
        QTest::newRow("no longer, weakness ended")
            << u"Residents no longer wait for help to get up."_s << QString() << false << u"met"_s;
        QTest::newRow("no longer, something lost")
            << u"Several projects no longer have a named sponsor."_s << QString() << false << u"not-met"_s;
        // Work under way versus done.
        QTest::newRow("done and under way")
            << u"Tenants are now consulted on repairs, and a new depot is being built."_s << QString() << false
            << u"progress"_s;
        QTest::newRow("gathering pace, due to finish")
            << u"The review of leases is gathering pace and is due to finish in spring."_s << QString() << false
            << u"progress"_s;
        QTest::newRow("improvement as a goal is no change")
            << u"The plan is now clear about its priorities for improvement."_s << QString() << false << u"met"_s;
        QTest::newRow("overtaken") << u"The hostel has closed, so the recommendation no longer applies."_s << QString()
                                   << false << u"not-applicable"_s;
    }

    void reads()
    {
        QFETCH(QString, text);
        QFETCH(QString, priority);
        QFETCH(bool, repeatsEarlier);
        QFETCH(QString, type);
        const ProgressReading r = ProgressReading::read(text, repeatsEarlier, false, priority);
        QVERIFY2(toString(r.type) == type, qPrintable(u"%1 (cues %2)"_s.arg(toString(r.type), r.cues)));
        QVERIFY(r.confidence > 0 && r.confidence <= 1);
    }
};

QTEST_GUILESS_MAIN(TestProgressReading)
#include "test_progressreading.moc"
