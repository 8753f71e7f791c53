// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include <functional>

class QAction;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace Scrutiny {

/// A slim bar above the reader saying what went wrong (or right) in one line,
/// closable, never modal: the app keeps running whatever it shows.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Type { Information, Positive, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);
    ~MessageBar() override;

    /// Shows the message (replacing any other). Report text in it is shown as plain text.
    /// Each action becomes a button after the text ("Open", "Show in folder"); the bar
    /// takes ownership of the actions and drops them with the message.
    void showMessage(const QString &text, Type type = Type::Information, const QList<QAction *> &actions = {});
    /// Shows work under way: the text, a busy bar and the actions (e.g. Cancel).
    void showProgress(const QString &text, const QList<QAction *> &actions = {});
    /// Adds a button to the message shown ("Make a repaired copy…"); the next message removes it.
    void setAction(const QString &text, const std::function<void()> &handler);
    QPushButton *actionButton() const;
    QString text() const;
    Type type() const;
    /// The buttons of the message shown, in order.
    QList<QToolButton *> actionButtons() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    void setActions(const QList<QAction *> &actions);

    QLabel *m_icon;
    QLabel *m_text;
    QProgressBar *m_busy;
    QHBoxLayout *m_buttons;
    QList<QAction *> m_actions;
    QList<QToolButton *> m_actionButtons;
    QPushButton *m_action;
    std::function<void()> m_actionHandler;
    QToolButton *m_close;
    Type m_type = Type::Information;
};

} // namespace Scrutiny
