// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextNormaliser.h"

namespace Scrutiny::Ingest {

namespace {
bool isFoldedSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2007);
}
bool isDropped(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x00AD || u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060 || u == 0xFEFF;
}
bool isBulletGlyph(QChar c)
{
    switch (c.unicode()) {
    case u'*':
    case u'\u2022':
    case u'\u00B7':
    case u'\u25AA':
    case u'\u25A0':
    case u'\u25E6':
    case u'\u25CF':
    case u'\u2023':
    case u'\u2043':
    case u'\u2013':
    case u'\u2014':
    case u'-':
    case u'\u2219':
    case u'\u27A2':
    case u'\u2192':
    case u'\u25BA':
    case u'\u25B6':
    case u'\uF0B7':
    case u'\uF0A7':
        return true;
    default:
        return false;
    }
}
} // namespace

QString normaliseParagraph(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *data = out.data();
    qsizetype n = 0;
    bool pendingSpace = false;
    bool ascii = true;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u > u' ' && u < 0x80) { // the common case first
            if (pendingSpace) {
                data[n++] = u' ';
                pendingSpace = false;
            }
            data[n++] = c;
            continue;
        }
        if (isFoldedSpace(c)) {
            pendingSpace = n > 0;
            continue;
        }
        if (isDropped(c))
            continue;
        if (pendingSpace) {
            data[n++] = u' ';
            pendingSpace = false;
        }
        // Typographic ligatures (U+FB00..FB06) as their letters: "ﬁndings" is "findings".
        if (u >= 0xFB00 && u <= 0xFB06) {
            static const char *const letters[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
            const QLatin1StringView l(letters[u - 0xFB00]);
            const qsizetype grow = l.size() - 1;
            if (grow > 0) {
                const qsizetype used = n;
                out.resize(out.size() + grow);
                data = out.data();
                n = used;
            }
            for (char x : l)
                data[n++] = QLatin1Char(x);
            continue;
        }
        if (u >= 0x80)
            ascii = false;
        data[n++] = c;
    }
    out.truncate(n);
    // NFC only matters when something outside ASCII is there; skipping it keeps the hot path cheap.
    if (!ascii)
        out = out.normalized(QString::NormalizationForm_C);
    return out;
}

bool endsSentence(QStringView text)
{
    qsizetype i = text.size() - 1;
    while (i >= 0 && text.at(i).isSpace())
        --i;
    // Step back over closing quotes and brackets: 'said.' and "(see below.)" end sentences.
    while (i >= 0) {
        const char16_t u = text.at(i).unicode();
        if (u == u'\'' || u == u'"' || u == u'\u2019' || u == u'\u201D' || u == u')' || u == u']')
            --i;
        else
            break;
    }
    if (i < 0)
        return false;
    const char16_t u = text.at(i).unicode();
    return u == u'.' || u == u'!' || u == u'?' || u == u':' || u == u';' || u == u'\u2026';
}

QStringView listMarker(QStringView line, qsizetype *markerLength)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i).isSpace())
        ++i;
    const qsizetype start = i;
    if (i >= line.size())
        return {};
    auto followedBySpaceAndText = [&](qsizetype end) {
        qsizetype j = end;
        if (j >= line.size() || !(line.at(j).isSpace() || line.at(j) == QChar(0x00A0)))
            return qsizetype(-1);
        while (j < line.size() && line.at(j).isSpace())
            ++j;
        return j < line.size() ? j : qsizetype(-1);
    };
    if (isBulletGlyph(line.at(i))) {
        const qsizetype text = followedBySpaceAndText(i + 1);
        if (text < 0)
            return {};
        *markerLength = text;
        return line.sliced(start, 1);
    }
    // "R1 Raise ...", "P2. Improve ...": inspectorates (Estyn, CIW, Ofsted) number their
    // recommendations with a letter code. One or two capitals, one or two digits, an
    // optional '.', ':' or ')', then a capitalised word, so "A1 road" stays prose.
    {
        qsizetype k = i;
        while (k < line.size() && k - i < 2 && line.at(k).isUpper() && line.at(k).unicode() < 128)
            ++k;
        const qsizetype digits = k;
        while (k < line.size() && k - digits < 2 && line.at(k).isDigit())
            ++k;
        if (digits > i && k > digits && k < line.size()) {
            if (line.at(k) == u'.' || line.at(k) == u':' || line.at(k) == u')')
                ++k;
            const qsizetype text = followedBySpaceAndText(k);
            if (text >= 0 && line.at(text).isUpper()) {
                *markerLength = text;
                return line.sliced(start, k - start);
            }
        }
    }
    // "1." "12)" "(3)" "a)" "(iv)"
    qsizetype j = i;
    const bool open = line.at(j) == u'(';
    if (open)
        ++j;
    const qsizetype bodyStart = j;
    while (j < line.size() && line.at(j).isDigit() && j - bodyStart < 2)
        ++j;
    bool numeric = j > bodyStart;
    if (!numeric) {
        while (j < line.size() && (line.at(j).isLower() && QStringView(u"abcdefghivx").contains(line.at(j)))
            && j - bodyStart < 4)
            ++j;
        // Letters as markers only with brackets ("a)", "(iv)"), so "I." or "e.g." are not lists.
        if (j == bodyStart || j >= line.size() || line.at(j) != u')')
            return {};
    }
    if (j >= line.size())
        return {};
    if (open) {
        if (line.at(j) != u')')
            return {};
        ++j;
    } else if (line.at(j) == u'.' || line.at(j) == u')') {
        ++j;
    } else {
        return {};
    }
    const qsizetype text = followedBySpaceAndText(j);
    if (text < 0)
        return {};
    *markerLength = text;
    return line.sliced(start, j - start);
}

} // namespace Scrutiny::Ingest
