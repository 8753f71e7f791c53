// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoteHtml.h"

#include "NoteMarkdown.h"

#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextDocument>
#include <QTextList>

#include <algorithm>

namespace Scrutiny::NoteHtml {

namespace {

QString inlineHtml(const QTextBlock &block)
{
    QString out;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QTextCharFormat f = fragment.charFormat();
        if (f.isImageFormat())
            continue; // images in notes are never fetched nor shown
        QString text = fragment.text();
        text.remove(QChar::ObjectReplacementCharacter);
        text = text.toHtmlEscaped();
        text.replace(QChar::LineSeparator, QStringLiteral("<br/>"));
        if (f.fontFixedPitch() || f.fontFamilies().toStringList().contains(QStringLiteral("monospace")))
            text = QStringLiteral("<code>%1</code>").arg(text);
        if (f.fontStrikeOut())
            text = QStringLiteral("<s>%1</s>").arg(text);
        if (f.fontItalic())
            text = QStringLiteral("<i>%1</i>").arg(text);
        if (f.fontWeight() >= QFont::DemiBold)
            text = QStringLiteral("<b>%1</b>").arg(text);
        // The one place a link from a note is let through.
        if (f.isAnchor() && NoteMarkdown::isSafeLink(f.anchorHref()))
            text = QStringLiteral("<a href=\"%1\">%2</a>").arg(f.anchorHref().trimmed().toHtmlEscaped(), text);
        out += text;
    }
    return out;
}

QString headingHtml(int level, const QString &content)
{
    // Below the pack's section (18pt) and report heading (13pt) sizes.
    static const char *const sizes[] = {"12pt", "11pt", "10pt"};
    const char *size = sizes[std::clamp(level, 1, 3) - 1];
    const int tag = std::clamp(level + 2, 3, 6); // h3..h6: never competes with the document's own h1/h2
    return QStringLiteral("<h%1 style=\"font-family:'Liberation Sans',sans-serif; font-size:%2; font-weight:bold;"
                          " margin-top:8px; margin-bottom:3px\">%3</h%1>")
        .arg(QString::number(tag), QLatin1StringView(size), content);
}

} // namespace

QString toHtml(const QString &markdown, Target target)
{
    QTextDocument doc;
    NoteMarkdown::load(&doc, markdown);
    QString out;
    const QTextList *openList = nullptr;
    int openQuote = 0;
    auto closeList = [&] {
        if (openList)
            out += openList->format().style() == QTextListFormat::ListDecimal ? QStringLiteral("</ol>")
                                                                              : QStringLiteral("</ul>");
        openList = nullptr;
    };
    auto setQuote = [&](int level) {
        if (level == openQuote)
            return;
        closeList();
        while (openQuote > level) {
            out += QStringLiteral("</blockquote>");
            --openQuote;
        }
        while (openQuote < level) {
            // QTextDocument honours margins and colour on blockquote; browsers also the rule.
            out += target == Target::Print
                ? QStringLiteral("<blockquote style=\"margin-left:12px; margin-right:0px; margin-top:4px;"
                                 " margin-bottom:4px; color:#4a4a4a; font-style:italic\">")
                : QStringLiteral("<blockquote style=\"margin:0.4em 0 0.4em 0.2em; padding:0.1em 0 0.1em 0.8em;"
                                 " border-left:3px solid #9a9a9a; color:#4a4a4a; font-style:italic\">");
            ++openQuote;
        }
    };
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat bf = block.blockFormat();
        setQuote(bf.property(QTextFormat::BlockQuoteLevel).toInt());
        const QString content = inlineHtml(block);
        if (QTextList *list = block.textList()) {
            if (list != openList) {
                closeList();
                openList = list;
                out += list->format().style() == QTextListFormat::ListDecimal
                    ? QStringLiteral("<ol style=\"margin-top:2px; margin-bottom:2px\">")
                    : QStringLiteral("<ul style=\"margin-top:2px; margin-bottom:2px\">");
            }
            QString item = content;
            if (bf.marker() == QTextBlockFormat::MarkerType::Checked)
                item.prepend(QStringLiteral("\u2611 "));
            else if (bf.marker() == QTextBlockFormat::MarkerType::Unchecked)
                item.prepend(QStringLiteral("\u2610 "));
            out += QStringLiteral("<li>%1</li>").arg(item);
            continue;
        }
        closeList();
        if (bf.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
            out += QStringLiteral("<hr/>");
            continue;
        }
        if (const int level = bf.headingLevel(); level > 0) {
            out += headingHtml(level, block.text().toHtmlEscaped()); // the heading's own bold is the style's
            continue;
        }
        if (bf.hasProperty(QTextFormat::BlockCodeFence) || bf.nonBreakableLines()) {
            out += QStringLiteral("<pre style=\"font-family:'DejaVu Sans Mono',monospace; font-size:8.5pt;"
                                  " margin-top:2px; margin-bottom:2px\">%1</pre>")
                       .arg(block.text().toHtmlEscaped());
            continue;
        }
        if (content.trimmed().isEmpty())
            continue;
        out += QStringLiteral("<p style=\"margin-top:2px; margin-bottom:4px\">%1</p>").arg(content);
    }
    setQuote(0);
    closeList();
    return out;
}

QString toPlainText(const QString &markdown)
{
    QTextDocument doc;
    NoteMarkdown::load(&doc, markdown);
    QStringList lines;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        QString text = block.text();
        text.remove(QChar::ObjectReplacementCharacter);
        text.replace(QChar::LineSeparator, QLatin1Char('\n'));
        if (QTextList *list = block.textList()) {
            text.prepend(list->format().style() == QTextListFormat::ListDecimal
                    ? QStringLiteral("%1. ").arg(list->itemNumber(block) + 1)
                    : QStringLiteral("\u2022 "));
        }
        if (block.blockFormat().property(QTextFormat::BlockQuoteLevel).toInt() > 0)
            text.prepend(QStringLiteral("\u201C")).append(QStringLiteral("\u201D"));
        if (!text.trimmed().isEmpty())
            lines.append(text);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Scrutiny::NoteHtml
