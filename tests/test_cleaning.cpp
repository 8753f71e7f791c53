// SPDX-License-Identifier: GPL-3.0-or-later
// One table per cleaning rule: furniture, teasers and copies, broken words, page-break splits.
// Each change must be recorded, so the user can see and revert it.
#include "ingest/BoilerplateFilter.h"
#include "ingest/DuplicateFilter.h"
#include "ingest/ParagraphJoiner.h"
#include "ingest/PlainTextReader.h"
#include "ingest/SpellingDictionary.h"
#include "ingest/WordRepairer.h"

#include <QTest>

using namespace Scrutiny;
using namespace Scrutiny::Ingest;

class TestCleaning final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void boilerplate_data();
    void boilerplate();
    void copies_data();
    void copies();
    void wordRepair_data();
    void wordRepair();
    void lineEndHyphen_data();
    void lineEndHyphen();
    void paragraphJoin_data();
    void paragraphJoin();

private:
    std::shared_ptr<SpellingDictionary> m_dictionary;
};

namespace {
QStringList texts(const SourceBlocks &blocks)
{
    QStringList out;
    for (const SourceBlock &b : blocks)
        out << b.text;
    return out;
}
QStringList removedTexts(const QList<Removal> &removed, Removal::Reason reason)
{
    QStringList out;
    for (const Removal &r : removed) {
        if (r.reason == reason)
            out << r.text;
    }
    return out;
}
const QString body = QStringLiteral("The inspectors found that the council has improved its services for older people "
                                    "over the last two years.");
} // namespace

void TestCleaning::initTestCase()
{
    m_dictionary = SpellingDictionary::open(SpellingDictionary::defaultPath());
    QVERIFY2(m_dictionary, "the en_GB Hunspell dictionary is part of the build environment");
}

void TestCleaning::boilerplate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("kept");
    QTest::addColumn<QStringList>("removed");
    const QString end
        = QStringLiteral("The council said it would publish an action plan within six weeks of the report.");
    QTest::newRow("browser and cookie notices on top")
        << QStringLiteral("Your browser is out of date\n\nThis website uses cookies so that we can give you the best "
                          "experience.\n\nAccept and close\n\n")
            + body + u"\n\n" + end
        << QStringList {body, end}
        << QStringList {QStringLiteral("Your browser is out of date"),
               QStringLiteral("This website uses cookies so that we can give you the best experience."),
               QStringLiteral("Accept and close")};
    QTest::newRow("comment widget at the bottom")
        << body + u"\n\n" + end
            + QStringLiteral("\n\nComment\n\nHave your say\n\nYou must sign in to make a comment\n\n"
                             "Comments are closed.\n\ncomments powered by Disqus\n\nMore from Community News")
        << QStringList {body, end}
        << QStringList {QStringLiteral("Comment"), QStringLiteral("Have your say"),
               QStringLiteral("You must sign in to make a comment"), QStringLiteral("Comments are closed."),
               QStringLiteral("comments powered by Disqus"), QStringLiteral("More from Community News")};
    QTest::newRow("byline, date and navigation")
        << QStringLiteral("Home | News | Health | Jobs\n\nBy Alex Smith\n\nWednesday 17 July 2002\n\n") + body
        << QStringList {body}
        << QStringList {QStringLiteral("Home | News | Health | Jobs"), QStringLiteral("By Alex Smith"),
               QStringLiteral("Wednesday 17 July 2002")};
    QTest::newRow("headline kept, date line removed")
        << QStringLiteral("Council welcomes Estyn report following inspection of its education services\n\n"
                          "Date: 20/09/2023\n\n")
            + body
        << QStringList {QStringLiteral("Council welcomes Estyn report following inspection of its education services"),
               body}
        << QStringList {QStringLiteral("Date: 20/09/2023")};
    QTest::newRow("share buttons in the middle") << body + QStringLiteral("\n\nShare\n\n") + end
                                                 << QStringList {body, end} << QStringList {QStringLiteral("Share")};
    const QString mention = QStringLiteral("Responding to the comments of the review, the council said its website "
                                           "would carry the full report.");
    QTest::newRow("site words inside the article stay")
        << body + u"\n\n" + mention + u"\n\n" + end << QStringList {body, mention, end} << QStringList {};
}

void TestCleaning::boilerplate()
{
    QFETCH(QString, text);
    QFETCH(QStringList, kept);
    QFETCH(QStringList, removed);
    SourceBlocks blocks = PlainTextReader::read(text);
    QList<Removal> log;
    BoilerplateFilter::apply(blocks, log);
    QCOMPARE(texts(blocks), kept);
    QCOMPARE(removedTexts(log, Removal::Reason::Boilerplate), removed);
}

