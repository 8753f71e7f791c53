// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchResultsModel.h"
#include "ItemRoles.h"

namespace Scrutiny {

using namespace Qt::StringLiterals;

namespace {
constexpr QChar matchStart(0xE000);
constexpr QChar matchEnd(0xE001);

QString location(const ProjectStore::SearchHit &hit, const QString &title)
{
    QString where = hit.segment.isEmpty() ? SearchResultsModel::tr("document") : hit.segment;
    if (hit.inNote)
        where = SearchResultsModel::tr("note on %1").arg(where);
    return title.isEmpty() ? where : title + u" · "_s + where;
}
} // namespace

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

SearchResultsModel::~SearchResultsModel() = default;

void SearchResultsModel::setHits(
    const QList<ProjectStore::SearchHit> &hits, const QHash<qint64, QString> &documentTitles)
{
    beginResetModel();
    m_hits = hits;
    m_titles = documentTitles;
    endResetModel();
}

const ProjectStore::SearchHit &SearchResultsModel::hit(int row) const
{
    return m_hits.at(row);
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QString SearchResultsModel::snippetToHtml(const QString &snippet)
{
    // Escape piece by piece so the markers never meet the escaper and report
    // text can never inject markup.
    QString html;
    html.reserve(snippet.size() + 32);
    qsizetype from = 0;
    bool inMatch = false;
    for (qsizetype i = 0; i <= snippet.size(); ++i) {
        const bool atEnd = i == snippet.size();
        const QChar c = atEnd ? QChar() : snippet.at(i);
        if (!atEnd && c != matchStart && c != matchEnd)
            continue;
        html += snippet.mid(from, i - from).toHtmlEscaped();
        if (!atEnd) {
            if (c == matchStart && !inMatch)
                html += u"<b>"_s;
            else if (c == matchEnd && inMatch)
                html += u"</b>"_s;
            inMatch = c == matchStart ? true : (c == matchEnd ? false : inMatch);
        }
        from = i + 1;
    }
    if (inMatch)
        html += u"</b>"_s;
    return html;
}

QString SearchResultsModel::snippetToPlainText(const QString &snippet)
{
    QString plain = snippet;
    plain.remove(matchStart);
    plain.remove(matchEnd);
    return plain;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProjectStore::SearchHit &h = m_hits.at(index.row());
    const QString where = location(h, m_titles.value(h.documentId));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return QString(where + u": "_s + snippetToPlainText(h.snippet));
    case Qt::ToolTipRole:
        return where;
    case SnippetHtmlRole:
        return QString(u"<i>"_s + where.toHtmlEscaped() + u"</i> — "_s + snippetToHtml(h.snippet));
    case SegmentIdRole:
        return h.segment;
    case SegmentKindRole:
        return int(h.kind);
    case DocumentIdRole:
        return h.documentId;
    default:
        return {};
    }
}

} // namespace Scrutiny
