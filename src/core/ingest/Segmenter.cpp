// SPDX-License-Identifier: GPL-3.0-or-later
#include "Segmenter.h"

#include "Attribution.h"
#include "PolarityClassifier.h"
#include "TextNormaliser.h"

#include <QRegularExpression>

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
enum class Announces { Nothing, Findings, Priorities, Context, CouncilSide };

Announces announcement(QStringView text)
{
    static const QRegularExpression council(
        QStringLiteral(
            R"(\b(?:(?:press release|statement|response|reply|comment)s?\s+(?:from|by)\s+(?:the\s+)?(?:local\s+)?(?:council|authority|borough|county|city council)|)"
            R"((?:council|authority)(?:'s|\x{2019}s)?\s+(?:response|statement|reply|view)|in response|responding to|response from|what the council (?:says|said))\b)"),
        CI);
    static const QRegularExpression priorities(
        QStringLiteral(
            R"(\b(?:priorit(?:y|ies)|recommendations?|recommend(?:s|ed)?|areas? for (?:improvement|development|action)|)"
            R"(improvements? (?:needed|required)|next steps|needs? to improve|what (?:needs|should) (?:to )?(?:improve|change)|)"
            R"(action plan|key actions|should)\b)"),
        CI);
    static const QRegularExpression findings(
        QStringLiteral(
            R"(\b(?:report|review|inspection|inspectors?|inspectorate|auditors?|commission|findings?|found|)"
            R"(strengths?|weakness(?:es)?|highlights?|key points|conclusions?|concluded|judgements?|says|said|)"
            R"(stated|states|identified|notes|noted|praised)\b)"),
        CI);
    static const QRegularExpression context(
        QStringLiteral(
            R"(^(?:background|about (?:the|this)|notes? (?:to|for) editors?|the inspection|methodology|context|further information|ends)\b)"),
        CI);
    if (council.matchView(text).hasMatch())
        return Announces::CouncilSide;
    if (priorities.matchView(text).hasMatch())
        return Announces::Priorities;
    if (context.matchView(text).hasMatch())
        return Announces::Context;
    if (findings.matchView(text).hasMatch())
        return Announces::Findings;
    return Announces::Nothing;
}

