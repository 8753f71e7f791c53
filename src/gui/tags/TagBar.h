// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QHBoxLayout;
class QScrollArea;
class QToolButton;

namespace Scrutiny {

class ReportSession;

/// A row of buttons, one per project tag, that tag (or untag) the selected
/// segments. A button is checked when every selected segment carries its tag.
/// Install: `new TagBar(session)` in a toolbar or above the reader; it follows
/// the session's selection and the store's tags on its own.
class TagBar : public QWidget
{
    Q_OBJECT
public:
    explicit TagBar(ReportSession *session, QWidget *parent = nullptr);

    /// The button of a tag (for tests and accessibility), or nullptr.
    QToolButton *buttonForTag(qint64 tagId) const;

Q_SIGNALS:
    /// "Manage…" was pressed (the owner opens a TagManagerDialog).
    void manageRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void updateChecks();
    /// Room for the buttons, plus the scroll bar when they overflow (it must not cover them).
    void updateHeight();

    ReportSession *m_session;
    QHBoxLayout *m_buttons;
    QScrollArea *m_scroll;
    QList<QToolButton *> m_tagButtons;
    QToolButton *m_manage;
};

} // namespace Scrutiny
