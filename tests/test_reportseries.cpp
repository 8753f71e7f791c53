// SPDX-License-Identifier: GPL-3.0-or-later
// Report series in the project store, on real SQLite files: follow-up relations,
// progress links and their rules, taking a report out of a series or deleting
// it, undo of each, and the priority timeline with its JSON.
#include "StoreFixtures.h"
#include "series/SeriesProgress.h"
#include "store/ProjectStore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Scrutiny;

namespace {
SegmentRef ref(qint64 document, const char *label)
{
    return SegmentRef {document, QString::fromLatin1(label)};
}
} // namespace

class TestReportSeries final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    /// A new project with three reports (ids 1, 2, 3), none in a series yet.
    void openWithThreeReports(ProjectStore &store)
    {
        QString error;
        if (!store.open(m_dir.filePath(QStringLiteral("s%1.scrutiny").arg(++m_counter)), &error))
            qFatal("open failed: %s", qPrintable(error));
        for (int i = 1; i <= 3; ++i) {
            const auto r = store.importReport(StoreFixtures::councilReport(QStringLiteral(" %1").arg(i)),
                QByteArray("report ") + QByteArray::number(i), QStringLiteral("r%1.txt").arg(i), &error);
            if (!r || r->documentId != i)
                qFatal("import failed: %s", qPrintable(error));
        }
    }

    /// 1 <- 2 <- 3.
    void chain(ProjectStore &store)
    {
        QString error;
        QVERIFY2(store.setFollows(2, 1, &error), qPrintable(error));
        QVERIFY2(store.setFollows(3, 2, &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void followsMakesASeriesAndUndoes()
    {
        ProjectStore store;
        openWithThreeReports(store);
        QCOMPARE(store.series(3), QList<qint64> {3});
        QSignalSpy documents(&store, &ProjectStore::documentsChanged);
        chain(store);
        QCOMPARE(documents.size(), 2);
        const QList<qint64> all {1, 2, 3};
        QCOMPARE(store.series(1), all);
        QCOMPARE(store.series(3), all);
        QCOMPARE(store.followUps(), (QList<FollowUp> {{2, 1}, {3, 2}}));
        QCOMPARE(store.undoText(), QStringLiteral("report 3 follows up report 2"));
        QString error;
        QVERIFY2(store.undo(&error), qPrintable(error));
        QCOMPARE(store.series(1), (QList<qint64> {1, 2}));
        QCOMPARE(store.series(3), QList<qint64> {3});
        QVERIFY2(store.redo(&error), qPrintable(error));
        QCOMPARE(store.series(3), all);
        QVERIFY(store.series(99).isEmpty());
    }

    void followsRefusesLoopsAndItself()
    {
        ProjectStore store;
        openWithThreeReports(store);
        chain(store);
        QString error;
        QVERIFY(!store.setFollows(1, 3, &error));
        QVERIFY2(error.contains(QStringLiteral("a series runs one way")), qPrintable(error));
        QVERIFY(!store.setFollows(2, 2, &error));
        QCOMPARE(error, QStringLiteral("report 2 cannot follow up itself"));
        QVERIFY(!store.setFollows(2, 1, &error));
        QCOMPARE(error, QStringLiteral("report 2 already follows up report 1"));
        QVERIFY(!store.setFollows(4, 1, &error));
        QCOMPARE(error, QStringLiteral("no document 4 in the project"));
        QCOMPARE(store.series(1), (QList<qint64> {1, 2, 3}));
    }

    void progressLinksOnlyPointBack_data()
    {
        QTest::addColumn<SegmentRef>("from");
        QTest::addColumn<SegmentRef>("to");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("error");
        QTest::addRow("priority of a later report")
            << ref(1, "F1") << ref(2, "P1") << int(ProgressType::Met)
            << QStringLiteral("cannot link 1:F1 to 2:P1: report 2 is not earlier "
                              "than report 1 in their series; a finding can only "
                              "report on a priority of an earlier report");
        QTest::addRow("same report") << ref(2, "F1") << ref(2, "P1") << int(ProgressType::Met)
                                     << QStringLiteral(
                                            "cannot link 2:F1 to 2:P1: report 2 is not earlier than report 2 "
                                            "in their series; a finding can only report on a priority of an "
                                            "earlier report");
        QTest::addRow("from a priority") << ref(2, "P1") << ref(1, "P1") << int(ProgressType::Met)
                                         << QStringLiteral("2:P1 is a priority; progress is reported by a finding of "
                                                           "the later report");
        QTest::addRow("finding, not a repeat") << ref(2, "F1") << ref(1, "F1") << int(ProgressType::NotMet)
                                               << QStringLiteral("1:F1 is a finding; a finding reports progress on a "
                                                                 "priority of an earlier report (or repeats one of its "
                                                                 "findings)");
        QTest::addRow("unknown segment") << ref(2, "F9") << ref(1, "P1") << int(ProgressType::Met)
                                         << QStringLiteral("document 2 has no segment F9");
    }

    void progressLinksOnlyPointBack()
    {
        QFETCH(SegmentRef, from);
        QFETCH(SegmentRef, to);
        QFETCH(int, type);
        QFETCH(QString, error);
        ProjectStore store;
        openWithThreeReports(store);
        chain(store);
        QString message;
        QVERIFY(!store.addProgressLink(from, to, ProgressType(type), &message));
        QCOMPARE(message, error);
        QVERIFY(store.progressLinks().isEmpty());
    }

    void progressLinksOutsideASeriesAreRefused()
    {
        ProjectStore store;
        openWithThreeReports(store);
        QString error;
        QVERIFY(!store.addProgressLink(ref(2, "F1"), ref(1, "P1"), ProgressType::Met, &error));
        QVERIFY2(error.startsWith(QStringLiteral("reports 2 and 1 are not in one series")), qPrintable(error));
    }

    void progressLinksAreStoredAndUndone()
    {
        ProjectStore store;
        openWithThreeReports(store);
        chain(store);
        QString error;
        const auto l = store.addProgressLink(
            ref(3, "F1"), ref(1, "P1"), ProgressType::NotMet, &error, 0.74, QStringLiteral("\"still\""));
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(l->from.text(), QStringLiteral("3:F1"));
        QCOMPARE(l->to.text(), QStringLiteral("1:P1"));
        QVERIFY(l->type == ProgressType::NotMet);
        QVERIFY(l->confirmed);
        QCOMPARE(l->confidence, 0.74);
        QVERIFY(store.addProgressLink(ref(3, "F3"), ref(1, "F3"), ProgressType::Repeat, &error));
        QVERIFY(!store.addProgressLink(ref(3, "F1"), ref(1, "P1"), ProgressType::Met, &error));
        QCOMPARE(error, QStringLiteral("3:F1 is already linked to 1:P1"));
        QCOMPARE(store.progressLinks({3}).size(), 2);
        QVERIFY(store.progressLinks({2}).isEmpty());

        QVERIFY2(store.setProgressType(l->id, ProgressType::Progress, &error), qPrintable(error));
        QVERIFY(store.progressLinks({3}).constFirst().type == ProgressType::Progress);
        const qint64 repeatId = store.progressLinks({3}).constLast().id;
        QVERIFY(!store.setProgressType(repeatId, ProgressType::Met, &error));
        QCOMPARE(error, QStringLiteral("1:F3 is a finding; a link to a finding is a repeat finding"));

        QVERIFY(store.undo(&error)); // the type change
        QVERIFY(store.progressLinks({3}).constFirst().type == ProgressType::NotMet);
        QVERIFY(store.removeProgressLink(l->id, &error));
        QCOMPARE(store.progressLinks().size(), 1);
        QVERIFY(store.undo(&error));
        QCOMPARE(store.progressLinks().size(), 2);
        QCOMPARE(store.progressLinks().constFirst().reason, QStringLiteral("\"still\""));
    }

    void leavingASeriesKeepsTheOthersAndUndoes()
    {
        ProjectStore store;
        openWithThreeReports(store);
        chain(store);
        QString error;
        QVERIFY(store.addProgressLink(ref(2, "F1"), ref(1, "P1"), ProgressType::Progress, &error));
        QVERIFY(store.addProgressLink(ref(3, "F1"), ref(1, "P1"), ProgressType::Met, &error));
        QVERIFY(store.addProgressLink(ref(3, "F3"), ref(2, "P2"), ProgressType::NotMet, &error));
        const QList<ProgressLink> before = store.progressLinks();

        QVERIFY2(store.leaveSeries(2, &error), qPrintable(error));
        QCOMPARE(store.series(3), (QList<qint64> {1, 3}));
        QCOMPARE(store.series(2), QList<qint64> {2});
        const QList<ProgressLink> after = store.progressLinks();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.constFirst(), before.at(1)); // 3:F1 -> 1:P1, untouched
        QVERIFY(!store.leaveSeries(2, &error));
        QCOMPARE(error, QStringLiteral("report 2 is in no series"));

        QCOMPARE(store.undoText(), QStringLiteral("take report 2 out of its series"));
        QVERIFY2(store.undo(&error), qPrintable(error));
        QCOMPARE(store.series(3), (QList<qint64> {1, 2, 3}));
        QCOMPARE(store.progressLinks(), before);
    }

    void deletingAReportKeepsTheRestOfItsSeries()
    {
        ProjectStore store;
        openWithThreeReports(store);
        chain(store);
        QString error;
        QVERIFY(store.addProgressLink(ref(3, "F1"), ref(1, "P1"), ProgressType::Met, &error));
        QVERIFY(store.addProgressLink(ref(2, "F1"), ref(1, "P1"), ProgressType::Progress, &error));
        QVERIFY2(store.removeDocument(2, &error), qPrintable(error));
        QCOMPARE(store.series(3), (QList<qint64> {1, 3}));
        QCOMPARE(store.progressLinks().size(), 1);
        QCOMPARE(store.progressLinks().constFirst().from.text(), QStringLiteral("3:F1"));
        // The first report goes: the next one starts the series.
        QVERIFY(store.removeDocument(1, &error));
        QCOMPARE(store.series(3), QList<qint64> {3});
        QVERIFY(store.progressLinks().isEmpty());
    }

    void timelineFlagsAPlanThatDisagrees()
    {
        ProjectStore store;
        openWithThreeReports(store);
        chain(store);
        QString error;
        PlanItem done;
        done.priority = QStringLiteral("P2");
        done.status = PlanStatus::Done;
        QVERIFY(store.setPlanItem(1, done, &error));
        QVERIFY(store.addProgressLink(ref(2, "F3"), ref(1, "P2"), ProgressType::Progress, &error));
        QVERIFY(store.addProgressLink(
            ref(3, "F3"), ref(1, "P2"), ProgressType::Repeat, &error, 1.0, QStringLiteral("again")));
        QVERIFY(store.addProgressLink(ref(3, "F1"), ref(1, "P1"), ProgressType::Met, &error));

        const auto progress = SeriesProgress::read(store, 1, &error);
        QVERIFY2(progress, qPrintable(error));
        QCOMPARE(progress->series, (QList<qint64> {1, 2, 3}));
        QCOMPARE(progress->priorities.size(), 2);
        const SeriesProgress::Priority &p2 = progress->priorities.at(1);
        QCOMPARE(p2.priority.text(), QStringLiteral("1:P2"));
        QVERIFY(p2.plan == PlanStatus::Done);
        QCOMPARE(p2.statuses.size(), 2);
        QVERIFY(p2.statuses.at(0).type == ProgressType::Progress);
        QVERIFY(p2.statuses.at(1).type == ProgressType::Repeat);
        QCOMPARE(p2.statuses.at(1).evidence, QList<SegmentRef> {ref(3, "F3")});
        QCOMPARE(p2.statuses.at(1).quotes.constFirst(),
            QStringLiteral("Safeguarding procedures for adults were not consistently followed."));
        QVERIFY(p2.statuses.at(1).confirmed);
        QVERIFY(p2.disagrees());
        QVERIFY(!progress->priorities.at(0).disagrees());

        const QJsonObject json = progress->toJson();
        QCOMPARE(json.value(QStringLiteral("series")).toArray(), (QJsonArray {1, 2, 3}));
        const QJsonObject second = json.value(QStringLiteral("priorities")).toArray().at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("priority")).toString(), QStringLiteral("1:P2"));
        QCOMPARE(second.value(QStringLiteral("disagreement")).toBool(), true);
        const QJsonObject last = second.value(QStringLiteral("statuses")).toArray().at(1).toObject();
        QCOMPARE(last.value(QStringLiteral("report")).toInt(), 3);
        QCOMPARE(last.value(QStringLiteral("status")).toString(), QStringLiteral("repeat"));
        QCOMPARE(last.value(QStringLiteral("evidence")).toArray(), QJsonArray {QStringLiteral("3:F3")});
        QCOMPARE(last.value(QStringLiteral("confirmed")).toBool(), true);
        QCOMPARE(last.value(QStringLiteral("reason")).toString(), QStringLiteral("again"));
        QVERIFY(json.value(QStringLiteral("repeat_findings")).isArray());

        // From the second report on: its priorities through the third.
        const auto fromSecond = SeriesProgress::read(store, 2, &error);
        QVERIFY(fromSecond);
        QCOMPARE(fromSecond->series, (QList<qint64> {2, 3}));
    }
};

QTEST_GUILESS_MAIN(TestReportSeries)
#include "test_reportseries.moc"