void TestCleaning::copies_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("kept");
    QTest::addColumn<QStringList>("teasers");
    QTest::addColumn<QStringList>("duplicates");
    const QString lead = QStringLiteral("Social services in Eastholm are serving most people well, according to a "
                                        "report published today by the joint review team.");
    QTest::newRow("teaser with dots")
        << QStringLiteral("Social services in Eastholm are serving most people well, according to a...\n") + lead
        << QStringList {lead}
        << QStringList {QStringLiteral("Social services in Eastholm are serving most people well, according to a...")}
        << QStringList {};
    QTest::newRow("teaser with ellipsis character")
        << QStringLiteral("Social services in Eastholm are serving most people well\u2026\n\n") + lead
        << QStringList {lead}
        << QStringList {QStringLiteral("Social services in Eastholm are serving most people well\u2026")}
        << QStringList {};
    QTest::newRow("teaser cut mid-word")
        << QStringLiteral("Social services in Eastholm are serving most people well, according to a rep\n\n") + lead
        << QStringList {lead}
        << QStringList {QStringLiteral("Social services in Eastholm are serving most people well, according to a rep")}
        << QStringList {};
    QTest::newRow("repeated paragraph") << lead + u"\n\n" + body + u"\n\n" + lead << QStringList {lead, body}
                                        << QStringList {} << QStringList {lead};
    const QString second = QStringLiteral("The housing service has received a poor rating in the commission's report.");
    const QString first = QStringLiteral("FOR the second time a district council has been criticised by a watchdog.");
    QTest::newRow("lead run together with the next paragraphs")
        << first + second + u"\n\n" + first + u"\n\n" + second << QStringList {first, second} << QStringList {}
        << QStringList {first + second};
    QTest::newRow("short headings may repeat")
        << QStringLiteral("Background\n\n") + body + QStringLiteral("\n\nBackground\n\n") + lead
        << QStringList {QStringLiteral("Background"), body, QStringLiteral("Background"), lead} << QStringList {}
        << QStringList {};
}

void TestCleaning::copies()
{
    QFETCH(QString, text);
    QFETCH(QStringList, kept);
    QFETCH(QStringList, teasers);
    QFETCH(QStringList, duplicates);
    SourceBlocks blocks = PlainTextReader::read(text);
    QList<Removal> log;
    DuplicateFilter::apply(blocks, log);
    QCOMPARE(texts(blocks), kept);
    QCOMPARE(removedTexts(log, Removal::Reason::Teaser), teasers);
    QCOMPARE(removedTexts(log, Removal::Reason::Duplicate), duplicates);
}

void TestCleaning::wordRepair_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("repaired");
    QTest::addColumn<QStringList>("repairs");
    QTest::newRow("fragment first") << QStringLiteral("independent sector r esidential care")
                                    << QStringLiteral("independent sector residential care")
                                    << QStringList {QStringLiteral("r esidential")};
    QTest::newRow("letter last") << QStringLiteral("to provide goo d services")
                                 << QStringLiteral("to provide good services") << QStringList {QStringLiteral("goo d")};
    QTest::newRow("suffix") << QStringLiteral("The authority wishe s to respond")
                            << QStringLiteral("The authority wishes to respond")
                            << QStringList {QStringLiteral("wishe s")};
    QTest::newRow("word and fragment") << QStringLiteral("their assess ment of needs.")
                                       << QStringLiteral("their assessment of needs.")
                                       << QStringList {QStringLiteral("assess ment")};
    QTest::newRow("before a full stop") << QStringLiteral("The service was goo d.")
                                        << QStringLiteral("The service was good.")
                                        << QStringList {QStringLiteral("goo d")};
    QTest::newRow("sentence start") << QStringLiteral("Goo d work was seen.") << QStringLiteral("Good work was seen.")
                                    << QStringList {QStringLiteral("Goo d")};
    QTest::newRow("two real words stay") << QStringLiteral("a lot of work in to the night with care home staff")
                                         << QStringLiteral("a lot of work in to the night with care home staff")
                                         << QStringList {};
    QTest::newRow("names stay") << QStringLiteral("Sue Mead and Mal Colm spoke")
                                << QStringLiteral("Sue Mead and Mal Colm spoke") << QStringList {};
    QTest::newRow("numbers stay") << QStringLiteral("Over 77 % and 4 .6m") << QStringLiteral("Over 77 % and 4 .6m")
                                  << QStringList {};
    QTest::newRow("apostrophe stays") << QStringLiteral("the council' s plan") << QStringLiteral("the council' s plan")
                                      << QStringList {};
    QTest::newRow("two repairs") << QStringLiteral("goo d and r esidential") << QStringLiteral("good and residential")
                                 << QStringList {QStringLiteral("goo d"), QStringLiteral("r esidential")};
}

void TestCleaning::wordRepair()
{
    QFETCH(QString, text);
    QFETCH(QString, repaired);
    QFETCH(QStringList, repairs);
    WordRepairer repairer(m_dictionary);
    QList<SourceBlock::Change> changes;
    repairer.repair(text, changes);
    QCOMPARE(text, repaired);
    QStringList befores;
    for (const SourceBlock::Change &c : changes) {
        befores << c.before;
        QCOMPARE(text.mid(c.offset, c.after.size()), c.after); // the offset points at the repaired word
        QCOMPARE(QString(c.before).remove(u' '), c.after);
    }
    QCOMPARE(befores, repairs);
}

