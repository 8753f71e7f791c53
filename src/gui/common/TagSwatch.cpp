// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/TagSwatch.h"

#include <QPainter>
#include <QPixmap>

namespace Scrutiny::TagSwatch {

QIcon icon(const QColor &colour, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor fill = colour.isValid() ? colour : QColor(Qt::gray);
    painter.setPen(fill.darker(150));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3);
    return QIcon(pixmap);
}

QColor colourFor(int n)
{
    const int hue = int((n * 137.508)) % 360;
    return QColor::fromHsv(hue, 150, 210);
}

} // namespace Scrutiny::TagSwatch
