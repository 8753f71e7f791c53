// SPDX-License-Identifier: GPL-3.0-or-later
#include "Segmenter.h"

#include "Attribution.h"
#include "ImperativeMood.h"
#include "PolarityClassifier.h"
#include "TextNormaliser.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace Scrutiny::Ingest {

namespace {
constexpr auto CI = QRegularExpression::CaseInsensitiveOption;

qsizetype wordCount(QStringView text)
{
    return text.split(u' ', Qt::SkipEmptyParts).size();
}

// Where the sentence starting at `from` ends: after ".", "!" or "?" (and a closing quote)
// followed by a space or the end. A scan, not a pattern: it runs on every paragraph.
qsizetype sentenceEnd(QStringView text, qsizetype from)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u != u'.' && u != u'!' && u != u'?')
            continue;
        qsizetype j = i + 1;
        if (j < text.size()) {
            const char16_t q = text.at(j).unicode();
            if (q == u'\'' || q == u'"' || q == u'\u2019' || q == u'\u201D')
                ++j;
        }
        if (j == text.size() || text.at(j) == u' ')
            return j;
    }
    return text.size();
}

QStringView firstSentence(QStringView text)
{
    return text.first(sentenceEnd(text, 0)).trimmed();
}

QList<QStringView> sentences(QStringView text)
{
    QList<QStringView> out;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype end = sentenceEnd(text, start);
        const QStringView s = text.sliced(start, end - start).trimmed();
        if (!s.isEmpty())
            out.append(s);
        start = end;
    }
    return out;
}

// What a lead-in or heading announces for the blocks after it.
enum class Announces { Nothing, Summary, Findings, Priorities, Context, CouncilSide };

Announces announcement(QStringView heading)
{
    // "Part Two: Waiting times", "Section 3 - Background": the label numbers the part; the
    // words after it say what the part is.
    static const QRegularExpression partLabel(
        QStringLiteral(
            R"(^(?:part|section|chapter)\s+(?:\d{1,2}|[ivx]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)\s*[:.\x{2013}\x{2014}-]\s*)"),
        CI);
    QString unlabelled = heading.toString();
    unlabelled.remove(partLabel);
    const QStringView text(unlabelled);
    static const QRegularExpression council(
        QStringLiteral(
            R"(\b(?:(?:press release|statement|response|reply|comment)s?\s+(?:from|by)\s+(?:the\s+)?(?:local\s+)?(?:council|authority|borough|county|city council)|)"
            R"((?:council|authority)(?:'s|\x{2019}s)?\s+(?:response|statement|reply|view)|in response|response from|what the council (?:says|said)|)"
            R"(responding to (?:the|this|its)\s+(?:[\w-]+\s+){0,2}(?:report|findings|inspection|review|recommendations)|)"
            R"([\w-]+(?:'s|\x{2019}s)\s+(?:response|reply)|^(?:\d+(?:\.\d+)*\.?\s+)?(?:management\s+)?response\b)\b)"),
        CI);
    static const QRegularExpression priorities(
        QStringLiteral(
            R"(\b(?:priorit(?:y|ies)|recommendations?|recommend(?:s|ed)?|areas? for (?:improvement|development|action)|)"
            R"(improvements? (?:needed|required)|next steps|needs? to improve|what (?:needs|should) (?:to )?(?:improve|change)|)"
            R"(action plan|key actions|should|must|needs? to|required to|we require|requirements?|shall|)"
            R"(what (?:does|do|did) .{0,80}? need to do|actions? .{0,40}?(?:must|should) take)\b)"),
        CI);
    static const QRegularExpression findings(
        QStringLiteral(
            R"(\b(?:report|review|inspection|inspectors?|inspectorate|auditors?|commission|findings?|found|)"
            R"(strengths?|weakness(?:es)?|highlights?|key points|conclusions?|concluded|judgements?|says|said|)"
            R"(stated|states|identified|notes|noted|praised|what we found|causes? of concern|good practice|notable practice)\b)"),
        CI);
    static const QRegularExpression context(
        QStringLiteral(
            R"(^(?:\d+(?:\.\d+)*\.?\s+)?(?:background|(?:information\s+)?about (?:the|this)|notes? (?:to|for) editors?|the inspection\s*$|methodology|context|)"
            R"(further information|ends|introduction|appendix|appendices|glossary|how we (?:inspected|carried out)|what we did|scope|)"
            R"(what (?:happens )?next)\b)"),
        CI);
    static const QRegularExpression summary(
        QStringLiteral(R"(^(?:\d+(?:\.\d+)*\.?\s+)?(?:executive\s+|overall\s+)?(?:summary|overview))"
                       R"((?:\s+of\s+(?:our|the|this)\s+[\w-]+(?:\s+[\w-]+)?)?$)"),
        CI);
    // "Priority concerns", "Key concerns": the concerns are what was found; the words before
    // the noun only rank them.
    static const QRegularExpression concerns(
        QStringLiteral(R"(^(?:\d+(?:\.\d+)*\.?\s+)?(?:[\w-]+\s+){0,2}concerns$)"), CI);
    if (council.matchView(text).hasMatch())
        return Announces::CouncilSide;
    if (summary.matchView(text).hasMatch())
        return Announces::Summary;
    if (concerns.matchView(text).hasMatch())
        return Announces::Findings;
    if (priorities.matchView(text).hasMatch())
        return Announces::Priorities;
    if (context.matchView(text).hasMatch())
        return Announces::Context;
    if (findings.matchView(text).hasMatch())
        return Announces::Findings;
    return Announces::Nothing;
}

