// SPDX-License-Identifier: GPL-3.0-or-later
// The action plan in the store: several actions per priority, actions tied to no
// priority, the history of every change (who, what, when), undo of each.
#include "StoreFixtures.h"
#include "store/ProjectStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Scrutiny;

class TestPlanActions final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    struct Opened
    {
        std::unique_ptr<ProjectStore> store = std::make_unique<ProjectStore>();
        qint64 document = 0;
    };

    Opened open()
    {
        Opened o;
        QString error;
        o.store->setAuthor(QStringLiteral("ann"));
        if (!o.store->open(m_dir.filePath(QStringLiteral("plan%1.scrutiny").arg(++m_files)), &error))
            qFatal("%s", qPrintable(error));
        o.document = o.store->importReport(StoreFixtures::councilReport(), "bytes", QStringLiteral("r.txt"), &error)
                         ->documentId;
        return o;
    }

    static PlanItem action(const QString &priority, const QString &text, PlanStatus status = PlanStatus::NotStarted)
    {
        PlanItem item;
        item.priority = priority;
        item.action = text;
        item.status = status;
        return item;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void severalActionsPerPriorityAndUntiedOnes()
    {
        Opened o = open();
        QString error;
        const auto first = o.store->addPlanItem(o.document, action(QStringLiteral("P2"), QStringLiteral("Audit")), &error);
        QVERIFY2(first, qPrintable(error));
        QVERIFY(first->id > 0);
        const auto second
            = o.store->addPlanItem(o.document, action(QStringLiteral("p2"), QStringLiteral("Train staff")), &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->priority, QStringLiteral("P2")); // named as the store names it
        const auto untied
            = o.store->addPlanItem(o.document, action({}, QStringLiteral("Report to committee")), &error);
        QVERIFY2(untied, qPrintable(error));
        QVERIFY(untied->priority.isEmpty());
        QVERIFY(o.store->addPlanItem(o.document, action(QStringLiteral("P1"), QStringLiteral("Recruit")), &error));

        // Priorities in reading order, each one's actions in the order added, untied ones last.
        const auto report = o.store->annotatedReport(o.document, &error);
        QVERIFY(report);
        QCOMPARE(report->plan.size(), 4);
        QCOMPARE(report->plan[0].priority, QStringLiteral("P1"));
        QCOMPARE(report->plan[1].action, QStringLiteral("Audit"));
        QCOMPARE(report->plan[2].action, QStringLiteral("Train staff"));
        QCOMPARE(report->plan[3].action, QStringLiteral("Report to committee"));
        QVERIFY(report->plan[3].priority.isEmpty());

        // Only priorities carry actions.
        QVERIFY(!o.store->addPlanItem(o.document, action(QStringLiteral("F1"), QStringLiteral("x")), &error));
        QCOMPARE(error, QStringLiteral("F1 is a finding; only priorities have an action plan"));
        // Removing one leaves the others; undo brings it back with its id.
        QVERIFY2(o.store->removePlanItem(o.document, first->id, &error), qPrintable(error));
        QCOMPARE(o.store->annotatedReport(o.document, &error)->plan.size(), 3);
        QVERIFY(o.store->undo(&error));
        QCOMPARE(o.store->annotatedReport(o.document, &error)->plan.value(1).id, first->id);
        QVERIFY(!o.store->removePlanItem(o.document, 9999, &error));
        QCOMPARE(error, QStringLiteral("document %1 has no action 9999").arg(o.document));
    }

    void historySaysWhoChangedWhatWhen()
    {
        Opened o = open();
        QString error;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto item = *o.store->addPlanItem(o.document, action(QStringLiteral("P1"), QStringLiteral("Audit")), &error);
        item.status = PlanStatus::InProgress;
        item.owner = QStringLiteral("Director");
        o.store->setAuthor(QStringLiteral("bob"));
        QVERIFY2(o.store->setPlanItem(o.document, item, &error), qPrintable(error));
        item.status = PlanStatus::Done;
        QVERIFY(o.store->setPlanItem(o.document, item, &error));

        const auto report = o.store->annotatedReport(o.document, &error);
        QList<PlanChange> status;
        for (const PlanChange &c : report->planHistory) {
            QCOMPARE(c.item, item.id);
            QVERIFY(c.when >= before);
            if (c.field == QLatin1StringView("status"))
                status.append(c);
        }
        QCOMPARE(status.size(), 3);
        QCOMPARE(status[0].who, QStringLiteral("ann"));
        QCOMPARE(status[0].before, QString());
        QCOMPARE(status[0].after, QStringLiteral("not started"));
        QCOMPARE(status[1].who, QStringLiteral("bob"));
        QCOMPARE(status[1].before, QStringLiteral("not started"));
        QCOMPARE(status[1].after, QStringLiteral("in progress"));
        QCOMPARE(status[2].after, QStringLiteral("done"));
        // The owner changed once, by bob; nothing unchanged is recorded.
        const auto owner = std::count_if(report->planHistory.cbegin(), report->planHistory.cend(),
            [](const PlanChange &c) { return c.field == QLatin1StringView("owner"); });
        QCOMPARE(owner, 1);

        // Undo takes the change and its history back; refresh carries the history.
        QVERIFY(o.store->undo(&error));
        AnnotatedReport held = *report;
        QVERIFY(o.store->refreshAnnotations(&held, &error));
        QCOMPARE(int(held.plan.value(0).status), int(PlanStatus::InProgress));
        QCOMPARE(held.planHistory.size(), report->planHistory.size() - 1);
    }

    void setWithoutIdUpdatesThePrioritysFirstAction()
    {
        Opened o = open();
        QString error;
        PlanItem item = action(QStringLiteral("P2"), {}, PlanStatus::InProgress);
        QVERIFY2(o.store->setPlanItem(o.document, item, &error), qPrintable(error));
        item.status = PlanStatus::Done;
        QVERIFY(o.store->setPlanItem(o.document, item, &error));
        auto plan = o.store->annotatedReport(o.document, &error)->plan;
        QCOMPARE(plan.size(), 1);
        QCOMPARE(int(plan[0].status), int(PlanStatus::Done));
        // An action may be moved to another priority or to none.
        plan[0].priority = QStringLiteral("P1");
        QVERIFY(o.store->setPlanItem(o.document, plan[0], &error));
        QCOMPARE(o.store->annotatedReport(o.document, &error)->plan.value(0).priority, QStringLiteral("P1"));
        QVERIFY(!o.store->setPlanItem(o.document, action({}, QStringLiteral("x")), &error));
    }

    void mergingPrioritiesKeepsEveryAction()
    {
        Opened o = open();
        QString error;
        QVERIFY(o.store->addPlanItem(o.document, action(QStringLiteral("P1"), QStringLiteral("One")), &error));
        QVERIFY(o.store->addPlanItem(o.document, action(QStringLiteral("P2"), QStringLiteral("Two")), &error));
        QVERIFY2(o.store->mergeSegments(o.document, QStringLiteral("P1"), &error), qPrintable(error));
        const auto plan = o.store->annotatedReport(o.document, &error)->plan;
        QCOMPARE(plan.size(), 2);
        QCOMPARE(plan[0].priority, QStringLiteral("P1"));
        QCOMPARE(plan[1].priority, QStringLiteral("P1"));
        QVERIFY(o.store->undo(&error));
        QCOMPARE(o.store->annotatedReport(o.document, &error)->plan.value(1).priority, QStringLiteral("P2"));
    }

    void correctedReportKeepsActionsAndHistory()
    {
        Opened o = open();
        QString error;
        QVERIFY(o.store->addPlanItem(o.document, action(QStringLiteral("P2"), QStringLiteral("Audit")), &error));
        QVERIFY(o.store->addPlanItem(o.document, action({}, QStringLiteral("Tell the board")), &error));
        const auto corrected = o.store->importReport(
            StoreFixtures::councilReport(QStringLiteral(" (corrected)")), "v2", QStringLiteral("r2.txt"), &error,
            o.document);
        QVERIFY2(corrected, qPrintable(error));
        const auto report = o.store->annotatedReport(corrected->documentId, &error);
        QCOMPARE(report->plan.size(), 2);
        QCOMPARE(report->plan[0].priority, QStringLiteral("P2"));
        QCOMPARE(report->plan[1].action, QStringLiteral("Tell the board"));
        QVERIFY(!report->planHistory.isEmpty());
        QCOMPARE(report->planHistory[0].item, report->plan[0].id);
    }
};

QTEST_GUILESS_MAIN(TestPlanActions)
#include "test_planactions.moc"
