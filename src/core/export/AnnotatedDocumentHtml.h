// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextDocument;

namespace Scrutiny::AnnotatedDocumentHtml {

/// QTextDocument::setHtml for the print markup, in time linear in its named
/// anchors (<a name="…"></a>), with the same document as a result.
///
/// Each anchor name makes a character format of its own, and QTextDocument's
/// format table hashes a list of names by its type alone: every new anchor is
/// compared with every earlier one, and a report of 4,000 segments took seconds
/// to import. So the markup goes in with a few recurring marker names, and the
/// real names are set afterwards on the same characters, with a property that
/// hashes by name. Falls back to a plain setHtml if the markers cannot be
/// matched up one for one, and returns false then.
bool set(QTextDocument *document, const QString &html);

} // namespace Scrutiny::AnnotatedDocumentHtml
