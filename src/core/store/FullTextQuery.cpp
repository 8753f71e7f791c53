// SPDX-License-Identifier: GPL-3.0-or-later
#include "FullTextQuery.h"

#include <QStringList>

namespace Scrutiny::FullTextQuery {

namespace {
QString quotedTerm(QString term)
{
    bool prefix = false;
    if (term.endsWith(QLatin1Char('*'))) {
        prefix = true;
        term.chop(1);
    }
    bool searchable = false;
    for (const QChar c : std::as_const(term))
        searchable = searchable || c.isLetterOrNumber();
    if (!searchable)
        return {};
    term.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + term + QLatin1Char('"') + (prefix ? QStringLiteral("*") : QString());
}
} // namespace

QString fromUserInput(const QString &input)
{
    QStringList parts;
    QString current;
    bool inPhrase = false;
    auto flush = [&] {
        const QString word = current.trimmed();
        current.clear();
        if (word.isEmpty())
            return;
        if (word == QLatin1StringView("AND") || word == QLatin1StringView("OR") || word == QLatin1StringView("NOT")) {
            parts.append(word);
            return;
        }
        const QString term = quotedTerm(word);
        if (!term.isEmpty())
            parts.append(term);
    };
    for (const QChar c : input) {
        if (c == QLatin1Char('"')) {
            if (inPhrase) {
                const QString term = quotedTerm(current);
                if (!term.isEmpty())
                    parts.append(term);
                current.clear();
            } else {
                flush();
            }
            inPhrase = !inPhrase;
        } else if (c.isSpace() && !inPhrase) {
            flush();
        } else {
            current += c;
        }
    }
    flush();
    // Operators only between terms: drop leading/trailing/doubled ones.
    QStringList cleaned;
    for (const QString &p : std::as_const(parts)) {
        const bool isOperator = !p.startsWith(QLatin1Char('"'));
        if (isOperator && (cleaned.isEmpty() || !cleaned.last().startsWith(QLatin1Char('"'))))
            continue;
        cleaned.append(p);
    }
    while (!cleaned.isEmpty() && !cleaned.last().startsWith(QLatin1Char('"')))
        cleaned.removeLast();
    return cleaned.join(QLatin1Char(' '));
}

} // namespace Scrutiny::FullTextQuery
