// SPDX-License-Identifier: GPL-3.0-or-later
// Segmentation, one row per segment kind, quote form and side switch: small reports written the
// ways press texts write them, with every segment's "id kind side [speaker; role] [polarity]".
#include "ingest/ImperativeMood.h"
#include "ingest/JudgementReader.h"
#include "ingest/PolarityClassifier.h"
#include "ingest/ReportImporter.h"
#include "ingest/Speaker.h"
#include "ingest/SpellingDictionary.h"

#include <QTest>

using namespace Scrutiny;
using namespace Scrutiny::Ingest;

class TestSegmenter final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void segments_data();
    void segments();
    void speakers_data();
    void speakers();
    void polarity_data();
    void polarity();
    void judgement_data();
    void judgement();
    void imperative_data();
    void imperative();
    void confidenceAndReason();
    void structureNotRecognised();
};

namespace {
QStringList describe(const ParsedReport &r)
{
    QStringList out;
    for (const Segment &s : r.segments) {
        QString line = s.id + u' ' + toString(s.kind) + u' ' + toString(s.side);
        if (s.kind == SegmentKind::Quote)
            line += QStringLiteral(" [%1; %2]").arg(s.speakerName, s.speakerRole);
        if (s.kind == SegmentKind::Finding)
            line += u' ' + toString(s.polarity);
        out << line;
    }
    return out;
}
const QString lead = QStringLiteral("Social services in Eastholm are serving some people well, according to a report "
                                    "published today by the joint review team.\n\n");
} // namespace

