// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormatSniffer.h"

#include <QRegularExpression>

namespace Scrutiny::Ingest {

bool looksLikeHtml(QStringView text)
{
    // Markup near the start: a doctype, <html>, <head>, <body>, or several block tags.
    static const QRegularExpression documentTag(
        QStringLiteral(R"(<\s*(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression blockTag(
        QStringLiteral(R"(<\s*(p|div|article|h[1-6]|ul|li|br)[\s/>])"), QRegularExpression::CaseInsensitiveOption);
    const QStringView head = text.left(4096);
    if (documentTag.matchView(head).hasMatch())
        return true;
    qsizetype tags = 0;
    auto it = blockTag.globalMatchView(head);
    while (it.hasNext() && tags < 3) {
        it.next();
        ++tags;
    }
    return tags >= 3;
}

ParsedReport::Format sniffFormat(const QByteArray &bytes, const QString &nameHint)
{
    // "%PDF-" may follow a little junk (some mailers prepend bytes); the spec allows 1 KB.
    const qsizetype pdf = bytes.left(1024).indexOf("%PDF-");
    if (pdf >= 0)
        return ParsedReport::Format::Pdf;
    QByteArray head = bytes.left(4096);
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        // UTF-16: drop the zero bytes to look at the ASCII markup.
        head.removeIf([](char c) { return c == 0; });
    }
    if (looksLikeHtml(QString::fromLatin1(head)))
        return ParsedReport::Format::Html;
    const QString lower = nameHint.toLower();
    if ((lower.endsWith(QLatin1StringView(".html")) || lower.endsWith(QLatin1StringView(".htm"))) && head.contains('<'))
        return ParsedReport::Format::Html;
    return ParsedReport::Format::Text;
}

} // namespace Scrutiny::Ingest
