// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QHBoxLayout;
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

private:
    void rebuild();
    void updateChecks();

    ReportSession *m_session;
    QHBoxLayout *m_buttons;
    QList<QToolButton *> m_tagButtons;
    QToolButton *m_manage;
};

} // namespace Scrutiny
