// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Scrutiny {

/// Adds an outline (bookmarks) to a PDF written by QPdfWriter, which has no API
/// for one. Qt 6.8 already turns QTextCharFormat anchors into named
/// destinations (the catalog's /Names /Dests tree) and "#name" links into
/// /Dest links to them, so the outline items point at those same names. The
/// outline is appended as a PDF incremental update (ISO 32000-1, 7.5.6): a new
/// catalog revision plus the outline objects; Qt's bytes stay untouched.
namespace PdfOutline {

struct Entry
{
    QString title;
    QString destination; ///< a named destination, i.e. an anchor name of the document
    QList<Entry> children;
};

/// What QPdfWriter 6.8 cannot set, written in the same update: the catalog's
/// /Lang (what a screen reader speaks the text as) and the Info /Author.
struct DocumentFacts
{
    QString language; ///< BCP 47, "en-GB"; empty: none
    QString author; ///< empty: none
};

/// Returns false with *error (and leaves *pdf alone) when the file does not
/// have the classic cross-reference table and trailer QPdfWriter writes.
bool add(QByteArray *pdf, const QList<Entry> &entries, QString *error, const DocumentFacts &facts = {});

} // namespace PdfOutline
} // namespace Scrutiny