void TestSegmenter::segments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("summary, narrative finding, context")
        << lead
            + QStringLiteral(
                "The report found that services for older people were good but that children waited too long.\n\n"
                "The review is part of a national programme of joint reviews.\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("F1 finding review mixed"),
               QStringLiteral("C1 context review")};
    QTest::newRow("finding lead-ins and priority lead-ins")
        << lead
            + QStringLiteral("The report highlights:\n\n* Staff are well qualified.\n* Assessments are slow.\n\n"
                             "Inspectors identified these priorities for action:\n\n* Speed up assessments.\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("H1 heading review"),
               QStringLiteral("F1 finding review strength"), QStringLiteral("F2 finding review weakness"),
               QStringLiteral("H2 heading review"), QStringLiteral("P1 priority review")};
    QTest::newRow("headings instead of lead-ins")
        << lead
            + QStringLiteral("Strengths\n\nThe fostering team is stable.\n\nAreas for improvement\n\n"
                             "1. Reduce the use of agency staff.\n2. Improve care plans.\n\nBackground\n\n"
                             "The inspection took place in May.\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("H1 heading review"),
               QStringLiteral("F1 finding review strength"), QStringLiteral("H2 heading review"),
               QStringLiteral("P1 priority review"), QStringLiteral("P2 priority review"),
               QStringLiteral("H3 heading review"), QStringLiteral("C1 context review")};
    QTest::newRow("the review's message, quoted")
        << lead
            + QStringLiteral("The main conclusion of the Care Inspectorate, whose report came out on Monday, was "
                             "that: \u201CChildren in Northshire are kept safe and their views are heard.\u201D\n\n"
                             "The key message from the council was that: \u201CWe will act on every "
                             "recommendation.\u201D\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("F1 finding review strength"),
               QStringLiteral("C1 context review")};
    QTest::newRow("prose priorities") << lead
            + QStringLiteral("Priorities for the council included better commissioning and faster assessments.\n\n"
                             "The report recommends that the council reviews its charging policy.\n")
                                      << QStringList {QStringLiteral("S1 summary review"),
                                             QStringLiteral("P1 priority review"),
                                             QStringLiteral("P2 priority review")};
    QTest::newRow("lead-in line, quotation next")
        << lead
            + QStringLiteral("Sue Mead, review director, joint reviews, said:\n\n'The council has real potential.'\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("H1 heading review"),
               QStringLiteral("Q1 quote review [Sue Mead; review director, joint reviews]")};
    QTest::newRow("role name said: quote")
        << lead + QStringLiteral("Chief social services inspector Graham Williams said: 'We will monitor progress.'\n")
        << QStringList {QStringLiteral("S1 summary review"),
               QStringLiteral("Q1 quote review [Graham Williams; chief social services inspector]")};
    QTest::newRow("introduced, then She said:")
        << lead
            + QStringLiteral("A press release from the council follows:\n\nThe chief executive, Isobel Garner "
                             "recognised the challenges. She said: 'We will rise to them.'\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("H1 heading council"),
               QStringLiteral("Q1 quote council [Isobel Garner; chief executive]")};
    QTest::newRow("attribution after, speaker named before")
        << lead
            + QStringLiteral("Assistant review director Malcolm Newsam said support was lacking.\n\n"
                             "\"There is still a lot of work to do,\" he told the cabinet.\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("F1 finding review weakness"),
               QStringLiteral("Q1 quote review [Malcolm Newsam; assistant review director]")};
    QTest::newRow("own line with says:")
        << lead
            + QStringLiteral("Councillor Ann Jones, Lead Member for Social Care, says:\n\n"
                             "\u201cWe accept the findings and will act on them.\u201d\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("H1 heading council"),
               QStringLiteral("Q1 quote council [Councillor Ann Jones; Lead Member for Social Care]")};
    QTest::newRow("multi-paragraph, later paragraphs open a mark")
        << lead
            + QStringLiteral("Mark Elsworth, the commission's lead inspector, said: \u201cThere are weaknesses.\n\n"
                             "\u201cThe council must get the basics right.\u201d\n")
        << QStringList {QStringLiteral("S1 summary review"),
               QStringLiteral("Q1 quote review [Mark Elsworth; commission's lead inspector]"),
               QStringLiteral("Q2 quote review [Mark Elsworth; commission's lead inspector]")};
    QTest::newRow("multi-paragraph, only the first opens")
        << lead
            + QStringLiteral("Jane Hutt, minister for health, said: 'The report shows progress.\n\n"
                             "It raises issues for the council to resolve.'\n")
        << QStringList {QStringLiteral("S1 summary review"),
               QStringLiteral("Q1 quote review [Jane Hutt; minister for health]"),
               QStringLiteral("Q2 quote review [Jane Hutt; minister for health]")};
    QTest::newRow("He added:") << lead
            + QStringLiteral("Controller Andrew Foster said: \u201cThe picture is mixed across Wales.\u201d\n\n"
                             "He added: \u201cThere is room for improvement.\u201d\n")
                               << QStringList {QStringLiteral("S1 summary review"),
                                      QStringLiteral("Q1 quote review [Andrew Foster; controller]"),
                                      QStringLiteral("Q2 quote review [Andrew Foster; controller]")};
    QTest::newRow("said NAME, ROLE after the quotation")
        << lead
            + QStringLiteral("\u2018We were impressed by the staff,\u2019 said Helen Cartwright, the lead reviewer.\n")
        << QStringList {QStringLiteral("S1 summary review"),
               QStringLiteral("Q1 quote review [Helen Cartwright; lead reviewer]")};
    QTest::newRow("the report's own words")
        << lead + QStringLiteral("\"Too many people waited too long for services,\" it said.\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("F1 finding review weakness")};
    QTest::newRow("In response: council side")
        << lead
            + QStringLiteral("In response, the council's director of social services, Paul Okafor, said the authority "
                             "accepted the findings.\n\n\u201cWe are pleased,\u201d he said.\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("R1 response council"),
               QStringLiteral("Q1 quote council [Paul Okafor; council's director of social services]")};
    QTest::newRow("press release switches side")
        << lead
            + QStringLiteral(
                "A press release from the local authority follows:\n\nThe council welcomes the report.\n\n"
                "The report stated that:\n\n* Morale is good.\n\nThe council is drawing up an action plan.\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("H1 heading council"),
               QStringLiteral("R1 response council"), QStringLiteral("H2 heading council"),
               QStringLiteral("F1 finding review strength"), QStringLiteral("R2 response council")};
    QTest::newRow("council's own release")
        << QStringLiteral(
               "Northmoor Council welcomes Ofsted report\n\nNorthmoor Council has welcomed a positive report "
               "from Ofsted on its services for children.\n\nIn the report, inspectors state that leaders know "
               "their services well.\n\nThe council will publish an action plan.\n")
        << QStringList {QStringLiteral("H1 heading council"), QStringLiteral("S1 summary council"),
               QStringLiteral("F1 finding review strength"), QStringLiteral("R1 response council")};
    QTest::newRow("council response first")
        << QStringLiteral("Care homes praised\n\nWestbridge Council's director of adult care, Linda Marsh, said she "
                          "was delighted with the ratings.\n\nInspectors found that medicines were managed safely.\n")
        << QStringList {QStringLiteral("H1 heading review"), QStringLiteral("R1 response council"),
               QStringLiteral("F1 finding review strength")};
    QTest::newRow("council heading switches side")
        << lead + QStringLiteral("Council response\n\nThe council accepts all the recommendations.\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("H1 heading council"),
               QStringLiteral("R1 response council")};
    // The six misses of issue 11, each by its structure or grammar.
    QTest::newRow("a must: lead-in makes its list priorities")
        << lead
            + QStringLiteral("The trust must:\n\n* ensure that medicines are given on time\n"
                             "* review staffing on the wards at night\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("H1 heading review"),
               QStringLiteral("P1 priority review"), QStringLiteral("P2 priority review")};
    QTest::newRow("imperative items make priorities without a lead-in")
        << lead
            + QStringLiteral("Leadership and oversight\n\n* Ensure that every child has a plan.\n"
                             "* Strengthen the oversight of casework.\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("H1 heading review"),
               QStringLiteral("P1 priority review"), QStringLiteral("P2 priority review")};
    QTest::newRow("a quotation over two paragraphs is one speaker's")
        << lead
            + QStringLiteral("\u201CWe found a staff team who cared deeply, but the systems were weak.\n\n"
                             "\u201CThe board knows what it must do,\u201D said Karen Welby, the lead inspector.\n")
        << QStringList {QStringLiteral("S1 summary review"),
               QStringLiteral("Q1 quote review [Karen Welby; lead inspector]"),
               QStringLiteral("Q2 quote review [Karen Welby; lead inspector]")};
    QTest::newRow("the council said it would: its response")
        << lead + QStringLiteral("The council said it would publish an action plan within a month.\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("R1 response council")};
    QTest::newRow("findings in prose without \"the report found\"")
        << lead
            + QStringLiteral("Ofsted criticises the council for delays in responding to concerns.\n\n"
                             "The council has not taken swift enough action to reduce caseloads.\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("F1 finding review weakness"),
               QStringLiteral("F2 finding review weakness")};
    QTest::newRow("byline and dateline are furniture")
        << QStringLiteral("Jane Smith 06 April 2016\n\n") + lead
            + QStringLiteral("Inspectors found that assessments were slow.\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("F1 finding review weakness")};
    QTest::newRow("numbered paragraphs belong to their section")
        << lead
            + QStringLiteral("2. About this inspection\n\n2.1 We visited the service on three days in May.\n\n"
                             "3. Leadership\n\n3.1 Leadership is strong, and staff share a clear vision.\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("H1 heading review"),
               QStringLiteral("C1 context review"), QStringLiteral("H2 heading review"),
               QStringLiteral("F1 finding review strength")};
    // Held-out shapes (issue 11): each row is a structure the development corpus did not have.
    QTest::newRow("sub-headings nest in a findings section")
        << lead
            + QStringLiteral("What we found\n\nStaying well\n\nLeaflets were displayed by the entrance of the "
                             "unit in both languages.\n\nManaging risk and promoting safety on the ward\n\n"
                             "The corridor was free from clutter on both days.\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("H1 heading review"),
               QStringLiteral("H2 heading review"), QStringLiteral("F1 finding review mixed"),
               QStringLiteral("H3 heading review"), QStringLiteral("F2 finding review mixed")};
    QTest::newRow("a numbered recommendation box names one paragraph")
        << lead
            + QStringLiteral("Recommendation 1\n\nThe council should publish its waiting times each quarter.\n\n"
                             "Equipment is recycled by two of the five trusts in the region.\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("H1 heading review"),
               QStringLiteral("P1 priority review"), QStringLiteral("C1 context review")};
    QTest::newRow("priority concerns, each with its Recommendation:")
        << lead
            + QStringLiteral("Priority concerns\n\nSearches of visitors were inconsistent and drugs were easy to "
                             "find.\n\nRecommendation: Leaders should make searching consistent and led by "
                             "intelligence.\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("H1 heading review"),
               QStringLiteral("F1 finding review weakness"), QStringLiteral("P1 priority review")};
    QTest::newRow("a quotation nobody is named for")
        << lead
            + QStringLiteral("Patients praised the night staff.\n\n\u201CThe nurses never once made me feel a "
                             "nuisance.\u201D\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("F1 finding review strength"),
               QStringLiteral("Q1 quote review [; ]")};
    QTest::newRow("the following, ended with a full stop, leads in a list")
        << lead
            + QStringLiteral("The review team identified the following weaknesses.\n\n* Carers wait for "
                             "assessments.\n* Reviews are late.\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("H1 heading review"),
               QStringLiteral("F1 finding review weakness"), QStringLiteral("F2 finding review weakness")};
    QTest::newRow("a part's label and a summary of the inspection")
        << lead
            + QStringLiteral("Summary of our inspection\n\nWe found a caring ward team, but checks of emergency "
                             "equipment were often missed.\n\nPart One: Background\n\n* The trust runs three "
                             "hospitals.\n* It employs 4,000 staff.\n")
        << QStringList {QStringLiteral("F1 finding review strength"), QStringLiteral("H1 heading review"),
               QStringLiteral("S1 summary review"), QStringLiteral("H2 heading review"),
               QStringLiteral("C1 context review"), QStringLiteral("C2 context review")};
    QTest::newRow("a figure and a field are not headings")
        << lead
            + QStringLiteral("Inspectors found that waits were far too long.\n\n4,270 adaptations completed in "
                             "2023-24\n\nInspection dates: 11 and 12 March 2025\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("F1 finding review weakness"),
               QStringLiteral("C1 context review"), QStringLiteral("C2 context review")};
    QTest::newRow("the head of a service speaks for the body")
        << lead
            + QStringLiteral("The Head of Adult Services explained that a new assessment form had been introduced.\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("R1 response council")};
    QTest::newRow("a body named after the subject's verb did not speak")
        << lead
            + QStringLiteral("Inspectors found that waits were far too long.\n\nPupils are happy at this school and "
                             "told inspectors that staff listen to them.\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("F1 finding review weakness"),
               QStringLiteral("C1 context review")};
    QTest::newRow("a target reported after is that is no obligation")
        << lead + QStringLiteral("The council's target is that a review should be held within 28 days of a referral.\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("F1 finding review weakness")};
    QTest::newRow("what happens next is background")
        << lead
            + QStringLiteral("Inspectors found that waits were far too long.\n\nWhat happens next?\n\nWhen we find "
                             "services are poor, we will return within six months.\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("F1 finding review weakness"),
               QStringLiteral("H1 heading review"), QStringLiteral("C1 context review")};
    QTest::newRow("a background section's first paragraph is no summary")
        << QStringLiteral("Inspection of Tregorn services\n\nExecutive summary\n\nBackground\n\nThe council provides "
                          "care for about 2,000 adults in their own homes each week.\n\nWe found that most people "
                          "were safe but that reviews were often late.\n")
        << QStringList {QStringLiteral("H1 heading review"), QStringLiteral("H2 heading review"),
               QStringLiteral("H3 heading review"), QStringLiteral("C1 context review"),
               QStringLiteral("F1 finding review strength")};
    QTest::newRow("numbered items that judge nothing are a record")
        << lead
            + QStringLiteral("Inspectors found that waits were far too long.\n\n1. Apologies were received from "
                             "Councillor Rhys.\n2. The minutes of the last meeting were agreed.\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("F1 finding review weakness"),
               QStringLiteral("C1 context review"), QStringLiteral("C2 context review")};
    QTest::newRow("what we did is background; an aside in brackets is no priority")
        << lead
            + QStringLiteral("What we did\n\nWe completed an unannounced visit of the ward over three good days."
                             "\n\nWhat the council must do\n\n(For the council and its partners)\n\n* Publish the "
                             "plan.\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("H1 heading review"),
               QStringLiteral("C1 context review"), QStringLiteral("H2 heading review"),
               QStringLiteral("C2 context review"), QStringLiteral("P1 priority review")};
    QTest::newRow("it in the second sentence is the inspected body")
        << lead
            + QStringLiteral("The Department told us that it accepted the need for better data. It said that it "
                             "would review the grant limit next year.\n")
        << QStringList {QStringLiteral("S1 summary review"), QStringLiteral("R1 response council")};
}

void TestSegmenter::segments()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QString error;
    const auto report = ReportImporter::importBytes(text.toUtf8(), QStringLiteral("test.txt"), &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(describe(*report), expected);
}

void TestSegmenter::speakers_data()
{
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("role");
    QTest::newRow("name, role, role") << QStringLiteral("Sue Mead, review director, joint reviews,")
                                      << QStringLiteral("Sue Mead") << QStringLiteral("review director, joint reviews");
    QTest::newRow("role name") << QStringLiteral("Chief inspector of SWIA Alexis Jay") << QStringLiteral("Alexis Jay")
                               << QStringLiteral("chief inspector of SWIA");
    QTest::newRow("the role, name") << QStringLiteral("The leader of Wrexham Council, Shan Wilkinson")
                                    << QStringLiteral("Shan Wilkinson") << QStringLiteral("leader of Wrexham Council");
    QTest::newRow("honorific") << QStringLiteral("Coun Liz Eyre") << QStringLiteral("Coun Liz Eyre") << QString();
    QTest::newRow("title case role kept")
        << QStringLiteral("Cllr Mair Roberts, Cabinet Member for Education") << QStringLiteral("Cllr Mair Roberts")
        << QStringLiteral("Cabinet Member for Education");
    QTest::newRow("connective dropped") << QStringLiteral("Responding to the findings, council leader Janet Ross")
                                        << QStringLiteral("Janet Ross") << QStringLiteral("council leader");
    QTest::newRow("not a person") << QStringLiteral("The report") << QString() << QString();
    QTest::newRow("institution") << QStringLiteral("Wrexham Council") << QString() << QString();
}

void TestSegmenter::speakers()
{
    QFETCH(QString, phrase);
    QFETCH(QString, name);
    QFETCH(QString, role);
    const auto s = Speaker::parse(phrase);
    QCOMPARE(s ? s->name : QString(), name);
    QCOMPARE(s ? s->role : QString(), role);
}

void TestSegmenter::polarity_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("polarity");
    QTest::newRow("strength") << QStringLiteral("Morale is generally good.") << QStringLiteral("strength");
    QTest::newRow("commendably low") << QStringLiteral("Delayed discharges are commendably low.")
                                     << QStringLiteral("strength");
    QTest::newRow("weakness") << QStringLiteral("Services remain too patchy.") << QStringLiteral("weakness");
    QTest::newRow("mixed") << QStringLiteral("Good joint work, but a lack of planning.") << QStringLiteral("mixed");
    QTest::newRow("conceded clause") << QStringLiteral("Despite resource limitations, the council serves people well.")
                                     << QStringLiteral("strength");
    QTest::newRow("no evaluative words") << QStringLiteral("Senior managers meet weekly.") << QStringLiteral("mixed");
}

void TestSegmenter::polarity()
{
    QFETCH(QString, text);
    QFETCH(QString, polarity);
    QCOMPARE(toString(PolarityClassifier::classify(text)), polarity);
}

void TestSegmenter::judgement_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("serving");
    QTest::addColumn<QString>("prospects");
    QTest::newRow("sample order") << QStringLiteral(
        "are serving some people well, but have uncertain prospects for improvement")
                                  << QStringLiteral("some people well") << QStringLiteral("uncertain");
    QTest::newRow("prospects first") << QStringLiteral(
        "Promising prospects for improvement; the council serves most people well.")
                                     << QStringLiteral("most people well") << QStringLiteral("promising");
    QTest::newRow("prospects are") << QStringLiteral(
        "It was judged to be serving all people well and its prospects for "
        "improvement are 'excellent'.")
                                   << QStringLiteral("all people well") << QStringLiteral("excellent");
    QTest::newRow("not serving") << QStringLiteral("The council is not serving people well and has poor prospects.")
                                 << QStringLiteral("not people well") << QStringLiteral("poor");
    QTest::newRow("past tense") << QStringLiteral("Reviewers found it served some people well.")
                                << QStringLiteral("some people well") << QString();
    QTest::newRow("nothing stated") << QStringLiteral("The council was rated good by Ofsted.") << QString()
                                    << QString();
    // Verdict words said of other bodies, denied or hoped for are not this report's verdict.
    QTest::newRow("national summary") << QStringLiteral(
        "\u201CNo councils inspected so far have been judged to be serving\nmost people well. While seven "
        "authorities were judged to be serving\nsome people well, two were not considered to be serving people\n"
        "well at all. And fewer than half of the councils\u2019 services were\nthought to have promising prospects "
        "for improvement,\u201D it says.")
                                      << QString() << QString();
    QTest::newRow("hoped for") << QStringLiteral(
        "\"Much remains to be done to reach a point where we are serving most people well,\" she said. "
        "Reviewers said prospects were \"promising.\"")
                               << QString() << QStringLiteral("promising");
    QTest::newRow("verdict after a summary of others") << QStringLiteral(
        "Three councils in the region serve some people well. This council, the review found, is serving most "
        "people well and has excellent prospects.") << QStringLiteral("most people well")
                                                       << QStringLiteral("excellent");
    QTest::newRow("one word is no count") << QStringLiteral(
        "Inspectors judged that the service is serving some people well; one area of concern remains.")
                                          << QStringLiteral("some people well") << QString();
}

void TestSegmenter::judgement()
{
    QFETCH(QString, text);
    QFETCH(QString, serving);
    QFETCH(QString, prospects);
    const Judgement j = JudgementReader::read(text);
    QCOMPARE(j.serving, serving);
    QCOMPARE(j.prospects, prospects);
}

// A command is told from a statement by the dictionary's morphology and the clause's verbs.
void TestSegmenter::imperative_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<bool>("command");
    QTest::newRow("ensure that") << QStringLiteral("Ensure that medicines are given as prescribed.") << true;
    QTest::newRow("review, lower case") << QStringLiteral("review staffing on the wards at night") << true;
    QTest::newRow("strengthen") << QStringLiteral("Strengthen the oversight of casework.") << true;
    QTest::newRow("make sure") << QStringLiteral("Make sure call handlers assess vulnerability.") << true;
    QTest::newRow("noun subject, finite verb") << QStringLiteral("Care records were out of date.") << false;
    QTest::newRow("noun subject, irregular past") << QStringLiteral("People told us that staff were kind.") << false;
    QTest::newRow("subject then has been") << QStringLiteral("Progress on the plan has been too slow.") << false;
    QTest::newRow("subject, comma, verb")
        << QStringLiteral("Support into education, employment and training is a clear strength.") << false;
    QTest::newRow("determiner") << QStringLiteral("The council must act.") << false;
    QTest::newRow("third person") << QStringLiteral("Ensures that plans are reviewed.") << false;
    QTest::newRow("staff described") << QStringLiteral("Staff described a supportive culture.") << false;
    // Held-out shapes (issue 11): a noun that Hunspell also knows as a verb opens a statement.
    QTest::newRow("noun compound, past verb with object")
        << QStringLiteral("Bin collection audits showed delays in every ward of the borough.") << false;
    QTest::newRow("noun, relative clause")
        << QStringLiteral("Staff who had started in the spring praised their mentors.") << false;
    QTest::newRow("noun, subject pronoun")
        << QStringLiteral("Staff we met on the night shift felt supported.") << false;
    QTest::newRow("noun, of") << QStringLiteral("Number of children on the waiting list at the end of March.") << false;
    QTest::newRow("label and value") << QStringLiteral("Service: Glanrhos Day Centre, Tregaron Road.") << false;
    QTest::newRow("two-word label") << QStringLiteral("Service manager: Aled Prys, 4 March 2025.") << false;
    QTest::newRow("command, participle with preposition")
        << QStringLiteral("Review the support plans agreed with families before each placement.") << true;
    QTest::newRow("command, participle at the end") << QStringLiteral("Record the checks completed.") << true;
}

void TestSegmenter::imperative()
{
    QFETCH(QString, sentence);
    QFETCH(bool, command);
    const auto dictionary = SpellingDictionary::open(SpellingDictionary::defaultPath());
    QVERIFY2(dictionary, "the en_GB Hunspell dictionary is part of the build environment");
    QCOMPARE(ImperativeMood(dictionary.get()).isCommand(sentence), command);
}

// Every segment says how sure the importer is and which cue decided.
void TestSegmenter::confidenceAndReason()
{
    const QString text = lead
        + QStringLiteral("The trust must:\n\n* ensure that medicines are given on time\n\n"
                         "Inspectors found that staff were kind.\n\nThe ward has 24 beds.\n");
    QString error;
    const auto report = ReportImporter::importBytes(text.toUtf8(), QStringLiteral("test.txt"), &error);
    QVERIFY2(report, qPrintable(error));
    QStringList got;
    for (const Segment &s : report->segments)
        got << QStringLiteral("%1 %2 %3").arg(s.id, s.reason).arg(s.needsReview());
    QCOMPARE(got,
        (QStringList {QStringLiteral("S1 opening paragraph 0"), QStringLiteral("H1 lead-in 0"),
            QStringLiteral("P1 list after a lead-in naming priorities 0"), QStringLiteral("F1 the review found 0"),
            QStringLiteral("C1 no cue 1")}));
    QVERIFY(report->structureRecognised);
}

// No finding, priority, quotation or response: every paragraph is context, flagged, never guessed at.
void TestSegmenter::structureNotRecognised()
{
    const QString text = QStringLiteral("The committee met on Tuesday 4 March in the council chamber.\n\n"
                                        "Item 3 on the agenda was the budget for the coming year.\n\n"
                                        "The next meeting is on 2 April at ten.\n");
    QString error;
    const auto report = ReportImporter::importBytes(text.toUtf8(), QStringLiteral("test.txt"), &error);
    QVERIFY2(report, qPrintable(error));
    QVERIFY(!report->structureRecognised);
    QVERIFY(!report->segments.isEmpty());
    for (const Segment &s : report->segments) {
        QCOMPARE(int(s.kind), int(SegmentKind::Context));
        QCOMPARE(s.reason, QStringLiteral("structure not recognised"));
        QVERIFY(s.needsReview());
    }
}

QTEST_APPLESS_MAIN(TestSegmenter)
#include "test_segmenter.moc"
