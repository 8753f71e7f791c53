// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressReading.h"

#include "PorterStemmer.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace Scrutiny {

namespace {

enum class Cue {
    NotApplicable,
    Repeat,
    Ended,
    Unchanged,
    DeniedChange,
    Negation,
    Weakness,
    Regressed,
    Movement,
    Complete,
    Ongoing,
    Change,
    Persistent,
};

struct Pattern
{
    Cue cue;
    QRegularExpression expression;
};

QRegularExpression rx(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::CaseInsensitiveOption);
}

// Ordered from the most specific: a span taken by one cue is not read again.
const QList<Pattern> &patterns()
{
    static const QList<Pattern> list {
        {Cue::NotApplicable,
            rx(R"(\bno longer (?:appl(?:y|ies|icable)|relevant|required|needed|(?:provides?|runs?|operates?|delivers?|commissions?))\b|\b(?:has|have|had) been (?:superseded|withdrawn|decommissioned|overtaken)\b|\b(?:has|have|had) (?:closed|ceased)\b|\bceased to (?:operate|exist|provide)\b|\bwas (?:closed|decommissioned)\b|\b(?:transferred|passed) to (?:another|a new|the new)\b)")},
        // Found before, said outright ("again" is read by its clause: see again()).
        {Cue::Repeat,
            rx(R"(\bas (?:at|in|during|(?:we )?(?:found|reported|identified) (?:at|in|during)) (?:our|the) (?:previous|last|earlier|first) (?:inspection|review|visit|report|audit)\b|\bas (?:we )?(?:found|reported|identified) in (?:19|20)\d\d\b|\b(?:previously|already) (?:identified|reported|found|raised|highlighted)\b|\brepeat(?:ed)? (?:finding|concern|weakness)\b|\bthe same (?:problems?|weakness(?:es)?|concerns?|issues?|shortfalls?|failings?)\b|\b(?:reported|found|identified|raised) (?:at|in|during) (?:our|the) (?:previous|last|earlier|first) (?:inspection|review|visit)\b|\bfor a (?:second|third) time\b)")},
        // A state that has ended: read by what it was (see ended()).
        {Cue::Ended, rx(R"(\bno longer\b)")},
        // The state compared with the earlier one and found the same: the weakness persists.
        {Cue::Unchanged,
            rx(R"(\bno (?:better|worse|higher|lower|shorter|longer|faster|quicker|different)\b|\b(?:is|are|was|were|has been|have been) (?:largely |broadly |mostly )?unchanged\b|\bthe same (?:as|level as) (?:at|in|during|before|when)\b|\bno (?:change|movement) (?:in|since|from)\b)")},
        // The change asked for has not happened (perfect aspect, denied): not met.
        {Cue::DeniedChange,
            rx(R"(\b(?:no|little|limited|insufficient|slow|minimal|not enough) (?:meaningful |real |significant |discernible |clear )?(?:progress|improvement|change)\b|\b(?:has|have|had)(?: (?:again|also|still|once again|\w+ly))?(?:n['’]t| not) (?:yet )?(?:been )?\w+|\bnot (?:yet )?been (?:met|achieved|addressed|implemented|completed|resolved|improved|established|put in place|introduced|started|produced|agreed|approved)\b|\bnot yet\b|\byet to\b|\bfallen behind\b)")},
        // A weakness put right and back again: the same weakness found again.
        {Cue::Regressed,
            rx(R"(\b(?:lapsed|slipped back|fallen back|weakened|deteriorated|worsened|got worse|declined|reverted)\b)")},
        // Said of practice now: a weakness, possibly the same one as before.
        {Cue::Negation,
            rx(R"(\b(?:is|are|was|were|does|do|did)(?:n['’]t| not)\b|\bno (?:\w+ )?(?:plan|strategy|system|evidence|framework|oversight|audit|record)s?\b|\bunable to\b|\black(?:s|ed|ing)?\b|\btoo (?:long|high|few|slow|many|often|late|little)\b|\bseldom\b|\brarely\b|\bfail(?:s|ed|ing)?\b)")},
        {Cue::Weakness,
            rx(R"(\b(?:weak|weakened|poor|inconsistent|inadequate|unclear|ineffective|insufficient|unsafe|vague|backlogs?|delays?|delayed|postponed|deferred|paused|cancelled|lapsed|shortfalls?|concerns?|gaps?|missed)\b)")},
        // Which way something moved (or where it now stands): good or bad by what moved.
        {Cue::Movement,
            rx(R"(\b(?:risen|rose|rising|increased|increasing|grown|grew|lengthened|lengthening|climbed|doubled|higher|longer|above|fallen|fell|falling|dropped|halved|reduced|reducing|decreased|shortened|shorter|fewer|lower|below|less than)\b)")},
        {Cue::Complete,
            rx(R"(\b(?:has|have) (?:now )?been (?:fully |successfully )?(?:\w+ed|put in place|built|set up|drawn up|made|undertaken|done)\b|\b(?:was|were) (?:\w+ly )?(?:approved|agreed|adopted|introduced|established|completed|appointed|recruited|published|opened|launched|resolved|set up|put in place|turned into|converted|replaced)\b|\b(?:completed|achieved|cleared|in place|fully met)\b|\b(?:is|are) now (?:\w+ly )?(?:in place|[\w-]+)\b|\bnow (?:\w+ly )?(?:meets?|has|have|receives?|ensures?|holds?|routinely|consistently|regularly|publishes?|offers?|includes?|sets?|uses?|keeps?|runs?|gets?|takes?|makes?|reports?|reviews?|agrees?)\b|\b(?:all|every|each) (?:[\w'’-]+ ){0,4}?(?:now|were|are|have been|had been|has been)\b|\b(?:every|each) (?:day|week|month|quarter|year|shift|meeting)\b|\bno (?:[\w'’-]+ ){1,2}now\b|\bconsistently\b|\b(?:priority|recommendation|requirement|area for improvement|action) (?:has been|is|was) (?:met|completed|achieved)\b)")},
        // Work under way, not finished: progressive aspect, a start, a part, a plan.
        {Cue::Ongoing,
            rx(R"(\b(?:has|have) (?:\w+ )?(?:begun|started)\b|\bimproving\b|\bprogress (?:is being) made\b|\b(?:beginning|started|begun) to\b|\b(?:is|are) being (?:\w+ed|built|drawn up|set up|written|made|done|rolled out|put in place|carried out|developed)\b|\b(?:is|are) (?:gathering|gaining|building|picking up)\b|\bdue to (?:finish|be finished|complete|be completed|open|start|begin)\b|\bunder ?way\b|\bpart(?:ly|ially)\b|\bearly (?:signs|stages|days)\b|\bpilot(?:ed|ing)?\b)")},
        // A change made: perfect aspect, comparatives.
        {Cue::Change,
            rx(R"(\b(?:has|have) (?:\w+ )?(?:improved|strengthened|increased the|developed|made progress)\b|\b(?<!for )(?<!need )(?<!needs )improvements?\b|\b(?:some|good|significant|steady|reasonable|considerable|encouraging|clear) progress\b|\bprogress (?:has been|was) made\b|\bmore (?:timely|consistent|reliable|effective|robust|regular)\b|\bbetter\b|\b(?:faster|quicker)\b)")},
        // "remains", "still", "continues to": they carry on whatever the rest says.
        {Cue::Persistent,
            rx(R"(\bremain(?:s|ed|ing)?\b|\bstill\b|\bcontinu(?:es|ed|ing) to\b|\bpersist(?:s|ed|ent)?\b)")},
    };
    return list;
}

