// SPDX-License-Identifier: GPL-3.0-or-later
#include "Speaker.h"

#include <QRegularExpression>
#include <QStringList>

namespace Scrutiny::Ingest {

namespace {
// Capitalised words that name institutions, places or sentence starters, never people.
bool isInstitutionWord(QStringView word)
{
    static const QStringList words {QStringLiteral("The"), QStringLiteral("A"), QStringLiteral("An"),
        QStringLiteral("In"), QStringLiteral("It"), QStringLiteral("This"), QStringLiteral("That"),
        QStringLiteral("He"), QStringLiteral("She"), QStringLiteral("They"), QStringLiteral("We"),
        QStringLiteral("But"), QStringLiteral("And"), QStringLiteral("However"), QStringLiteral("Council"),
        QStringLiteral("Councils"), QStringLiteral("County"), QStringLiteral("Borough"), QStringLiteral("City"),
        QStringLiteral("District"), QStringLiteral("Authority"), QStringLiteral("Commission"),
        QStringLiteral("Inspectorate"), QStringLiteral("Inspection"), QStringLiteral("Review"),
        QStringLiteral("Reviews"), QStringLiteral("Joint"), QStringLiteral("Services"), QStringLiteral("Service"),
        QStringLiteral("Department"), QStringLiteral("Government"), QStringLiteral("Assembly"),
        QStringLiteral("Office"), QStringLiteral("Agency"), QStringLiteral("Care"), QStringLiteral("Social"),
        QStringLiteral("Audit"), QStringLiteral("Wales"), QStringLiteral("England"), QStringLiteral("Scotland"),
        QStringLiteral("Health"), QStringLiteral("Board"), QStringLiteral("Team"), QStringLiteral("Report"),
        QStringLiteral("Education"), QStringLiteral("Housing"), QStringLiteral("Work"), QStringLiteral("Children"),
        QStringLiteral("Executive"), QStringLiteral("Cabinet"), QStringLiteral("Member"), QStringLiteral("Members"),
        QStringLiteral("Leader"), QStringLiteral("Director"), QStringLiteral("Inspector"), QStringLiteral("Minister"),
        QStringLiteral("Chief"), QStringLiteral("Lead"), QStringLiteral("Head"), QStringLiteral("Cyngor"),
        QStringLiteral("Welsh"), QStringLiteral("National"), QStringLiteral("Local"), QStringLiteral("Speaking"),
        QStringLiteral("Responding"), QStringLiteral("Commenting"), QStringLiteral("Today"),
        QStringLiteral("Yesterday"), QStringLiteral("Meanwhile"), QStringLiteral("Also"), QStringLiteral("Both"),
        QStringLiteral("Staff"), QStringLiteral("Inspectors"), QStringLiteral("Auditors"), QStringLiteral("CBC"),
        QStringLiteral("Mayor"), QStringLiteral("Controller"), QStringLiteral("Commissioner"),
        QStringLiteral("Secretary"), QStringLiteral("Chairman"), QStringLiteral("Chairwoman"), QStringLiteral("Chair"),
        QStringLiteral("Spokesman"), QStringLiteral("Spokeswoman"), QStringLiteral("Spokesperson"),
        QStringLiteral("Manager"), QStringLiteral("Officer"), QStringLiteral("Reviewer"), QStringLiteral("Assistant"),
        QStringLiteral("Deputy"), QStringLiteral("Senior"), QStringLiteral("Acting"), QStringLiteral("Interim"),
        QStringLiteral("Principal"), QStringLiteral("Regional"), QStringLiteral("Corporate"),
        QStringLiteral("Strategic"), QStringLiteral("Convener"), QStringLiteral("Portfolio")};
    return words.contains(word);
}

QString stripEdges(QStringView phrase)
{
    QString p = phrase.trimmed().toString();
    while (!p.isEmpty() && (p.back() == u',' || p.back() == u':' || p.back() == u';' || p.back().isSpace()))
        p.chop(1);
    static const QRegularExpression lead(
        QStringLiteral(
            R"(^(?:(?:but|and|however|meanwhile|also|today|yesterday|now|in response|in a statement|speaking [^,]*|commenting [^,]*|responding [^,]*),?\s+)+)"),
        QRegularExpression::CaseInsensitiveOption);
    p.remove(lead);
    return p.trimmed();
}

QString tidyRole(QString role, bool beforeName)
{
    role = role.trimmed();
    while (!role.isEmpty() && (role.back() == u',' || role.back() == u':'))
        role.chop(1);
    if (role.startsWith(QLatin1StringView("the "), Qt::CaseInsensitive))
        role = role.mid(4);
    // A role that opened the sentence lost its capital's meaning: "Chief social services inspector".
    static const QStringList lowerable {QStringLiteral("Chief"), QStringLiteral("Assistant"), QStringLiteral("Deputy"),
        QStringLiteral("Lead"), QStringLiteral("Senior"), QStringLiteral("Executive"), QStringLiteral("Director"),
        QStringLiteral("Council"), QStringLiteral("Social"), QStringLiteral("Head"), QStringLiteral("Acting"),
        QStringLiteral("Interim"), QStringLiteral("Principal"), QStringLiteral("Review"), QStringLiteral("Joint"),
        QStringLiteral("Corporate"), QStringLiteral("Strategic"), QStringLiteral("Cabinet"), QStringLiteral("Leader"),
        QStringLiteral("Minister"), QStringLiteral("Inspector"), QStringLiteral("Regional"), QStringLiteral("Area"),
        QStringLiteral("Controller"), QStringLiteral("Commissioner"), QStringLiteral("Convener")};
    const qsizetype space = role.indexOf(u' ');
    const QString first = space < 0 ? role : role.left(space);
    // Only a sentence-case role: "Cabinet Member for Education" keeps its capitals.
    const qsizetype secondStart = space < 0 ? -1 : space + 1;
    const bool sentenceCase = secondStart < 0 || secondStart >= role.size() || role.at(secondStart).isLower();
    if (beforeName && lowerable.contains(first) && sentenceCase)
        role[0] = role.at(0).toLower();
    return role.trimmed();
}

// A run of name words ending the phrase: "Chief inspector of SWIA Alexis Jay" -> 2 words.
qsizetype trailingNameWords(const QStringList &words)
{
    qsizetype count = 0;
    for (qsizetype i = words.size() - 1; i >= 0 && count < 4; --i) {
        const QString &w = words.at(i);
        if (Speaker::isHonorific(w)) {
            ++count;
            break; // an honorific starts a name
        }
        if (!Speaker::isNameWord(w))
            break;
        ++count;
    }
    return count;
}

bool isPersonName(QStringView text)
{
    const QStringList words = text.toString().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 5)
        return false;
    qsizetype i = 0;
    bool honorific = false;
    while (i < words.size() && Speaker::isHonorific(words.at(i))) {
        honorific = true;
        ++i;
    }
    const qsizetype nameWords = words.size() - i;
    if (nameWords < 1 || (!honorific && nameWords < 2))
        return false;
    for (; i < words.size(); ++i) {
        if (!Speaker::isNameWord(words.at(i)))
            return false;
    }
    return true;
}
} // namespace

