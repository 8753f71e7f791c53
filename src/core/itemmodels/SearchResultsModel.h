// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ProjectStore.h"

#include <QAbstractListModel>
#include <QHash>

namespace Scrutiny {

/// The hits of one full-text search, best first. DisplayRole is plain text;
/// SnippetHtmlRole is the snippet escaped for rich text with the matched words
/// in bold, for the search panel's delegate.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit SearchResultsModel(QObject *parent = nullptr);
    ~SearchResultsModel() override;

    /// documentTitles names the reports of a project-wide search (id -> title);
    /// a hit in a report not listed shows no title.
    void setHits(const QList<ProjectStore::SearchHit> &hits, const QHash<qint64, QString> &documentTitles = {});
    const ProjectStore::SearchHit &hit(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// The store's snippet (matches between U+E000 and U+E001) as HTML: report text
    /// escaped, matches wrapped in <b>.
    static QString snippetToHtml(const QString &snippet);
    /// The snippet with its match markers removed.
    static QString snippetToPlainText(const QString &snippet);

private:
    QList<ProjectStore::SearchHit> m_hits;
    QHash<qint64, QString> m_titles;
};

} // namespace Scrutiny
