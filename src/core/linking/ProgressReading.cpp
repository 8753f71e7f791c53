// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressReading.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace Scrutiny {

namespace {

enum class Cue { NotApplicable, Repeat, DeniedChange, Negation, Weakness, Complete, Change, Persistent };

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
        // Found again: said outright.
        {Cue::Repeat,
            rx(R"(\b(?:once )?again\b|\bas (?:at|in|during|(?:we )?(?:found|reported|identified) (?:at|in|during)) (?:our|the) (?:previous|last|earlier|first) (?:inspection|review|visit|report|audit)\b|\bas (?:we )?(?:found|reported|identified) in (?:19|20)\d\d\b|\b(?:previously|already) (?:identified|reported|found|raised|highlighted)\b|\brepeat(?:ed)? (?:finding|concern|weakness)\b|\bthe same (?:problems?|weakness(?:es)?|concerns?|issues?|shortfalls?|failings?)\b|\b(?:reported|found|identified|raised) (?:at|in|during) (?:our|the) (?:previous|last|earlier|first) (?:inspection|review|visit)\b|\bfor a (?:second|third) time\b)")},
        // The change asked for has not happened (perfect aspect, denied): not met.
        {Cue::DeniedChange,
            rx(R"(\b(?:no|little|limited|insufficient|slow|minimal|not enough) (?:meaningful |real |significant |discernible |clear )?(?:progress|improvement|change)\b|\b(?:has|have|had)(?:n['’]t| not) (?:yet )?(?:been )?\w+|\bnot (?:yet )?been (?:met|achieved|addressed|implemented|completed|resolved|improved|established|put in place|introduced|started|produced|agreed|approved)\b|\bnot yet\b|\byet to\b|\b(?:deteriorated|worsened|got worse|declined|fallen behind)\b)")},
        // Said of practice now: a weakness, possibly the same one as before.
        {Cue::Negation,
            rx(R"(\b(?:is|are|was|were|does|do|did)(?:n['’]t| not)\b|\bno (?:\w+ )?(?:plan|strategy|system|evidence|framework|oversight|audit|record)s?\b|\bunable to\b|\black(?:s|ed|ing)?\b|\btoo (?:long|high|few|slow|many|often|late|little)\b|\bfewer than\b|\bseldom\b|\brarely\b|\bfail(?:s|ed|ing)?\b)")},
        {Cue::Weakness,
            rx(R"(\b(?:weak|poor|inconsistent|inadequate|unclear|ineffective|insufficient|unsafe|vague|backlogs?|delays?|delayed|postponed|deferred|paused|cancelled|shortfalls?|concerns?|gaps?|missed)\b)")},
        {Cue::Complete,
            rx(R"(\b(?:has|have) (?:now )?been (?:fully |successfully )?(?:\w+ed|put in place|built|set up|drawn up|made|undertaken|done)\b|\b(?:completed|achieved|cleared|in place|fully met)\b|\b(?:is|are) now (?:\w+ly )?(?:in place|embedded|established|routine|effective|consistent|good|strong|timely|complete|met)\b|\bnow (?:\w+ly )?(?:meets?|has|have|receives?|ensures?|holds?|routinely|consistently|regularly|publishes?|offers?|includes?|sets?|uses?|keeps?|runs?|gets?|takes?|makes?|reports?|reviews?|agrees?)\b|\b(?:all|every) (?:\w+ )?(?:now|were|are|have been)\b|\bconsistently\b|\b(?:priority|recommendation|requirement|area for improvement|action) (?:has been|is|was) (?:met|completed|achieved)\b)")},
        {Cue::Change,
            rx(R"(\b(?:has|have) (?:\w+ )?(?:improved|begun|started|reduced|strengthened|increased the|developed|made progress)\b|\bimprov(?:ing|ement|ements)\b|\b(?:some|good|significant|steady|reasonable|considerable|encouraging|clear) progress\b|\bprogress (?:has been|was|is being) made\b|\b(?:beginning|started|begun) to\b|\b(?:is|are) being (?:\w+ed|developed|rolled out|put in place)\b|\bunder ?way\b|\bpart(?:ly|ially)\b|\bearly (?:signs|stages|days)\b|\bmore (?:timely|consistent|reliable|effective|robust|regular)\b|\bbetter\b|\b(?:shorter|faster|quicker|reduced|fallen|halved)\b|\bpilot(?:ed|ing)?\b)")},
        // "remains", "still", "continues to": they carry on whatever the rest says.
        {Cue::Persistent,
            rx(R"(\bremain(?:s|ed|ing)?\b|\bstill\b|\bcontinu(?:es|ed|ing) to\b|\bpersist(?:s|ed|ent)?\b)")},
    };
    return list;
}

