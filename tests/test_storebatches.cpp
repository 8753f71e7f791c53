// SPDX-License-Identifier: GPL-3.0-or-later
// The store's batch calls on real project files: each is one transaction and one
// journal entry, so one undo step that behaves the same after a restart, and a
// batch refused anywhere commits nothing.
#include "StoreDump.h"
#include "StoreFixtures.h"
#include "store/ProjectStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

namespace {

/// A report with many findings and priorities, so a batch can be large.
ParsedReport longReport(int findings)
{
    QList<StoreFixtures::Paragraph> paragraphs {{SegmentKind::Heading, QStringLiteral("Summary")}};
    for (int i = 1; i <= findings; ++i)
        paragraphs.append({SegmentKind::Finding, QStringLiteral("Finding number %1 about assessments.").arg(i)});
    for (int i = 1; i <= 3; ++i)
        paragraphs.append({SegmentKind::Priority, QStringLiteral("Priority number %1 for the council.").arg(i)});
    paragraphs.append({SegmentKind::Response, QStringLiteral("The council accepts the findings.")});
    return StoreFixtures::report(QStringLiteral("Long review"), paragraphs);
}

QStringList findingLabels(int from, int to)
{
    QStringList labels;
    for (int i = from; i <= to; ++i)
        labels.append(QStringLiteral("F%1").arg(i));
    return labels;
}

} // namespace

