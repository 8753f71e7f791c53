// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ProjectStore.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace Scrutiny {

class ReportSession;

/// Code retrieval: the project's tags with how many segments carry each in the
/// open report and in the whole project; choosing one lists every segment carrying
/// it (or a sub-tag), with the text either side, in this report or across the
/// project. A listed segment opens in the reader; the list exports to CSV.
class TagsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TagsPanel(ReportSession *session, QWidget *parent = nullptr);
    ~TagsPanel() override;

    QTreeView *tagList() const;
    QTextBrowser *segmentList() const;
    QComboBox *scope() const;
    QPushButton *exportButton() const;
    /// The segments listed now.
    QList<ProjectStore::TaggedSegment> listed() const;
    /// Lists the segments carrying this tag.
    void showTag(qint64 tagId);
    /// Writes the list as CSV; false with *error on failure.
    bool exportTo(const QString &path, QString *error) const;

    /// Asks where to save; tests replace it. Returns an empty path when cancelled.
    using FileChooser = std::function<QString(const QString &suggested)>;
    void setFileChooser(FileChooser chooser);

Q_SIGNALS:
    void segmentActivated(qint64 documentId, const QString &segmentId);
    /// An export of the list ended: path saved, or path empty with the reason.
    void exported(const QString &path, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// Shows the remembered tag again after the session's model was reset.
    void restoreCurrent();
    void refreshList();
    QString currentTagName() const;
    void exportList();

    ReportSession *m_session;
    QTreeView *m_tags; ///< over the session's tag model
    QComboBox *m_scope;
    QLabel *m_summary;
    QTextBrowser *m_segments;
    QPushButton *m_export;
    FileChooser m_chooser;
    qint64 m_tagId = 0;
    QList<ProjectStore::TaggedSegment> m_listed;
    bool m_stale = true; ///< list again when next shown
    bool m_restoring = false;
};

} // namespace Scrutiny
