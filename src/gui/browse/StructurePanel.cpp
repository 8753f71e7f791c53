// SPDX-License-Identifier: GPL-3.0-or-later
#include "browse/StructurePanel.h"

#include "session/ReportSession.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/StructureModel.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace Scrutiny {

using namespace Qt::StringLiterals;

StructurePanel::StructurePanel(ReportSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new StructureModel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(u"structurePanel"_s);
    m_view->setObjectName(u"structureView"_s);
    m_view->setAccessibleName(tr("Report structure"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    const auto activate = [this](const QModelIndex &index) {
        const QString id = index.data(SegmentIdRole).toString();
        if (id.isEmpty())
            return;
        m_session->setSelectedSegments({id}, id);
        Q_EMIT segmentActivated(id);
    };
    connect(m_view, &QTreeView::clicked, this, activate);
    connect(m_view, &QTreeView::activated, this, activate);
    connect(m_session, &ReportSession::documentChanged, this, [this] { refresh(true); });
    connect(m_session, &ReportSession::reportReloaded, this, [this] { refresh(false); });
    connect(m_session, &ReportSession::selectionChanged, this, &StructurePanel::followSelection);
    refresh(true);
}

StructurePanel::~StructurePanel() = default;

QTreeView *StructurePanel::view() const
{
    return m_view;
}

StructureModel *StructurePanel::model() const
{
    return m_model;
}

void StructurePanel::refresh(bool force)
{
    const ParsedReport &report = m_session->report().report;
    // Tags and links do not change the outline: rebuild only when segments did.
    if (!force && report.segments == m_shown)
        return;
    m_shown = report.segments;
    m_model->setReport(report);
    // Groups open, except quotes by speaker, which can be long.
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_view->expand(m_model->index(row, 0));
    followSelection();
}

void StructurePanel::followSelection()
{
    const QModelIndex index = m_model->indexOfSegment(m_session->currentSegment());
    if (!index.isValid()) {
        m_view->clearSelection();
        return;
    }
    if (m_view->currentIndex() == index)
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

} // namespace Scrutiny