// A word broken at a line end is joined whatever hyphen the typesetter used: U+2010 HYPHEN
// (WeasyPrint, issue 11's held-out PDFs) as well as the hyphen-minus; a compound keeps its hyphen.
void TestCleaning::lineEndHyphen_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("repaired");
    QTest::newRow("hyphen-minus") << QStringLiteral("the inspec- tion team") << QStringLiteral("the inspection team");
    QTest::newRow("U+2010") << QStringLiteral("the inspec\u2010 tion team") << QStringLiteral("the inspection team");
    QTest::newRow("U+2010 compound") << QStringLiteral("the well\u2010 led wards and the inspec\u2010 tion")
                                     << QStringLiteral("the well-led wards and the inspection");
    QTest::newRow("U+2010 inside a word stays")
        << QStringLiteral("a well\u2010led ward") << QStringLiteral("a well\u2010led ward");
}

void TestCleaning::lineEndHyphen()
{
    QFETCH(QString, text);
    QFETCH(QString, repaired);
    WordRepairer repairer(m_dictionary);
    QList<SourceBlock::Change> changes;
    repairer.repair(text, changes);
    QCOMPARE(text, repaired);
    for (const SourceBlock::Change &c : std::as_const(changes))
        QCOMPARE(text.mid(c.offset, c.after.size()), c.after);
}

void TestCleaning::paragraphJoin_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("joined");
    QTest::addColumn<QStringList>("changes");
    QTest::newRow("cut mid-sentence")
        << QStringLiteral("Members were given a presentation highlighting the\n\noutcomes of the review.")
        << QStringList {QStringLiteral("Members were given a presentation highlighting the outcomes of the review.")}
        << QStringList {QStringLiteral("the \u00b6 outcomes")};
    QTest::newRow("sentence ended") << QStringLiteral("The review ended.\n\nthe next starts oddly.")
                                    << QStringList {QStringLiteral("The review ended."),
                                           QStringLiteral("the next starts oddly.")}
                                    << QStringList {};
    QTest::newRow("next starts a sentence")
        << QStringLiteral("A line with no stop\n\nAnother paragraph starts here.")
        << QStringList {QStringLiteral("A line with no stop"), QStringLiteral("Another paragraph starts here.")}
        << QStringList {};
    QTest::newRow("heading is not joined")
        << QStringLiteral("Overspend\n\nand more text follows.")
        << QStringList {QStringLiteral("Overspend"), QStringLiteral("and more text follows.")} << QStringList {};
    QTest::newRow("list item continued") << QStringLiteral(
        "* boroughs ought to focus harder on their\n\nrole as buyers of care.")
                                         << QStringList {QStringLiteral(
                                                "boroughs ought to focus harder on their role as buyers of care.")}
                                         << QStringList {QStringLiteral("their \u00b6 role")};
    // Cross-references wrapped at a line end or a page break: the number or bracket goes on in
    // lower case, so it is not a numbered paragraph or a new one.
    QTest::newRow("paragraph range wrapped")
        << QStringLiteral("The board should publish its minutes (paragraphs\n\n4.2 to 4.9).")
        << QStringList {QStringLiteral("The board should publish its minutes (paragraphs 4.2 to 4.9).")}
        << QStringList {QStringLiteral("(paragraphs \u00b6 4.2")};
    QTest::newRow("bracket wrapped") << QStringLiteral(
        "The board should publish its minutes in full\n\n(see paragraph 4.2).")
                                     << QStringList {QStringLiteral(
                                            "The board should publish its minutes in full (see paragraph 4.2).")}
                                     << QStringList {QStringLiteral("full \u00b6 (see")};
    QTest::newRow("numbered paragraph after a cut one")
        << QStringLiteral("The board met in\n\n4.3 The clerk keeps the register.")
        << QStringList {QStringLiteral("The board met in"), QStringLiteral("4.3 The clerk keeps the register.")}
        << QStringList {};
    QTest::newRow("bracketed capital after a heading")
        << QStringLiteral("Governance\n\n(The board did not meet.)")
        << QStringList {QStringLiteral("Governance"), QStringLiteral("(The board did not meet.)")} << QStringList {};
}

void TestCleaning::paragraphJoin()
{
    QFETCH(QString, text);
    QFETCH(QStringList, joined);
    QFETCH(QStringList, changes);
    SourceBlocks blocks = PlainTextReader::read(text);
    ParagraphJoiner::apply(blocks);
    QCOMPARE(texts(blocks), joined);
    QStringList befores;
    for (const SourceBlock &b : blocks) {
        for (const SourceBlock::Change &c : b.changes) {
            befores << c.before;
            QCOMPARE(b.text.mid(c.offset, c.after.size()), c.after);
        }
    }
    QCOMPARE(befores, changes);
}

QTEST_APPLESS_MAIN(TestCleaning)
#include "test_cleaning.moc"
