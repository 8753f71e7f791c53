// SPDX-License-Identifier: GPL-3.0-or-later
#include "CharacterRepair.h"

namespace Scrutiny::Ingest::CharacterRepair {

namespace {
bool unwanted(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate())
        return i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate();
    if (c.isLowSurrogate())
        return i == 0 || !text.at(i - 1).isHighSurrogate();
    const char16_t u = c.unicode();
    return u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f' && u != 0x0B;
}
} // namespace

int repair(QString &text, QList<SourceBlock::Change> &changes)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!unwanted(text, i))
            continue;
        // Shown as the code it was ("U+0000"): the character itself cannot be printed or stored as text.
        const QString before
            = QStringLiteral("U+") + QStringLiteral("%1").arg(text.at(i).unicode(), 4, 16, QLatin1Char('0')).toUpper();
        text[i] = QChar(QChar::ReplacementCharacter);
        changes.append(SourceBlock::Change {before, QString(QChar(QChar::ReplacementCharacter)), i});
        ++count;
    }
    return count;
}

void apply(SourceBlocks &blocks)
{
    for (SourceBlock &b : blocks)
        repair(b.text, b.changes);
}

} // namespace Scrutiny::Ingest::CharacterRepair
