// SPDX-License-Identifier: GPL-3.0-or-later
#include "browse/LibraryPanel.h"

#include "itemmodels/ItemRoles.h"
#include "itemmodels/LibraryModel.h"
#include "session/EditCommands.h"
#include "session/ReportSession.h"
#include "store/ProjectStore.h"

#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Scrutiny {

using namespace Qt::StringLiterals;

LibraryPanel::LibraryPanel(ReportSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new LibraryModel(session->store(), this))
    , m_view(new QTableView(this))
{
    setObjectName(u"libraryPanel"_s);
    m_view->setObjectName(u"libraryView"_s);
    m_view->setAccessibleName(tr("Reports in this project"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table instead of walking its cells: wrapping to the next row
    // would open another report.
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(LibraryModel::Title, QHeaderView::Stretch);
    for (int c = LibraryModel::Imported; c < LibraryModel::ColumnCount; ++c)
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            const qint64 id = current.data(DocumentIdRole).toLongLong();
            if (id != 0 && id != m_session->documentId())
                m_session->setDocument(id);
        });
    connect(m_model, &QAbstractItemModel::modelReset, this, &LibraryPanel::followDocument);
    connect(m_session, &ReportSession::documentChanged, this, &LibraryPanel::followDocument);
    connect(m_session, &ReportSession::projectChanged, m_model, &LibraryModel::refresh);
    connect(m_view, &QWidget::customContextMenuRequested, this, &LibraryPanel::showContextMenu);
}

LibraryPanel::~LibraryPanel() = default;

QTableView *LibraryPanel::view() const
{
    return m_view;
}

LibraryModel *LibraryPanel::model() const
{
    return m_model;
}

void LibraryPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // A narrow panel keeps the title readable: date, verdict and then the counts
    // give way (each is in the row's tooltip). At 1024 wide the dock is ~200 px and
    // three count columns left the title a few letters.
    const bool narrow = width() < 440;
    const bool veryNarrow = width() < 320;
    m_view->setColumnHidden(LibraryModel::Imported, narrow);
    m_view->setColumnHidden(LibraryModel::Verdict, narrow);
    for (int column : {LibraryModel::Findings, LibraryModel::Priorities, LibraryModel::Links})
        m_view->setColumnHidden(column, veryNarrow);
}

void LibraryPanel::followDocument()
{
    const int row = m_model->rowOf(m_session->documentId());
    const QSignalBlocker blocker(m_view->selectionModel());
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    m_view->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->viewport()->update();
}

void LibraryPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    const qint64 id = index.data(DocumentIdRole).toLongLong();
    const QString title = m_model->index(index.row(), LibraryModel::Title).data().toString();
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this, id] { m_session->setDocument(id); });
    menu.addSeparator();
    menu.addAction(tr("Remove from Project…"), this, [this, id, title] {
        const auto answer = QMessageBox::question(this, tr("Remove Report"),
            tr("Remove “%1” and its tags, links, notes and action plan from this project?").arg(title));
        if (answer != QMessageBox::Yes)
            return;
        EditCommands::removeDocument(m_session, id);
    });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace Scrutiny
