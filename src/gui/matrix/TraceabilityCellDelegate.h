// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Scrutiny {

class ReportSession;

/// Paints a matrix cell: a link as its type's glyph in the theme's colour on a
/// light tint, a suggestion as a faint dashed ring whose strength follows its score.
class TraceabilityCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TraceabilityCellDelegate(ReportSession *session, QObject *parent = nullptr);

    /// The colour a link type is drawn in (theme accents of the kinds involved).
    static QColor linkColour(const ReportSession *session, int linkType);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    ReportSession *m_session;
};

} // namespace Scrutiny
