// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrix/TraceabilityView.h"

#include "itemmodels/TraceabilityModel.h"
#include "linking/LinkSuggester.h"
#include "links/LinkEditDialog.h"
#include "links/SegmentDragSource.h"
#include "links/SegmentDropTarget.h"
#include "matrix/TraceabilityCellDelegate.h"
#include "session/EditCommands.h"
#include "session/ReportCache.h"
#include "session/ReportSession.h"
#include "session/SegmentLinking.h"
#include "store/ProjectStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
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
    , m_scope(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_source(&TraceabilityView::assistantSuggestions)
{
    setObjectName(QStringLiteral("traceabilityView"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_showSuggestions->setObjectName(QStringLiteral("showSuggestions"));
    m_showSuggestions->setChecked(true);
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->setAccessibleName(tr("Matrix scope"));
    m_scope->setToolTip(tr("Show the open report's findings and priorities, or every report's in the project"));
    m_scope->addItem(tr("This report"), int(Scope::Report));
    m_scope->addItem(tr("All reports"), int(Scope::Project));
    m_table->setObjectName(QStringLiteral("matrix"));
    m_table->setAccessibleName(tr("Findings by priorities"));
    m_table->setModel(m_model);
    m_delegate = new TraceabilityCellDelegate(session, m_table);
    m_delegate->setNoteSaver([this](const QModelIndex &index, const QString &note) { saveLinkNote(index, note); });
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setMouseTracking(true);
    // Every cell is one glyph: fixed sizes, so that a reload in a report with
    // thousands of findings never measures every cell (ResizeToContents did).
    const QFontMetrics metrics = m_table->fontMetrics();
    const int cellHeight = std::max(30, metrics.height() + 14);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setMinimumSectionSize(44);
    m_table->horizontalHeader()->setDefaultSectionSize(
        std::max(cellHeight + 10, metrics.horizontalAdvance(QStringLiteral("P000 \u26A0")) + 12));
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(cellHeight);
    // Narrow enough that the matrix itself shows in a side dock; the full text is in the tooltip.
    m_table->verticalHeader()->setMaximumWidth(170);
    m_table->installEventFilter(this);

    // The summary wraps on its own line: beside the controls a narrow dock clipped it.
    auto *top = new QHBoxLayout;
    top->addWidget(m_scope);
    top->addStretch(1);
    top->addWidget(m_showSuggestions);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    // Drop findings on a priority's column (cells or header).
    new SegmentDropTarget(
        session, m_table->viewport(), [this](const QPoint &pos) { return dropPriority(m_table->columnAt(pos.x())); });
    new SegmentDropTarget(session, m_table->horizontalHeader()->viewport(),
        [this](const QPoint &pos) { return dropPriority(m_table->horizontalHeader()->logicalIndexAt(pos)); });
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
    // One click on a header is enough to see that finding or priority in the reader.
    connect(m_table->verticalHeader(), &QHeaderView::sectionClicked, this,
        [this](int row) { activate(m_model->findingAt(row), m_model->documentOfRow(row)); });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this,
        [this](int column) { activate(m_model->priorityAt(column), m_model->documentOfColumn(column)); });
    // The reader follows the cell the user moves to (by key or click), and the
    // cell follows the segment the user selects in the reader.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (m_following || !current.isValid() || !m_table->hasFocus())
            return;
        const qint64 documentId = m_model->documentOfRow(current.row());
        if (documentId == m_session->documentId() || documentId == 0)
            activate(m_model->findingAt(current.row()), documentId);
    });
    connect(session, &ReportSession::selectionChanged, this, &TraceabilityView::followReader);
    connect(m_showSuggestions, &QCheckBox::toggled, this, &TraceabilityView::reload);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &TraceabilityView::reload);
    // Across the project, any report's change shows. The open report's changes
    // come through the session; the session's report cache knows which others changed.
    connect(session->store(), &ProjectStore::annotationsChanged, this, [this](qint64 documentId) {
        if (scope() == Scope::Project && documentId != m_session->documentId())
            reload();
    });
    connect(session->store(), &ProjectStore::documentsChanged, this, [this] {
        if (scope() == Scope::Project)
            reload();
    });
    connect(session, &ReportSession::reportReloaded, this, &TraceabilityView::reload);
    connect(session, &ReportSession::documentChanged, this, &TraceabilityView::reload);
    connect(session, &ReportSession::themeChanged, this, [this] {
        m_model->setGapColour(m_session->kindAccent(SegmentKind::Finding));
        m_table->viewport()->update();
    });
    m_model->setGapColour(m_session->kindAccent(SegmentKind::Finding));
    reloadNow();
}

