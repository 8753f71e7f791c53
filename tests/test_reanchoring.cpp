// SPDX-License-Identifier: GPL-3.0-or-later
// Importing a corrected version of a report moves tags, links, notes and the
// action plan onto it by text-quote anchors, and reports what it cannot place.
#include "StoreFixtures.h"
#include "store/ProjectStore.h"
#include "store/TextAnchor.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Scrutiny;

class TestReanchoring final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void anchorPrefersMatchingContext()
    {
        const QString text = QStringLiteral("Intro. Staff were kind. Middle part. Staff were kind. End part.");
        const qsizetype second = text.lastIndexOf(QStringLiteral("Staff were kind."));
        const TextAnchor anchor = TextAnchor::around(text, second, second + 16);
        QCOMPARE(anchor.exact, QStringLiteral("Staff were kind."));
        QVERIFY(anchor.prefix.endsWith(QStringLiteral("Middle part. ")));
        // Candidates: the two sentences; the anchor lands on the second.
        const QList<TextAnchor::Range> ranges {{7, 23}, {second, second + 16}};
        QCOMPARE(anchor.locate(text, ranges).value_or(-1), qsizetype(1));
        // With text added in front, it still finds the right one.
        const QString edited = QStringLiteral("New preface. ") + text;
        const QList<TextAnchor::Range> moved {{20, 36}, {second + 13, second + 29}};
        QCOMPARE(anchor.locate(edited, moved).value_or(-1), qsizetype(1));
    }

    void anchorFallsBackToSimilarWords()
    {
        const QString old = QStringLiteral("Assesments were often late and poorly recorded by staff.");
        const TextAnchor anchor = TextAnchor::around(old, 0, old.size());
        const QString corrected
            = QStringLiteral("Something else entirely.\n\nAssessments were often late and poorly recorded by staff.");
        const QList<TextAnchor::Range> ranges {{0, 24}, {26, corrected.size()}};
        QCOMPARE(anchor.locate(corrected, ranges).value_or(-1), qsizetype(1));
        const QString unrelated = QStringLiteral("The budget rose by four per cent.");
        QVERIFY(!anchor.locate(unrelated, {{0, unrelated.size()}}));
        QVERIFY(TextAnchor::similarity(QStringLiteral("a b c d"), QStringLiteral("a b c d")) == 1.0);
        QVERIFY(TextAnchor::similarity(QStringLiteral("a b"), QStringLiteral("c d")) == 0.0);
    }

    void correctedImportMovesAnnotations()
    {
        ProjectStore store;
        QString error;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("re.scrutiny")), &error));
        const ParsedReport original = StoreFixtures::report(QStringLiteral("Review"),
            {{SegmentKind::Summary, QStringLiteral("The council serves some people well.")},
                {SegmentKind::Finding,
                    QStringLiteral("Care management assesments were often late and poorly recorded.")},
                {SegmentKind::Finding, QStringLiteral("Leadership of children's services has improved.")},
                {SegmentKind::Finding, QStringLiteral("The mobile library van for housebound readers was withdrawn.")},
                {SegmentKind::Priority, QStringLiteral("Improve the timeliness of care management assessments.")},
                {SegmentKind::Priority, QStringLiteral("Sustain the improvement in leadership.")}});
        const qint64 old = store.importReport(original, "v1", QStringLiteral("review.txt"), &error)->documentId;
        QVERIFY(store.tagSegmentByName(old, QStringLiteral("F1"), QStringLiteral("timeliness"), &error));
        QVERIFY(store.tagSegmentByName(old, QStringLiteral("F2"), QStringLiteral("leadership"), &error));
        QVERIFY(store.tagSegmentByName(old, QStringLiteral("F3"), QStringLiteral("libraries"), &error));
        QVERIFY(store.addLink(
            old, QStringLiteral("F1"), QStringLiteral("P1"), LinkType::Addresses, &error, QStringLiteral("direct")));
        QVERIFY(store.addLink(old, QStringLiteral("F3"), QStringLiteral("P2"), LinkType::Contradicts, &error));
        QVERIFY(store.setNote(old, QStringLiteral("F2"), QStringLiteral("Good news for the committee."), &error));
        QVERIFY(store.setNote(old, QStringLiteral("F3"), QStringLiteral("Ask the library service."), &error));
        QVERIFY(store.setNote(old, {}, QStringLiteral("Read before the March meeting."), &error));
        QVERIFY(store.setPlanItem(old,
            PlanItem {QStringLiteral("P2"), QStringLiteral("Director"), QDate(2027, 1, 31), PlanStatus::InProgress,
                QStringLiteral("new structure"), 0, {}},
            &error));
        QVERIFY(store.rejectSuggestion(old, QStringLiteral("F2"), QStringLiteral("P1"), &error));

        // The corrected version: a new finding first (labels shift), the typo fixed,
        // P2 reworded a little, and the library finding gone.
        const ParsedReport corrected = StoreFixtures::report(QStringLiteral("Review (corrected)"),
            {{SegmentKind::Summary, QStringLiteral("The council serves some people well.")},
                {SegmentKind::Finding, QStringLiteral("Home care was reliable and well regarded.")},
                {SegmentKind::Finding,
                    QStringLiteral("Care management assessments were often late and poorly recorded.")},
                {SegmentKind::Finding, QStringLiteral("Leadership of children's services has improved.")},
                {SegmentKind::Priority, QStringLiteral("Improve the timeliness of care management assessments.")},
                {SegmentKind::Priority, QStringLiteral("Sustain the recent improvement in leadership.")}});
        const auto result = store.importReport(corrected, "v2", QStringLiteral("review.txt"), &error, old);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->replacedDocumentId, old);
        QVERIFY(!result->alreadyPresent);
        // Unplaced: the library tag, its link and its note; each named with its quote.
        QCOMPARE(result->unplaced.size(), 3);
        for (const QString &line : result->unplaced)
            QVERIFY2(line.contains(QStringLiteral("mobile library van")), qPrintable(line));
        QVERIFY(result->unplaced.join(u'\n').contains(QStringLiteral("tag \"libraries\"")));
        QVERIFY(result->unplaced.join(u'\n').contains(QStringLiteral("link F3")));
        QVERIFY(result->unplaced.join(u'\n').contains(QStringLiteral("note on F3")));

        QCOMPARE(store.documents().size(), 1);
        QVERIFY(!store.annotatedReport(old, &error));
        const auto a = store.annotatedReport(result->documentId, &error);
        QVERIFY2(a, qPrintable(error));
        auto tagNames = [&](const QString &segment) {
            QStringList names;
            for (qint64 id : a->segmentTags.value(segment))
                names.append(a->tag(id)->name);
            return names;
        };
        QCOMPARE(tagNames(QStringLiteral("F1")), QStringList());
        QCOMPARE(tagNames(QStringLiteral("F2")), QStringList {QStringLiteral("timeliness")}); // typo fixed: fuzzy
        QCOMPARE(tagNames(QStringLiteral("F3")), QStringList {QStringLiteral("leadership")}); // exact, moved
        QCOMPARE(a->links.size(), 1);
        QCOMPARE(a->links[0].from, QStringLiteral("F2"));
        QCOMPARE(a->links[0].to, QStringLiteral("P1"));
        QCOMPARE(a->links[0].note, QStringLiteral("direct"));
        QCOMPARE(a->plan.size(), 1);
        QCOMPARE(a->plan[0].priority, QStringLiteral("P2")); // reworded: fuzzy
        QCOMPARE(a->plan[0].owner, QStringLiteral("Director"));
        QVERIFY(store.isRejected(result->documentId, QStringLiteral("F3"), QStringLiteral("P1")));
        // Notes: F2's moved to F3; the document note kept, with what could not be placed.
        Note documentNote, leadershipNote;
        for (const Note &n : a->notes) {
            if (n.segment.isEmpty())
                documentNote = n;
            else if (n.segment == QStringLiteral("F3"))
                leadershipNote = n;
        }
        QCOMPARE(leadershipNote.markdown, QStringLiteral("Good news for the committee."));
        QVERIFY(documentNote.markdown.startsWith(QStringLiteral("Read before the March meeting.")));
        QVERIFY(documentNote.markdown.contains(QStringLiteral("Could not be placed")));
        QVERIFY(documentNote.markdown.contains(QStringLiteral("Ask the library service.")));
        // The replaced document's undo steps are gone with it.
        QVERIFY(!store.canUndo());
        QVERIFY(store.journal(result->documentId)
                    .last()
                    .description.contains(QStringLiteral("3 annotations could not be placed")));
    }
};

QTEST_GUILESS_MAIN(TestReanchoring)
#include "test_reanchoring.moc"
