// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search of a project: ranking, marks, filters, notes and odd queries.
#include "StoreFixtures.h"
#include "store/FullTextQuery.h"
#include "store/ProjectStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Scrutiny;

class TestStoreSearch final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ProjectStore m_store;
    qint64 m_first = 0;
    qint64 m_second = 0;

    QList<ProjectStore::SearchHit> search(const QString &query, const ProjectStore::SearchFilter &filter = {})
    {
        QString error;
        const auto hits = m_store.search(query, filter, &error);
        if (!error.isEmpty())
            qWarning() << error;
        return hits;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("search.scrutiny")), &error), qPrintable(error));
        m_first = m_store.importReport(StoreFixtures::councilReport(), "first", QStringLiteral("a.txt"), &error)
                      ->documentId;
        m_second = m_store
                       .importReport(
                           StoreFixtures::report(QStringLiteral("Second"),
                               {{SegmentKind::Finding,
                                    QStringLiteral("Safeguarding safeguarding safeguarding: the council's safeguarding "
                                                   "board rarely met.")},
                                   {SegmentKind::Priority,
                                       QStringLiteral("Strengthen the leadership of the safeguarding board.")},
                                   {SegmentKind::Response,
                                       QStringLiteral("We will co-ordinate the board's work with health partners.")}}),
                           "second", QStringLiteral("b.txt"), &error)
                       ->documentId;
        QVERIFY(m_store.tagSegmentByName(m_first, QStringLiteral("F3"), QStringLiteral("adults"), &error));
        const auto child = m_store.createTag(
            QStringLiteral("board"), QColor(Qt::red), &error, {}, m_store.tagByName(QStringLiteral("adults"))->id);
        QVERIFY(child);
        QVERIFY(m_store.tagSegment(m_second, QStringLiteral("F1"), child->id, &error));
        QVERIFY(m_store.setNote(
            m_first, QStringLiteral("P1"), QStringLiteral("Ask about the safeguarding audit in March."), &error));
        QVERIFY(
            m_store.setNote(m_second, {}, QStringLiteral("Safeguarding is the theme of the whole review."), &error));
    }

    void ranksAndMarks()
    {
        const auto hits = search(QStringLiteral("safeguarding"));
        QCOMPARE(hits.size(), 7); // 5 segments + 2 notes
        // The finding that says it four times comes first; ranks ascend (bm25: lower is better).
        QCOMPARE(hits[0].documentId, m_second);
        QCOMPARE(hits[0].segment, QStringLiteral("F1"));
        for (qsizetype i = 1; i < hits.size(); ++i)
            QVERIFY(hits[i - 1].rank <= hits[i].rank);
        const QString open(QChar(0xE000));
        const QString close(QChar(0xE001));
        for (const auto &hit : hits) {
            QVERIFY2(hit.snippet.contains(open + QStringLiteral("safeguarding") + close, Qt::CaseInsensitive),
                qPrintable(hit.snippet));
            QCOMPARE(hit.snippet.count(open), hit.snippet.count(close));
        }
    }

    void stemsAndPrefixes()
    {
        // Porter stemming: "assessment" finds "assessments"; a prefix needs *.
        QCOMPARE(search(QStringLiteral("assessment")).size(), 2);
        QCOMPARE(search(QStringLiteral("assess*")).size(), 2);
        QCOMPARE(search(QStringLiteral("\"adult safeguarding procedures\"")).size(), 1);
        QCOMPARE(search(QStringLiteral("co-ordinate")).value(0).segment, QStringLiteral("R1"));
        QCOMPARE(search(QStringLiteral("council's")).size(), 1);
        QCOMPARE(search(QStringLiteral("leadership OR timeliness")).size(), 3);
        QCOMPARE(search(QStringLiteral("safeguarding NOT board")).size(), 5);
    }

    void filters()
    {
        ProjectStore::SearchFilter f;
        f.kind = SegmentKind::Priority;
        auto hits = search(QStringLiteral("safeguarding"), f);
        QCOMPARE(hits.size(), 3); // two priorities and the note on a priority
        for (const auto &h : hits)
            QVERIFY(h.kind == SegmentKind::Priority);

        f = {};
        f.side = Side::Council;
        QCOMPARE(search(QStringLiteral("council"), f).size(), 1);

        f = {};
        f.documentId = m_first;
        hits = search(QStringLiteral("safeguarding"), f);
        QCOMPARE(hits.size(), 4); // F3, P2, R1 and the note on P1
        for (const auto &h : hits)
            QCOMPARE(h.documentId, m_first);
        QVERIFY(std::any_of(
            hits.cbegin(), hits.cend(), [](const auto &h) { return h.inNote && h.segment == QStringLiteral("P1"); }));

        // A tag matches its sub-tags too.
        f = {};
        f.tag = QStringLiteral("adults");
        hits = search(QStringLiteral("safeguarding"), f);
        QCOMPARE(hits.size(), 2);
        f.tag = QStringLiteral("board");
        hits = search(QStringLiteral("safeguarding"), f);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].documentId, m_second);

        f.limit = 1;
        f.tag.clear();
        QCOMPARE(search(QStringLiteral("safeguarding"), f).size(), 1);
    }

    void searchFollowsChanges()
    {
        QString error;
        QVERIFY(m_store.setNote(m_first, QStringLiteral("F1"), QStringLiteral("zebracrossing"), &error));
        QCOMPARE(search(QStringLiteral("zebracrossing")).size(), 1);
        QVERIFY(m_store.undo(&error));
        QCOMPARE(search(QStringLiteral("zebracrossing")).size(), 0);
        QVERIFY(m_store.splitSegment(
            m_first, QStringLiteral("F1"), QStringLiteral("Care management assessments").size(), &error));
        QCOMPARE(search(QStringLiteral("recorded")).value(0).segment, QStringLiteral("F2"));
        QVERIFY(m_store.undo(&error));
        QCOMPARE(search(QStringLiteral("recorded")).value(0).segment, QStringLiteral("F1"));
    }

    void badQueries()
    {
        QString error;
        QVERIFY(m_store.search(QStringLiteral(" * - AND "), {}, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("nothing to search for")), qPrintable(error));
        ProjectStore::SearchFilter f;
        f.tag = QStringLiteral("no such tag");
        error.clear();
        QVERIFY(m_store.search(QStringLiteral("council"), f, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("no tag named")), qPrintable(error));
        f = {};
        f.documentId = 999;
        QVERIFY(m_store.search(QStringLiteral("council"), f, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("no document 999")), qPrintable(error));
    }

    void queryTranslation_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addRow("words") << QStringLiteral("care homes") << QStringLiteral("\"care\" \"homes\"");
        QTest::addRow("phrase") << QStringLiteral("\"care homes\" staff") << QStringLiteral("\"care homes\" \"staff\"");
        QTest::addRow("prefix") << QStringLiteral("assess*") << QStringLiteral("\"assess\"*");
        QTest::addRow("operators") << QStringLiteral("a OR b NOT c") << QStringLiteral("\"a\" OR \"b\" NOT \"c\"");
        QTest::addRow("dangling operators") << QStringLiteral("AND care OR") << QStringLiteral("\"care\"");
        QTest::addRow("lowercase or is a word")
            << QStringLiteral("this or that") << QStringLiteral("\"this\" \"or\" \"that\"");
        QTest::addRow("syntax characters")
            << QStringLiteral("co-ordination (NEAR) ^x") << QStringLiteral("\"co-ordination\" \"(NEAR)\" \"^x\"");
        QTest::addRow("punctuation only") << QStringLiteral("- ; *") << QString();
    }

    void queryTranslation()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(FullTextQuery::fromUserInput(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestStoreSearch)
#include "test_storesearch.moc"
