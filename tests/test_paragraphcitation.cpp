// SPDX-License-Identifier: GPL-3.0-or-later
// Recommendations that cite a paragraph or section link to the findings there, and the link
// assistant ranks the citing recommendation first whatever words the two share.
#include "linking/LinkSuggester.h"
#include "linking/ParagraphCitation.h"

#include <QTest>

using namespace Scrutiny;

class TestParagraphCitation final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cites_data();
    void cites();
    void citationWinsTheRanking();
};

void TestParagraphCitation::cites_data()
{
    QTest::addColumn<QString>("priority");
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<bool>("cited");
    QTest::newRow("one paragraph") << QStringLiteral("R1 Improve pathway plans (paragraph 3.4).")
                                   << QStringLiteral("3.4 We found that plans were late.") << true;
    QTest::newRow("in relation to") << QStringLiteral("The council should act in relation to paragraph 3.4.")
                                    << QStringLiteral("3.4 Plans were late.") << true;
    QTest::newRow("a range holds it") << QStringLiteral("Review supervision (paragraphs 4.2 to 4.11).")
                                      << QStringLiteral("4.10 Supervision was irregular.") << true;
    QTest::newRow("en dash range") << QStringLiteral("Review supervision (paragraphs 4.2\u20134.6).")
                                   << QStringLiteral("4.7 Supervision was irregular.") << false;
    QTest::newRow("section") << QStringLiteral("Act on the findings in section 5 of this report.")
                             << QStringLiteral("5.3 Waiting lists are long.") << true;
    QTest::newRow("another section") << QStringLiteral("Act on the findings in section 5 of this report.")
                                     << QStringLiteral("6.3 Waiting lists are long.") << false;
    QTest::newRow("unnumbered finding") << QStringLiteral("Improve plans (paragraph 3.4).")
                                        << QStringLiteral("Plans were late.") << false;
}

void TestParagraphCitation::cites()
{
    QFETCH(QString, priority);
    QFETCH(QString, paragraph);
    QFETCH(bool, cited);
    QCOMPARE(ParagraphCitation::cites(priority, ParagraphCitation::numberOf(paragraph)), cited);
}

void TestParagraphCitation::citationWinsTheRanking()
{
    ParsedReport report;
    const QStringList texts {QStringLiteral("3.4 Delays in assessment left carers without support for months."),
        QStringLiteral("R1 The council should reduce delays in assessment for carers."),
        QStringLiteral("R2 The council should strengthen supervision (paragraphs 3.2 to 3.6).")};
    const QList<SegmentKind> kinds {SegmentKind::Finding, SegmentKind::Priority, SegmentKind::Priority};
    const QStringList ids {QStringLiteral("F1"), QStringLiteral("P1"), QStringLiteral("P2")};
    for (qsizetype i = 0; i < texts.size(); ++i) {
        Segment s;
        s.id = ids.at(i);
        s.kind = kinds.at(i);
        s.start = report.text.size();
        report.text += texts.at(i);
        s.end = report.text.size();
        s.text = texts.at(i);
        report.text += QStringLiteral("\n\n");
        report.segments.append(s);
    }
    const QList<SuggestedLink> ranked = LinkSuggester().rank(report, u"F1");
    QCOMPARE(ranked.size(), 2);
    QCOMPARE(ranked.first().to, QStringLiteral("P2"));
    QVERIFY(ranked.first().reason.startsWith(QStringLiteral("cites paragraph 3.4")));
    QVERIFY(ranked.first().score <= 1.0);
}

QTEST_APPLESS_MAIN(TestParagraphCitation)
#include "test_paragraphcitation.moc"
