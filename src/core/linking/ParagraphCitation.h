// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

namespace Scrutiny {

/// Full reports number their paragraphs ("3.4 We found ...") and their recommendations say which
/// ones they answer ("R2 The council should improve pathway plans (paragraphs 3.4 to 3.9)",
/// "... in relation to paragraph 3.4", "see section 5"). A citation is stronger evidence of a
/// link than shared words.
namespace ParagraphCitation {

/// The number a paragraph opens with ("3.4"), or empty.
QString numberOf(QStringView paragraph);
/// True when `priority` cites the paragraph numbered `number`: by that number, by a range
/// holding it ("paragraphs 3.2 to 3.7", "3.2-3.7") or by its section ("section 3").
bool cites(QStringView priority, QStringView number);

/// What one priority cites, read once: testing many paragraph numbers against it is then
/// no more regular-expression matching.
class Citations
{
public:
    explicit Citations(QStringView priority);
    /// cites(priority, number) for the priority read.
    bool cites(QStringView number) const;

private:
    QList<std::pair<QList<int>, QList<int>>> m_ranges; ///< paragraph ranges, first to last
    QList<int> m_sections;
};

} // namespace ParagraphCitation
} // namespace Scrutiny