// "The report found ...", "Inspectors said ...", "Within the review, inspectors state that ...":
// the review's conclusions reported in prose, with the review as the sentence's subject.
bool reportsConclusions(QStringView paragraph, bool requireThat)
{
    static const QRegularExpression subject(
        QStringLiteral(
            R"(^(?:(?:however|but|and|also|overall|further(?:more)?|in addition|in the report|in its report|in their report|)"
            R"(the report (?:also )?(?:says|said|adds|added) that|today|taken together),?\s+)*)"
            R"((?:(?:the\s+)?(?:joint\s+)?(?:[\w'\x{2019}-]+\s+){0,2}?(?:report|review|inspection|inspectors?|inspection team|review team|reviewers|auditors|)"
            R"(inspectorate|commission|audit commission|controller(?: of audit)?|auditor general|estyn|ofsted|cqc|ciw|cssiw|swia|hiw|rqia|nao|hmicfrs|regulator|watchdog|)"
            R"(care inspectorate|audit wales|hm inspectorate|his majesty's inspectorate)\b(?:\s+[\w'\x{2019}()-]+){0,12}?|)"
            R"((?:they|it|we|our (?:findings|evidence|work))))"
            R"(\s+(?:also\s+|further\s+|have\s+|has\s+|had\s+)?)"
            R"((?:found|finds?|say|says|said|notes?|noted|highlight(?:s|ed)?|conclude[sd]?|identifie[sd]|identify|)"
            R"(praise[sd]?|criticise[sd]?|rated?|rates|judge[sd]?|state[sd]?|states|point(?:s|ed)? out|report(?:s|ed)?|)"
            R"(acknowledge[sd]?|recognise[sd]?|warn(?:s|ed)?|describe[sd]?|commend(?:s|ed)?|were impressed|)"
            R"(was impressed|raise[sd]?|show(?:s|ed)?|reveal(?:s|ed)?|confirm(?:s|ed)?|observed|gave|give|gives|saw|)"
            R"(were (?:not )?(?:assured|concerned|pleased)|heard|estimate[sd]?|judged)\b(.*))"),
        CI | QRegularExpression::DotMatchesEverythingOption);
    const QList<QStringView> all = sentences(paragraph);
    for (qsizetype i = 0; i < std::min<qsizetype>(2, all.size()); ++i) {
        const QStringView s = all.at(i);
        const auto m = subject.matchView(s);
        if (!m.hasMatch())
            continue;
        // "The Department told us it accepted ... It said it would ...": a pronoun in the second
        // sentence stands for the first sentence's subject, which was not the review.
        if (i > 0 && (s.startsWith(u"It ") || s.startsWith(u"They ")))
            continue;
        // On the council's side "It"/"They" is the council itself, not the review.
        if (requireThat && (s.startsWith(u"It ") || s.startsWith(u"They ")))
            continue;
        if (!requireThat)
            return true;
        const QStringView rest = m.capturedView(1).trimmed();
        if (rest.startsWith(u"that", Qt::CaseInsensitive) || (!rest.startsWith(u"a number") && wordCount(rest) >= 6))
            return true;
    }
    return false;
}

// The review's evidence in its own words: "People told us ...", "Staff described ...".
bool reportsEvidence(QStringView paragraph)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^(?:many\s+|some\s+|several\s+|most\s+)?(?:people|staff|parents|relatives|families|residents|)"
            R"(patients|children|young people|carers|pupils|tenants|managers|practitioners|partners)\b)"
            R"((?:\s+[\w'\x{2019}-]+){0,3}?\s+(?:told us|told inspectors|described|said|reported|were positive|spoke)\b)"),
        CI);
    return re.matchView(paragraph).hasMatch();
}

// A few words in quotation marks inside the writer's own sentence ("said the prison was \"safe
// but struggling\""), not a person's words introduced with "said:".
bool quotesOnlyAPhrase(QStringView text, const Attribution &a)
{
    const QStringView before = QStringView(a.textBeforeQuotation).trimmed();
    if (before.isEmpty() || before.endsWith(u':') || before.endsWith(u','))
        return false;
    const qsizetype open = a.textBeforeQuotation.size();
    if (open >= text.size())
        return false;
    qsizetype close = open + 1;
    while (close < text.size() && !QStringView(u"\"\u201D\u2019'").contains(text.at(close)))
        ++close;
    return wordCount(text.sliced(open, close - open)) <= 8;
}

// "..., the report estimates.": the review's conclusion attributed at the end of the sentence.
bool attributedToReview(QStringView sentence)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(,\s+(?:the\s+)?(?:report|review|reviewers|inspectors?|inspectorate|commission|auditors|regulator|)"
            R"(watchdog|nao|ofsted|estyn|cqc|hiw|rqia|hmicfrs)\s+(?:also\s+)?(?:said|says|found|finds|estimates?|)"
            R"(notes?|concluded|concludes|added|adds|warned|warns)\W*$)"),
        CI);
    return re.matchView(sentence).hasMatch();
}

// "Other findings of the inspection ... included ...".
bool opensWithFindings(QStringView paragraph)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:other\s+|the\s+|key\s+|main\s+|further\s+)*findings\b)"), CI);
    return re.matchView(paragraph).hasMatch();
}

// "The clear message from the inspection agency ... was that: '...'": the
// review's conclusion named as its message, verdict or picture.
bool statesReviewsMessage(QStringView paragraph)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^(?:the\s+)?(?:(?:clear|main|key|overall|central|strong|simple|headline|inspectors['\x{2019}]?)\s+)*)"
            R"((?:message|conclusion|verdict|view|finding|judgement|picture)\s+(?:from|of)\b(.{0,160}?)\b)"
            R"((?:was|is|were|are)\s+(?:that|clear)\b)"),
        CI | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression reviewer(
        QStringLiteral(R"(\b(?:report|review|inspection|inspectors?|inspectorate|agency|commission|auditors?|)"
                       R"(estyn|ofsted|cqc|ciw|cssiw|swia|care inspectorate)\b)"),
        CI);
    const auto m = re.matchView(paragraph);
    return m.hasMatch() && reviewer.matchView(m.capturedView(1)).hasMatch();
}

// "The inspection team found the following strengths.", "as follows": the sentence announces a list.
bool introducesList(QStringView sentence)
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b(?:the following|as follows|set out below|listed below)\b)"), CI);
    return re.matchView(sentence).hasMatch();
}