bool Speaker::isHonorific(QStringView word)
{
    static const QStringList words {QStringLiteral("Mr"), QStringLiteral("Mrs"), QStringLiteral("Ms"),
        QStringLiteral("Miss"), QStringLiteral("Dr"), QStringLiteral("Sir"), QStringLiteral("Dame"),
        QStringLiteral("Prof"), QStringLiteral("Professor"), QStringLiteral("Lord"), QStringLiteral("Lady"),
        QStringLiteral("Baroness"), QStringLiteral("Coun"), QStringLiteral("Cllr"), QStringLiteral("Councillor"),
        QStringLiteral("Rev"), QStringLiteral("Mr."), QStringLiteral("Mrs."), QStringLiteral("Dr."),
        QStringLiteral("Cllr.")};
    return words.contains(word);
}

bool Speaker::isNameWord(QStringView word)
{
    if (word.isEmpty() || !word.front().isUpper() || isInstitutionWord(word) || isHonorific(word))
        return false;
    if (word.size() == 2 && word.back() == u'.')
        return true; // an initial
    bool lower = false;
    for (QChar c : word) {
        if (c.isLower())
            lower = true;
        else if (!(c.isLetter() || c == u'-' || c == u'\'' || c == u'\u2019'))
            return false;
    }
    return lower; // "SWIA" and "CBC" are not names
}

bool Speaker::isPronoun(QStringView word)
{
    return word.compare(u"he", Qt::CaseInsensitive) == 0 || word.compare(u"she", Qt::CaseInsensitive) == 0
        || word.compare(u"they", Qt::CaseInsensitive) == 0;
}

