// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include <functional>

class QLabel;
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

    /// Shows the message (replacing any other, and its action). Report text in it is shown as plain text.
    void showMessage(const QString &text, Type type = Type::Information);
    /// Adds a button to the message shown ("Make a repaired copy…"); the next message removes it.
    void setAction(const QString &text, const std::function<void()> &handler);
    QPushButton *actionButton() const;
    QString text() const;
    Type type() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    std::function<void()> m_actionHandler;
    QToolButton *m_close;
    Type m_type = Type::Information;
};

} // namespace Scrutiny
