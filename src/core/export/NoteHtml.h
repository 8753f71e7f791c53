// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Scrutiny {

/// A user's Markdown note (GitHub dialect, raw HTML not interpreted) rendered
/// as HTML: the one renderer of notes, for the reader's preview and every
/// export. It reads the note through NoteMarkdown::load() (unsafe links become
/// plain text, images their alt text) and lets a link through only when
/// NoteMarkdown::isSafeLink() says so. The HTML is written from the parsed structure rather
/// than taken from QTextDocument::toHtml(), so it carries no Qt-internal CSS
/// (-qt-block-indent ...), no images, and headings sized below the pack's own
/// section headings; blockquotes get a visible style.
namespace NoteHtml {

enum class Target {
    Print, ///< the HTML subset QTextDocument lays out (PDF, print, the reader's preview)
    Browser ///< standard HTML and CSS
};

/// An HTML fragment (block elements); every piece of text is escaped.
QString toHtml(const QString &markdown, Target target);
/// The note as plain text, Markdown markers removed (lists keep a bullet).
QString toPlainText(const QString &markdown);

} // namespace NoteHtml
} // namespace Scrutiny
