// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>

#include <QList>
#include <QTextLayout>

class QTextBlock;

namespace Scrutiny {

/// Highlights report paragraphs on demand, one text block at a time, with a
/// KSyntaxHighlighting definition whose lines never carry state into the next
/// (inspection-report.xml). Unlike QSyntaxHighlighter, which colours the whole
/// document up front, the reader asks only for the blocks it is about to paint,
/// so a 300,000-word report opens and re-themes without a long pause.
class ReportHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    ReportHighlighter();
    ~ReportHighlighter() override;

    void setTheme(const KSyntaxHighlighting::Theme &theme) override;
    void setDefinition(const KSyntaxHighlighting::Definition &definition) override;

    /// Sets the block's formats unless it is already highlighted with the current
    /// theme and definition. Returns true when it changed the block's formats (the
    /// caller then marks the block dirty so it is laid out again).
    bool highlight(QTextBlock &block);
    /// Forgets which blocks are done (after a theme or definition change).
    void invalidate();

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    QList<QTextLayout::FormatRange> m_ranges;
    int m_generation = 1;
};

} // namespace Scrutiny
