// SPDX-License-Identifier: GPL-3.0-or-later
// LinkSuggester on hand-built reports: what is ranked, scores, reasons, order.
#include "linking/ConceptLexicon.h"
#include "linking/LinkSuggester.h"
#include "linking/OpenSuggestions.h"
#include "linking/StopWords.h"
#include "translation/Translation.h"

#include <QTest>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

namespace {
struct Part
{
    SegmentKind kind;
    Side side;
    QString text;
};

// Segments as paragraphs of one text, numbered per kind as the importer does.
ParsedReport reportOf(const QList<Part> &parts)
{
    ParsedReport r;
    int numbers[7] = {};
    for (const Part &p : parts) {
        if (!r.text.isEmpty())
            r.text += u"\n\n"_s;
        Segment s;
        s.kind = p.kind;
        s.side = p.side;
        s.start = r.text.size();
        r.text += p.text;
        s.end = r.text.size();
        s.text = p.text;
        s.id = idPrefix(p.kind) + QString::number(++numbers[int(p.kind)]);
        r.segments.append(s);
    }
    return r;
}

const auto F = SegmentKind::Finding;
const auto P = SegmentKind::Priority;
const auto R = SegmentKind::Response;
const auto Q = SegmentKind::Quote;
const auto H = SegmentKind::Heading;
const auto C = SegmentKind::Context;
const auto Rv = Side::Review;
const auto Co = Side::Council;

ParsedReport careReport()
{
    return reportOf({
        {C, Rv, u"The inspection looked at social services for adults and children."_s},
        {F, Rv,
            u"People wait too long for an assessment of their needs, carers are rarely assessed, and day services cost too much."_s},
        {F, Rv, u"The council relies on a few care home providers and has no plan to develop the market."_s},
        {F, Rv, u"Staff morale is good and sickness absence is low."_s},
        {H, Rv, u"Areas for improvement"_s},
        {P, Rv, u"Reduce waiting times for assessments, including carers' assessments."_s},
        {P, Rv, u"Commission a wider range of independent sector placements."_s},
        {P, Rv, u"Improve value for money in in-house services."_s},
        {Q, Rv, u"We will monitor progress closely."_s},
        {Q, Co, u"We will invest in more assessment staff so that nobody waits long."_s},
        {R, Co, u"The council will review its budget to get better value from its services."_s},
    });
}
} // namespace

