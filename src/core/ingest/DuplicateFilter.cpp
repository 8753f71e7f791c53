// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuplicateFilter.h"

#include <QSet>

namespace Scrutiny::Ingest {

namespace {
bool endsWithEllipsis(QStringView text)
{
    const QStringView t = text.trimmed();
    return t.endsWith(u"...") || t.endsWith(u'\u2026') || t.endsWith(u"..");
}

// Keys shorter than this are headings like "Background" that may fairly repeat.
constexpr qsizetype kMinimumKey = 24;
} // namespace

QString DuplicateFilter::comparisonKey(QStringView text)
{
    QString key(text.size(), Qt::Uninitialized);
    QChar *out = key.data();
    qsizetype n = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        // ASCII directly; the rest through Unicode tables.
        if (u < 0x80) {
            if (u >= u'a' && u <= u'z')
                out[n++] = c;
            else if (u >= u'A' && u <= u'Z')
                out[n++] = QChar(char16_t(u + 32));
            else if (u >= u'0' && u <= u'9')
                out[n++] = c;
        } else if (c.isLetterOrNumber()) {
            out[n++] = c.toLower();
        }
    }
    key.truncate(n);
    return key;
}

void DuplicateFilter::apply(SourceBlocks &blocks, QList<Removal> &removed)
{
    QList<QString> keys;
    keys.reserve(blocks.size());
    for (const SourceBlock &b : blocks)
        keys.append(comparisonKey(b.text));

    QList<bool> drop(blocks.size(), false);
    QList<Removal::Reason> reasons(blocks.size(), Removal::Reason::Duplicate);
    QSet<QString> seen;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QString &key = keys.at(i);
        if (key.size() < kMinimumKey) {
            continue;
        }
        if (seen.contains(key)) {
            drop[i] = true;
            continue;
        }
        // A teaser: a truncated copy of the next paragraph.
        if (i + 1 < blocks.size()) {
            const QString &next = keys.at(i + 1);
            const QString &cut = key; // dots are not part of the key: the teaser's key is its cut text
            if (next.size() > cut.size() && next.startsWith(cut)
                && (endsWithEllipsis(blocks.at(i).text) || cut.size() * 2 >= next.size())) {
                drop[i] = true;
                reasons[i] = Removal::Reason::Teaser;
                continue;
            }
        }
        // A lead repeated with the following paragraphs run together ("watchdog.The housing ...").
        QString run;
        bool merged = false;
        for (qsizetype j = i + 1; j < blocks.size() && j <= i + 4 && run.size() < key.size(); ++j) {
            run += keys.at(j);
            if (j > i + 1 && run == key) {
                merged = true;
                break;
            }
        }
        if (merged) {
            drop[i] = true;
            continue;
        }
        seen.insert(key);
    }
    SourceBlocks kept;
    kept.reserve(blocks.size());
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (drop.at(i))
            removed.append(Removal {reasons.at(i), blocks.at(i).text});
        else
            kept.append(blocks.at(i));
    }
    blocks = std::move(kept);
}

} // namespace Scrutiny::Ingest
