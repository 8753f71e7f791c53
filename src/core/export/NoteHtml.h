// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Scrutiny {

/// A user's Markdown note (GitHub dialect, raw HTML not interpreted) rendered
/// for the exports. The HTML is written here from the parsed structure rather
/// than taken from QTextDocument::toHtml(), so it carries no Qt-internal CSS
/// (-qt-block-indent ...), no images, and headings sized below the pack's own
/// section headings; blockquotes get a visible style.
namespace NoteHtml {

enum class Target {
    Print, ///< the HTML subset QTextDocument lays out (PDF, print)
    Browser ///< standard HTML and CSS
};

/// An HTML fragment (block elements); every piece of text is escaped.
QString toHtml(const QString &markdown, Target target);
/// The note as plain text, Markdown markers removed (lists keep a bullet).
QString toPlainText(const QString &markdown);
/// Where a note's link may point: the URL as written, or empty when it must not
/// become a link. The one place a link from user text is let through.
QString linkTarget(const QString &href);

} // namespace NoteHtml
} // namespace Scrutiny
