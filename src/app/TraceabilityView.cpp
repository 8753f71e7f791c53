// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraceabilityView.h"

#include "LinkEditDialog.h"
#include "ReportSession.h"
#include "SegmentDragSource.h"
#include "SegmentDropTarget.h"
#include "SegmentLinking.h"
#include "TraceabilityCellDelegate.h"
#include "linking/LinkSuggester.h"
#include "models/TraceabilityModel.h"
#include "store/ProjectStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

namespace Scrutiny {

namespace {
QString linkTypeName(LinkType type)
{
    switch (type) {
    case LinkType::PartlyAddresses:
        return TraceabilityView::tr("Partly addresses");
    case LinkType::Contradicts:
        return TraceabilityView::tr("Contradicts");
    case LinkType::RespondsTo:
        return TraceabilityView::tr("Responds to");
    case LinkType::Addresses:
        break;
    }
    return TraceabilityView::tr("Addresses");
}
} // namespace

TraceabilityView::TraceabilityView(ReportSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new TraceabilityModel(this))
    , m_summary(new QLabel(this))
    , m_showSuggestions(new QCheckBox(tr("Show &suggestions"), this))
    , m_table(new QTableView(this))
    , m_source(&TraceabilityView::assistantSuggestions)
{
    setObjectName(QStringLiteral("traceabilityView"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_showSuggestions->setObjectName(QStringLiteral("showSuggestions"));
    m_showSuggestions->setChecked(true);
    m_table->setObjectName(QStringLiteral("matrix"));
    m_table->setAccessibleName(tr("Findings by priorities"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new TraceabilityCellDelegate(session, m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setMouseTracking(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(44);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Narrow enough that the matrix itself shows in a side dock; the full text is in the tooltip.
    m_table->verticalHeader()->setMaximumWidth(170);
    m_table->installEventFilter(this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_showSuggestions);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    // Drop findings on a priority's column (cells or header).
    new SegmentDropTarget(session, m_table->viewport(),
        [this](const QPoint &pos) { return m_model->priorityAt(m_table->columnAt(pos.x())); });
    new SegmentDropTarget(session, m_table->horizontalHeader()->viewport(),
        [this](const QPoint &pos) { return m_model->priorityAt(m_table->horizontalHeader()->logicalIndexAt(pos)); });
    // Drag findings out by their row header, priorities by their column header.
    new SegmentDragSource(session, m_table->verticalHeader()->viewport(), [this](const QPoint &pos) {
        const QString finding = m_model->findingAt(m_table->verticalHeader()->logicalIndexAt(pos));
        return finding.isEmpty() ? QStringList() : QStringList {finding};
    });
    new SegmentDragSource(session, m_table->horizontalHeader()->viewport(), [this](const QPoint &pos) {
        const QString priority = m_model->priorityAt(m_table->horizontalHeader()->logicalIndexAt(pos));
        return priority.isEmpty() ? QStringList() : QStringList {priority};
    });

    connect(m_table, &QTableView::clicked, this, &TraceabilityView::cellClicked);
    connect(m_table, &QTableView::doubleClicked, this, &TraceabilityView::cellDoubleClicked);
    connect(m_table, &QWidget::customContextMenuRequested, this, &TraceabilityView::showContextMenu);
    connect(m_table->verticalHeader(), &QHeaderView::sectionDoubleClicked, this,
        [this](int row) { Q_EMIT segmentActivated(m_model->findingAt(row)); });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionDoubleClicked, this,
        [this](int column) { Q_EMIT segmentActivated(m_model->priorityAt(column)); });
    connect(m_showSuggestions, &QCheckBox::toggled, this, &TraceabilityView::reload);
    connect(session, &ReportSession::reportReloaded, this, &TraceabilityView::reload);
    connect(session, &ReportSession::documentChanged, this, &TraceabilityView::reload);
    connect(session, &ReportSession::themeChanged, this, [this] {
        m_model->setGapColour(m_session->kindAccent(SegmentKind::Finding));
        m_table->viewport()->update();
    });
    m_model->setGapColour(m_session->kindAccent(SegmentKind::Finding));
    reload();
}

QList<SuggestedLink> TraceabilityView::assistantSuggestions(const AnnotatedReport &report)
{
    if (!report.report.suggestedLinks.isEmpty())
        return report.report.suggestedLinks;
    // Scoring a report takes a moment; do it once per version of its segments.
    static qint64 cachedDocument = 0;
    static QList<Segment> cachedSegments;
    static QList<SuggestedLink> cached;
    if (cachedDocument != report.documentId || cachedSegments != report.report.segments) {
        LinkSuggester suggester;
        suggester.setMinimumScore(0.1);
        cached = suggester.suggest(report.report, 2, LinkSuggester::Sources::Findings);
        cachedDocument = report.documentId;
        cachedSegments = report.report.segments;
    }
    return cached;
}

void TraceabilityView::setSuggestionSource(SuggestionSource source)
{
    m_source = std::move(source);
    reload();
}

TraceabilityModel *TraceabilityView::model() const
{
    return m_model;
}

QTableView *TraceabilityView::table() const
{
    return m_table;
}

QString TraceabilityView::summaryText() const
{
    return m_summary->text();
}

void TraceabilityView::reload()
{
    const AnnotatedReport &report = m_session->report();
    QList<SuggestedLink> suggestions;
    if (m_showSuggestions->isChecked() && m_source && m_session->documentId() != 0) {
        for (const SuggestedLink &suggestion : m_source(report)) {
            if (!m_session->store()->isRejected(m_session->documentId(), suggestion.from, suggestion.to))
                suggestions.append(suggestion);
        }
    }
    // Suggestions first, so setReport filters them against the fresh links.
    m_model->setSuggestions(suggestions);
    m_model->setReport(report);
    m_summary->setText(m_session->documentId() == 0 ? tr("No report open") : m_model->summary());
}

bool TraceabilityView::toggle(const QModelIndex &index)
{
    const QString finding = m_model->findingAt(index.row());
    const QString priority = m_model->priorityAt(index.column());
    if (finding.isEmpty() || priority.isEmpty())
        return false;
    return SegmentLinking::toggle(m_session, {finding}, priority);
}

bool TraceabilityView::acceptSuggestion(const QModelIndex &index)
{
    const auto suggestion = m_model->suggestionAt(index);
    if (!suggestion)
        return false;
    ProjectStore *store = m_session->store();
    const qint64 documentId = m_session->documentId();
    const QString from = suggestion->from;
    const QString to = suggestion->to;
    return m_session->perform(tr("accept suggestion %1 → %2").arg(from, to),
        [=](QString *error) { return store->acceptSuggestion(documentId, from, to, error).has_value(); });
}

bool TraceabilityView::rejectSuggestion(const QModelIndex &index)
{
    const auto suggestion = m_model->suggestionAt(index);
    if (!suggestion)
        return false;
    ProjectStore *store = m_session->store();
    const qint64 documentId = m_session->documentId();
    const QString from = suggestion->from;
    const QString to = suggestion->to;
    const bool ok = m_session->perform(tr("reject suggestion %1 → %2").arg(from, to),
        [=](QString *error) { return store->rejectSuggestion(documentId, from, to, error); });
    // A rejection may not change the report itself; make sure the ghost goes.
    reload();
    return ok;
}

bool TraceabilityView::setLinkType(const QModelIndex &index, int linkType)
{
    auto link = m_model->linkAt(index);
    if (!link || int(link->type) == linkType)
        return false;
    link->type = LinkType(linkType);
    ProjectStore *store = m_session->store();
    const qint64 documentId = m_session->documentId();
    const Link edited = *link;
    return m_session->perform(tr("edit link %1 → %2").arg(edited.from, edited.to),
        [=](QString *error) { return store->updateLink(documentId, edited, error); });
}

void TraceabilityView::editLink(const QModelIndex &index)
{
    const auto link = m_model->linkAt(index);
    if (!link)
        return;
    auto *dialog = new LinkEditDialog(m_session, link->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TraceabilityView::cellClicked(const QModelIndex &index)
{
    if (m_doubleClicked == index && m_sinceDoubleClick.isValid()
        && m_sinceDoubleClick.elapsed() < QApplication::doubleClickInterval()) {
        m_doubleClicked = QPersistentModelIndex();
        return;
    }
    // A click on a ghost only selects it: accepting takes a deliberate double-click or Enter.
    if (m_model->suggestionAt(index))
        return;
    toggle(index);
}

void TraceabilityView::cellDoubleClicked(const QModelIndex &index)
{
    if (!m_model->suggestionAt(index))
        return;
    m_doubleClicked = index;
    m_sinceDoubleClick.start();
    acceptSuggestion(index);
}

bool TraceabilityView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_table->currentIndex();
        if (!current.isValid())
            return QWidget::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_Space:
            if (m_model->suggestionAt(current))
                acceptSuggestion(current);
            else
                toggle(current);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_model->suggestionAt(current))
                acceptSuggestion(current);
            else if (m_model->linkAt(current))
                editLink(current);
            else
                toggle(current);
            return true;
        case Qt::Key_F2:
            editLink(current);
            return true;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            if (m_model->suggestionAt(current))
                rejectSuggestion(current);
            else if (m_model->linkAt(current))
                toggle(current);
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TraceabilityView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    const QPersistentModelIndex cell(index);
    const QString finding = m_model->findingAt(index.row());
    const QString priority = m_model->priorityAt(index.column());
    QMenu menu(this);
    if (const auto suggestion = m_model->suggestionAt(index)) {
        menu.addAction(tr("&Accept Suggested Link"), this, [this, cell] { acceptSuggestion(cell); });
        menu.addAction(tr("&Reject Suggestion"), this, [this, cell] { rejectSuggestion(cell); });
    } else if (const auto link = m_model->linkAt(index)) {
        menu.addAction(tr("&Edit Link…"), this, [this, cell] { editLink(cell); });
        QMenu *types = menu.addMenu(tr("Link &Type"));
        for (auto type :
            {LinkType::Addresses, LinkType::PartlyAddresses, LinkType::Contradicts, LinkType::RespondsTo}) {
            QAction *action = types->addAction(TraceabilityModel::glyph(type) + QLatin1Char(' ') + linkTypeName(type),
                this, [this, cell, type] { setLinkType(cell, int(type)); });
            action->setCheckable(true);
            action->setChecked(type == link->type);
        }
        menu.addAction(tr("&Unlink %1 from %2").arg(finding, priority), this, [this, cell] { toggle(cell); });
    } else {
        menu.addAction(tr("&Link %1 to %2").arg(finding, priority), this, [this, cell] { toggle(cell); });
    }
    menu.addSeparator();
    menu.addAction(
        tr("Show %1 in the Reader").arg(finding), this, [this, finding] { Q_EMIT segmentActivated(finding); });
    menu.addAction(
        tr("Show %1 in the Reader").arg(priority), this, [this, priority] { Q_EMIT segmentActivated(priority); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace Scrutiny
