// SPDX-License-Identifier: GPL-3.0-or-later
#include "JudgementReader.h"

#include <QRegularExpression>

namespace Scrutiny::Ingest {

namespace {
/// The part of the sentence before `position`: what a verdict phrase is said of.
QStringView sentenceBefore(QStringView text, qsizetype position)
{
    qsizetype start = position;
    while (start > 0) {
        const QChar c = text.at(start - 1);
        // A full stop ends a sentence; a line break alone does not (hard-wrapped text).
        if ((c == u'.' || c == u'!' || c == u'?' || c == u';') && start < position)
            break;
        if (c == u'\n' && start >= 2 && text.at(start - 2) == u'\n')
            break;
        --start;
    }
    return text.mid(start, position - start);
}

/// A verdict phrase that is not this report's verdict on this body: said of
/// other bodies by count ("nine authorities were judged to be serving ...",
/// "less than half of the councils' services ... promising prospects"), denied
/// ("none of its services is yet judged to serve most people well"), or
/// hoped for ("aims in time to reach a point of serving ...").
bool isVerdictOnThisBody(QStringView text, qsizetype position)
{
    static const QRegularExpression otherBodies(
        QStringLiteral(R"(\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|)"
                       R"(few|half|majority|minority|proportion|per\s*cent|less\s+than|more\s+than|fewer\s+than)\b)"
                       R"((?:\s+[\w'’]+){0,4}?\s+(?:authorities|councils|services|areas|bodies|were|are|of\s+the)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression denied(
        QStringLiteral(R"(^\W*(?:no|none|neither|nor|never)\b|\b(?:no\s+(?:service|council|authorit|one|area)\w*|)"
                       R"(none\s+of|never\s+been)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hoped(
        QStringLiteral(R"(\b(?:to\s+move|position\s+where|aims?\s+to|aiming\s+to|wants?\s+to|hopes?\s+to|would|)"
                       R"(could|should|if|until|unless|yet\s+to|to\s+become|to\s+reach|to\s+achieve|ambition)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringView before = sentenceBefore(text, position);
    return !otherBodies.matchView(before).hasMatch() && !denied.matchView(before).hasMatch()
        && !hoped.matchView(before).hasMatch();
}

/// The first match of `re` that is a verdict on this body.
QRegularExpressionMatch firstVerdict(const QRegularExpression &re, QStringView text)
{
    QRegularExpressionMatchIterator it = re.globalMatchView(text);
    while (it.hasNext()) {
        QRegularExpressionMatch m = it.next();
        if (isVerdictOnThisBody(text, m.capturedStart()))
            return m;
    }
    return {};
}
} // namespace

Judgement JudgementReader::read(QStringView text)
{
    Judgement j;
    static const QRegularExpression serving(
        QStringLiteral(
            R"(\b(not\s+)?serv(?:e|es|ed|ing)\s+(?:(all|most|some|no)\s+(?:of\s+the\s+)?)?(?:local\s+)?people\s+well\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression prospectsBefore(
        QStringLiteral(R"(\b(excellent|promising|uncertain|poor|good|bleak)\W{0,3}\s+prospects\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression prospectsAfter(
        QStringLiteral(
            R"(\bprospects(?:\s+for\s+(?:future\s+)?improvement)?(?:\s+for\s+[\w\s']{1,40}?)?\s+(?:are|were|is|was|as|remain|remained|judged|rated|described as|to be)(?:\s+(?:currently|now|still|judged|rated|described as|to be|as))*\s+['"\x{2018}\x{201C}]?(excellent|promising|uncertain|poor|good|bleak)\b)"),
        QRegularExpression::CaseInsensitiveOption);

    const QRegularExpressionMatch s = firstVerdict(serving, text);
    if (s.hasMatch()) {
        const QString quantity = s.captured(2).toLower();
        if (!s.capturedView(1).isEmpty() || quantity == u"no")
            j.serving = QStringLiteral("not people well");
        else if (!quantity.isEmpty())
            j.serving = quantity + QStringLiteral(" people well");
        else
            j.serving = QStringLiteral("all people well");
    }
    const QRegularExpressionMatch a = firstVerdict(prospectsBefore, text);
    const QRegularExpressionMatch b = firstVerdict(prospectsAfter, text);
    if (a.hasMatch() && (!b.hasMatch() || a.capturedStart() <= b.capturedStart()))
        j.prospects = a.captured(1).toLower();
    else if (b.hasMatch())
        j.prospects = b.captured(1).toLower();
    return j;
}

} // namespace Scrutiny::Ingest