// Where one clause ends and the next begins: a sentence stop, a contrast
// ("but", "although", "however") or a co-ordinated "…, and (that) …".
const QRegularExpression &clauseBreak()
{
    static const QRegularExpression breaks
        = rx(R"([.;:!?](?=\s|$)|,\s*(?:and|so)\b|\b(?:and that|but|although|though|however|whereas|while)\b)");
    return breaks;
}

// Words after "remains"/"still"/"continues to" that make the persistence good news.
const QRegularExpression &persistingGood()
{
    static const QRegularExpression good = rx(
        R"(^\W*(?:\w+\W+){0,3}?(?:improv\w*|strong|good|effective|positive|high quality|well|in place|timely|robust|committed|embedded|a strength)\b)");
    return good;
}

// Words that make what follows a weakness, whatever else it says.
const QRegularExpression &weakWords()
{
    static const QRegularExpression weak = rx(
        R"(\b(?:not|no|never|too|poor|weak|low|high|limited|inconsistent|inadequate|vague|unclear|slow|late|behind|below|above|lack\w*|fail\w*|few|little|long)\b)");
    return weak;
}

// Quantities that are weaknesses in themselves: less of them is better.
const QRegularExpression &badQuantity()
{
    static const QRegularExpression bad = rx(
        R"(\b(?:waits?|waiting|delays?|backlogs?|absences?|sickness|falls|vacanc(?:y|ies)|turnover|reliance|overspend\w*|deficits?|debts?|arrears|exclusions?|complaints?|incidents?|errors?|agency|caseloads?|surplus\w*|gaps?|costs?|queues?|shortfalls?|injur(?:y|ies)|restraints?|re-?offending)\b)");
    return bad;
}

