// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Scrutiny {

/// Draws a row's SnippetHtmlRole (escaped report text with matches in <b>) as
/// rich text, the matches on a highlight background.
class SnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SnippetDelegate(QObject *parent = nullptr);
    ~SnippetDelegate() override;

    /// The background behind matched words (from the theme).
    void setMatchColour(const QColor &colour);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QString styledHtml(const QModelIndex &index) const;

    QColor m_match;
};

} // namespace Scrutiny