// "The report found ...", "Inspectors said ...", "In the report, the inspectors state that ...":
// the review's conclusions reported in prose, with the review as the sentence's subject.
bool reportsConclusions(QStringView paragraph, bool requireThat)
{
    static const QRegularExpression subject(
        QStringLiteral(
            R"(^(?:(?:however|but|and|also|overall|further(?:more)?|in addition|in the report|in its report|in their report|)"
            R"(the report (?:also )?(?:says|said|adds|added) that|today),?\s+)*)"
            R"((?:(?:the\s+)?(?:joint\s+)?(?:report|review|inspection|inspectors?|inspection team|review team|reviewers|auditors|)"
            R"(inspectorate|commission|audit commission|estyn|ofsted|cqc|ciw|cssiw|swia)\b(?:\s+[\w'\x{2019}-]+){0,12}?|)"
            R"((?:they|it)))"
            R"(\s+(?:also\s+|further\s+|have\s+|has\s+|had\s+)?)"
            R"((?:found|finds?|say|says|said|notes?|noted|highlight(?:s|ed)?|conclude[sd]?|identifie[sd]|identify|)"
            R"(praise[sd]?|criticise[sd]?|rated?|rates|judge[sd]?|state[sd]?|states|point(?:s|ed)? out|report(?:s|ed)?|)"
            R"(acknowledge[sd]?|recognise[sd]?|warn(?:s|ed)?|describe[sd]?|commend(?:s|ed)?|were impressed|)"
            R"(was impressed|raise[sd]?|show(?:s|ed)?|reveal(?:s|ed)?|confirm(?:s|ed)?|observed|gave|give|gives)\b(.*))"),
        CI | QRegularExpression::DotMatchesEverythingOption);
    const QList<QStringView> all = sentences(paragraph);
    for (QStringView s : all.first(std::min<qsizetype>(2, all.size()))) {
        const auto m = subject.matchView(s);
        if (!m.hasMatch())
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

bool isBackground(QStringView paragraph)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(\b(?:is part of|are part of|programme of|rolling programme|carried out (?:by|in|between|during|jointly)|)"
            R"(took place|was published|will be published|are designed|is designed|is available (?:at|on|from)|)"
            R"(copies of the|for more information|notes? to editors|is one of|was commissioned|)"
            R"(inspections? (?:is|are) (?:carried|undertaken))\b)"),
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
    explicit Reader(const SourceBlocks &blocks)
        : m_blocks(blocks)
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

    const SourceBlocks &m_blocks;
    Side m_side = Side::Review;
    Announces m_list = Announces::Nothing; ///< what list items after the last lead-in are
    Announces m_section = Announces::Nothing; ///< what the last heading announced
    /// The section under the last heading listed its items: prose after the list
    /// is about them ("Estyn will monitor progress"), not another item.
    bool m_sectionListed = false;
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
    return d;
}

Segmenter::Decision Reader::classifyParagraph(const SourceBlock &block, const SourceBlock *next)
{
    const QString &text = block.text;
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

    if (a.hasQuotation) {
        if (Speaker::isDocument(speakerPhrase)) {
            // "'...,' it said." or "says the report": the report's own words are a finding.
            d.kind = SegmentKind::Finding;
            d.side = m_side;
            d.polarity = PolarityClassifier::classify(text, fallbackPolarity());
            m_lastQuote.reset();
            m_openQuote.reset();
            return d;
        }
        std::optional<Speaker> s = resolve(speakerPhrase, a.textBeforeQuotation);
        if (!s && a.speakerPhrase.isEmpty() && a.startsWithQuotation && m_lastQuote)
            s = m_lastQuote; // another paragraph of the same speaker's words
        if (!s && !a.speakerPhrase.isEmpty() && wordCount(a.speakerPhrase) <= 6 && !a.speakerPhrase.front().isLower())
            s = Speaker {QString(),
                a.speakerPhrase.startsWith(u"A ") || a.speakerPhrase.startsWith(u"The ")
                    ? a.speakerPhrase.section(u' ', 1)
                    : a.speakerPhrase}; // "A council spokesman": a role without a name
        if (s) {
            learnPeople(a.textBeforeQuotation);
            return quote(*s, a.endsOpen);
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
    if (!m_summaryDone && wordCount(text) >= 12) {
        m_summaryDone = true;
        d.kind = SegmentKind::Summary;
        d.side = m_side;
        return d;
    }
    m_summaryDone = true;

    static const QRegularExpression responding(QStringLiteral(R"(^(?:in response|responding)\b)"), CI);
    if (responding.matchView(text).hasMatch() && announcement(firstSentence(text)) == Announces::CouncilSide)
        m_side = Side::Council;

    d.side = m_side;
    if (opensWithFindings(text) && (m_side == Side::Review || reportsConclusions(text, true))) {
        d.kind = SegmentKind::Finding;
        d.polarity = PolarityClassifier::classify(text, fallbackPolarity());
        return d;
    }
    if (statesReviewsMessage(text)) {
        d.kind = SegmentKind::Finding;
        d.polarity = PolarityClassifier::classify(text, fallbackPolarity());
        return d;
    }
    if (isBackground(text)) {
        d.kind = SegmentKind::Context;
        return d;
    }
    if (statesPriorities(text)) {
        d.kind = SegmentKind::Priority;
        return d;
    }
    if (reportsConclusions(text, m_side == Side::Council)) {
        d.kind = SegmentKind::Finding;
        d.polarity = PolarityClassifier::classify(text, fallbackPolarity());
        return d;
    }
    if (m_section == Announces::Findings && m_side == Side::Review) {
        d.kind = SegmentKind::Finding;
        d.polarity = PolarityClassifier::classify(text, fallbackPolarity());
        return d;
    }
    if (m_section == Announces::Priorities && m_side == Side::Review) {
        d.kind = SegmentKind::Priority;
        return d;
    }
    if (isBackground(text) || m_section == Announces::Context) {
        d.kind = SegmentKind::Context;
        return d;
    }
    d.kind = m_side == Side::Council ? SegmentKind::Response : SegmentKind::Context;
    return d;
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
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        const SourceBlock &block = m_blocks.at(i);
        Segmenter::Decision d;
        d.side = m_side;
        const bool heading = Segmenter::isHeadingShaped(block);
        const bool leadIn = !heading && block.shape != SourceBlock::Shape::ListItem && block.text.endsWith(u':');
        if (heading) {
            d.kind = SegmentKind::Heading;
            // A headline opens the article and announces nothing; a section heading is short.
            const bool headline = i == 0 || wordCount(block.text) > 6;
            const Announces a = headline ? Announces::Nothing : announcement(block.text);
            if (a == Announces::CouncilSide) {
                m_side = Side::Council;
                m_section = Announces::Nothing;
                m_sectionListed = false;
            } else {
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
            m_summaryDone = true;
            m_lastQuote.reset();
            m_openQuote.reset();
            Announces what = m_list != Announces::Nothing ? m_list : m_section;
            m_sectionListed = m_sectionListed || m_section != Announces::Nothing;
            if (what == Announces::Priorities) {
                d.kind = SegmentKind::Priority;
            } else if (what == Announces::Context) {
                d.kind = SegmentKind::Context;
            } else if (what == Announces::Findings || m_side == Side::Review) {
                d.kind = SegmentKind::Finding;
                d.polarity = PolarityClassifier::classify(block.text, fallbackPolarity());
            } else {
                d.kind = SegmentKind::Response;
            }
        } else {
            if (m_sectionListed)
                m_section = Announces::Nothing;
            d = classifyParagraph(block, i + 1 < m_blocks.size() ? &m_blocks.at(i + 1) : nullptr);
            // A paragraph ends the list a lead-in announced.
            m_list = Announces::Nothing;
            if (d.kind != SegmentKind::Finding)
                m_leaning = m_section == Announces::Nothing ? Polarity::None : m_leaning;
        }
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
    if (t.isEmpty() || endsSentence(t) || t.endsWith(u',') || wordCount(t) > 14)
        return false;
    const QChar first = t.front();
    return first.isUpper() || first.isDigit();
}

QList<Segmenter::Decision> Segmenter::classify(const SourceBlocks &blocks)
{
    return Reader(blocks).run();
}

} // namespace Scrutiny::Ingest