// A priority asking for less of something ("Reduce waiting times").
const QRegularExpression &asksForLess()
{
    static const QRegularExpression less = rx(
        R"(\b(?:reduce|reducing|cut|lower|shorten|decrease|minimi[sz]e|bring down|stop|end|eliminate|limit|fewer|less)\b)");
    return less;
}

// "again", "once more": read by the clause they are in.
const QRegularExpression &again()
{
    static const QRegularExpression again = rx(R"(\b(?:once )?again\b|\bonce more\b)");
    return again;
}

// After "no longer": a possession lost ("no longer have a named owner").
const QRegularExpression &lostAfter()
{
    static const QRegularExpression lost
        = rx(R"(^\s+(?:has|have|had|holds?|receives?|gets?|offers?|provides?)\b(?!\s+to\b))");
    return lost;
}

// Just before a movement word: "still", "remains" say it already.
const QRegularExpression &persistingBefore()
{
    static const QRegularExpression persisting = rx(R"(\b(?:still|remains?|remained|continues? to be)\s+(?:\w+\s+)?$)");
    return persisting;
}

const QRegularExpression &nowInClause()
{
    static const QRegularExpression now = rx(R"(\bnow\b)");
    return now;
}

// After "above"/"below": a benchmark, so the position is a state reached.
const QRegularExpression &benchmarkAfter()
{
    static const QRegularExpression benchmark = rx(
        R"(^\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:average|target|benchmark|standard|expected level|national (?:rate|figure|level))s?\b)");
    return benchmark;
}

// A state reached rather than a change under way.
const QRegularExpression &upwards()
{
    static const QRegularExpression up = rx(
        R"(^(?:risen|rose|rising|increased|increasing|grown|grew|lengthened|lengthening|climbed|doubled|higher|longer|above)$)");
    return up;
}

// "has not yet been completed", "no better": a good cue denied just before it.
bool denied(const QString &text, qsizetype at)
{
    static const QRegularExpression negator
        = rx(R"((?:\b(?:not|no|never|nor|without|yet to)\b|n['’]t\b)(?:\W+\w+){0,3}\W*$)");
    const qsizetype from = std::max<qsizetype>(0, at - 40);
    return negator.matchView(QStringView(text).mid(from, at - from)).hasMatch();
}

QSet<QString> stems(QStringView text)
{
    static const QRegularExpression word(QStringLiteral("[a-z]{3,}"));
    static const QSet<QString> skip {QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("that"),
        QStringLiteral("for"), QStringLiteral("with"), QStringLiteral("its"), QStringLiteral("their"),
        QStringLiteral("they"), QStringLiteral("are"), QStringLiteral("from"), QStringLiteral("this")};
    QSet<QString> out;
    const QString lower = text.toString().toLower();
    for (auto it = word.globalMatch(lower); it.hasNext();) {
        const QString w = it.next().captured();
        if (!skip.contains(w))
            out.insert(PorterStemmer::stem(w));
    }
    return out;
}

QString quote(QStringView text)
{
    return u'"' + text.toString().simplified() + u'"';
}

} // namespace

