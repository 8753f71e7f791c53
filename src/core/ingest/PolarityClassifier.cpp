// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolarityClassifier.h"

#include <QRegularExpression>

namespace Scrutiny::Ingest {

namespace {
int count(const QRegularExpression &re, QStringView text)
{
    int n = 0;
    auto it = re.globalMatchView(text);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}
} // namespace

namespace {
const QRegularExpression &strengthWords()
{
    static const QRegularExpression strength(
        QStringLiteral(
            R"(\b(?:good|well|better|best|strong|strengths?|strengthened|excellent|outstanding|)"
            R"(impressive|impressed|(?<!more )effective(?:ly)?|positive(?:ly)?|commendabl[ey]|noteworthy|praised?|)"
            R"(valued|successful(?:ly)?|success|improved|improving|benefit(?:ed|s)?|dividends|high quality|)"
            R"(committed|dedicat(?:ed|ion)|enthusias(?:m|tic)|innovative|robust|well-qualified|)"
            R"(best-qualified|satisfied|welcomed?|progress|achiev(?:ed|ing)|clear priority|)"
            R"(open and inclusive|inclusive|kindness|dignity|safely|delighted|timely|manageable|thorough|secure|safe|caring|helpful|sound|)"
            R"(signs of improvement|early signs|sustained improvement|real difference|frank)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return strength;
}

const QRegularExpression &weaknessWords()
{
    static const QRegularExpression weakness(
        QStringLiteral(
            R"(\b(?:lack(?:s|ing)?|not|no longer|poor(?:ly)?|weak(?:ness|nesses)?|too|struggles?|)"
            R"(struggling|limited|limits|delays|slow|constrained|patchy|inconsistent|insufficient|)"
            R"(inadequate|fail(?:s|ed|ing|ure)?|concerns?|concerned|confused|needs? to|more to do|)"
            R"(much more|below|unsatisfactory|uncertain|disappointing|shortfall|shortcomings?|)"
            R"(deficienc(?:y|ies)|unacceptable|worse|declin(?:e|ed|ing)|backlogs?|gaps?|)"
            R"(overspend|criticis(?:ed|m)|cannot|unable|without evidence|higher cost|should|must|)"
            R"(out of date|(?<!commendably )low|requires? improvement|room for improvement|improvements? (?:are |is )?needed|)"
            R"(behind schedule|risen sharply)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return weakness;
}
} // namespace

bool PolarityClassifier::isEvaluative(QStringView text)
{
    return strengthWords().matchView(text).hasMatch() || weaknessWords().matchView(text).hasMatch();
}

Polarity PolarityClassifier::classify(QStringView finding, Polarity fallback)
{
    const QRegularExpression &strength = strengthWords();
    const QRegularExpression &weakness = weaknessWords();
    // A conceded clause: "Despite resource limitations, ..." or "Although X, ...".
    static const QRegularExpression concession(
        QStringLiteral(R"((?:^|[.;]\s+)(?:despite|although|though|while|whilst)\b[^,.;]*,)"),
        QRegularExpression::CaseInsensitiveOption);
    QString text = finding.toString();
    text.replace(concession, QStringLiteral(". "));
    const int plus = count(strength, text);
    const int minus = count(weakness, text);
    if (plus > 0 && minus > 0)
        return Polarity::Mixed;
    if (plus > 0)
        return Polarity::Strength;
    if (minus > 0)
        return Polarity::Weakness;
    return fallback == Polarity::None ? Polarity::Mixed : fallback;
}

Polarity PolarityClassifier::leaningOf(QStringView leadIn)
{
    static const QRegularExpression weak(
        QStringLiteral(R"(\b(?:weakness|weaknesses|concerns?|areas? for (?:improvement|development)|shortcomings|)"
                       R"(criticis|failings|problems|poor|improvement needed|needs improvement)\w*)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression strong(
        QStringLiteral(R"(\b(?:strengths?|highlights of|positive|praised?|good practice|what works well|successes|)"
                       R"(achievements|impressed|commended)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    if (weak.matchView(leadIn).hasMatch())
        return Polarity::Weakness;
    if (strong.matchView(leadIn).hasMatch())
        return Polarity::Strength;
    return Polarity::None;
}

} // namespace Scrutiny::Ingest
