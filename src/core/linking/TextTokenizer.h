// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Scrutiny {

/// Splits report text into lower-case words with their positions, so the link
/// assistant can compare words and still quote them as the report wrote them.
namespace TextTokenizer {

struct Token
{
    qsizetype start = 0; ///< UTF-16 offset in the text given to words()
    qsizetype end = 0;
    QString word; ///< lower case, typographic apostrophes folded, possessive "'s" dropped
};

/// Words are runs of letters and digits; an apostrophe inside a word stays
/// ("isn't"), a hyphen or slash separates ("multi-agency" -> "multi", "agency").
/// Pure numbers and one-letter words are dropped: they carry no topic.
QList<Token> words(QStringView text);

} // namespace TextTokenizer
} // namespace Scrutiny