bool statesPriorities(QStringView paragraph)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^(?:(?:however|but|and|also|overall),?\s+)?(?:(?:the\s+)?(?:main\s+|key\s+)?(?:priorities|recommendations|areas for (?:improvement|development))\b[^.]{0,60}?\b(?:include|included|includes|are|were|is|was)\b|)"
            R"((?:the\s+)?(?:joint\s+)?(?:report|review|inspectors?|inspection|auditors)\s+(?:also\s+)?(?:recommend(?:s|ed)?|)"
            R"(call(?:s|ed)? (?:for|on)|urge[sd]?|(?:says|said) (?:that )?the (?:council|authority) (?:should|must|needs to)))\b)"),
        CI);
    return re.matchView(paragraph).hasMatch();
}

// What the inspected body must or should do, in the review's words: "The trust must ensure
// ...", "By 30 June, the provider must ...", "Leaders should make sure ...", "We require the
// council to ...", "The NAO recommends that ...". Not a criticism of the past ("should have").
bool statesObligation(QStringView sentence)
{
    static const QRegularExpression modal(
        QStringLiteral(R"(^(?:(?:by|before|within|from)\s[^,]{1,40},\s+)?(?:[\w'\x{2019}-]+\s+){0,8}?)"
                       R"((?:must|should|needs? to|is required to|are required to|shall)\s+(?!have\b|not\s+have\b|)"
                       R"(be\s+(?:commended|praised|congratulated|proud|pleased)\b)\w+)"),
        CI);
    static const QRegularExpression require(
        QStringLiteral(R"(^(?:[\w'\x{2019}-]+\s+){0,6}?(?:we\s+require|we\s+(?:also\s+)?recommend|)"
                       R"(recommend(?:s|ed)?\s+that|call(?:s|ed)?\s+on)\b)"),
        CI);
    // "The Department's target is that a case should be closed in 180 days": the obligation is
    // what someone else set, reported in a clause after "is that", not the review's.
    static const QRegularExpression reported(QStringLiteral(R"(\b(?:is|was|are|were)\s+that\b)"), CI);
    const auto m = modal.matchView(sentence);
    if (m.hasMatch() && !reported.matchView(sentence.first(m.capturedEnd())).hasMatch())
        return true;
    return require.matchView(sentence).hasMatch();
}

// A recommendation or requirement named by its number: "Recommendation 3", "Requirement 1",
// "Area for improvement 2".
bool isNumberedPriorityLabel(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^(?:recommendation|requirement|area for (?:improvement|development)|action)(?:\s+\d{1,2}\b|\s*:))"),
        CI);
    return re.matchView(text).hasMatch();
}

// The inspected body speaking or acting, reported by the review or the press: "The council
// said it would publish an action plan", "Senior leaders said they welcomed the findings",
// "Tregarth Council has welcomed the report", "The council will prepare a plan".
bool reportsBodysResponse(QStringView sentence)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^(?:in\s+(?:its|their)\s+response,?\s+)?((?:[\w'\x{2019}-]+\s+){0,9}?))"
            R"((?:said|says|told|stated|states|added|explained|responded|replied|confirmed|apologised|)"
            R"((?:has|have)\s+(?:welcomed|accepted|agreed|responded|said|apologised|already)|welcomed|accepted|will(?!\s+need)|intends|plans|)"
            R"(is\s+(?:preparing|working|pleased)|are\s+(?:preparing|working|pleased))\b)"),
        CI);
    static const QRegularExpression body(
        QStringLiteral(
            R"(\b(?:council|authority|trust|board|provider|owners?|services?|partnership|association|department|)"
            R"(force|police|constabulary|home|school|academy|manager|management|leaders?|chief executive|director|)"
            R"(spokes(?:person|man|woman)|cabinet member|headteacher|governors|landlord)\b)"),
        CI);
    static const QRegularExpression reviewer(
        QStringLiteral(
            R"(\b(?:report|review|reviewers?|inspection|inspectors?|inspectorate|commission|auditors?|regulator|)"
            R"(watchdog|estyn|ofsted|cqc|ciw|hiw|rqia|nao|hmicfrs|we|findings)\b)"),
        CI);
    const auto m = re.matchView(sentence);
    if (!m.hasMatch())
        return false;
    const QStringView subject = m.capturedView(1);
    // "Pupils are happy at this school and told inspectors ...": a finite verb before the
    // reporting verb ends the subject; the body named after it is not who spoke.
    static const QRegularExpression finite(QStringLiteral(R"(\b(?:is|are|was|were)\b)"), CI);
    return body.matchView(subject).hasMatch() && !reviewer.matchView(subject).hasMatch()
        && !finite.matchView(subject).hasMatch() && !subject.trimmed().isEmpty();
}

bool isBackground(QStringView paragraph)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(\b(?:is part of|are part of|programme of|rolling programme|(?<!not )carried out (?:by|in|between|during|jointly)|)"
            R"(took place|was published|will be published|are designed|is designed|is available (?:at|on|from)|)"
            R"(is the (?:independent\s+|national\s+)?(?:[\w-]+\s+){0,5}(?:inspectorate|regulator|watchdog|body) (?:for|in|of|that)|)"
            R"(copies of the|for more information|notes? to editors|is one of|was commissioned|)"
            R"(inspections? (?:is|are) (?:carried|undertaken)|(?:is|are) set out (?:in|below)|in the table below|as follows)\b)"),
        CI);
    return re.matchView(paragraph).hasMatch();
}

