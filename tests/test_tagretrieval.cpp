// SPDX-License-Identifier: GPL-3.0-or-later
// Tag keys that stay with their tag, and code retrieval: every segment carrying a
// tag, with its context, in one report or across the project, and tag counts.
#include "StoreFixtures.h"
#include "store/ProjectStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Scrutiny;

class TestTagRetrieval final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("tags%1.scrutiny").arg(++m_files)); }

    static QHash<QString, int> keysByName(const ProjectStore &store)
    {
        QHash<QString, int> out;
        for (const Tag &t : store.tags())
            out.insert(t.name, t.key);
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void firstNineTagsGetKeysAndKeepThem()
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(freshPath(), &error), qPrintable(error));
        // Created in an order unlike the alphabet: keys follow creation, not names.
        const QStringList names {QStringLiteral("Leadership"), QStringLiteral("Timeliness"),
            QStringLiteral("Safeguarding"), QStringLiteral("Recording"), QStringLiteral("Carers"),
            QStringLiteral("Budget"), QStringLiteral("Staffing"), QStringLiteral("Partnership"),
            QStringLiteral("Housing"), QStringLiteral("Advocacy")};
        for (const QString &name : names)
            QVERIFY2(store.createTag(name, {}, &error), qPrintable(error));
        const QHash<QString, int> keys = keysByName(store);
        for (int i = 0; i < 9; ++i)
            QCOMPARE(keys.value(names[i]), i + 1);
        QCOMPARE(keys.value(QStringLiteral("Advocacy")), 0); // the tenth has none

        // "Children" sorts first but takes no one's key.
        QVERIFY(store.createTag(QStringLiteral("Children"), {}, &error));
        QCOMPARE(keysByName(store).value(QStringLiteral("Leadership")), 1);
        QCOMPARE(keysByName(store).value(QStringLiteral("Children")), 0);

        // A freed key goes to the next tag created; the others stay put.
        QVERIFY(store.deleteTag(store.tagByName(QStringLiteral("Recording"))->id, &error));
        const auto made = store.createTag(QStringLiteral("Quality"), {}, &error);
        QVERIFY(made);
        QCOMPARE(made->key, 4);
        QCOMPARE(store.tagByName(QStringLiteral("Timeliness"))->key, 2);
        // Undoing the creation frees the key again.
        QVERIFY(store.undo(&error));
        QVERIFY(!store.tagByName(QStringLiteral("Quality")));
        QCOMPARE(store.tagByName(QStringLiteral("Staffing"))->key, 7);
    }

    void assigningAKeySwapsItAndUndoes()
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(freshPath(), &error), qPrintable(error));
        const Tag a = *store.createTag(QStringLiteral("Alpha"), {}, &error);
        Tag b = *store.createTag(QStringLiteral("Beta"), {}, &error);
        QCOMPARE(a.key, 1);
        QCOMPARE(b.key, 2);
        b.key = 1;
        QVERIFY2(store.updateTag(b, &error), qPrintable(error));
        QCOMPARE(store.tagByName(QStringLiteral("Beta"))->key, 1);
        QCOMPARE(store.tagByName(QStringLiteral("Alpha"))->key, 2);
        QVERIFY2(store.undo(&error), qPrintable(error));
        QCOMPARE(store.tagByName(QStringLiteral("Alpha"))->key, 1);
        QCOMPARE(store.tagByName(QStringLiteral("Beta"))->key, 2);
        QVERIFY2(store.redo(&error), qPrintable(error));
        QCOMPARE(store.tagByName(QStringLiteral("Beta"))->key, 1);

        // No key at all, and keys out of range are refused with nothing changed.
        b = *store.tagByName(QStringLiteral("Beta"));
        b.key = 0;
        QVERIFY(store.updateTag(b, &error));
        QCOMPARE(store.tagByName(QStringLiteral("Beta"))->key, 0);
        b.key = 10;
        QVERIFY(!store.updateTag(b, &error));
        QVERIFY(error.contains(QLatin1StringView("1 to 9")));
        QCOMPARE(store.tagByName(QStringLiteral("Beta"))->key, 0);

        // Keys survive closing and reopening the file.
        const QString path = store.path();
        store.close();
        ProjectStore again;
        QVERIFY(again.open(path, &error));
        QCOMPARE(again.tagByName(QStringLiteral("Alpha"))->key, 2);
    }

    void retrievesTaggedSegmentsAcrossReports()
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(freshPath(), &error), qPrintable(error));
        const qint64 first
            = store.importReport(StoreFixtures::councilReport(), "one", QStringLiteral("a.txt"), &error)->documentId;
        const qint64 second = store.importReport(StoreFixtures::councilReport(QStringLiteral(" (2009)")), "two",
                                       QStringLiteral("b.txt"), &error)
                                  ->documentId;
        const Tag care = *store.createTag(QStringLiteral("Care"), {}, &error);
        const Tag adults = *store.createTag(QStringLiteral("Adults"), {}, &error, {}, care.id);
        QVERIFY(store.tagSegment(first, QStringLiteral("F3"), care.id, &error));
        QVERIFY(store.tagSegment(first, QStringLiteral("F1"), adults.id, &error));
        QVERIFY(store.tagSegment(second, QStringLiteral("P2"), care.id, &error));

        // Across the project, by report then in reading order; sub-tags count for their parent.
        const auto all = store.taggedSegments(care.id, 0, &error);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].documentId, first);
        QCOMPARE(all[0].segment, QStringLiteral("F1"));
        QCOMPARE(all[1].segment, QStringLiteral("F3"));
        QCOMPARE(all[2].documentId, second);
        QCOMPARE(all[2].segment, QStringLiteral("P2"));
        QCOMPARE(int(all[2].kind), int(SegmentKind::Priority));
        QCOMPARE(all[2].documentTitle, QStringLiteral("Review of Testshire social services (2009)"));
        // Context: the segments either side.
        QCOMPARE(all[1].text, QStringLiteral("Safeguarding procedures for adults were not consistently followed."));
        QCOMPARE(all[1].before,
            QStringLiteral("Leadership of children's services has improved since the last inspection."));
        QCOMPARE(all[1].after,
            QStringLiteral("Improve the timeliness and recording of care management assessments."));
        QCOMPARE(all[2].after, QStringLiteral("\"Nobody ever rang me back about my mother's care.\""));

        // One report only; a sub-tag alone.
        QCOMPARE(store.taggedSegments(care.id, second, &error).size(), 1);
        QCOMPARE(store.taggedSegments(adults.id, 0, &error).size(), 1);
        // Unknown tag or report: one clear line, nothing returned.
        QVERIFY(store.taggedSegments(999, 0, &error).isEmpty());
        QCOMPARE(error, QStringLiteral("no tag 999 in the project"));
        QVERIFY(store.taggedSegments(care.id, 42, &error).isEmpty());
        QCOMPARE(error, QStringLiteral("no document 42 in the project"));

        // Counts per report and per project (a tag's own segments).
        QCOMPARE(store.tagUsage(first).value(care.id), 1);
        QCOMPARE(store.tagUsage(first).value(adults.id), 1);
        QCOMPARE(store.tagUsage(second).value(care.id), 1);
        QCOMPARE(store.tagUsage(second).value(adults.id), 0);
        QCOMPARE(store.tagUsage().value(care.id), 2);

        // A tag filter alone is a search: the same segments, in reading order.
        ProjectStore::SearchFilter filter;
        filter.tag = QStringLiteral("care");
        const auto hits = store.search(QString(), filter, &error);
        QCOMPARE(hits.size(), 3);
        QCOMPARE(hits[0].segment, QStringLiteral("F1"));
        QCOMPARE(hits[2].documentId, second);
        QVERIFY(hits[1].snippet.startsWith(QLatin1StringView("Safeguarding procedures")));
        filter.documentId = second;
        QCOMPARE(store.search(QStringLiteral("  "), filter, &error).size(), 1);
        filter.kind = SegmentKind::Finding;
        QCOMPARE(store.search(QString(), filter, &error).size(), 0);
        // Without a tag an empty query is still refused.
        QVERIFY(store.search(QString(), ProjectStore::SearchFilter {}, &error).isEmpty());
        QVERIFY(error.startsWith(QLatin1StringView("nothing to search for")));
    }

    void longContextIsCutAtAWord()
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(freshPath(), &error), qPrintable(error));
        QString lengthy;
        for (int i = 0; i < 60; ++i)
            lengthy += QStringLiteral("word%1 ").arg(i);
        lengthy = lengthy.trimmed();
        const qint64 id = store.importReport(
                                   StoreFixtures::report(QStringLiteral("Long"),
                                       {{SegmentKind::Context, lengthy},
                                           {SegmentKind::Finding, QStringLiteral("The tagged finding.")},
                                           {SegmentKind::Context, lengthy}}),
                                   "long", QStringLiteral("long.txt"), &error)
                              ->documentId;
        QVERIFY(store.tagSegmentByName(id, QStringLiteral("F1"), QStringLiteral("t"), &error));
        const auto found = store.taggedSegments(store.tagByName(QStringLiteral("t"))->id, 0, &error);
        QCOMPARE(found.size(), 1);
        QVERIFY(found[0].before.startsWith(QChar(0x2026)));
        QVERIFY(found[0].before.endsWith(QLatin1StringView("word59")));
        QVERIFY(found[0].before.size() <= 161);
        QVERIFY(!found[0].before.mid(1).startsWith(u' '));
        QVERIFY(found[0].after.startsWith(QLatin1StringView("word0 word1")));
        QVERIFY(found[0].after.endsWith(QChar(0x2026)));
        QVERIFY(!found[0].after.chopped(1).endsWith(u' '));
    }
};

QTEST_GUILESS_MAIN(TestTagRetrieval)
#include "test_tagretrieval.moc"
