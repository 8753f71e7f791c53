// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class SearchPanel;
}

namespace Scrutiny {

class ReportSession;
class SearchResultsModel;
class SnippetDelegate;

/// Full-text search (the store's FTS5) over segment text and notes, in the open
/// report or across the project, filtered by segment kind and tag. Activating a
/// result asks the window to show that segment, switching report if needed.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(ReportSession *session, QWidget *parent = nullptr);
    ~SearchPanel() override;

    /// Focuses the query field with its text selected (Ctrl+F).
    void focusQuery();
    /// Sets the query and searches at once.
    void search(const QString &query);
    void setProjectWide(bool projectWide);
    SearchResultsModel *results() const;
    /// The words of the current query, for marking in the reader.
    QStringList queryWords() const;

Q_SIGNALS:
    void hitActivated(qint64 documentId, const QString &segmentId);

private:
    void runSearch();
    void refreshTagFilter();
    void applyTheme();

    ReportSession *m_session;
    std::unique_ptr<Ui::SearchPanel> m_ui;
    SearchResultsModel *m_results;
    SnippetDelegate *m_delegate;
    QTimer *m_typingPause;
};

} // namespace Scrutiny
