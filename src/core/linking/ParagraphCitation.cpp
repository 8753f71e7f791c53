// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParagraphCitation.h"

#include <QList>
#include <QRegularExpression>

namespace Scrutiny::ParagraphCitation {

namespace {
// "3.4" -> {3, 4}; "3.4.1" -> {3, 4, 1}.
QList<int> parts(QStringView number)
{
    QList<int> out;
    for (QStringView p : number.split(u'.', Qt::SkipEmptyParts))
        out.append(p.toInt());
    return out;
}

bool within(const QList<int> &n, const QList<int> &from, const QList<int> &to)
{
    return !(n < from) && !(to < n);
}
} // namespace

QString numberOf(QStringView paragraph)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,2}(?:\.\d{1,2}){1,2})\.?\s)"));
    const auto m = re.matchView(paragraph);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool cites(QStringView priority, QStringView number)
{
    return Citations(priority).cites(number);
}

Citations::Citations(QStringView priority)
{
    static const QRegularExpression paragraphs(
        QStringLiteral(
            R"(\bparagraphs?\s+(\d{1,2}(?:\.\d{1,2}){1,2})(?:\s*(?:to|-|\x{2013}|and)\s*(\d{1,2}(?:\.\d{1,2}){1,2}))?)"),
        QRegularExpression::CaseInsensitiveOption);
    auto it = paragraphs.globalMatchView(priority);
    while (it.hasNext()) {
        const auto m = it.next();
        const QList<int> from = parts(m.capturedView(1));
        m_ranges.append({from, m.capturedView(2).isEmpty() ? from : parts(m.capturedView(2))});
    }
    static const QRegularExpression section(
        QStringLiteral(R"(\bsections?\s+(\d{1,2})\b)"), QRegularExpression::CaseInsensitiveOption);
    auto s = section.globalMatchView(priority);
    while (s.hasNext())
        m_sections.append(s.next().capturedView(1).toInt());
}

bool Citations::cites(QStringView number) const
{
    if (number.isEmpty() || (m_ranges.isEmpty() && m_sections.isEmpty()))
        return false;
    const QList<int> n = parts(number);
    for (const auto &[from, to] : m_ranges) {
        if (within(n, from, to))
            return true;
    }
    return m_sections.contains(n.value(0));
}

} // namespace Scrutiny::ParagraphCitation