QList<SuggestedLink> TraceabilityView::assistantSuggestions(const AnnotatedReport &report)
{
    if (!report.report.suggestedLinks.isEmpty())
        return report.report.suggestedLinks;
    // Scoring a report takes a moment; do it once per version of its segments.
    struct Scored
    {
        QList<Segment> segments;
        QList<SuggestedLink> suggestions;
    };
    static QHash<qint64, Scored> cache;
    auto it = cache.find(report.documentId);
    if (it == cache.end() || it->segments != report.report.segments) {
        LinkSuggester suggester;
        suggester.setMinimumScore(0.1);
        it = cache.insert(report.documentId,
            Scored {report.report.segments, suggester.suggest(report.report, 2, LinkSuggester::Sources::Findings)});
    }
    return it->suggestions;
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

void TraceabilityView::setScope(Scope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

TraceabilityView::Scope TraceabilityView::scope() const
{
    return Scope(m_scope->currentData().toInt());
}

TraceabilityView::~TraceabilityView()
{
    // An editor still open commits while the table goes, after this view's members.
    m_delegate->setNoteSaver({});
}

void TraceabilityView::reload()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    reloadNow();
}

void TraceabilityView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reloadNow();
}

QList<SuggestedLink> TraceabilityView::openSuggestions(const AnnotatedReport &report) const
{
    QList<SuggestedLink> suggestions;
    if (!m_showSuggestions->isChecked() || !m_source || report.documentId == 0)
        return suggestions;
    const QSet<std::pair<QString, QString>> rejected = m_session->store()->rejectedSuggestions(report.documentId);
    for (const SuggestedLink &suggestion : m_source(report)) {
        if (!rejected.contains({suggestion.from, suggestion.to}))
            suggestions.append(suggestion);
    }
    return suggestions;
}

void TraceabilityView::reloadNow()
{
    m_stale = false;
    if (scope() == Scope::Report) {
        const AnnotatedReport &report = m_session->report();
        Shown shown {report.documentId, report.report.segments, report.links, openSuggestions(report)};
        // Tagging a segment or writing a note leaves the matrix as it was.
        if (shown == m_shown && !m_model->isProjectWide())
            return;
        m_model->setReport(report, shown.suggestions);
        m_shown = std::move(shown);
        m_summary->setText(m_session->documentId() == 0 ? tr("No report open") : m_model->summary());
        return;
    }
    QList<TraceabilityModel::Source> sources;
    ProjectStore *store = m_session->store();
    const QList<ProjectStore::DocumentSummary> documents
        = store->isOpen() ? store->documents() : QList<ProjectStore::DocumentSummary>();
    for (const ProjectStore::DocumentSummary &document : documents) {
        TraceabilityModel::Source source;
        if (document.id == m_session->documentId()) {
            source.report = m_session->report();
        } else {
            // Reports read before are brought up to date (one row when only their
            // annotations changed), not read again with all their text.
            const std::shared_ptr<const AnnotatedReport> report = m_session->reportCache()->report(document.id);
            if (!report)
                continue;
            source.report = *report;
        }
        const QString title = document.title.simplified();
        source.title = title.size() > 28 ? title.left(27).trimmed() + QChar(0x2026) : title;
        source.suggestions = openSuggestions(source.report);
        sources.append(std::move(source));
    }
    m_model->setReports(sources);
    m_shown = Shown();
    m_summary->setText(sources.isEmpty() ? tr("No reports in the project") : m_model->summary());
}

QString TraceabilityView::dropPriority(int column) const
{
    // Dropped findings come from the open report: only its priorities take them.
    return m_model->documentOfColumn(column) == m_session->documentId() ? m_model->priorityAt(column) : QString();
}

