// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
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
    void showMessage(const QString &text, Type type = Type::Information);
    QString text() const;
    Type type() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    Type m_type = Type::Information;
};

} // namespace Scrutiny
