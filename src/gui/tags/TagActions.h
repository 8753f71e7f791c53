// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace Scrutiny {

class FilterPopup;
class ReportSession;

/// Keyboard tagging: actions "1".."9" toggle the project's first nine tags on the
/// selected segments, and "T" opens a tag picker (type to filter, Enter applies,
/// a new name creates the tag). Install: `auto *tagging = new TagActions(session, readerWidget);`
/// then `window->addActions(tagging->actions())` (or add them to a Tags menu).
/// The shortcuts are window-wide; text fields keep their keys because they
/// take printable keys as shortcut overrides.
class TagActions : public QObject
{
    Q_OBJECT
public:
    /// anchor: where the picker pops up (usually the reader); also the actions' parent.
    TagActions(ReportSession *session, QWidget *anchor);

    /// The nine numbered actions (disabled beyond the number of tags) and the picker action.
    QList<QAction *> actions() const;
    QList<QAction *> numberActions() const;
    QAction *pickerAction() const;
    FilterPopup *picker() const;

    void openPicker();

private:
    void refresh();
    void createAndApply(const QString &name);

    ReportSession *m_session;
    QWidget *m_anchor;
    QList<QAction *> m_numbers;
    QAction *m_picker;
    FilterPopup *m_popup;
};

} // namespace Scrutiny