// A council writing about itself: "Cyngor Gwynedd welcomes Estyn report", "X Council has welcomed ...".
bool isCouncilRelease(QStringView opening)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^(?:[\w'\x{2019}-]+\s+){0,5}?(?:council|cyngor|cbc|borough|authority|county)\b(?:[\w\s'\x{2019}-]{0,40}?)\s+(?:welcomes?|has welcomed|welcomed|is pleased|was pleased|responds|has responded|celebrates)\b)"),
        CI);
    static const QRegularExpression cyngor(QStringLiteral(R"(^cyngor\b)"), CI);
    return re.matchView(opening).hasMatch() || cyngor.matchView(opening).hasMatch();
}

struct Person
{
    Speaker speaker;
    std::optional<Side> side;
};

class Reader
{
public:
    Reader(const SourceBlocks &blocks, const SpellingDictionary *dictionary)
        : m_blocks(blocks)
        , m_mood(dictionary)
    {
    }
    QList<Segmenter::Decision> run();

private:
    Segmenter::Decision classifyParagraph(const SourceBlock &block, const SourceBlock *next);
    std::optional<Segmenter::Decision> reportedSpeech(QStringView text);
    Segmenter::Decision quote(const Speaker &speaker, bool endsOpen);
    std::optional<Speaker> resolve(QStringView phrase, QStringView context);
    void learnPeople(QStringView paragraph);
    void remember(const Speaker &s);
    Polarity fallbackPolarity() const;

    Segmenter::Decision listItem(const SourceBlock &block, const SourceBlock *next);
    bool isCommand(QStringView text) const { return m_mood.isCommand(firstSentence(text)); }

    const SourceBlocks &m_blocks;
    ImperativeMood m_mood;
    int m_lastItemNumber = 0; ///< the number of the last numbered list item ("3." -> 3)
    Side m_side = Side::Review;
    Announces m_list = Announces::Nothing; ///< what list items after the last lead-in are
    Announces m_section = Announces::Nothing; ///< what the last heading announced
    /// The section under the last heading listed its items: prose after the list
    /// is about them ("Estyn will monitor progress"), not another item.
    bool m_sectionListed = false;
    /// A label heading ("Recommendation 2") names the one paragraph under it: after that
    /// paragraph the section it stands in goes on.
    std::optional<Announces> m_sectionAfterLabel;
    Polarity m_leaning = Polarity::None;
    std::optional<Speaker> m_pendingSpeaker; ///< from a "X said:" lead-in
    std::optional<Speaker> m_openQuote; ///< a quotation continuing into the next paragraph
    std::optional<Speaker> m_lastQuote; ///< the speaker of the previous block, if it was a quote
    QList<Person> m_people;
    QStringView m_previousParagraph; ///< the last paragraph that was not a quotation
    bool m_summaryDone = false;
};

void Reader::remember(const Speaker &s)
{
    for (qsizetype i = 0; i < m_people.size(); ++i) {
        Person &p = m_people[i];
        if (p.speaker.name == s.name) {
            if (p.speaker.role.isEmpty())
                p.speaker.role = s.role;
            m_people.move(i, m_people.size() - 1);
            return;
        }
    }
    m_people.append(
        Person {s, Speaker::sideOf(s.role).has_value() ? Speaker::sideOf(s.role) : Speaker::sideOf(s.name)});
}

void Reader::learnPeople(QStringView paragraph)
{
    // People are introduced with a comma ("The chief executive, Isobel Garner ...") or an
    // honorific; a paragraph with neither names nobody worth remembering.
    if (!paragraph.contains(u',') && !paragraph.contains(u"Coun") && !paragraph.contains(u"Cllr")
        && !paragraph.contains(u"Mr") && !paragraph.contains(u"Ms") && !paragraph.contains(u"Dr"))
        return;
    for (QStringView s : sentences(paragraph)) {
        if (auto person = Speaker::introducedBy(s); person && !person->role.isEmpty())
            remember(*person);
    }
}

std::optional<Speaker> Reader::resolve(QStringView phrase, QStringView context)
{
    const QString p = phrase.trimmed().toString();
    if (p.isEmpty())
        return std::nullopt;
    if (Speaker::isPronoun(p)) {
        // The person named earlier in this paragraph, else the one named most recently before it.
        std::optional<Speaker> here;
        for (QStringView s : sentences(context)) {
            if (auto person = Speaker::introducedBy(s))
                here = person;
        }
        if (here)
            return here;
        if (m_lastQuote)
            return m_lastQuote;
        // Someone introduced in the paragraph before ("The chief executive, X, welcomed ...").
        for (QStringView s : sentences(m_previousParagraph)) {
            if (auto person = Speaker::introducedBy(s); person && !person->role.isEmpty())
                here = person;
        }
        if (here)
            return here;
        if (!m_people.isEmpty())
            return m_people.last().speaker;
        return std::nullopt;
    }
    std::optional<Speaker> s = Speaker::parse(p);
    if (!s)
        return std::nullopt;
    // "Ms Talbot" or "Mr Elsworth": the person met before under a fuller name.
    const QString surname = s->name.section(u' ', -1);
    for (qsizetype i = m_people.size() - 1; i >= 0; --i) {
        const Speaker &known = m_people.at(i).speaker;
        if (known.name == s->name || (s->role.isEmpty() && known.name.section(u' ', -1) == surname)) {
            Speaker merged = known;
            if (!s->role.isEmpty())
                merged.role = s->role;
            return merged;
        }
    }
    return s;
}

Polarity Reader::fallbackPolarity() const
{
    if (m_leaning != Polarity::None)
        return m_leaning;
    return m_side == Side::Council ? Polarity::Strength : Polarity::None;
}

