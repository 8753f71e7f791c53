// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace Scrutiny {

class ProgressModel;
class ReportSession;
struct SeriesProgress;

/// Progress against priorities across a report series, in the main area: the
/// open report's priorities as rows (open and repeat items first), the later
/// reports of its series as columns, each cell a symbol, a word and a tint;
/// clicking a cell shows its evidence (the linked finding and its text, why,
/// and the action plan) below. A report with no later report in its series
/// shows what to import next instead. The series is read on the UI thread; the
/// suggesting, most of the time, runs on a worker, so opening never waits for it.
class ProgressView : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressView(ReportSession *session, QWidget *parent = nullptr);

    ProgressModel *model() const;
    QTableView *table() const;
    QTextBrowser *evidence() const;
    /// The explanation shown instead of the table, or empty while the table shows.
    QString emptyText() const;

    /// Re-reads the series of the open report.
    void reload();
    /// True while the later reports' word on the priorities is being worked out.
    bool isCalculating() const { return m_calculating; }

Q_SIGNALS:
    /// The table (or the explanation instead of it) shows the open report's series.
    void progressShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showEvidence();
    void showProgress(const SeriesProgress &progress);
    void showEmpty(const QString &text);

    ReportSession *m_session;
    ProgressModel *m_model;
    QLabel *m_header;
    QStackedWidget *m_pages;
    QLabel *m_empty;
    QTableView *m_table;
    QTextBrowser *m_evidence;
    bool m_stale = true;
    bool m_calculating = false;
    quint64 m_generation = 0; ///< a result for an older reload is dropped
};

} // namespace Scrutiny
