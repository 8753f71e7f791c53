// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QBoxLayout;
class QWidget;

namespace Scrutiny {

class ProgressView;
class ReportSession;

/// Report series in the window: View › Progress Against Priorities swaps the
/// reader in the main area for the ProgressView of the open report's series,
/// and File › Follows Up… records that the open report follows up an earlier
/// one (one store call, one undo step).
class SeriesActions : public QObject
{
    Q_OBJECT
public:
    /// Puts the progress view into `layout` right after `reader`, hidden.
    SeriesActions(ReportSession *session, QWidget *reader, QBoxLayout *layout, QWidget *window);

    QAction *progressAction() const;
    QAction *followsAction() const;
    ProgressView *progressView() const;

    /// Records that the open report follows up `earlier`; false on failure (the session reports why).
    bool follows(qint64 earlier);

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void showProgress(bool shown);
    void pickEarlierReport();

    ReportSession *m_session;
    QWidget *m_reader;
    QWidget *m_window;
    ProgressView *m_view;
    QAction *m_progress;
    QAction *m_follows;
};

} // namespace Scrutiny