Segmenter::Decision Reader::quote(const Speaker &speaker, bool endsOpen)
{
    Segmenter::Decision d;
    d.kind = SegmentKind::Quote;
    d.speaker = speaker;
    d.reason = speaker.name.isEmpty() && speaker.role.isEmpty() ? QStringLiteral("quotation, speaker unknown")
                                                                : QStringLiteral("quotation with its speaker");
    d.confidence = speaker.name.isEmpty() && speaker.role.isEmpty() ? 0.5 : 0.9;
    std::optional<Side> side = Speaker::sideOf(speaker.role);
    if (!side)
        side = Speaker::sideOf(speaker.name);
    if (!side) {
        for (const Person &p : m_people) {
            if (p.speaker.name == speaker.name && p.side)
                side = p.side;
        }
    }
    d.side = side.value_or(m_side);
    if (!speaker.name.isEmpty())
        remember(speaker);
    m_lastQuote = speaker;
    m_openQuote = endsOpen ? std::optional<Speaker>(speaker) : std::nullopt;
    return d;
}

std::optional<Segmenter::Decision> Reader::reportedSpeech(QStringView text)
{
    // Reported speech of a named person: an inspector's is a finding, a council officer's a response.
    const QString reporter = Attribution::reportedSpeaker(firstSentence(text));
    if (reporter.isEmpty() || Speaker::isDocument(reporter))
        return std::nullopt;
    const std::optional<Speaker> s = resolve(reporter, QStringView());
    if (!s)
        return std::nullopt;
    std::optional<Side> side = Speaker::sideOf(s->role);
    if (!side)
        side = Speaker::sideOf(s->name);
    if (!side) {
        for (const Person &p : m_people) {
            if (p.speaker.name == s->name && p.side)
                side = p.side;
        }
    }
    if (!side)
        return std::nullopt;
    remember(*s);
    Segmenter::Decision d;
    d.side = *side;
    d.kind = *side == Side::Council ? SegmentKind::Response : SegmentKind::Finding;
    if (d.kind == SegmentKind::Finding)
        d.polarity = PolarityClassifier::classify(text, fallbackPolarity());
    d.reason = QStringLiteral("reported speech of a named person");
    d.confidence = 0.8;
    return d;
}

// A paragraph's number ("3.4 ", "R2 ") is where it stands, not what it says.
QString withoutParagraphNumber(const QString &text)
{
    static const QRegularExpression number(
        QStringLiteral(R"(^(?:\d{1,2}(?:\.\d{1,2}){1,2}\.?|[A-Z]{1,2}\d{1,2}\.?)\s+(?=\S))"));
    if (text.isEmpty() || !(text.front().isDigit() || text.front().isUpper()))
        return text;
    QString t = text;
    t.remove(number);
    return t;
}

