// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace Scrutiny {

class ReportSession;

/// Paints a matrix cell: a link as its type's glyph in the theme's colour on a
/// light tint, a suggestion as a faint dashed ring whose strength follows its score.
/// Edits a link's note in place (one line over the cell); the note is not written
/// into the model but handed to the view, which saves it as one undoable step.
class TraceabilityCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TraceabilityCellDelegate(ReportSession *session, QObject *parent = nullptr);

    /// The colour a link type is drawn in (theme accents of the kinds involved).
    static QColor linkColour(const ReportSession *session, int linkType);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    using NoteSaver = std::function<void(const QModelIndex &index, const QString &note)>;
    void setNoteSaver(NoteSaver saver) { m_saveNote = std::move(saver); }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(
        QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    ReportSession *m_session;
    NoteSaver m_saveNote;
};

} // namespace Scrutiny