class TestStoreBatches final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("b%1.scrutiny").arg(++m_counter)); }

    /// A project with the long report, one tag ("existing") on F1 and a link F1 -> P1.
    qint64 prepare(const QString &path)
    {
        ProjectStore store;
        QString error;
        if (!store.open(path, &error))
            qFatal("open failed: %s", qPrintable(error));
        const auto result = store.importReport(longReport(60), "long bytes", QStringLiteral("long.txt"), &error);
        if (!result
            || !store.tagSegmentByName(result->documentId, QStringLiteral("F1"), QStringLiteral("existing"), &error)
            || !store.addLink(
                result->documentId, QStringLiteral("F1"), QStringLiteral("P1"), LinkType::Addresses, &error))
            qFatal("prepare failed: %s", qPrintable(error));
        return result->documentId;
    }

    /// Runs one batch call by name; false with *error on refusal.
    static bool runBatch(
        ProjectStore &store, qint64 doc, const QString &batch, const QStringList &labels, QString *error)
    {
        const qint64 existing = store.tagByName(QStringLiteral("existing")).value_or(Tag {}).id;
        if (batch == QLatin1StringView("tag"))
            return store.tagSegments(doc, labels, existing, error);
        if (batch == QLatin1StringView("untag"))
            return store.untagSegments(doc, labels, existing, error);
        if (batch == QLatin1StringView("tag by new name"))
            return store.tagSegmentsByName(doc, labels, QStringLiteral("fresh"), error).has_value();
        if (batch == QLatin1StringView("link") || batch == QLatin1StringView("accept")) {
            QList<ProjectStore::LinkRequest> requests;
            QList<std::pair<QString, QString>> pairs;
            for (const QString &label : labels) {
                requests.append({label, QStringLiteral("P2"), LinkType::PartlyAddresses, QStringLiteral("batch")});
                pairs.append({label, QStringLiteral("P2")});
            }
            const auto links = batch == QLatin1StringView("link") ? store.addLinks(doc, requests, error)
                                                                  : store.acceptSuggestions(doc, pairs, error);
            return links.has_value();
        }
        if (batch == QLatin1StringView("unlink")) {
            QList<qint64> ids;
            // Held by name: a range-for over a member of a temporary would dangle.
            const std::optional<AnnotatedReport> report = store.annotatedReport(doc, error);
            for (const Link &l : report->links) {
                if (labels.contains(l.from))
                    ids.append(l.id);
            }
            if (ids.size() != labels.size()) // the refusal rows name a link that is not there
                ids.append(9999);
            return store.removeLinks(doc, ids, error);
        }
        qFatal("unknown batch %s", qPrintable(batch));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void batchIsOneStepAcrossARestart_data()
    {
        QTest::addColumn<QString>("batch");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QString>("description");
        QTest::addRow("tag 50") << QStringLiteral("tag") << findingLabels(2, 51)
                                << QStringLiteral("tag F2, F3, F4 and 47 more with existing");
        QTest::addRow("tag 3") << QStringLiteral("tag") << findingLabels(2, 4)
                               << QStringLiteral("tag F2, F3, F4 with existing");
        QTest::addRow("tag, a label twice") << QStringLiteral("tag") << QStringList {u"F2"_s, u"f2"_s, u"F3"_s}
                                            << QStringLiteral("tag F2, F3 with existing");
        QTest::addRow("untag") << QStringLiteral("untag") << QStringList {u"F1"_s}
                               << QStringLiteral("remove tag existing from F1");
        QTest::addRow("tag with a new tag") << QStringLiteral("tag by new name") << findingLabels(1, 10)
                                            << QStringLiteral("tag F1, F2, F3 and 7 more with fresh");
        QTest::addRow("link") << QStringLiteral("link") << findingLabels(2, 5)
                              << QStringLiteral("link F2 partly-addresses P2, F3 partly-addresses P2, F4 "
                                                "partly-addresses P2, F5 partly-addresses P2");
        QTest::addRow("accept") << QStringLiteral("accept") << findingLabels(2, 3)
                                << QStringLiteral("accept suggestions F2 addresses P2, F3 addresses P2");
        QTest::addRow("unlink") << QStringLiteral("unlink") << QStringList {u"F1"_s}
                                << QStringLiteral("remove link F1 -> P1");
    }

    void batchIsOneStepAcrossARestart()
    {
        QFETCH(QString, batch);
        QFETCH(QStringList, labels);
        QFETCH(QString, description);
        const QString path = freshPath();
        const qint64 doc = prepare(path);
        const QString before = StoreDump::dump(path);
        QString after;
        qint64 entry = 0;
        int entries = 0;
        {
            ProjectStore store;
            QString error;
            QVERIFY(store.open(path, &error));
            entries = store.journal(0, 0).size();
            QSignalSpy changed(&store, &ProjectStore::annotationsChanged);
            QVERIFY2(runBatch(store, doc, batch, labels, &error), qPrintable(error));
            QCOMPARE(changed.count(), 1);
            QCOMPARE(store.journal(0, 0).size(), entries + 1);
            entry = store.lastEntryId();
            QCOMPARE(store.journalEntry(entry)->description, description);
            QCOMPARE(store.undoText(), description);
            after = StoreDump::dump(path);
            QVERIFY(after != before);
        }
        {
            // A restart: a new store, a new session; the entry is undone whole.
            ProjectStore store;
            QString error;
            QVERIFY(store.open(path, &error));
            QCOMPARE(store.undoableEntry({{}, store.author()}), entry);
            QVERIFY2(store.undoEntry(entry, &error), qPrintable(error));
            const auto report = store.annotatedReport(doc, &error);
            QCOMPARE(report->segmentTags.value(QStringLiteral("F1")).size(), 1);
            QCOMPARE(report->links.size(), 1);
            QCOMPARE(report->segmentTags.size(), 1);
        }
        {
            ProjectStore store;
            QString error;
            QVERIFY(store.open(path, &error));
            QCOMPARE(store.redoableEntry({{}, store.author()}), entry);
            QVERIFY2(store.redoEntry(entry, &error), qPrintable(error));
            // Back to the batch's result; only the journal's undo/redo records differ.
            const QString redone = StoreDump::dump(path);
            QCOMPARE(redone.left(redone.indexOf(u"\njournal\n")), after.left(after.indexOf(u"\njournal\n")));
            QCOMPARE(store.journal(0, 0).size(), entries + 3);
        }
    }

    void refusedBatchCommitsNothing_data()
    {
        QTest::addColumn<QString>("batch");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QString>("message");
        QTest::addRow("tag, unknown label in the middle")
            << QStringLiteral("tag") << QStringList {u"F2"_s, u"F99"_s, u"F3"_s}
            << QStringLiteral("document 1 has no segment F99");
        QTest::addRow("tag, not a label") << QStringLiteral("tag") << QStringList {u"F2"_s, u"xyz"_s}
                                          << QStringLiteral("\"xyz\" is not a segment id (like F3 or P2)");
        QTest::addRow("tag, one already tagged") << QStringLiteral("tag") << QStringList {u"F2"_s, u"F1"_s}
                                                 << QStringLiteral("F1 already has tag \"existing\"");
        QTest::addRow("tag, none") << QStringLiteral("tag") << QStringList {} << QStringLiteral("no segments given");
        QTest::addRow("untag, one not tagged") << QStringLiteral("untag") << QStringList {u"F1"_s, u"F2"_s}
                                               << QStringLiteral("F2 does not have tag \"existing\"");
        QTest::addRow("new tag, last label unknown")
            << QStringLiteral("tag by new name") << QStringList {u"F2"_s, u"F3"_s, u"F61"_s}
            << QStringLiteral("document 1 has no segment F61");
        QTest::addRow("link, unknown label") << QStringLiteral("link") << QStringList {u"F2"_s, u"Q9"_s}
                                             << QStringLiteral("document 1 has no segment Q9");
        QTest::addRow("link, to itself") << QStringLiteral("link") << QStringList {u"F2"_s, u"P2"_s}
                                         << QStringLiteral("cannot link P2 to itself");
        QTest::addRow("accept, unknown label") << QStringLiteral("accept") << QStringList {u"F3"_s, u"F70"_s}
                                               << QStringLiteral("document 1 has no segment F70");
        QTest::addRow("unlink, one missing") << QStringLiteral("unlink") << QStringList {u"F1"_s, u"F2"_s}
                                             << QStringLiteral("document 1 has no link 9999");
    }

    void refusedBatchCommitsNothing()
    {
        QFETCH(QString, batch);
        QFETCH(QStringList, labels);
        QFETCH(QString, message);
        const QString path = freshPath();
        const qint64 doc = prepare(path);
        const QString before = StoreDump::dump(path);
        ProjectStore store;
        QString error;
        QVERIFY(store.open(path, &error));
        QSignalSpy changed(&store, &ProjectStore::annotationsChanged);
        QVERIFY(!runBatch(store, doc, batch, labels, &error));
        QCOMPARE(error, message);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(store.lastEntryId(), qint64(0));
        QCOMPARE(StoreDump::dump(path), before);
        QVERIFY(!store.tagByName(QStringLiteral("fresh")));
    }

    void alreadyLinkedPairRefusesTheBatch()
    {
        const QString path = freshPath();
        const qint64 doc = prepare(path);
        const QString before = StoreDump::dump(path);
        ProjectStore store;
        QString error;
        QVERIFY(store.open(path, &error));
        QVERIFY(!store.addLinks(doc,
            {{QStringLiteral("F2"), QStringLiteral("P1"), LinkType::Addresses, {}},
                {QStringLiteral("F1"), QStringLiteral("P1"), LinkType::Addresses, {}}},
            &error));
        QCOMPARE(error, QStringLiteral("F1 is already linked to P1"));
        QCOMPARE(StoreDump::dump(path), before);
        // Accepting a turned-down pair in a batch clears the rejection, and undo restores it.
        QVERIFY(store.rejectSuggestion(doc, QStringLiteral("F4"), QStringLiteral("P3"), &error));
        const auto links = store.acceptSuggestions(
            doc, {{QStringLiteral("F4"), QStringLiteral("P3")}, {QStringLiteral("R1"), QStringLiteral("P3")}}, &error);
        QVERIFY2(links, qPrintable(error));
        QCOMPARE(links->size(), 2);
        QCOMPARE(links->at(0).from, QStringLiteral("F4"));
        QVERIFY(links->at(1).type == LinkType::RespondsTo);
        QVERIFY(!store.isRejected(doc, QStringLiteral("F4"), QStringLiteral("P3")));
        QVERIFY2(store.undo(&error), qPrintable(error));
        QVERIFY(store.isRejected(doc, QStringLiteral("F4"), QStringLiteral("P3")));
        QCOMPARE(store.annotatedReport(doc, &error)->links.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreBatches)
#include "test_storebatches.moc"
