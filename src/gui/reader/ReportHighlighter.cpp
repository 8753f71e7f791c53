// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/ReportHighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QTextBlock>

namespace Scrutiny {

ReportHighlighter::ReportHighlighter() = default;
ReportHighlighter::~ReportHighlighter() = default;

void ReportHighlighter::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    AbstractHighlighter::setTheme(theme);
    invalidate();
}

void ReportHighlighter::setDefinition(const KSyntaxHighlighting::Definition &definition)
{
    AbstractHighlighter::setDefinition(definition);
    invalidate();
}

void ReportHighlighter::invalidate()
{
    // Block user states hold the generation a block was highlighted in.
    ++m_generation;
}

bool ReportHighlighter::highlight(QTextBlock &block)
{
    if (!block.isValid() || block.userState() == m_generation)
        return false;
    m_ranges.clear();
    if (definition().isValid())
        highlightLine(block.text(), KSyntaxHighlighting::State());
    block.layout()->setFormats(m_ranges);
    block.setUserState(m_generation);
    return true;
}

void ReportHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length <= 0 || format.isDefaultTextStyle(theme()))
        return;
    QTextCharFormat f;
    f.setForeground(format.textColor(theme()));
    if (format.hasBackgroundColor(theme()))
        f.setBackground(format.backgroundColor(theme()));
    if (format.isBold(theme()))
        f.setFontWeight(QFont::Bold);
    if (format.isItalic(theme()))
        f.setFontItalic(true);
    if (format.isUnderline(theme()))
        f.setFontUnderline(true);
    if (format.isStrikeThrough(theme()))
        f.setFontStrikeOut(true);
    m_ranges.append(QTextLayout::FormatRange {offset, length, f});
}

} // namespace Scrutiny
