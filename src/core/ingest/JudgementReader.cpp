// SPDX-License-Identifier: GPL-3.0-or-later
#include "JudgementReader.h"

#include <QRegularExpression>

namespace Scrutiny::Ingest {

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

    const auto s = serving.matchView(text);
    if (s.hasMatch()) {
        const QString quantity = s.captured(2).toLower();
        if (!s.capturedView(1).isEmpty() || quantity == u"no")
            j.serving = QStringLiteral("not people well");
        else if (!quantity.isEmpty())
            j.serving = quantity + QStringLiteral(" people well");
        else
            j.serving = QStringLiteral("all people well");
    }
    const auto a = prospectsBefore.matchView(text);
    const auto b = prospectsAfter.matchView(text);
    if (a.hasMatch() && (!b.hasMatch() || a.capturedStart() <= b.capturedStart()))
        j.prospects = a.captured(1).toLower();
    else if (b.hasMatch())
        j.prospects = b.captured(1).toLower();
    return j;
}

} // namespace Scrutiny::Ingest