bool Speaker::isDocument(QStringView phrase)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:it|the (?:joint )?(?:report|review|inspection|study|document|findings))$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.matchView(phrase.trimmed()).hasMatch();
}

std::optional<Speaker> Speaker::parse(QStringView phraseView)
{
    const QString phrase = stripEdges(phraseView);
    if (phrase.isEmpty() || phrase.size() > 160)
        return std::nullopt;
    const QStringList parts = phrase.split(QStringLiteral(", "), Qt::SkipEmptyParts);
    if (parts.size() >= 2) {
        if (isPersonName(parts.first()))
            return Speaker {parts.first(), tidyRole(parts.mid(1).join(QStringLiteral(", ")), false)};
        if (isPersonName(parts.last()))
            return Speaker {parts.last(), tidyRole(parts.first(parts.size() - 1).join(QStringLiteral(", ")), true)};
    }
    // "ROLE NAME" or "NAME" in one part: the name is the trailing run of name words.
    const QString last = parts.isEmpty() ? phrase : parts.last();
    const QStringList words = last.split(u' ', Qt::SkipEmptyParts);
    const qsizetype nameWords = trailingNameWords(words);
    if (nameWords == 0)
        return std::nullopt;
    const QString name = words.sliced(words.size() - nameWords).join(u' ');
    if (!isPersonName(name))
        return std::nullopt;
    QString role = words.first(words.size() - nameWords).join(u' ');
    if (parts.size() >= 2)
        role = parts.first(parts.size() - 1).join(QStringLiteral(", ")) + (role.isEmpty() ? QString() : u' ' + role);
    // Only a role may precede the name: "Staff were praised by ... Bill Clark" is not a role.
    if (role.size() > 90)
        return std::nullopt;
    return Speaker {name, tidyRole(role, true)};
}

std::optional<Speaker> Speaker::introducedBy(QStringView sentence)
{
    // "[The] ROLE, NAME verb ..." / "NAME, ROLE, verb ..." / "ROLE NAME verb ...": the phrase ends
    // before the first lower-case word that follows the name.
    // The speaker phrase sits in the first words; 240 characters hold them.
    const QStringList words = sentence.left(240).toString().split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size() && i < 16; ++i) {
        QString w = words.at(i);
        const bool comma = w.endsWith(u',');
        if (comma)
            w.chop(1);
        if (!(isNameWord(w) || isHonorific(w)))
            continue;
        // Extend over the name run.
        qsizetype j = i;
        while (j + 1 < words.size()) {
            QString next = words.at(j + 1);
            if (words.at(j).endsWith(u','))
                break;
            if (next.endsWith(u','))
                next.chop(1);
            if (!isNameWord(next))
                break;
            ++j;
        }
        QStringList phraseWords = words.first(j + 1);
        // "NAME, ROLE, verb": take the role up to its closing comma.
        if (words.at(j).endsWith(u',') && i == 0) {
            qsizetype k = j + 1;
            while (k < words.size() && k < j + 14 && !words.at(k).endsWith(u','))
                ++k;
            if (k < words.size() && words.at(k).endsWith(u','))
                phraseWords = words.first(k + 1);
        }
        if (auto s = parse(phraseWords.join(u' ')); s && (!s->role.isEmpty() || i == 0))
            return s;
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<Side> Speaker::sideOf(QStringView roleOrName)
{
    static const QRegularExpression review(
        QStringLiteral(
            R"(\b(?:inspectors?|inspectorate|review(?:er|ers|s)?|commission(?:er)?|auditors?|audit|minister|)"
            R"(estyn|ofsted|cqc|swia|ciw|cssiw|ssiw|ssi|controller|assembly government|secretary of state|)"
            R"(government|regulator|care quality|wales audit office)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression council(
        QStringLiteral(R"(\b(?:council|councils|councillor|coun|cllr|cabinet|leader|chief executive|director|)"
                       R"(convener|convenor|lead member|mayor|portfolio|head of|authority|cbc|executive board|)"
                       R"(officer|spokesman|spokeswoman|spokesperson|manager|cyngor)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    if (review.matchView(roleOrName).hasMatch())
        return Side::Review;
    if (council.matchView(roleOrName).hasMatch())
        return Side::Council;
    return std::nullopt;
}

} // namespace Scrutiny::Ingest
