// SPDX-License-Identifier: GPL-3.0-or-later
#include "tags/TagsPanel.h"

#include "common/TagSwatch.h"
#include "export/CsvExporter.h"
#include "mainwindow/ExportActions.h"
#include "session/ReportSession.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Scrutiny {

using namespace Qt::StringLiterals;

namespace {
enum Column { NameColumn, ReportColumn, ProjectColumn };
constexpr int TagIdRole = Qt::UserRole + 1;
} // namespace

TagsPanel::TagsPanel(ReportSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tags(new QTreeWidget(this))
    , m_scope(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_segments(new QTextBrowser(this))
    , m_export(new QPushButton(tr("&Export List…"), this))
{
    setObjectName(u"tagsPanel"_s);
    m_tags->setObjectName(u"tagCounts"_s);
    m_tags->setAccessibleName(tr("Tags and how many segments carry them"));
    m_tags->setRootIsDecorated(false);
    m_tags->setUniformRowHeights(true);
    m_tags->setHeaderLabels({tr("Tag"), tr("Report"), tr("Project")});
    m_tags->headerItem()->setToolTip(ReportColumn, tr("Segments of the open report carrying the tag"));
    m_tags->headerItem()->setToolTip(ProjectColumn, tr("Segments of every report carrying the tag"));
    m_tags->header()->setStretchLastSection(false);
    m_tags->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tags->header()->setSectionResizeMode(ReportColumn, QHeaderView::ResizeToContents);
    m_tags->header()->setSectionResizeMode(ProjectColumn, QHeaderView::ResizeToContents);

    m_scope->setObjectName(u"retrievalScope"_s);
    m_scope->setAccessibleName(tr("List segments from"));
    m_scope->addItem(tr("This report"));
    m_scope->addItem(tr("All reports"));
    m_summary->setObjectName(u"retrievalSummary"_s);
    m_summary->setWordWrap(true);
    m_segments->setObjectName(u"retrievedSegments"_s);
    m_segments->setAccessibleName(tr("Segments carrying the tag"));
    m_segments->setOpenLinks(false);
    m_segments->setPlaceholderText(tr("Choose a tag to list every segment carrying it."));
    m_export->setObjectName(u"exportRetrieval"_s);
    m_export->setToolTip(tr("Save the listed segments, with their context, as CSV"));
    m_export->setEnabled(false);

    auto *listArea = new QWidget(this);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_scope);
    row->addStretch(1);
    row->addWidget(m_export);
    auto *listLayout = new QVBoxLayout(listArea);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(row);
    listLayout->addWidget(m_summary);
    listLayout->addWidget(m_segments, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tags);
    split->addWidget(listArea);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    m_chooser = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Export Segments"), suggested, tr("CSV (*.csv)"));
    };
    connect(m_tags, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_tagId = item ? item->data(NameColumn, TagIdRole).toLongLong() : 0;
        refreshList();
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, &TagsPanel::refreshList);
    connect(m_segments, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        // scrutiny-segment:DOCUMENT/LABEL
        const QStringList parts = url.path().split(u'/');
        if (parts.size() == 2)
            Q_EMIT segmentActivated(parts[0].toLongLong(), parts[1]);
    });
    connect(m_export, &QPushButton::clicked, this, &TagsPanel::exportList);
    auto later = [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    };
    connect(session, &ReportSession::documentChanged, this, later);
    connect(session, &ReportSession::projectChanged, this, later);
    connect(session->store(), &ProjectStore::annotationsChanged, this, later);
}

TagsPanel::~TagsPanel() = default;

QTreeWidget *TagsPanel::tagList() const
{
    return m_tags;
}

QTextBrowser *TagsPanel::segmentList() const
{
    return m_segments;
}

QComboBox *TagsPanel::scope() const
{
    return m_scope;
}

QPushButton *TagsPanel::exportButton() const
{
    return m_export;
}

QList<ProjectStore::TaggedSegment> TagsPanel::listed() const
{
    return m_listed;
}

void TagsPanel::setFileChooser(FileChooser chooser)
{
    m_chooser = std::move(chooser);
}

void TagsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void TagsPanel::showTag(qint64 tagId)
{
    if (m_stale)
        refresh();
    for (int i = 0; i < m_tags->topLevelItemCount(); ++i) {
        if (m_tags->topLevelItem(i)->data(NameColumn, TagIdRole).toLongLong() == tagId) {
            m_tags->setCurrentItem(m_tags->topLevelItem(i));
            return;
        }
    }
}

