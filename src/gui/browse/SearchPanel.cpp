// SPDX-License-Identifier: GPL-3.0-or-later
#include "browse/SearchPanel.h"
#include "ui_SearchPanel.h"

#include "browse/SnippetDelegate.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/SearchResultsModel.h"
#include "session/ReportSession.h"
#include "store/ProjectStore.h"
#include "theme/SegmentPalette.h"

#include <QComboBox>
#include <QRegularExpression>
#include <QTimer>

namespace Scrutiny {

using namespace Qt::StringLiterals;

SearchPanel::SearchPanel(ReportSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::SearchPanel>())
    , m_results(new SearchResultsModel(this))
    , m_delegate(new SnippetDelegate(this))
    , m_typingPause(new QTimer(this))
{
    m_ui->setupUi(this);
    setObjectName(u"searchPanel"_s);
    m_ui->results->setModel(m_results);
    m_ui->results->setItemDelegate(m_delegate);
    m_ui->results->setUniformItemSizes(false);
    m_ui->results->setResizeMode(QListView::Adjust);

    m_ui->kind->addItem(tr("Any kind"));
    for (SegmentKind kind : {SegmentKind::Summary, SegmentKind::Finding, SegmentKind::Priority, SegmentKind::Quote,
             SegmentKind::Response, SegmentKind::Context, SegmentKind::Heading})
        m_ui->kind->addItem(displayName(kind, true), int(kind));
    refreshTagFilter();
    // Narrow side panels: the filters shrink to a few letters rather than widen the panel.
    for (QComboBox *combo : {m_ui->scope, m_ui->kind, m_ui->tag}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(5);
    }

    // Search as the user types, after a short pause, and at once on Enter.
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(250);
    connect(m_typingPause, &QTimer::timeout, this, &SearchPanel::runSearch);
    connect(m_ui->query, &QLineEdit::textEdited, m_typingPause, qOverload<>(&QTimer::start));
    // Marks of the old words must not outlive them in the reader.
    connect(m_ui->query, &QLineEdit::textChanged, this, &SearchPanel::queryChanged);
    connect(m_ui->query, &QLineEdit::returnPressed, this, [this] {
        m_typingPause->stop();
        runSearch();
        if (m_results->rowCount() > 0) {
            m_ui->results->setFocus();
            m_ui->results->setCurrentIndex(m_results->index(0));
        }
    });
    for (QComboBox *combo : {m_ui->scope, m_ui->kind, m_ui->tag})
        connect(combo, &QComboBox::currentIndexChanged, this, &SearchPanel::runSearch);
    const auto activate = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT hitActivated(index.data(DocumentIdRole).toLongLong(), index.data(SegmentIdRole).toString());
    };
    connect(m_ui->results, &QListView::activated, this, activate);
    connect(m_ui->results, &QListView::clicked, this, activate);
    connect(m_session, &ReportSession::documentChanged, this, [this] {
        if (m_ui->scope->currentIndex() == 0)
            runSearch();
    });
    connect(m_session, &ReportSession::projectChanged, this, [this] {
        refreshTagFilter();
        runSearch();
    });
    connect(m_session->store(), &ProjectStore::annotationsChanged, this, [this](qint64 documentId) {
        if (documentId == 0)
            refreshTagFilter();
    });
    connect(m_session, &ReportSession::themeChanged, this, &SearchPanel::applyTheme);
    applyTheme();
}

SearchPanel::~SearchPanel() = default;

SearchResultsModel *SearchPanel::results() const
{
    return m_results;
}

void SearchPanel::applyTheme()
{
    m_delegate->setMatchColour(SegmentPalette::blend(
        SegmentPalette::searchHighlight(m_session->theme()), palette().color(QPalette::Base), 0.6));
    m_ui->results->viewport()->update();
}

void SearchPanel::focusQuery()
{
    m_ui->query->setFocus(Qt::ShortcutFocusReason);
    m_ui->query->selectAll();
}

void SearchPanel::search(const QString &query)
{
    m_ui->query->setText(query);
    m_typingPause->stop();
    runSearch();
}

void SearchPanel::setProjectWide(bool projectWide)
{
    m_ui->scope->setCurrentIndex(projectWide ? 1 : 0);
}

QStringList SearchPanel::queryWords() const
{
    static const QRegularExpression word(u"[\\w'’-]+"_s, QRegularExpression::UseUnicodePropertiesOption);
    static const QStringList operators {u"AND"_s, u"OR"_s, u"NOT"_s, u"NEAR"_s};
    QStringList words;
    for (auto it = word.globalMatch(m_ui->query->text()); it.hasNext();) {
        const QString w = it.next().captured();
        if (!operators.contains(w))
            words << w;
    }
    return words;
}

void SearchPanel::refreshTagFilter()
{
    const QString current = m_ui->tag->currentData().toString();
    const QSignalBlocker blocker(m_ui->tag);
    m_ui->tag->clear();
    m_ui->tag->addItem(tr("Any tag"), QString());
    for (const Tag &tag : m_session->tags())
        m_ui->tag->addItem(tag.name, tag.name);
    const int index = m_ui->tag->findData(current);
    m_ui->tag->setCurrentIndex(index < 0 ? 0 : index);
}

void SearchPanel::runSearch()
{
    const QString query = m_ui->query->text().trimmed();
    const bool projectWide = m_ui->scope->currentIndex() == 1;
    // A tag alone is a search too: every segment carrying it (code retrieval).
    const bool tagOnly = query.isEmpty() && m_ui->tag->currentIndex() > 0;
    if ((query.isEmpty() && !tagOnly) || (!projectWide && m_session->documentId() == 0)
        || !m_session->store()->isOpen()) {
        m_results->setHits({});
        m_ui->status->setText(query.isEmpty() ? QString() : tr("Open a report to search it."));
        return;
    }
    ProjectStore::SearchFilter filter;
    filter.documentId = projectWide ? 0 : m_session->documentId();
    if (m_ui->kind->currentIndex() > 0)
        filter.kind = SegmentKind(m_ui->kind->currentData().toInt());
    filter.tag = m_ui->tag->currentData().toString();
    QString error;
    const QList<ProjectStore::SearchHit> hits = m_session->store()->search(query, filter, &error);
    QHash<qint64, QString> titles;
    if (projectWide)
        for (const ProjectStore::DocumentSummary &d : m_session->store()->documents())
            titles.insert(d.id, d.title.isEmpty() ? d.fileName : d.title);
    m_results->setHits(hits, titles);
    if (!error.isEmpty())
        m_ui->status->setText(error);
    else
        m_ui->status->setText(tr("%n results", nullptr, int(hits.size())));
}

} // namespace Scrutiny
