// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrix/TraceabilityCellDelegate.h"

#include "itemmodels/TraceabilityModel.h"
#include "session/ReportSession.h"

#include <QApplication>
#include <QLineEdit>
#include <QPainter>

namespace Scrutiny {

TraceabilityCellDelegate::TraceabilityCellDelegate(ReportSession *session, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_session(session)
{
}

QColor TraceabilityCellDelegate::linkColour(const ReportSession *session, int linkType)
{
    // Each link type borrows the accent of the kind it is most about, so the
    // matrix, reader and export use one palette that follows the theme.
    switch (LinkType(linkType)) {
    case LinkType::PartlyAddresses:
        return session->kindAccent(SegmentKind::Summary);
    case LinkType::Contradicts:
        return session->kindAccent(SegmentKind::Finding);
    case LinkType::RespondsTo:
        return session->kindAccent(SegmentKind::Response);
    case LinkType::Addresses:
        break;
    }
    return session->kindAccent(SegmentKind::Priority);
}

void TraceabilityCellDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.data(LinkableRole).toBool()) {
        // Between two reports: no cell, only a shade that shows each report's block.
        QColor shade = option.palette.color(QPalette::Mid);
        shade.setAlpha(60);
        painter->fillRect(option.rect, shade);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int linkType = index.data(LinkTypeRole).toInt();
    const double score = index.data(SuggestionScoreRole).toDouble();

    // Background, selection and focus from the style; our glyph on top.
    opt.text.clear();
    if (linkType >= 0)
        opt.backgroundBrush = m_session->kindTint(SegmentKind::Priority);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF cell = option.rect;
    const qreal size = std::min(cell.width(), cell.height()) * 0.8;
    const QRectF mark(cell.center().x() - size / 2, cell.center().y() - size / 2, size, size);
    if (linkType >= 0) {
        QFont font = option.font;
        font.setPixelSize(std::max(11, int(size * 0.85)));
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(linkColour(m_session, linkType));
        painter->drawText(cell, Qt::AlignCenter, TraceabilityModel::glyph(LinkType(linkType)));
    } else if (score >= 0) {
        // A ghost: the stronger the suggestion, the more visible the ring.
        QColor colour = linkColour(m_session, int(LinkType::Addresses));
        colour.setAlphaF(float(0.45 + 0.55 * std::clamp(score, 0.0, 1.0)));
        QPen pen(colour, 1.6, Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(mark.adjusted(1, 1, -1, -1));
        QFont font = option.font;
        font.setPixelSize(std::max(9, int(size * 0.48)));
        painter->setFont(font);
        painter->drawText(mark, Qt::AlignCenter, QString::number(qRound(score * 100)));
    }
    painter->restore();
}

QSize TraceabilityCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int side = std::max(30, option.fontMetrics.height() + 14);
    return {side + 10, side};
}

QWidget *TraceabilityCellDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("linkNoteEditor"));
    editor->setPlaceholderText(tr("Note on this link"));
    editor->setAccessibleName(tr("Note on the link from %1 to %2")
                                  .arg(index.data(FindingRole).toString(), index.data(PriorityRole).toString()));
    editor->setFrame(true);
    return editor;
}

void TraceabilityCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(index.data(Qt::EditRole).toString());
}

void TraceabilityCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *, const QModelIndex &index) const
{
    const auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line || !m_saveNote || line->text() == index.data(Qt::EditRole).toString())
        return;
    m_saveNote(index, line->text());
}

void TraceabilityCellDelegate::updateEditorGeometry(
    QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // A cell is a glyph wide: the note gets room to the right of it, within the view.
    QRect area = option.rect;
    const QWidget *viewport = editor->parentWidget();
    const int width = std::max(area.width(), 18 * option.fontMetrics.averageCharWidth());
    area.setWidth(viewport ? std::min(width, viewport->width() - area.left()) : width);
    area.setHeight(std::max(area.height(), editor->sizeHint().height()));
    editor->setGeometry(area);
}

} // namespace Scrutiny
