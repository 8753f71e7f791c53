// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/ProgressView.h"

#include "itemmodels/ProgressModel.h"
#include "session/ReportSession.h"
#include "store/ProjectStore.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Scrutiny {

ProgressView::ProgressView(ReportSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ProgressModel(this))
    , m_header(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_table(new QTableView(this))
    , m_evidence(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("progressView"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Progress against priorities"));
    m_evidence->setPlaceholderText(tr("Click a cell to see the evidence: the later finding, its words and why."));
    m_evidence->setAccessibleName(tr("Evidence"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_evidence);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(split);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_header);
    layout->addWidget(m_pages, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProgressView::showEvidence);
    connect(m_table, &QTableView::clicked, this, &ProgressView::showEvidence);
    auto stale = [this] {
        m_stale = true;
        if (isVisible())
            reload();
    };
    connect(m_session, &ReportSession::documentChanged, this, stale);
    connect(m_session, &ReportSession::reportReloaded, this, stale);
    connect(m_session, &ReportSession::projectChanged, this, stale);
    connect(m_session->store(), &ProjectStore::documentsChanged, this, stale);
}

ProgressModel *ProgressView::model() const
{
    return m_model;
}

QTableView *ProgressView::table() const
{
    return m_table;
}

QTextBrowser *ProgressView::evidence() const
{
    return m_evidence;
}

QString ProgressView::emptyText() const
{
    return m_pages->currentWidget() == m_empty ? m_empty->text() : QString();
}

void ProgressView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ProgressView::reload()
{
    m_stale = false;
    const quint64 generation = ++m_generation;
    m_evidence->clear();
    const qint64 documentId = m_session->documentId();
    if (documentId <= 0) {
        m_model->setProgress({});
        m_header->setText(tr("Progress against priorities"));
        showEmpty(tr("Open a report to follow its priorities through the later reports of its series."));
        return;
    }
    QString error;
    std::optional<SeriesProgress::Reading> reading
        = SeriesProgress::readSeries(*m_session->store(), documentId, &error);
    if (!reading) {
        m_model->setProgress({});
        showEmpty(error);
        return;
    }
    QStringList chain;
    for (const AnnotatedReport &r : std::as_const(reading->reports))
        chain.append(tr("%1 (%2)").arg(r.documentId).arg(r.report.title));
    m_header->setText(tr("Series: %1").arg(chain.join(QStringLiteral(" → "))));
    if (reading->reports.size() < 2) {
        // Nothing to suggest: the priorities alone, and what to import next.
        m_model->setProgress(SeriesProgress::fromReading(*reading));
        showEmpty(
            tr("This report has no later report in its series yet, so there is no progress to show.\n\n"
               "Import the follow-up, progress or monitoring report (or the next full inspection), then record that "
               "it follows up this one: File › Follows Up…, or scrutiny-cli follows LATER %1. "
               "Scrutiny then suggests, for each finding of the later report, the priority it reports on and whether "
               "it was met.")
                .arg(documentId));
        return;
    }
    m_calculating = true;
    m_empty->setText(tr("Reading what the later reports say about each priority…"));
    m_pages->setCurrentWidget(m_empty);
    auto *watcher = new QFutureWatcher<SeriesProgress>(this);
    connect(watcher, &QFutureWatcher<SeriesProgress>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation) // else a newer reload is on its way
            showProgress(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run([reading = std::move(*reading)] { return SeriesProgress::fromReading(reading); }));
}

void ProgressView::showEmpty(const QString &text)
{
    m_calculating = false;
    m_empty->setText(text);
    m_pages->setCurrentWidget(m_empty);
    Q_EMIT progressShown();
}

void ProgressView::showProgress(const SeriesProgress &progress)
{
    m_calculating = false;
    m_model->setProgress(progress);
    m_pages->setCurrentIndex(1);
    m_table->setColumnWidth(ProgressModel::PriorityColumn, 360);
    m_table->setColumnWidth(ProgressModel::PlanColumn, 130);
    for (int c = ProgressModel::FirstReportColumn; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, 150);
    m_table->resizeRowsToContents();
    Q_EMIT progressShown();
}

void ProgressView::showEvidence()
{
    const QModelIndex index = m_table->currentIndex();
    if (const auto *p = m_model->priorityAt(index.row()); p && index.column() < ProgressModel::FirstReportColumn)
        m_evidence->setPlainText(QStringLiteral("%1\n\n%2").arg(p->priority.text(), p->text));
    else
        m_evidence->setPlainText(m_model->evidenceText(index));
}

} // namespace Scrutiny