ProgressReading ProgressReading::read(
    const QString &text, bool repeatsEarlierFinding, bool weakness, const QString &priority)
{
    // Clause boundaries: a cue's scope ("again", a movement's subject) is its clause.
    QList<qsizetype> breaks;
    for (auto it = clauseBreak().globalMatch(text); it.hasNext();)
        breaks.append(it.next().capturedStart());
    auto clauseOf
        = [&](qsizetype at) { return std::upper_bound(breaks.cbegin(), breaks.cend(), at) - breaks.cbegin(); };
    auto clauseText = [&](qsizetype clause) {
        const qsizetype from = clause == 0 ? 0 : breaks[clause - 1];
        const qsizetype to = clause < breaks.size() ? breaks[clause] : text.size();
        return QStringView(text).mid(from, to - from);
    };
    const bool lessWanted = asksForLess().match(priority).hasMatch();
    const QSet<QString> asked = stems(priority);

    int notApplicable = 0, repeat = 0, deniedChange = 0, regressed = 0, complete = 0, change = 0, ongoing = 0,
        persisting = 0;
    double good = 0, bad = 0; // weighted: a weakness word counts half a negation
    QHash<qsizetype, double> clauseGood, clauseBad;
    QStringList cues;
    std::vector<std::pair<qsizetype, qsizetype>> taken;
    auto overlaps = [&](qsizetype s, qsizetype e) {
        return std::any_of(taken.cbegin(), taken.cend(), [&](const auto &r) { return s < r.second && e > r.first; });
    };
    auto addGood = [&](qsizetype clause, int &kind) {
        ++kind;
        good += 1;
        clauseGood[clause] += 1;
    };
    auto addBad = [&](qsizetype clause, double weight) {
        bad += weight;
        clauseBad[clause] += weight;
    };
    for (const Pattern &p : patterns()) {
        auto it = p.expression.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (overlaps(m.capturedStart(), m.capturedEnd()))
                continue;
            taken.emplace_back(m.capturedStart(), m.capturedEnd());
            const qsizetype clause = clauseOf(m.capturedStart());
            const QStringView before = QStringView(text).mid(0, m.capturedStart());
            const QStringView after = QStringView(text).mid(m.capturedEnd());
            // The few words a "remains"/"still"/"is now" says something about.
            const QStringView predicate = after.left(std::min<qsizetype>(after.size(), 30));
            bool counted = true;
            switch (p.cue) {
            case Cue::NotApplicable:
                ++notApplicable;
                break;
            case Cue::Repeat:
                ++repeat;
                addBad(clause, 0);
                break;
            case Cue::Ended:
                // "no longer confined to", "no longer wait": a weakness ended; "no
                // longer have a named owner", "no longer effective": something lost.
                if (lostAfter().matchView(after).hasMatch() || persistingGood().matchView(after).hasMatch())
                    addBad(clause, 1);
                else
                    addGood(clause, complete);
                break;
            case Cue::Unchanged:
                ++persisting;
                addBad(clause, 1);
                break;
            case Cue::DeniedChange:
                ++deniedChange;
                addBad(clause, 1);
                break;
            case Cue::Regressed:
                ++regressed;
                ++persisting;
                addBad(clause, 1);
                break;
            case Cue::Negation:
                addBad(clause, 1);
                break;
            case Cue::Weakness:
                addBad(clause, 0.5);
                break;
            case Cue::Movement: {
                // "still below the planned level": the persistence says it (once).
                if (persistingBefore().matchView(before).hasMatch()) {
                    counted = false;
                    break;
                }
                const QString word = m.captured().toLower();
                const QStringView subject = clauseText(clause);
                const bool lessIsBetter = badQuantity().matchView(subject).hasMatch() || lessWanted;
                const bool up = upwards().match(word).hasMatch();
                // The priority's own word ("shorter reports") is the way it asked to go.
                bool better = asked.contains(PorterStemmer::stem(word)) || up != lessIsBetter;
                if (denied(text, m.capturedStart()))
                    better = !better;
                if (!better) {
                    // Worse than asked: the weakness is still there, and larger.
                    ++persisting;
                    addBad(clause, 1);
                } else if (nowInClause().matchView(subject).hasMatch()
                    || benchmarkAfter().matchView(after).hasMatch()) {
                    addGood(clause, complete); // "is now below the average": the state reached
                } else {
                    addGood(clause, change);
                }
                break;
            }
            case Cue::Complete:
                // "is now too slow", "are now fewer": the state, not completion, says it.
                if (m.captured().contains(QLatin1StringView(" now "), Qt::CaseInsensitive)
                    && weakWords().matchView(predicate.left(20)).hasMatch()) {
                    counted = false;
                    break;
                }
                [[fallthrough]];
            // A good cue denied ("still not applied consistently"): the negator
            // was mostly counted already, so half a point more.
            case Cue::Ongoing:
            case Cue::Change:
                if (denied(text, m.capturedStart())) {
                    ++deniedChange;
                    addBad(clause, 0.5);
                } else {
                    addGood(clause, p.cue == Cue::Complete ? complete : p.cue == Cue::Ongoing ? ongoing : change);
                }
                break;
            case Cue::Persistent: {
                // Good when what carries on is good, or is what the priority asked
                // for ("reports are still short", for "shorter reports"): in place.
                // "a backlog remains, with …": said of its subject, with no predicate
                // after it; what persists is the weakness the subject names.
                static const QRegularExpression clauseEnds(QStringLiteral(R"(^\s*(?:[,.;:]|$))"));
                const bool intransitive = clauseEnds.matchView(after).hasMatch();
                const bool weak = weakWords().matchView(predicate.left(25)).hasMatch();
                if (!intransitive
                    && (persistingGood().matchView(after).hasMatch()
                        || (!weak && stems(predicate).intersects(asked)))) {
                    addGood(clause, complete);
                } else {
                    addBad(clause, 1);
                    ++persisting;
                }
                break;
            }
            }
            if (counted && cues.size() < 4)
                cues.append(quote(m.capturedView()));
        }
    }
    // "again" repeats the weakness its clause describes; in a clause that reads
    // only good it says a practice is back ("drills are once again held").
    for (auto it = again().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype clause = clauseOf(m.capturedStart());
        if (clauseGood.value(clause) > 0 && clauseBad.value(clause) == 0)
            continue;
        ++repeat;
        if (clauseBad.value(clause) == 0)
            addBad(clause, 1);
        if (cues.size() < 4)
            cues.append(quote(m.capturedView()));
    }

    ProgressReading r;
    r.cues = cues.join(u", ");
    r.saidAgain = repeat > 0;
    r.persisting = persisting > 0;
    // The weakness as the later report sees it: said again outright, back after
    // being put right, the change asked for denied, or (persisting, or plain)
    // the same as an earlier finding.
    auto negative = [&](double confidence) {
        if (repeat > 0) {
            r.type = ProgressType::Repeat;
            r.confidence = repeatsEarlierFinding ? 0.9 : 0.75;
        } else if (regressed > 0 && repeatsEarlierFinding) {
            r.type = ProgressType::Repeat;
            r.confidence = confidence;
        } else if (deniedChange > 0) {
            r.type = ProgressType::NotMet;
            r.confidence = confidence;
        } else if (repeatsEarlierFinding || persisting > 0) {
            // "remains low", "still too long" presuppose it was so before: the
            // weakness the priority was set for, found again.
            r.type = ProgressType::Repeat;
            r.confidence = repeatsEarlierFinding ? confidence : confidence - 0.1;
        } else {
            r.type = ProgressType::NotMet;
            r.confidence = confidence - 0.1;
        }
    };
    if (notApplicable > 0) {
        r.type = ProgressType::NotApplicable;
        r.confidence = 0.85;
    } else if (bad > 0 && (good == 0 || bad >= 2 * good)) {
        negative(good == 0 ? std::min(0.9, 0.6 + 0.1 * bad) : 0.55);
    } else if (good > 0 && bad > 0 && good < 2 * bad) {
        // Some of it done, some not: "has improved, however ... still below".
        r.type = ProgressType::Progress;
        r.confidence = 0.6;
    } else if (complete > 0 && (complete > change + ongoing || (ongoing == 0 && complete >= change))) {
        // "has been established", "is now in place", "has improved and is now
        // above the average": the state asked for is reached, and nothing is
        // said to be still under way.
        r.type = ProgressType::Met;
        r.confidence = bad > 0 ? 0.6 : std::min(0.9, 0.7 + 0.1 * complete);
    } else if (good > 0) {
        r.type = ProgressType::Progress;
        r.confidence = bad > 0 ? 0.6 : std::min(0.85, 0.65 + 0.1 * good);
    } else if (weakness) {
        negative(0.4);
    } else {
        r.type = ProgressType::Met;
        r.confidence = 0.3;
    }
    return r;
}

} // namespace Scrutiny
