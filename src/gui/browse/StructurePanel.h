// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ParsedReport.h"

#include <QWidget>

class QTreeView;

namespace Scrutiny {

class ReportSession;
class StructureModel;

/// The outline of the open report: summary, findings, priorities, quotes by
/// speaker and the council's response, with counts. Activating a segment asks
/// the reader to show it and selects it.
class StructurePanel : public QWidget
{
    Q_OBJECT
public:
    explicit StructurePanel(ReportSession *session, QWidget *parent = nullptr);
    ~StructurePanel() override;

    QTreeView *view() const;
    StructureModel *model() const;

Q_SIGNALS:
    /// The user picked this segment (click, Enter): show it.
    void segmentActivated(const QString &segmentId);

private:
    void refresh(bool force);
    void followSelection();

    ReportSession *m_session;
    StructureModel *m_model;
    QTreeView *m_view;
    QList<Segment> m_shown; ///< the segments the tree was built from
};

} // namespace Scrutiny