Segmenter::Decision Reader::classifyParagraph(const SourceBlock &block, const SourceBlock *next)
{
    const QString text = withoutParagraphNumber(block.text);
    Segmenter::Decision d;
    const Attribution a = Attribution::analyse(text);

    // A quotation continuing from the previous paragraph, or following a "X said:" lead-in.
    if (a.startsWithQuotation && (m_pendingSpeaker || m_openQuote)) {
        std::optional<Speaker> s = m_pendingSpeaker ? m_pendingSpeaker : m_openQuote;
        if (!a.speakerPhrase.isEmpty() && !Speaker::isPronoun(a.speakerPhrase)) {
            if (auto named = resolve(a.speakerPhrase, a.textBeforeQuotation))
                s = named;
        }
        m_pendingSpeaker.reset();
        return quote(*s, a.endsOpen);
    }
    m_pendingSpeaker.reset();
    // The last paragraph of a quotation whose later paragraphs carry no opening mark.
    if (m_openQuote && a.closesEarlierQuotation)
        return quote(*m_openQuote, false);

    // A quotation left open, attributed only in the next paragraph ("'...,' it said.").
    QString speakerPhrase = a.speakerPhrase;
    if (a.startsWithQuotation && a.endsOpen && speakerPhrase.isEmpty() && next) {
        const Attribution b = Attribution::analyse(next->text);
        if (b.startsWithQuotation && !b.speakerPhrase.isEmpty())
            speakerPhrase = b.speakerPhrase;
    }

    // "HM Inspectorate ... said the prison was \"safe but struggling\" ...": the review's
    // conclusion quoting a phrase, not a quotation of a person.
    if (a.hasQuotation && !a.startsWithQuotation && m_side == Side::Review && quotesOnlyAPhrase(text, a)
        && reportsConclusions(text, false)) {
        d.kind = SegmentKind::Finding;
        d.reason = QStringLiteral("the review found (quoting a phrase)");
        d.confidence = 0.8;
        d.side = m_side;
        d.polarity = PolarityClassifier::classify(text, fallbackPolarity());
        m_lastQuote.reset();
        m_openQuote.reset();
        m_previousParagraph = text;
        return d;
    }
    if (a.hasQuotation) {
        if (Speaker::isDocument(speakerPhrase)) {
            // "'...,' it said." or "says the report": the report's own words are a finding.
            d.kind = SegmentKind::Finding;
            d.reason = QStringLiteral("the report quoted");
            d.confidence = 0.85;
            d.side = m_side;
            d.polarity = PolarityClassifier::classify(text, fallbackPolarity());
            m_lastQuote.reset();
            m_openQuote.reset();
            return d;
        }
        std::optional<Speaker> s = resolve(speakerPhrase, a.textBeforeQuotation);
        if (!s && a.speakerPhrase.isEmpty() && a.startsWithQuotation && m_lastQuote)
            s = m_lastQuote; // another paragraph of the same speaker's words
        static const QRegularExpression someone(
            QStringLiteral(R"(^(?:one|another|a|an)\s+(?:[\w'\x{2019}-]+\s+){0,2}[\w'\x{2019}-]+$)"), CI);
        if (!s && someone.matchView(a.speakerPhrase).hasMatch() && wordCount(a.speakerPhrase) <= 4)
            s = Speaker {QString(), a.speakerPhrase}; // "one relative said": a person the review does not name
        if (!s && !a.speakerPhrase.isEmpty() && wordCount(a.speakerPhrase) <= 6 && !a.speakerPhrase.front().isLower())
            s = Speaker {QString(),
                a.speakerPhrase.startsWith(u"A ") || a.speakerPhrase.startsWith(u"The ")
                    ? a.speakerPhrase.section(u' ', 1)
                    : a.speakerPhrase}; // "A council spokesman": a role without a name
        if (s) {
            learnPeople(a.textBeforeQuotation);
            return quote(*s, a.endsOpen);
        }
        // A paragraph that is one closed quotation and names nobody ("a patient's comment"
        // set apart in the report) is still a quotation, of someone the report does not name.
        if (a.startsWithQuotation && !a.endsOpen && a.speakerPhrase.isEmpty() && speakerPhrase.isEmpty()
            && QStringView(u"\"\u201D\u2019'").contains(text.back())) {
            m_previousParagraph = text;
            return quote(Speaker {}, false);
        }
    }
    m_lastQuote.reset();
    m_openQuote.reset();
    // People introduced here are looked for only if a pronoun needs them (see resolve()).
    m_previousParagraph = text;

    // A named person's reported words ("X, director of ..., said she was delighted ...") are
    // theirs, not the report's verdict, even when they open the article.
    if (auto reported = reportedSpeech(text)) {
        m_summaryDone = true;
        return *reported;
    }
    auto decide = [&](SegmentKind kind, const char *reason, double confidence) {
        d.kind = kind;
        d.reason = QString::fromLatin1(reason);
        d.confidence = confidence;
        if (kind == SegmentKind::Finding)
            d.polarity = PolarityClassifier::classify(text, fallbackPolarity());
        return d;
    };
    // The summary is not the first paragraph of a background section ("Executive summary",
    // then "Background").
    if (!m_summaryDone && wordCount(text) >= 12 && !isBackground(text) && m_section != Announces::Context) {
        m_summaryDone = true;
        d.side = m_side;
        return decide(SegmentKind::Summary,
            m_section == Announces::Summary ? "first paragraph under a summary heading" : "opening paragraph",
            m_section == Announces::Summary ? 0.9 : 0.7);
    }
    m_summaryDone = true;

    // "(Information for the school and appropriate authority)": an aside in brackets says whom
    // the section is for; it is neither a finding nor a priority.
    if (text.startsWith(u'(') && text.endsWith(u')') && text.count(u'(') == 1)
        return decide(SegmentKind::Context, "no cue", 0.4);

    static const QRegularExpression responding(QStringLiteral(R"(^(?:in response|responding)\b)"), CI);
    if (responding.matchView(text).hasMatch() && announcement(firstSentence(text)) == Announces::CouncilSide)
        m_side = Side::Council;

    d.side = m_side;
    const QStringView opening = firstSentence(text);
    if (opensWithFindings(text) && (m_side == Side::Review || reportsConclusions(text, true)))
        return decide(SegmentKind::Finding, "opens with \"findings\"", 0.9);
    if (statesReviewsMessage(text))
        return decide(SegmentKind::Finding, "the review's message", 0.9);
    if (isBackground(text))
        return decide(SegmentKind::Context, "background", 0.8);
    if (m_section == Announces::Priorities && introducesList(opening))
        return decide(SegmentKind::Context, "introduces the priorities", 0.7);
    if (m_side == Side::Review && isNumberedPriorityLabel(text))
        return decide(SegmentKind::Priority, "numbered recommendation", 0.95);
    if (statesPriorities(text))
        return decide(SegmentKind::Priority, "the review recommends", 0.9);
    if (m_side == Side::Review && statesObligation(opening))
        return decide(SegmentKind::Priority, "must/should/needs to", 0.85);
    if (m_side == Side::Review && isCommand(text))
        return decide(SegmentKind::Priority, "imperative", 0.8);
    if (reportsConclusions(text, m_side == Side::Council))
        return decide(SegmentKind::Finding, "the review found", 0.9);
    if (m_side == Side::Review && attributedToReview(opening))
        return decide(SegmentKind::Finding, "the review found (said after)", 0.85);
    if (m_side == Side::Review && reportsEvidence(text))
        return decide(SegmentKind::Finding, "evidence the review reports", 0.8);
    if (m_side == Side::Review && reportsBodysResponse(opening)) {
        d.side = Side::Council;
        return decide(SegmentKind::Response, "the inspected body said or did", 0.8);
    }
    if ((m_section == Announces::Findings || m_section == Announces::Summary) && m_side == Side::Review)
        return decide(SegmentKind::Finding, "under a findings heading", 0.8);
    if (m_section == Announces::Priorities && m_side == Side::Review)
        return decide(SegmentKind::Priority, "under a priorities heading", 0.8);
    if (m_section == Announces::Context)
        return decide(SegmentKind::Context, "under a background heading", 0.8);
    if (m_side == Side::Council)
        return decide(SegmentKind::Response, "on the inspected body's side", 0.7);
    // A statement in the review's own voice that judges something is a finding.
    if (PolarityClassifier::isEvaluative(text) && !text.endsWith(u'?'))
        return decide(SegmentKind::Finding, "evaluative statement", 0.6);
    return decide(SegmentKind::Context, "no cue", 0.4);
}

