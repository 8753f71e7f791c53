// SPDX-License-Identifier: GPL-3.0-or-later
#include "Attribution.h"

#include <QRegularExpression>

namespace Scrutiny::Ingest {

namespace {
const QString &verbs()
{
    static const QString v = QStringLiteral(
        "said|says|added|adds|told|tells|commented|comments|explained|explains|continued|continues|stated|states|"
        "warned|warns|remarked|insisted|insists|declared|concluded|emphasised|stressed|acknowledged|believes|"
        "went on|goes on|admitted|admits|claimed|claims|argued|argues|urged|urges");
    return v;
}

bool isOpeningMark(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'"' || u == u'\'' || u == u'\u2018' || u == u'\u201C' || u == u'\u00AB' || u == u'\u201E';
}

struct Quotation
{
    qsizetype open = -1;
    qsizetype close = -1; ///< -1: runs to the end of the paragraph
    qsizetype words = 0;
};

// The quotation opened at `open`, and where it closes.
Quotation quotationAt(QStringView text, qsizetype open)
{
    Quotation q;
    q.open = open;
    const QChar mark = text.at(open);
    const char16_t u = mark.unicode();
    for (qsizetype i = open + 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool letterAfter = i + 1 < text.size() && text.at(i + 1).isLetter();
        bool closes = false;
        if (u == u'"' || u == u'\u201C' || u == u'\u201E')
            closes
                = c == u'"' || c == u'\u201D' || (c == u'\u201C' && (i + 1 == text.size() || text.at(i + 1).isSpace()));
        else if (u == u'\u00AB')
            closes = c == u'\u00BB';
        else
            closes = (c == u'\'' || c == u'\u2019') && !letterAfter && i > open + 1 && !text.at(i - 1).isSpace();
        if (closes) {
            q.close = i;
            break;
        }
    }
    const qsizetype end = q.close < 0 ? text.size() : q.close;
    q.words = text.sliced(open + 1, end - open - 1).split(u' ', Qt::SkipEmptyParts).size();
    return q;
}

bool opensAt(QStringView text, qsizetype i)
{
    if (i + 1 >= text.size() || text.at(i + 1).isSpace())
        return false;
    // A right single quote used as an opening mark (bad typography, or a font that maps the
    // ASCII apostrophe to it): only at the start or after a colon, before a capital.
    if (text.at(i) == u'\u2019') {
        const bool afterColon
            = i >= 2 && text.at(i - 1).isSpace() && (text.at(i - 2) == u':' || text.at(i - 2) == u',');
        return (i == 0 || afterColon) && text.at(i + 1).isLetter();
    }
    if (!isOpeningMark(text.at(i)))
        return false;
    if (i == 0)
        return true;
    const QChar before = text.at(i - 1);
    return before.isSpace() || before == u'(' || before == u':' || before == u',' || before == u'\u2013'
        || before == u'\u2014';
}

QStringView lastSentence(QStringView text)
{
    static const QRegularExpression boundary(
        QStringLiteral(R"([.!?]['"\x{2019}\x{201D}]?\s+(?=[A-Z'"\x{2018}\x{201C}]))"));
    qsizetype start = 0;
    auto it = boundary.globalMatchView(text);
    while (it.hasNext()) {
        const auto m = it.next();
        // "Mr. Smith": an honorific's full stop does not end a sentence.
        const QStringView before = text.first(m.capturedStart());
        if (before.endsWith(u"Mr") || before.endsWith(u"Mrs") || before.endsWith(u"Dr") || before.endsWith(u"Ms"))
            continue;
        start = m.capturedEnd();
    }
    return text.sliced(start);
}

// The clause naming the speaker: "Staff were praised ... and Bill Clark, director" -> "Bill Clark, director".
QString speakerClause(QStringView phrase)
{
    static const QRegularExpression joint(
        QStringLiteral(R"(\s(?:and|but|while|as|when|after|before|where)\s(?=[A-Z]))"));
    qsizetype start = 0;
    auto it = joint.globalMatchView(phrase);
    while (it.hasNext())
        start = it.next().capturedEnd();
    return phrase.sliced(start).trimmed().toString();
}
} // namespace

QString Attribution::reportedSpeaker(QStringView sentence)
{
    // The first reporting verb within the sentence's opening words; the words before it name the speaker.
    static const QRegularExpression verb(QStringLiteral(R"(\s(?:also\s+)?(?:%1)\b)").arg(verbs()));
    const auto m = verb.matchView(sentence.left(200));
    if (!m.hasMatch() || m.capturedStart() < 2)
        return {};
    return speakerClause(sentence.first(m.capturedStart()));
}

Attribution Attribution::analyse(QStringView text)
{
    Attribution a;
    // The first real quotation: five words or more, or any length with an attribution next to it.
    Quotation first;
    Quotation last;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!opensAt(text, i))
            continue;
        const Quotation q = quotationAt(text, i);
        if (first.open < 0 && q.words >= 2)
            first = q;
        if (q.words >= 2)
            last = q;
        if (q.close < 0)
            break;
        i = q.close;
    }

    static const QRegularExpression before(
        QStringLiteral(
            R"(^(.*?)\s*\b(?:%1)\b(?:\s+(?:that|today|yesterday|this week|last week|on \w+))?(?:\s+[^\s:,]+){0,6}?\s*[:,]*\s*$)")
            .arg(verbs()),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression after(QStringLiteral(
        R"(^[\s,.;:]*(?:(?:(?:%1)\s+([^.;!?]{2,160}?)\s*(?:[.;!?]|$))|([\w'\x{2019}.-]+(?:\s+[\w'\x{2019}.-]+){0,5}?)\s+(?:%1)\b))")
                                              .arg(verbs()));

    if (first.open < 0) {
        const QStringView t0 = text.trimmed();
        if (!t0.isEmpty()) {
            const char16_t end = t0.back().unicode();
            a.closesEarlierQuotation = (end == u'\u2019' || end == u'\u201D' || end == u'"' || end == u'\'')
                && t0.size() > 1 && !t0.at(t0.size() - 2).isSpace();
        }
        // A lead-in: "Sue Mead, review director, joint reviews, said:".
        const QStringView t = text.trimmed();
        if (t.endsWith(u':')) {
            const auto m = before.matchView(lastSentence(t));
            if (m.hasMatch() && !m.capturedView(1).isEmpty()) {
                a.leadIn = true;
                a.speakerPhrase = speakerClause(m.capturedView(1));
            }
        }
        return a;
    }

    const QStringView pre = text.first(first.open);
    const bool attributedAfter = [&] {
        if (first.close < 0)
            return false;
        const auto m = after.matchView(text.sliced(first.close + 1));
        if (!m.hasMatch())
            return false;
        a.speakerPhrase = m.hasCaptured(1) ? m.captured(1) : m.captured(2);
        return true;
    }();
    a.startsWithQuotation = pre.trimmed().isEmpty();
    a.textBeforeQuotation = pre.trimmed().toString();
    if (!attributedAfter && !a.startsWithQuotation) {
        const auto m = before.matchView(lastSentence(pre.trimmed()));
        if (m.hasMatch() && !m.capturedView(1).isEmpty())
            a.speakerPhrase = speakerClause(m.capturedView(1));
    }
    // Five words in quotation marks with nobody named are still a quotation if the paragraph opens with it.
    a.hasQuotation = !a.speakerPhrase.isEmpty() || (first.words >= 5 && a.startsWithQuotation);
    a.endsOpen = last.open >= 0 && last.close < 0;
    return a;
}

} // namespace Scrutiny::Ingest
