// SPDX-License-Identifier: GPL-3.0-or-later
#include "browse/SnippetDelegate.h"

#include "itemmodels/ItemRoles.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace Scrutiny {

using namespace Qt::StringLiterals;

SnippetDelegate::SnippetDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_match(Qt::yellow)
{
}

SnippetDelegate::~SnippetDelegate() = default;

void SnippetDelegate::setMatchColour(const QColor &colour)
{
    m_match = colour;
}

QString SnippetDelegate::styledHtml(const QModelIndex &index) const
{
    QString html = index.data(SnippetHtmlRole).toString();
    html.replace(u"<b>"_s, u"<b style=\"background-color:%1\">"_s.arg(m_match.name()));
    return html;
}

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString html = styledHtml(index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument doc;
    doc.setDefaultFont(opt.font);
    doc.setHtml(html);
    doc.setTextWidth(opt.rect.width() - 8);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    const bool selected = opt.state & QStyle::State_Selected;
    context.palette.setColor(QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(opt.rect.topLeft() + QPoint(4, 2));
    painter->setClipRect(QRect(QPoint(0, 0), opt.rect.size()));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument doc;
    doc.setDefaultFont(option.font);
    doc.setHtml(styledHtml(index));
    // Wrap to the view's width so long snippets take several lines.
    const int width = option.widget ? std::max(120, option.widget->width() - 30) : 320;
    doc.setTextWidth(width);
    return QSize(width, int(doc.size().height()) + 4);
}

} // namespace Scrutiny
