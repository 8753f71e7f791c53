// SPDX-License-Identifier: GPL-3.0-or-later
#include "tags/TagsPanel.h"

#include "export/CsvExporter.h"
#include "itemmodels/TagTreeModel.h"
#include "mainwindow/ExportActions.h"
#include "session/ReportSession.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace Scrutiny {

using namespace Qt::StringLiterals;

TagsPanel::TagsPanel(ReportSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tags(new QTreeView(this))
    , m_scope(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_segments(new QTextBrowser(this))
    , m_export(new QPushButton(tr("&Export List…"), this))
{
    setObjectName(u"tagsPanel"_s);
    m_tags->setObjectName(u"tagCounts"_s);
    m_tags->setAccessibleName(tr("Tags and how many segments carry them"));
    m_tags->setUniformRowHeights(true);
    m_tags->setModel(session->tagModel());
    // The panel is narrow: the name gets the room. The description is in the tooltip,
    // the key on the tag's chip and in the tag manager.
    m_tags->setColumnHidden(TagTreeModel::DescriptionColumn, true);
    m_tags->setColumnHidden(TagTreeModel::KeyColumn, true);
    QHeaderView *header = m_tags->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TagTreeModel::NameColumn, QHeaderView::Stretch);
    header->moveSection(header->visualIndex(TagTreeModel::ProjectUsageColumn), TagTreeModel::UsageColumn + 1);
    restoreCurrent();

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
    connect(m_tags->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        if (m_restoring)
            return;
        m_tagId = index.isValid() ? index.data(TagIdRole).toLongLong() : 0;
        refreshList();
    });
    connect(session->tagModel(), &QAbstractItemModel::modelReset, this, &TagsPanel::restoreCurrent);
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
            refreshList();
    };
    connect(session, &ReportSession::documentChanged, this, later);
    connect(session, &ReportSession::projectChanged, this, later);
    connect(session->store(), &ProjectStore::annotationsChanged, this, later);
}

TagsPanel::~TagsPanel() = default;

QTreeView *TagsPanel::tagList() const
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

void TagsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The list's colours (links, the faint context) are fixed when its HTML is
    // parsed: a new theme needs it written again.
    if (event->type() == QEvent::PaletteChange)
        refreshList();
}

void TagsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refreshList();
}

void TagsPanel::showTag(qint64 tagId)
{
    // Asking the session for the model brings it up to date (the tag may be new).
    m_tags->setCurrentIndex(m_session->tagModel()->indexOfTag(tagId));
}

void TagsPanel::restoreCurrent()
{
    // Branch arrows only when some tag has children: otherwise their indent is lost width.
    const TagTreeModel *model = m_session->tagModel();
    bool nested = false;
    for (int row = 0; row < model->rowCount() && !nested; ++row)
        nested = model->rowCount(model->index(row, 0)) > 0;
    m_tags->setRootIsDecorated(nested);
    m_tags->expandAll();
    const QModelIndex current = m_session->tagModel()->indexOfTag(m_tagId);
    {
        // The reset already cleared the current row; put it back without listing twice.
        const QScopedValueRollback restoring(m_restoring, true);
        m_tags->setCurrentIndex(current);
    }
    if (!current.isValid() && m_tagId != 0) {
        m_tagId = 0; // deleted or merged away
        refreshList();
    }
}

QString TagsPanel::currentTagName() const
{
    const std::optional<Tag> tag = m_session->tag(m_tagId);
    return tag ? tag->name : QString();
}

void TagsPanel::refreshList()
{
    m_stale = false;
    m_listed.clear();
    ProjectStore *store = m_session->store();
    const bool projectWide = m_scope->currentIndex() == 1;
    const qint64 documentId = projectWide ? 0 : m_session->documentId();
    QString error;
    if (m_tagId && store->isOpen() && (projectWide || documentId))
        m_listed = store->taggedSegments(m_tagId, documentId, &error);
    m_export->setEnabled(!m_listed.isEmpty());
    const QString name = currentTagName();
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
        html += u"<p><a href=\"scrutiny-segment:%1/%2\" style=\"color:%3\"><b>%2</b></a> "_s.arg(t.documentId)
                    .arg(t.segment, palette().color(QPalette::Link).name());
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
    if (m_tagId == 0 || m_listed.isEmpty())
        return;
    QString base = currentTagName();
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