Segmenter::Decision Reader::listItem(const SourceBlock &block, const SourceBlock *next)
{
    const QString &text = block.text;
    // A numbered paragraph of a report ("3.4 We found ...") is a paragraph, numbered as
    // part of its section, not an item of a list.
    static const QRegularExpression paragraphNumber(QStringLiteral(R"(^\d{1,2}(?:\.\d{1,2}){1,2}\.?$)"));
    if (paragraphNumber.matchView(block.marker).hasMatch() && m_list == Announces::Nothing) {
        Segmenter::Decision d = classifyParagraph(block, next);
        m_summaryDone = true;
        return d;
    }
    m_summaryDone = true;
    m_lastQuote.reset();
    m_openQuote.reset();
    Segmenter::Decision d;
    d.side = m_side;
    auto decide = [&](SegmentKind kind, const char *reason, double confidence) {
        d.kind = kind;
        d.reason = QString::fromLatin1(reason);
        d.confidence = confidence;
        if (kind == SegmentKind::Finding)
            d.polarity = PolarityClassifier::classify(text, fallbackPolarity());
        return d;
    };
    const Announces what = m_list != Announces::Nothing ? m_list : m_section;
    m_sectionListed = m_sectionListed || m_section != Announces::Nothing;
    if (what == Announces::Priorities)
        return decide(SegmentKind::Priority,
            m_list == Announces::Priorities ? "list after a lead-in naming priorities"
                                            : "list under a priorities heading",
            0.9);
    if (what == Announces::Context)
        return decide(SegmentKind::Context, "list under a background heading", 0.8);
    if (m_side == Side::Review && isCommand(text))
        return decide(SegmentKind::Priority, "imperative list item", 0.85);
    if (m_side == Side::Review && statesObligation(firstSentence(text)))
        return decide(SegmentKind::Priority, "must/should/needs to", 0.85);
    if (what == Announces::Findings || what == Announces::Summary)
        return decide(SegmentKind::Finding, "list after a lead-in naming findings", 0.85);
    // A numbered item that judges nothing ("1. Apologies for absence were received") is a
    // record of what happened, not a finding.
    if (m_side == Side::Review && !block.marker.isEmpty() && block.marker.front().isDigit()
        && !PolarityClassifier::isEvaluative(text))
        return decide(SegmentKind::Context, "no cue", 0.4);
    if (m_side == Side::Review)
        return decide(SegmentKind::Finding, "list in the review's voice", 0.6);
    return decide(SegmentKind::Response, "list on the inspected body's side", 0.7);
}