void TagsPanel::refresh()
{
    m_stale = false;
    ProjectStore *store = m_session->store();
    const QList<Tag> tags = m_session->tags();
    const QHash<qint64, int> inReport
        = store->isOpen() && m_session->documentId() ? store->tagUsage(m_session->documentId()) : QHash<qint64, int>();
    const QHash<qint64, int> inProject = store->isOpen() ? store->tagUsage() : QHash<qint64, int>();
    const qint64 current = m_tagId;
    {
        const QSignalBlocker blocker(m_tags);
        m_tags->clear();
        for (const Tag &tag : tags) {
            auto *item = new QTreeWidgetItem(m_tags);
            item->setText(NameColumn, tag.key ? tr("%1 %2", "tag key, tag name").arg(tag.key).arg(tag.name) : tag.name);
            item->setIcon(NameColumn, TagSwatch::icon(tag.colour));
            item->setData(NameColumn, TagIdRole, tag.id);
            item->setToolTip(NameColumn, tag.description.isEmpty() ? tag.name : tag.name + u": "_s + tag.description);
            item->setData(ReportColumn, Qt::DisplayRole, inReport.value(tag.id));
            item->setData(ProjectColumn, Qt::DisplayRole, inProject.value(tag.id));
            item->setTextAlignment(ReportColumn, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(ProjectColumn, Qt::AlignRight | Qt::AlignVCenter);
            if (tag.id == current)
                m_tags->setCurrentItem(item);
        }
    }
    if (!m_tags->currentItem())
        m_tagId = 0;
    refreshList();
}

void TagsPanel::refreshList()
{
    m_listed.clear();
    ProjectStore *store = m_session->store();
    const bool projectWide = m_scope->currentIndex() == 1;
    const qint64 documentId = projectWide ? 0 : m_session->documentId();
    QString error;
    if (m_tagId && store->isOpen() && (projectWide || documentId))
        m_listed = store->taggedSegments(m_tagId, documentId, &error);
    m_export->setEnabled(!m_listed.isEmpty());
    const QTreeWidgetItem *item = m_tags->currentItem();
    const QString name = item ? item->data(NameColumn, Qt::ToolTipRole).toString().section(u": "_s, 0, 0) : QString();
    if (!error.isEmpty())
        m_summary->setText(error);
    else if (!m_tagId)
        m_summary->clear();
    else
        m_summary->setText(tr("%n segments tagged “%1”", nullptr, int(m_listed.size())).arg(name));

    // Each segment in its place: the end of the one before, the segment, the start of the next.
    const QColor faint = palette().color(QPalette::PlaceholderText);
    QString html;
    qint64 lastDocument = -1;
    for (const ProjectStore::TaggedSegment &t : std::as_const(m_listed)) {
        if (projectWide && t.documentId != lastDocument)
            html += u"<h4>%1</h4>"_s.arg(t.documentTitle.toHtmlEscaped());
        lastDocument = t.documentId;
        html += u"<p><a href=\"scrutiny-segment:%1/%2\"><b>%2</b></a> "_s.arg(t.documentId).arg(t.segment);
        if (!t.before.isEmpty())
            html += u"<span style=\"color:%1\">%2</span><br>"_s.arg(faint.name(), t.before.toHtmlEscaped());
        html += t.text.toHtmlEscaped();
        if (!t.after.isEmpty())
            html += u"<br><span style=\"color:%1\">%2</span>"_s.arg(faint.name(), t.after.toHtmlEscaped());
        html += u"</p>"_s;
    }
    m_segments->setHtml(html);
}

bool TagsPanel::exportTo(const QString &path, QString *error) const
{
    QList<QStringList> rows {{tr("report"), tr("segment"), tr("kind"), tr("before"), tr("text"), tr("after")}};
    for (const ProjectStore::TaggedSegment &t : m_listed)
        rows.append({t.documentTitle, t.segment, displayName(t.kind), t.before, t.text, t.after});
    return CsvExporter::write(CsvExporter::toCsv(rows), path, error);
}

void TagsPanel::exportList()
{
    const QTreeWidgetItem *item = m_tags->currentItem();
    if (!item || m_listed.isEmpty())
        return;
    QString base = item->data(NameColumn, Qt::ToolTipRole).toString().section(u": "_s, 0, 0);
    base.replace(QRegularExpression(u"[\\\\/:*?\"<>|]"_s), u"-"_s);
    const QString path = m_chooser(QDir(ExportActions::startFolder()).filePath(base + u".csv"_s));
    if (path.isEmpty())
        return;
    QSettings().setValue(u"paths/lastExportDir"_s, QFileInfo(path).absolutePath());
    QString error;
    if (exportTo(path, &error))
        Q_EMIT exported(path, QString());
    else
        Q_EMIT exported(QString(), tr("Could not export the list: %1").arg(error));
}

} // namespace Scrutiny
