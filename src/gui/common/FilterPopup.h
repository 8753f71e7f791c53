// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFrame>

class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace Scrutiny {

/// A small popup to pick one item by typing part of its name: the tag picker
/// (T) and the priority picker (L). Up/Down move, Enter picks, Escape closes.
/// Optionally the last row offers to create a new item from the typed text.
class FilterPopup : public QFrame
{
    Q_OBJECT
public:
    struct Choice
    {
        QString key; ///< handed back by chosen()
        QString text; ///< what is shown and matched
        QColor colour; ///< a swatch when valid
        bool checked = false; ///< already applied (shown with a check mark)
        QString toolTip;
    };

    explicit FilterPopup(QWidget *parent = nullptr);

    void setChoices(const QList<Choice> &choices);
    /// When set, typed text that matches no item exactly can be created ("Create tag “x”").
    void setCreateLabel(const QString &labelTemplate);
    void setPlaceholderText(const QString &text);
    /// Shows the popup at a global position with an empty filter and focus in it.
    void popup(const QPoint &globalPos);

    QLineEdit *filterEdit() const;
    QListWidget *list() const;

Q_SIGNALS:
    void chosen(const QString &key);
    void createRequested(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();
    void pick(QListWidgetItem *item);

    QLineEdit *m_filter;
    QListWidget *m_list;
    QList<Choice> m_choices;
    QString m_createLabel;
};

} // namespace Scrutiny
