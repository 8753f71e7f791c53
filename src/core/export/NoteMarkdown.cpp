// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoteMarkdown.h"

#include <QList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QUrl>

namespace Scrutiny::NoteMarkdown {

bool isSafeLink(const QString &href)
{
    const QUrl url(href.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1StringView("mailto"))
        return !url.path().isEmpty();
    return (scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https")) && !url.host().isEmpty();
}

void load(QTextDocument *doc, const QString &markdown)
{
    doc->setMarkdown(markdown,
        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    neutralise(doc);
}

void neutralise(QTextDocument *doc)
{
    struct Edit
    {
        int position = 0;
        int length = 0;
        bool image = false;
        QString altText;
    };
    // Collected first: editing while walking the fragments would invalidate them.
    QList<Edit> edits;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat())
                edits.append({fragment.position(), fragment.length(), true,
                    format.property(QTextFormat::ImageAltText).toString()});
            else if (format.isAnchor() && !format.anchorHref().isEmpty() && !isSafeLink(format.anchorHref()))
                edits.append({fragment.position(), fragment.length(), false, {}});
        }
    }
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    for (auto it = edits.crbegin(); it != edits.crend(); ++it) {
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        QTextCharFormat plain = cursor.charFormat();
        if (it->image) {
            plain = QTextCharFormat();
            cursor.insertText(it->altText, plain);
            continue;
        }
        plain.setAnchor(false);
        plain.setAnchorHref(QString());
        plain.setFontUnderline(false);
        plain.clearForeground();
        cursor.setCharFormat(plain);
    }
    cursor.endEditBlock();
}

} // namespace Scrutiny::NoteMarkdown