// Words after "remains"/"still"/"continues to" that make the persistence good news.
const QRegularExpression &persistingGood()
{
    static const QRegularExpression good = rx(
        R"(^\W*(?:\w+\W+){0,3}?(?:improv\w*|strong|good|effective|positive|high quality|well|in place|timely|robust|committed|embedded|a strength)\b)");
    return good;
}

// "has not yet been completed", "no better": a good cue denied just before it.
bool denied(const QString &text, qsizetype at)
{
    static const QRegularExpression negator
        = rx(R"((?:\b(?:not|no|never|nor|without|yet to)\b|n['’]t\b)(?:\W+\w+){0,3}\W*$)");
    const qsizetype from = std::max<qsizetype>(0, at - 40);
    return negator.matchView(QStringView(text).mid(from, at - from)).hasMatch();
}

QString quote(QStringView text)
{
    return u'"' + text.toString().simplified() + u'"';
}

} // namespace

ProgressReading ProgressReading::read(const QString &text, bool repeatsEarlierFinding, bool weakness)
{
    int notApplicable = 0, repeat = 0, deniedChange = 0, complete = 0, change = 0, persisting = 0;
    double good = 0, bad = 0; // weighted: a weakness word counts half a negation
    QStringList cues;
    std::vector<std::pair<qsizetype, qsizetype>> taken;
    auto overlaps = [&](qsizetype s, qsizetype e) {
        return std::any_of(taken.cbegin(), taken.cend(), [&](const auto &r) { return s < r.second && e > r.first; });
    };
    for (const Pattern &p : patterns()) {
        auto it = p.expression.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (overlaps(m.capturedStart(), m.capturedEnd()))
                continue;
            taken.emplace_back(m.capturedStart(), m.capturedEnd());
            switch (p.cue) {
            case Cue::NotApplicable:
                ++notApplicable;
                break;
            case Cue::Repeat:
                ++repeat;
                break;
            case Cue::DeniedChange:
                ++deniedChange;
                bad += 1;
                break;
            case Cue::Negation:
                bad += 1;
                break;
            case Cue::Weakness:
                bad += 0.5;
                break;
            // A good cue denied ("still not applied consistently"): the negator
            // was mostly counted already, so half a point more.
            case Cue::Complete:
                if (denied(text, m.capturedStart())) {
                    ++deniedChange;
                    bad += 0.5;
                } else {
                    ++complete;
                    good += 1;
                }
                break;
            case Cue::Change:
                if (denied(text, m.capturedStart())) {
                    ++deniedChange;
                    bad += 0.5;
                } else {
                    ++change;
                    good += 1;
                }
                break;
            case Cue::Persistent:
                if (persistingGood().matchView(QStringView(text).mid(m.capturedEnd())).hasMatch()) {
                    good += 1;
                } else {
                    bad += 1;
                    ++persisting;
                }
                break;
            }
            if (cues.size() < 4)
                cues.append(quote(m.capturedView()));
        }
    }

    ProgressReading r;
    r.cues = cues.join(u", ");
    r.saidAgain = repeat > 0;
    r.persisting = persisting > 0;
    // The weakness as the later report sees it: said again outright, the change
    // asked for denied, or (persisting, or plain) the same as an earlier finding.
    auto negative = [&](double confidence) {
        if (repeat > 0) {
            r.type = ProgressType::Repeat;
            r.confidence = repeatsEarlierFinding ? 0.9 : 0.75;
        } else if (deniedChange > 0) {
            r.type = ProgressType::NotMet;
            r.confidence = confidence;
        } else if (repeatsEarlierFinding) {
            r.type = ProgressType::Repeat;
            r.confidence = confidence;
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
    } else if (complete > change) {
        // "has been established", "is now in place": done, unless as much is still under way.
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
