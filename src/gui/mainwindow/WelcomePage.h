// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace Scrutiny {

/// What the main area shows while no report is open: how to start (open a report,
/// or drop one), the recent projects and reports, and the bundled sample to try.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    /// Paths of recent projects and reports, newest first.
    void setRecent(const QStringList &paths);
    QPushButton *openButton() const;
    QPushButton *sampleButton() const;
    QListWidget *recentList() const;

    /// Copies the bundled sample report where it can be imported from; empty on failure.
    static QString sampleReportPath(QString *error);

Q_SIGNALS:
    void openRequested();
    void sampleRequested();
    void recentRequested(const QString &path);

private:
    QPushButton *m_open;
    QPushButton *m_sample;
    QListWidget *m_recent;
};

} // namespace Scrutiny