class TestLinkSuggester final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ranksTheMatchingPriorityFirst_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("best");
        QTest::newRow("shared words and stems") << u"F1"_s << u"P1"_s;
        QTest::newRow("concept: providers ~ independent sector ~ placements") << u"F2"_s << u"P2"_s;
        QTest::newRow("council quote: responds-to") << u"Q2"_s << u"P1"_s;
        QTest::newRow("council response: budget ~ value for money") << u"R1"_s << u"P3"_s;
    }
    void ranksTheMatchingPriorityFirst()
    {
        QFETCH(QString, source);
        QFETCH(QString, best);
        const ParsedReport r = careReport();
        const QList<SuggestedLink> ranked = LinkSuggester().rank(r, source);
        QCOMPARE(ranked.size(), 3); // every priority, ranked
        QCOMPARE(ranked.first().from, source);
        QCOMPARE(ranked.first().to, best);
        for (qsizetype i = 0; i < ranked.size(); ++i) {
            QVERIFY(ranked[i].score >= 0.0 && ranked[i].score <= 1.0);
            QVERIFY(!ranked[i].reason.isEmpty());
            if (i > 0)
                QVERIFY(ranked[i - 1].score >= ranked[i].score);
        }
        QVERIFY(ranked.first().score > ranked.last().score);
    }

    // Reasons name concepts in the program's language: every concept of the
    // lexicon shipped in resources/linking/concepts.txt is in the list lupdate
    // reads (so test_welsh makes sure it has Welsh), and Welsh shows it.
    void everyConceptNameIsTranslated()
    {
        int shown = 0;
        for (const ConceptLexicon::Concept &c : ConceptLexicon::standard().concepts()) {
            if (c.ignored)
                continue;
            ++shown;
            QVERIFY2(ConceptLexicon::hasDisplayName(c.name), qPrintable(c.name + u" is not in ConceptLexicon.cpp"_s));
        }
        QVERIFY(shown >= 20);
        QVERIFY(!ConceptLexicon::hasDisplayName(u"no such concept"_s));
        QVERIFY(Translation::install(u"cy"_s));
        QCOMPARE(ConceptLexicon::displayName(u"safeguarding"_s), u"diogelu"_s);
        QCOMPARE(ConceptLexicon::displayName(u"not in the lexicon"_s), u"not in the lexicon"_s);
        QVERIFY(Translation::install(u"en"_s));
        QCOMPARE(ConceptLexicon::displayName(u"safeguarding"_s), u"safeguarding"_s);
    }

    void reasonNamesSharedWordsAndConcepts()
    {
        const ParsedReport r = careReport();
        const LinkSuggester suggester;
        const SuggestedLink waits = suggester.rank(r, u"F1").first();
        QVERIFY2(waits.reason.contains(u"carers"), qPrintable(waits.reason));
        const SuggestedLink market = suggester.rank(r, u"F2").first();
        QVERIFY2(market.reason.contains(u"commissioning"), qPrintable(market.reason));
        QVERIFY2(market.reason.contains(u"\"providers\""), qPrintable(market.reason));
        const SuggestedLink money = suggester.rank(r, u"R1").first();
        QVERIFY2(money.reason.contains(u"resources"), qPrintable(money.reason));
    }

    void suggestCoversSourcesInDocumentOrder()
    {
        const ParsedReport r = careReport();
        LinkSuggester suggester;
        const QList<SuggestedLink> all = suggester.suggest(r, 2);
        QStringList sources;
        for (const SuggestedLink &l : all) {
            if (sources.isEmpty() || sources.last() != l.from)
                sources.append(l.from);
            QVERIFY(l.to.startsWith(u'P'));
            QVERIFY(l.score >= suggester.minimumScore());
        }
        // F3 (morale) shares nothing with any priority; the review-side quote is no source.
        QCOMPARE(sources, (QStringList {u"F1"_s, u"F2"_s, u"Q2"_s, u"R1"_s}));
        QVERIFY(all.size() <= 2 * sources.size());

        const QList<SuggestedLink> findings = suggester.suggest(r, 3, LinkSuggester::Sources::Findings);
        for (const SuggestedLink &l : findings)
            QVERIFY(l.from.startsWith(u'F'));
        QCOMPARE(suggester.suggest(r, 1, LinkSuggester::Sources::Findings).size(), 2);

        suggester.setMinimumScore(0.0);
        // With no threshold every source still gets only priorities it shares something with.
        for (const SuggestedLink &l : suggester.suggest(r, 3))
            QVERIFY(l.score > 0);
    }

    /// A numbered finding shares its section's recommendation: "4.3" says nothing of the words
    /// of the recommendation that answers section 4, but "4.1" and "4.2" do; without numbers
    /// the distractor that shares its own words wins.
    void numberedFindingsShareTheirSectionsPriority()
    {
        const QString weakness = u"Controlled drug checks were skipped on the night shift and nobody noticed."_s;
        auto build = [&](bool numbered) {
            const QString n = numbered ? u"4.%1 "_s : QString();
            return reportOf({
                {H, Rv, u"4. Medicines"_s},
                {F, Rv, n.arg(1) + u"Medicine administration records were incomplete on every ward."_s},
                {F, Rv, n.arg(2) + u"Medicine administration records were not audited by managers."_s},
                {F, Rv, n.arg(3) + weakness},
                {H, Rv, u"5. Staffing"_s},
                {F, Rv, (numbered ? u"5.1 "_s : QString()) + u"Night shift rotas left wards short of nurses."_s},
                {H, Rv, u"Actions the provider must take"_s},
                {P, Rv, u"Ensure that medicine administration records are complete and audited."_s},
                {P, Rv, u"Review night shift rotas so that wards have enough nurses."_s},
            });
        };
        const LinkSuggester suggester;
        QCOMPARE(suggester.rank(build(true), u"F3"_s).value(0).to, u"P1"_s);
        QCOMPARE(suggester.rank(build(false), u"F3"_s).value(0).to, u"P2"_s);
        // A finding's own words still count: 5.1 keeps the rota recommendation.
        QCOMPARE(suggester.rank(build(true), u"F4"_s).value(0).to, u"P2"_s);
    }

    void rankAllMatchesRank()
    {
        const ParsedReport r = careReport();
        const LinkSuggester suggester;
        const QHash<QString, QList<SuggestedLink>> all = suggester.rankAll(r);
        QCOMPARE(all.size(), 5); // F1 F2 F3 Q2 R1
        QVERIFY(!all.contains(u"Q1"_s));
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            QCOMPARE(it.value(), suggester.rank(r, it.key()));
        const QList<SuggestedLink> morale = all.value(u"F3"_s);
        QCOMPARE(morale.size(), 3);
        for (const SuggestedLink &l : morale) {
            QCOMPARE(l.score, 0.0);
            QCOMPARE(l.reason, u"no shared words"_s);
        }
        // Ties keep document order.
        QCOMPARE(morale[0].to, u"P1"_s);
        QCOMPARE(morale[2].to, u"P3"_s);
    }

    void deterministic()
    {
        const ParsedReport r = careReport();
        QCOMPARE(LinkSuggester().suggest(r), LinkSuggester().suggest(r));
    }

    void edgeCases()
    {
        const LinkSuggester suggester;
        QVERIFY(suggester.suggest(ParsedReport()).isEmpty());
        QVERIFY(suggester.rank(careReport(), u"F99").isEmpty());
        const ParsedReport noPriorities = reportOf({{F, Rv, u"Assessments are late."_s}});
        QVERIFY(suggester.suggest(noPriorities).isEmpty());
        QVERIFY(suggester.rank(noPriorities, u"F1").isEmpty());
        const ParsedReport stopWordsOnly
            = reportOf({{F, Rv, u"It is what it is."_s}, {P, Rv, u"Do it."_s}, {F, Rv, u"!!! 123 --"_s}});
        QVERIFY(suggester.suggest(stopWordsOnly).isEmpty());
        QCOMPARE(suggester.rank(stopWordsOnly, u"F2").first().score, 0.0);
        QVERIFY(suggester.suggest(careReport(), 0).isEmpty());
    }

    void identicalTextScoresOne()
    {
        const ParsedReport r = reportOf({{F, Rv, u"Improve the quality of care planning for older people."_s},
            {P, Rv, u"Improve the quality of care planning for older people."_s},
            {P, Rv, u"Recruit more foster carers."_s}});
        const QList<SuggestedLink> ranked = LinkSuggester().rank(r, u"F1");
        QVERIFY(qAbs(ranked.first().score - 1.0) < 1e-6);
        QCOMPARE(ranked.last().score, 0.0);
    }

    // Each method and switch keeps scores in [0, 1] and finds the obvious match.
    void methods_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<bool>("stemming");
        QTest::addColumn<bool>("concepts");
        QTest::newRow("tf-idf cosine") << int(LinkScorer::Method::TfIdfCosine) << true << true;
        QTest::newRow("tf-idf, no concepts") << int(LinkScorer::Method::TfIdfCosine) << true << false;
        QTest::newRow("tf-idf, no stemming") << int(LinkScorer::Method::TfIdfCosine) << false << false;
        QTest::newRow("bm25") << int(LinkScorer::Method::Bm25) << true << true;
    }
    void methods()
    {
        QFETCH(int, method);
        QFETCH(bool, stemming);
        QFETCH(bool, concepts);
        LinkScorer::Options o;
        o.method = LinkScorer::Method(method);
        o.stemming = stemming;
        o.concepts = concepts;
        const LinkSuggester suggester(o);
        const ParsedReport r = careReport();
        const QHash<QString, QList<SuggestedLink>> all = suggester.rankAll(r);
        for (const QList<SuggestedLink> &ranked : all) {
            for (const SuggestedLink &l : ranked)
                QVERIFY(l.score >= 0.0 && l.score <= 1.0);
        }
        QCOMPARE(all.value(u"F1"_s).first().to, u"P1"_s);
    }

    // Stored reports: linked and rejected pairs are not offered; the next best takes their place.
    void openSuggestionsSkipLinkedAndRejected()
    {
        AnnotatedReport a;
        a.report = careReport();
        const LinkSuggester suggester;
        const QList<SuggestedLink> before = suggester.rankAll(a.report).value(u"F1"_s);
        QVERIFY(before.size() >= 2 && before[1].score > 0);
        auto offeredFor = [](const QList<SuggestedLink> &links, const QString &from) {
            QStringList to;
            for (const SuggestedLink &l : links) {
                if (l.from == from)
                    to.append(l.to);
            }
            return to;
        };
        QList<SuggestedLink> open = openSuggestions(a, {}, suggester, 1);
        QCOMPARE(open, suggester.suggest(a.report, 1));
        QCOMPARE(offeredFor(open, u"F1"_s), QStringList {before[0].to});

        QSet<QString> rejected {u"F1>"_s + before[0].to};
        auto isRejected
            = [&rejected](const QString &from, const QString &to) { return rejected.contains(from + u'>' + to); };
        open = openSuggestions(a, isRejected, suggester, 1);
        QCOMPARE(offeredFor(open, u"F1"_s), QStringList {before[1].to});

        Link userLink;
        userLink.from = u"F1"_s;
        userLink.to = before[1].to;
        a.links.append(userLink);
        open = openSuggestions(a, isRejected, suggester, 3);
        QVERIFY(!offeredFor(open, u"F1"_s).contains(before[0].to));
        QVERIFY(!offeredFor(open, u"F1"_s).contains(before[1].to));
        for (const SuggestedLink &l : open)
            QVERIFY(l.score >= suggester.minimumScore());
        // Other sources are untouched.
        QCOMPARE(offeredFor(open, u"F2"_s), offeredFor(suggester.suggest(a.report, 3), u"F2"_s));
    }

    // A private lexicon changes what counts as the same idea.
    void customLexicon()
    {
        const StopWords stop = StopWords::fromText(u"the\nof\n"_s);
        const ParsedReport r = reportOf(
            {{F, Rv, u"Pupils truant often."_s}, {P, Rv, u"Improve attendance."_s}, {P, Rv, u"Improve teaching."_s}});
        const ConceptLexicon none = ConceptLexicon::fromText(u""_s, stop);
        QCOMPARE(LinkSuggester(none, stop).rank(r, u"F1").first().score, 0.0);
        const ConceptLexicon lexicon = ConceptLexicon::fromText(u"attendance: attendance; truant\n"_s, stop);
        const SuggestedLink best = LinkSuggester(lexicon, stop).rank(r, u"F1").first();
        QCOMPARE(best.to, u"P1"_s);
        QCOMPARE(best.reason, u"attendance: \"truant\" ~ \"attendance\""_s);
    }
};

QTEST_GUILESS_MAIN(TestLinkSuggester) // a QCoreApplication: the translators need one
#include "test_linksuggester.moc"
