// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Scrutiny {

class FilterPopup;
class ReportSession;

/// Linking from the keyboard and from context menus. "L" opens a priority picker
/// (type to filter, Enter links the selected segments to the priority, or unlinks
/// when all already are); linkToPriorityMenu() builds the "Link to priority >"
/// submenu for the current selection (priorities elided, check mark when linked).
/// Install: `auto *linking = new LinkActions(session, readerWidget);`
/// `window->addAction(linking->pickerAction());` and in a context menu handler
/// `menu.addMenu(linking->linkToPriorityMenu(&menu));`.
class LinkActions : public QObject
{
    Q_OBJECT
public:
    LinkActions(ReportSession *session, QWidget *anchor);

    QAction *pickerAction() const;
    FilterPopup *picker() const;
    void openPicker();

    /// A new "Link to priority" menu (owned by parent) for the current selection;
    /// disabled when nothing linkable is selected.
    QMenu *linkToPriorityMenu(QWidget *parent) const;

private:
    void refresh();

    ReportSession *m_session;
    QWidget *m_anchor;
    QAction *m_picker;
    FilterPopup *m_popup;
};

} // namespace Scrutiny
