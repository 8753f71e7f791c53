// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextDocument;

namespace Scrutiny {

/// A note's Markdown made safe to show and export. A note written by one person
/// is read and exported by others, so nothing in it may run, phone home or read
/// the reader's disk: links keep only the http, https and mailto schemes (others
/// become plain text) and images become their alt text (never fetched or loaded).
/// NoteHtml renders what this reads, for the reader's preview and the exports.
namespace NoteMarkdown {

/// True for the link schemes a note may carry: http, https, mailto.
bool isSafeLink(const QString &href);
/// Parses markdown (raw HTML in it is not interpreted) into doc, then neutralises it.
void load(QTextDocument *doc, const QString &markdown);
/// Turns unsafe links into plain text and images into their alt text, in place.
void neutralise(QTextDocument *doc);

} // namespace NoteMarkdown

} // namespace Scrutiny
