// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/SeriesActions.h"

#include "progress/ProgressView.h"
#include "session/EditCommands.h"
#include "session/ReportSession.h"
#include "store/ProjectStore.h"

#include <QAction>
#include <QBoxLayout>
#include <QInputDialog>
#include <QTableView>

namespace Scrutiny {

SeriesActions::SeriesActions(ReportSession *session, QWidget *reader, QBoxLayout *layout, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_reader(reader)
    , m_window(window)
    , m_view(new ProgressView(session, reader->parentWidget()))
    , m_progress(new QAction(tr("&Progress Against Priorities"), this))
    , m_follows(new QAction(tr("Follows &Up…"), this))
{
    layout->insertWidget(layout->indexOf(reader) + 1, m_view, 1);
    m_view->hide();
    m_progress->setCheckable(true);
    m_progress->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    m_progress->setStatusTip(tr("Show what became of this report's priorities in the later reports of its series"));
    connect(m_progress, &QAction::toggled, this, &SeriesActions::showProgress);
    m_follows->setStatusTip(tr("Record that the open report follows up an earlier report (a report series)"));
    connect(m_follows, &QAction::triggered, this, &SeriesActions::pickEarlierReport);
}

QAction *SeriesActions::progressAction() const
{
    return m_progress;
}

QAction *SeriesActions::followsAction() const
{
    return m_follows;
}

ProgressView *SeriesActions::progressView() const
{
    return m_view;
}

void SeriesActions::showProgress(bool shown)
{
    m_reader->setVisible(!shown);
    m_view->setVisible(shown);
    if (shown)
        m_view->table()->setFocus();
    else
        m_reader->setFocus();
}

bool SeriesActions::follows(qint64 earlier)
{
    if (!EditCommands::setFollows(m_session, m_session->documentId(), earlier))
        return false;
    m_view->reload();
    return true;
}

void SeriesActions::pickEarlierReport()
{
    const qint64 later = m_session->documentId();
    if (later <= 0) {
        Q_EMIT errorOccurred(tr("Open the later report first, then say which report it follows up."));
        return;
    }
    QStringList names;
    QList<qint64> ids;
    for (const ProjectStore::DocumentSummary &d : m_session->store()->documents()) {
        if (d.id == later)
            continue;
        names.append(tr("%1: %2").arg(d.id).arg(d.title.isEmpty() ? d.fileName : d.title));
        ids.append(d.id);
    }
    if (ids.isEmpty()) {
        Q_EMIT errorOccurred(tr("The project has no other report: import the earlier report first."));
        return;
    }
    bool ok = false;
    const QString picked = QInputDialog::getItem(
        m_window, tr("Follows Up"), tr("Report %1 follows up which earlier report?").arg(later), names, 0, false, &ok);
    if (ok && names.contains(picked))
        follows(ids.at(names.indexOf(picked)));
}

} // namespace Scrutiny
