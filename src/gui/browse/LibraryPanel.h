// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTableView;

namespace Scrutiny {

class LibraryModel;
class ReportSession;

/// The reports of the open project (title, date, verdict, counts); choosing one
/// opens it in the reader.
class LibraryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryPanel(ReportSession *session, QWidget *parent = nullptr);
    ~LibraryPanel() override;

    QTableView *view() const;
    LibraryModel *model() const;

private:
    void followDocument();
    void showContextMenu(const QPoint &pos);

    ReportSession *m_session;
    LibraryModel *m_model;
    QTableView *m_view;
};

} // namespace Scrutiny
