// SPDX-License-Identifier: GPL-3.0-or-later
#include "LibraryModel.h"
#include "ItemRoles.h"

#include <QLocale>

#include <algorithm>

namespace Scrutiny {

using namespace Qt::StringLiterals;

LibraryModel::LibraryModel(ProjectStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(m_store, &ProjectStore::documentsChanged, this, &LibraryModel::refresh);
    // Link counts change with annotations.
    connect(m_store, &ProjectStore::annotationsChanged, this, [this](qint64) { refresh(); });
    refresh();
}

LibraryModel::~LibraryModel() = default;

void LibraryModel::refresh()
{
    QList<ProjectStore::DocumentSummary> documents
        = m_store->isOpen() ? m_store->documents() : QList<ProjectStore::DocumentSummary>();
    m_follows.clear();
    if (m_store->isOpen()) {
        for (const FollowUp &f : m_store->followUps())
            m_follows.insert(f.documentId, f.followsId);
    }
    // Same reports in the same order: only cells change, so views keep their selection.
    bool sameRows = documents.size() == m_documents.size();
    for (qsizetype i = 0; sameRows && i < documents.size(); ++i)
        sameRows = documents[i].id == m_documents[i].id;
    if (sameRows) {
        m_documents = std::move(documents);
        if (!m_documents.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_documents = std::move(documents);
    endResetModel();
}

int LibraryModel::rowOf(qint64 documentId) const
{
    for (qsizetype i = 0; i < m_documents.size(); ++i)
        if (m_documents[i].id == documentId)
            return int(i);
    return -1;
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int LibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProjectStore::DocumentSummary &d = m_documents.at(index.row());
    const QString title = d.title.isEmpty() ? d.fileName : d.title;
    QStringList verdictParts;
    if (!d.judgement.serving.isEmpty())
        verdictParts << d.judgement.serving;
    if (!d.judgement.prospects.isEmpty())
        verdictParts << d.judgement.prospects;
    // The overall grade when the report gives one, else the joint-review verdict; a report
    // rating aspects but not the whole service says how many it rates (the tooltip lists them).
    QString verdict = verdictParts.join(u"; "_s);
    if (const Rating *overall = overallRating(d.ratings))
        verdict = overall->grade;
    else if (verdict.isEmpty() && !d.ratings.isEmpty())
        verdict = tr("%n rating(s)", nullptr, int(d.ratings.size()));

    if (role == DocumentIdRole)
        return d.id;
    if (role == Qt::ToolTipRole) {
        QString tip = tr("%1\nFile: %2 (%3)\nImported: %4")
                          .arg(title, d.fileName, d.format,
                              QLocale().toString(d.importedAt.toLocalTime(), QLocale::LongFormat));
        if (m_follows.contains(d.id)) {
            QStringList chain;
            for (qint64 id : m_store->series(d.id))
                chain.append(QString::number(id));
            tip += u'\n' + tr("Follows up report %1 (series %2)").arg(m_follows.value(d.id)).arg(chain.join(u" → "_s));
        }
        // Said plainly so nobody takes an all-context reading as the report's structure.
        if (!d.structureRecognised)
            tip += u'\n'
                + tr("Structure not recognised: no findings or priorities were found; every paragraph is context.");
        if (d.needsReview > 0)
            tip += u'\n' + tr("%n segment(s) need review", nullptr, d.needsReview);
        // What the columns say, for a panel too narrow to show them.
        if (!verdict.isEmpty())
            tip += u'\n' + tr("Verdict: %1").arg(verdict);
        for (const Rating &r : d.ratings)
            tip += u'\n' + tr("Rated %1: %2").arg(r.aspect, r.grade);
        tip += u'\n' + tr("Findings: %1 · Priorities: %2 · Links: %3").arg(d.findings).arg(d.priorities).arg(d.links);
        return tip;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Findings)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case Title: {
        // Two copies of one report (a text and a PDF, say) must not look like one row twice.
        const bool shared
            = std::any_of(m_documents.cbegin(), m_documents.cend(), [&](const ProjectStore::DocumentSummary &o) {
                  return o.id != d.id && (o.title.isEmpty() ? o.fileName : o.title) == title;
              });
        const QString shown = shared ? tr("%1 (%2)").arg(title, d.fileName) : title;
        // A follow-up report names the one it follows: the series reads down the list.
        return m_follows.contains(d.id) ? tr("↳ %1 (follows %2)").arg(shown).arg(m_follows.value(d.id)) : shown;
    }
    case Imported:
        return QLocale().toString(d.importedAt.toLocalTime().date(), QLocale::ShortFormat);
    case Verdict:
        return verdict;
    case Findings:
        return d.findings;
    case Priorities:
        return d.priorities;
    case Links:
        return d.links;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Title:
        return tr("Title");
    case Imported:
        return tr("Imported");
    case Verdict:
        return tr("Verdict");
    case Findings:
        return tr("Findings");
    case Priorities:
        return tr("Priorities");
    case Links:
        return tr("Links");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Scrutiny