QList<Segmenter::Decision> Reader::run()
{
    QList<Segmenter::Decision> out;
    out.reserve(m_blocks.size());
    // A council's own release speaks for the council from its first line.
    for (qsizetype i = 0; i < std::min<qsizetype>(2, m_blocks.size()); ++i) {
        if (isCouncilRelease(m_blocks.at(i).text)) {
            m_side = Side::Council;
            break;
        }
    }
    // A section numbered like the paragraphs after it ("3. Medicines management") is a
    // heading, not the first item of a list.
    static const QRegularExpression sectionNumber(QStringLiteral(R"(^\d{1,2}\.?$)"));
    auto isSectionHeading = [&](const SourceBlock &b) {
        if (b.shape != SourceBlock::Shape::ListItem || !sectionNumber.matchView(b.marker).hasMatch())
            return false;
        SourceBlock plain = b;
        plain.shape = SourceBlock::Shape::Paragraph;
        return Segmenter::isHeadingShaped(plain) && wordCount(b.text) <= 10;
    };
    // A report with a summary heading has its summary under it, not on the cover.
    const qsizetype scan = std::max<qsizetype>(8, m_blocks.size() / 2);
    for (qsizetype i = 1; i < std::min(scan, m_blocks.size()); ++i) {
        const SourceBlock &b = m_blocks.at(i);
        if ((Segmenter::isHeadingShaped(b) || isSectionHeading(b)) && announcement(b.text) == Announces::Summary) {
            m_summaryDone = true;
            break;
        }
    }
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        const SourceBlock &block = m_blocks.at(i);
        Segmenter::Decision d;
        d.side = m_side;
        const bool continuesList
            = m_list != Announces::Nothing && block.marker.toInt() == m_lastItemNumber + 1 && block.marker.toInt() > 0;
        const bool sectionHeading = !continuesList && isSectionHeading(block);
        // A headline opens the report, however long, when it does not end a sentence.
        const bool opensAsHeadline = i == 0 && block.shape == SourceBlock::Shape::Paragraph && !endsSentence(block.text)
            && !block.text.endsWith(u':') && wordCount(block.text) <= 22 && !block.text.isEmpty()
            && block.text.front().isUpper();
        const bool heading = Segmenter::isHeadingShaped(block) || sectionHeading || opensAsHeadline;
        // A lead-in ends with a colon, or names "the following" list that comes next.
        const bool listFollows = i + 1 < m_blocks.size() && m_blocks.at(i + 1).shape == SourceBlock::Shape::ListItem;
        const bool leadIn = !heading && block.shape != SourceBlock::Shape::ListItem
            && (block.text.endsWith(u':')
                || (listFollows && wordCount(block.text) <= 30 && sentences(block.text).size() == 1
                    && introducesList(block.text)));
        if (heading) {
            d.kind = SegmentKind::Heading;
            d.reason = QStringLiteral("heading");
            d.confidence = 0.95;
            // A headline opens the article and announces nothing; a section heading is short.
            // A question heading deep in a report ("What needs to improve in this local
            // authority's social work practice?") announces its section, however long.
            const bool headline = i == 0 || (wordCount(block.text) > 6 && !block.text.endsWith(u'?'));
            const Announces a = headline ? Announces::Nothing : announcement(block.text);
            if (a == Announces::Summary)
                m_summaryDone = false;
            // A numbered section starts afresh in the review's voice.
            if (sectionHeading || (!block.text.isEmpty() && block.text.front().isDigit()))
                m_side = Side::Review;
            const bool numbered = sectionHeading || (!block.text.isEmpty() && block.text.front().isDigit());
            const bool label = isNumberedPriorityLabel(block.text) && wordCount(block.text) <= 4;
            if (a == Announces::CouncilSide) {
                m_side = Side::Council;
                m_section = Announces::Nothing;
                m_sectionListed = false;
                m_sectionAfterLabel.reset();
            } else if (label) {
                // "Recommendation 2" over the recommendation it numbers (an audit office's box).
                if (!m_sectionAfterLabel)
                    m_sectionAfterLabel = m_section;
                m_section = Announces::Priorities;
                m_sectionListed = false;
            } else {
                m_sectionAfterLabel.reset();
                // Headings nest: an unnumbered heading that announces nothing ("Staying
                // healthy") is a part of the findings or summary section it stands in.
                const bool part = a == Announces::Nothing && i > 0 && !numbered
                    && (m_section == Announces::Findings || m_section == Announces::Summary);
                if (!part)
                    m_section = a;
                m_sectionListed = false;
                // A heading that names neither side's business ("Overspend") keeps the side.
            }
            m_leaning = headline ? Polarity::None : PolarityClassifier::leaningOf(block.text);
            m_list = Announces::Nothing;
            d.side = m_side;
            m_lastQuote.reset();
            m_openQuote.reset();
            m_pendingSpeaker.reset();
        } else if (leadIn) {
            d.kind = SegmentKind::Heading;
            d.reason = QStringLiteral("lead-in");
            d.confidence = 0.9;
            const Attribution a = Attribution::analyse(block.text);
            std::optional<Speaker> speaker;
            if (a.leadIn && !Speaker::isDocument(a.speakerPhrase))
                speaker = resolve(a.speakerPhrase, block.text);
            if (speaker) {
                m_pendingSpeaker = speaker;
                learnPeople(block.text);
                remember(*speaker);
                std::optional<Side> side = Speaker::sideOf(speaker->role);
                d.side = side.value_or(m_side);
            } else {
                const Announces a2 = announcement(block.text);
                if (a2 == Announces::CouncilSide) {
                    m_side = Side::Council;
                    m_list = Announces::Nothing;
                } else {
                    m_list = a2;
                }
                m_leaning = PolarityClassifier::leaningOf(block.text);
                d.side = m_side;
            }
            m_summaryDone = m_summaryDone || i > 0;
        } else if (block.shape == SourceBlock::Shape::ListItem) {
            d = listItem(block, i + 1 < m_blocks.size() ? &m_blocks.at(i + 1) : nullptr);
            m_lastItemNumber = QStringView(block.marker).chopped(block.marker.endsWith(u'.') ? 1 : 0).toInt();
        } else {
            if (m_sectionListed)
                m_section = Announces::Nothing;
            d = classifyParagraph(block, i + 1 < m_blocks.size() ? &m_blocks.at(i + 1) : nullptr);
            // A paragraph ends the list a lead-in announced.
            m_list = Announces::Nothing;
            if (m_sectionAfterLabel) {
                m_section = *m_sectionAfterLabel;
                m_sectionAfterLabel.reset();
            }
            if (d.kind != SegmentKind::Finding)
                m_leaning = m_section == Announces::Nothing ? Polarity::None : m_leaning;
        }
        // A finding or a priority is the review's, even in the council's own release.
        if (d.kind == SegmentKind::Finding || d.kind == SegmentKind::Priority)
            d.side = Side::Review;
        out.append(d);
    }
    return out;
}
} // namespace

bool Segmenter::isHeadingShaped(const SourceBlock &block)
{
    if (block.shape == SourceBlock::Shape::Heading)
        return true;
    if (block.shape == SourceBlock::Shape::ListItem)
        return false;
    const QString &t = block.text;
    // A table's row as the PDF reader joins its cells ("The experiences of children in care |
    // Good"): short cells, none a sentence, is no paragraph however many words it has.
    if (t.contains(QStringLiteral(" | ")) && !t.contains(u'\n')) {
        const QStringList cells = t.split(QStringLiteral(" | "));
        if (std::all_of(cells.cbegin(), cells.cend(),
                [](const QString &c) { return !c.trimmed().isEmpty() && wordCount(c) <= 14 && !c.endsWith(u'.'); }))
            return true;
    }
    // "What does the school need to do to improve?", "Is care safe?": a question as a heading.
    const bool question = t.endsWith(u'?') && wordCount(t) <= 12 && !t.contains(u'"') && !t.contains(u'\u201C');
    if (t.isEmpty() || (endsSentence(t) && !question) || t.endsWith(u',') || wordCount(t) > 14)
        return false;
    const QChar first = t.front();
    // "4,270 adaptations completed in 2023-24", "27 per cent of ...": a figure and what it
    // counts, not a section number before a title.
    static const QRegularExpression figure(QStringLiteral(R"(^(?!\d{4}\s)\d[\d,.]*\s+[a-z])"));
    if (first.isDigit() && figure.matchView(t).hasMatch())
        return false;
    // "Inspection dates: 11 and 12 March", "Unique reference number: 170221": a field and its
    // value, not a heading.
    static const QRegularExpression field(QStringLiteral(R"(^[A-Z][\w\s'\x{2019}-]{0,40}:\s+\S*\d)"));
    if (field.matchView(t).hasMatch())
        return false;
    return first.isUpper() || first.isDigit();
}

QList<Segmenter::Decision> Segmenter::classify(const SourceBlocks &blocks, const SpellingDictionary *dictionary)
{
    return Reader(blocks, dictionary).run();
}

} // namespace Scrutiny::Ingest