bool TraceabilityView::openReportOf(const QModelIndex &index)
{
    if (!m_model->isLinkable(index))
        return false;
    const qint64 documentId = m_model->documentOfRow(index.row());
    if (documentId != m_session->documentId())
        m_session->setDocument(documentId);
    return m_session->documentId() == documentId;
}

void TraceabilityView::followReader()
{
    const QString current = m_session->currentSegment();
    if (current.isEmpty() || m_table->hasFocus() || !m_model)
        return;
    const QModelIndex at = m_table->currentIndex();
    int row = at.isValid() ? at.row() : 0;
    int column = at.isValid() ? at.column() : 0;
    const qint64 documentId = scope() == Scope::Project ? m_session->documentId() : 0;
    const int findingRow = m_model->rowOfFinding(current, documentId);
    const int priorityColumn = m_model->columnOfPriority(current, documentId);
    if (findingRow >= 0)
        row = findingRow;
    else if (priorityColumn >= 0)
        column = priorityColumn;
    else
        return;
    const QModelIndex target = m_model->index(row, column);
    if (!target.isValid() || target == at)
        return;
    m_following = true;
    m_table->setCurrentIndex(target);
    m_table->scrollTo(target);
    m_following = false;
}

void TraceabilityView::activate(const QString &segment, qint64 documentId)
{
    if (!segment.isEmpty())
        Q_EMIT segmentActivated(segment, documentId == m_session->documentId() ? 0 : documentId);
}

bool TraceabilityView::toggle(const QModelIndex &index)
{
    const QString finding = m_model->findingAt(index.row());
    const QString priority = m_model->priorityAt(index.column());
    if (finding.isEmpty() || priority.isEmpty() || !openReportOf(index))
        return false;
    return SegmentLinking::toggle(m_session, {finding}, priority);
}

bool TraceabilityView::resolveSuggestion(const QModelIndex &index, bool accept)
{
    const auto suggestion = m_model->suggestionAt(index);
    if (!suggestion || !openReportOf(index))
        return false;
    const qint64 documentId = m_session->documentId();
    if (accept)
        return EditCommands::acceptSuggestion(m_session, documentId, suggestion->from, suggestion->to);
    const bool ok = EditCommands::rejectSuggestion(m_session, documentId, suggestion->from, suggestion->to);
    // A rejection may not change the report itself; make sure the ghost goes.
    reloadNow();
    return ok;
}

bool TraceabilityView::acceptSuggestion(const QModelIndex &index)
{
    return resolveSuggestion(index, true);
}

bool TraceabilityView::rejectSuggestion(const QModelIndex &index)
{
    return resolveSuggestion(index, false);
}

bool TraceabilityView::setLinkType(const QModelIndex &index, int linkType)
{
    auto link = m_model->linkAt(index);
    if (!link || int(link->type) == linkType || !openReportOf(index))
        return false;
    link->type = LinkType(linkType);
    return EditCommands::updateLink(m_session, m_session->documentId(), *link);
}

void TraceabilityView::saveLinkNote(const QModelIndex &index, const QString &note)
{
    auto link = m_model->linkAt(index);
    if (!link || !openReportOf(index) || link->note == note)
        return;
    link->note = note;
    EditCommands::updateLink(m_session, m_session->documentId(), *link);
}

void TraceabilityView::editLink(const QModelIndex &index)
{
    const auto link = m_model->linkAt(index);
    if (!link || !openReportOf(index))
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
            // KDE's F2: edit in place. The note is the link's one text; the type has the dialog.
            if (m_model->linkAt(current) && openReportOf(current))
                m_table->edit(current);
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
    if (!m_model->isLinkable(index))
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
        QAction *note = menu.addAction(tr("Edit &Note in Place"), this, [this, cell] { m_table->edit(cell); });
        note->setShortcut(Qt::Key_F2);
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
    const qint64 documentId = m_model->documentOfRow(index.row());
    menu.addAction(
        tr("Show %1 in the Reader").arg(finding), this, [this, finding, documentId] { activate(finding, documentId); });
    menu.addAction(tr("Show %1 in the Reader").arg(priority), this,
        [this, priority, documentId] { activate(priority, documentId); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace Scrutiny
