// SPDX-License-Identifier: GPL-3.0-or-later
// The link assistant's word handling: tokenizer, Porter stemmer, stop words
// and the concept lexicon (both the parser and the shipped file).
#include "linking/ConceptLexicon.h"
#include "linking/PorterStemmer.h"
#include "linking/StopWords.h"
#include "linking/TextTokenizer.h"

#include <QFile>
#include <QTest>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

class TestLinkWords final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stem_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("stem");
        // Pairs from Porter's paper and his published vocabulary/output lists.
        const char *pairs[][2] = {
            {"caresses", "caress"},
            {"ponies", "poni"},
            {"ties", "ti"},
            {"caress", "caress"},
            {"cats", "cat"},
            {"feed", "feed"},
            {"agreed", "agre"},
            {"plastered", "plaster"},
            {"bled", "bled"},
            {"motoring", "motor"},
            {"sing", "sing"},
            {"conflated", "conflat"},
            {"troubled", "troubl"},
            {"sized", "size"},
            {"hopping", "hop"},
            {"tanned", "tan"},
            {"falling", "fall"},
            {"hissing", "hiss"},
            {"fizzed", "fizz"},
            {"failing", "fail"},
            {"filing", "file"},
            {"happy", "happi"},
            {"sky", "sky"},
            {"relational", "relat"},
            {"conditional", "condit"},
            {"rational", "ration"},
            {"valenci", "valenc"},
            {"digitizer", "digit"},
            {"conformabli", "conform"},
            {"radicalli", "radic"},
            {"differentli", "differ"},
            {"vileli", "vile"},
            {"analogousli", "analog"},
            {"vietnamization", "vietnam"},
            {"predication", "predic"},
            {"operator", "oper"},
            {"feudalism", "feudal"},
            {"decisiveness", "decis"},
            {"hopefulness", "hope"},
            {"callousness", "callous"},
            {"formaliti", "formal"},
            {"sensitiviti", "sensit"},
            {"sensibiliti", "sensibl"},
            {"triplicate", "triplic"},
            {"formative", "form"},
            {"formalize", "formal"},
            {"electriciti", "electr"},
            {"electrical", "electr"},
            {"hopeful", "hope"},
            {"goodness", "good"},
            {"revival", "reviv"},
            {"allowance", "allow"},
            {"inference", "infer"},
            {"airliner", "airlin"},
            {"gyroscopic", "gyroscop"},
            {"adjustable", "adjust"},
            {"defensible", "defens"},
            {"irritant", "irrit"},
            {"replacement", "replac"},
            {"adjustment", "adjust"},
            {"dependent", "depend"},
            {"adoption", "adopt"},
            {"homologou", "homolog"},
            {"communism", "commun"},
            {"activate", "activ"},
            {"angulariti", "angular"},
            {"homologous", "homolog"},
            {"effective", "effect"},
            {"bowdlerize", "bowdler"},
            {"probate", "probat"},
            {"rate", "rate"},
            {"cease", "ceas"},
            {"controll", "control"},
            {"roll", "roll"},
            {"generalizations", "gener"},
            {"oscillators", "oscil"},
            // inspection vocabulary: forms of one word meet
            {"placements", "placement"},
            {"placement", "placement"},
            {"services", "servic"},
            {"service", "servic"},
            {"carers", "carer"},
            {"outcomes", "outcom"},
            {"managed", "manag"},
            {"management", "manag"},
        };
        for (const auto &p : pairs)
            QTest::newRow(p[0]) << QString::fromLatin1(p[0]) << QString::fromLatin1(p[1]);
        QTest::newRow("short word unchanged") << u"as"_s << u"as"_s;
        QTest::newRow("non-ASCII unchanged") << u"gwasanaethau\u0175"_s << u"gwasanaethau\u0175"_s;
        QTest::newRow("digits unchanged") << u"2002s"_s << u"2002s"_s;
    }
    void stem()
    {
        QFETCH(QString, word);
        QFETCH(QString, stem);
        QCOMPARE(PorterStemmer::stem(word), stem);
    }

    void tokenize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("case and punctuation")
            << u"Review the political, and managerial arrangements;"_s
            << QStringList {u"review"_s, u"the"_s, u"political"_s, u"and"_s, u"managerial"_s, u"arrangements"_s};
        QTest::newRow("possessive dropped, curly apostrophe folded")
            << u"the authority\u2019s children's services isn't"_s
            << QStringList {u"the"_s, u"authority"_s, u"children"_s, u"services"_s, u"isn't"_s};
        QTest::newRow("hyphen and slash split")
            << u"multi-agency work/life"_s << QStringList {u"multi"_s, u"agency"_s, u"work"_s, u"life"_s};
        QTest::newRow("numbers and single letters dropped")
            << u"Over 77% of a 12-month plan"_s << QStringList {u"over"_s, u"of"_s, u"month"_s, u"plan"_s};
        QTest::newRow("quotes around words")
            << u"'excellent' or \u201cvery good\u201d"_s << QStringList {u"excellent"_s, u"or"_s, u"very"_s, u"good"_s};
        QTest::newRow("Welsh letters kept")
            << u"Cyngor Gwynedd \u0175yr"_s << QStringList {u"cyngor"_s, u"gwynedd"_s, u"\u0175yr"_s};
        QTest::newRow("empty") << QString() << QStringList();
    }
    void tokenize()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QStringList got;
        for (const TextTokenizer::Token &t : TextTokenizer::words(text)) {
            got.append(t.word);
            // Offsets point at the word as written (case aside).
            QCOMPARE(text.mid(t.start, t.end - t.start).toLower().replace(u'\u2019', u'\''), t.word);
        }
        QCOMPARE(got, words);
    }

    void stopWords()
    {
        const StopWords list = StopWords::fromText(u"# comment\nThe\n  and  # trailing\n\nisn\u2019t\n"_s);
        QCOMPARE(list.size(), 3);
        QVERIFY(list.contains(u"the"));
        QVERIFY(list.contains(u"and"));
        QVERIFY(list.contains(u"isn't"));
        QVERIFY(!list.contains(u"comment"));
        const StopWords &standard = StopWords::standard();
        QVERIFY(standard.size() > 200);
        QVERIFY(standard.contains(u"the"));
        QVERIFY(standard.contains(u"report"));
        QVERIFY(!standard.contains(u"workforce"));
        QVERIFY(!standard.contains(u"outcomes"));
    }

    void lexiconParsing()
    {
        const StopWords stop = StopWords::fromText(u"for\nthe\n"_s);
        QString error;
        const ConceptLexicon lexicon = ConceptLexicon::fromText(
            u"# ideas\nresources: cost; value for money ; budget\n\nno colon here\n-names: audit commission\n"_s, stop,
            &error);
        QCOMPARE(lexicon.concepts().size(), 2);
        QCOMPARE(lexicon.concepts()[0].name, u"resources"_s);
        QCOMPARE(lexicon.concepts()[0].phrases, (QStringList {u"cost"_s, u"value for money"_s, u"budget"_s}));
        QVERIFY(!lexicon.concepts()[0].ignored);
        QCOMPARE(lexicon.concepts()[1].name, u"names"_s);
        QVERIFY(lexicon.concepts()[1].ignored);
        QVERIFY2(error.contains(u"line 4"), qPrintable(error));
    }

    void lexiconMatching()
    {
        const StopWords stop = StopWords::fromText(u"of\nthe\nfor\n"_s);
        const ConceptLexicon lexicon = ConceptLexicon::fromText(
            u"leadership: management; political\nperformance: performance management; performance\n"
            "resources: value for money\nchildren: child protection\nsafeguarding: child protection\n"
            "commissioning: =providers; independent sector\n"_s,
            stop);
        auto find = [&stop, &lexicon](const QString &text) {
            QStringList stems;
            QStringList words;
            for (const TextTokenizer::Token &t : TextTokenizer::words(text)) {
                stems.append(stop.contains(t.word) ? t.word : PorterStemmer::stem(t.word));
                words.append(t.word);
            }
            return lexicon.find(stems, words);
        };
        // Longest phrase wins: "performance management" is not also leadership.
        QList<ConceptLexicon::Match> m = find((u"better performance management of political affairs"_s));
        QCOMPARE(m.size(), 2);
        QCOMPARE(m[0].conceptIndex, 1);
        QCOMPARE(m[0].first, 1);
        QCOMPARE(m[0].last, 3);
        QCOMPARE(m[1].conceptIndex, 0);
        // Stemmed forms and hyphenation match; stop words inside a phrase must be there.
        m = find((u"poor value-for-money, values for money"_s));
        QCOMPARE(m.size(), 2);
        QCOMPARE(m[0].conceptIndex, 2);
        QVERIFY(find((u"value of money"_s)).isEmpty());
        // One phrase in two concepts: both are found.
        m = find((u"Child protection"_s));
        QCOMPARE(m.size(), 2);
        QCOMPARE(m[0].conceptIndex, 3);
        QCOMPARE(m[1].conceptIndex, 4);
        // '=' words match only as written, not by stem ("provide" shares "provid").
        QCOMPARE(find(u"providers"_s).size(), 1);
        QVERIFY(find(u"provide"_s).isEmpty());
        QVERIFY(find(u"provider"_s).isEmpty());
    }

    // The shipped lexicon parses cleanly and holds the ideas the issue names.
    void shippedLexicon()
    {
        QFile file(QStringLiteral(":/linking/concepts.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const ConceptLexicon lexicon
            = ConceptLexicon::fromText(QString::fromUtf8(file.readAll()), StopWords::standard(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(lexicon.concepts().size() >= 15);
        auto conceptOf = [&lexicon](const QString &phrase) {
            QStringList names;
            for (const ConceptLexicon::Concept &c : lexicon.concepts()) {
                if (c.phrases.contains(phrase))
                    names.append(c.name);
            }
            return names.join(u',');
        };
        QCOMPARE(conceptOf(u"political"_s), conceptOf(u"managerial arrangements"_s));
        QCOMPARE(conceptOf(u"cost"_s), conceptOf(u"value for money"_s));
        QCOMPARE(conceptOf(u"commissioning"_s), conceptOf(u"mixed economy"_s));
        QCOMPARE(conceptOf(u"independent sector"_s), conceptOf(u"placements"_s));
        QCOMPARE(conceptOf(u"outcomes"_s), conceptOf(u"carers"_s));
        QCOMPARE(conceptOf(u"ownership"_s), conceptOf(u"urgency"_s));
        QCOMPARE(&ConceptLexicon::standard(), &ConceptLexicon::standard());
        QCOMPARE(ConceptLexicon::standard().concepts().size(), lexicon.concepts().size());
    }
};

QTEST_APPLESS_MAIN(TestLinkWords)
#include "test_linkwords.moc"
