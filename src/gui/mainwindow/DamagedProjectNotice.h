// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace Scrutiny {

class MessageBar;
class ProjectStore;

/// Says in the message bar that the open project is damaged (found when it was
/// opened or by a later read; the store is then read-only) and offers "Make a
/// repaired copy…", which writes one to a new file the user names. The damaged
/// file itself is never written.
class DamagedProjectNotice : public QObject
{
    Q_OBJECT
public:
    DamagedProjectNotice(ProjectStore *store, MessageBar *bar, QWidget *dialogParent);

    /// Shows the notice if the project just opened is damaged.
    void check();
    /// Where to write the copy; by default a save dialog (tests answer themselves).
    void setPathChooser(const std::function<QString(const QString &suggested)> &chooser);

private:
    void show(const QString &message);
    void makeRepairedCopy();

    ProjectStore *m_store;
    MessageBar *m_bar;
    QWidget *m_dialogParent;
    std::function<QString(const QString &)> m_choosePath;
};

} // namespace Scrutiny
