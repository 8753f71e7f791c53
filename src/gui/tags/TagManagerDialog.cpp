// SPDX-License-Identifier: GPL-3.0-or-later
#include "tags/TagManagerDialog.h"

#include "common/TagSwatch.h"
#include "itemmodels/TagTreeModel.h"
#include "model/TagName.h"
#include "session/EditCommands.h"
#include "session/ReportSession.h"
#include "store/ProjectStore.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Scrutiny {

namespace {
/// A tag name typed by the user, no longer than the store accepts: the field
/// stops at TagName::maxLength rather than letting the store refuse the name later.
std::optional<QString> askName(QWidget *parent, const QString &title, const QString &name)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("tagNameDialog"));
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setWindowTitle(title);
    dialog.setLabelText(TagManagerDialog::tr("Name:"));
    if (auto *edit = dialog.findChild<QLineEdit *>())
        edit->setMaxLength(TagName::maxLength);
    dialog.setTextValue(name);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}
} // namespace

TagManagerDialog::TagManagerDialog(ReportSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(session->tagModel())
    , m_view(new QTreeView(this))
    , m_new(new QPushButton(tr("&New Tag…"), this))
    , m_newChild(new QPushButton(tr("New &Child Tag…"), this))
    , m_rename(new QPushButton(tr("&Rename…"), this))
    , m_colour(new QPushButton(tr("C&olour…"), this))
    , m_move(new QPushButton(tr("Mo&ve Under…"), this))
    , m_merge(new QPushButton(tr("&Merge Into…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_key(new QPushButton(tr("&Key…"), this))
{
    setObjectName(QStringLiteral("tagManager"));
    setWindowTitle(tr("Manage Tags"));
    m_view->setObjectName(QStringLiteral("tagTree"));
    m_view->setAccessibleName(tr("Tags"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(TagTreeModel::NameColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TagTreeModel::DescriptionColumn, QHeaderView::Stretch);
    // The project count beside the report's, where the user reads the counts.
    m_view->header()->moveSection(TagTreeModel::ProjectUsageColumn, TagTreeModel::UsageColumn + 1);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_new, m_newChild, m_rename, m_colour, m_key, m_move, m_merge, m_delete}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    m_new->setObjectName(QStringLiteral("newTag"));
    m_newChild->setObjectName(QStringLiteral("newChildTag"));
    m_rename->setObjectName(QStringLiteral("renameTag"));
    m_colour->setObjectName(QStringLiteral("recolourTag"));
    m_move->setObjectName(QStringLiteral("reparentTag"));
    m_merge->setObjectName(QStringLiteral("mergeTag"));
    m_delete->setObjectName(QStringLiteral("deleteTag"));
    m_key->setObjectName(QStringLiteral("tagKey"));
    m_key->setToolTip(tr("Choose the key (1–9) that applies this tag in the reader"));
    m_delete->setShortcut(QKeySequence::Delete);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(m_view, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(close);
    resize(560, 380);

    connect(m_new, &QPushButton::clicked, this, [this] { askCreate(false); });
    connect(m_newChild, &QPushButton::clicked, this, [this] { askCreate(true); });
    connect(m_rename, &QPushButton::clicked, this, &TagManagerDialog::askRename);
    connect(m_colour, &QPushButton::clicked, this, &TagManagerDialog::askRecolour);
    connect(m_move, &QPushButton::clicked, this, &TagManagerDialog::askReparent);
    connect(m_merge, &QPushButton::clicked, this, &TagManagerDialog::askMerge);
    connect(m_delete, &QPushButton::clicked, this, &TagManagerDialog::askDelete);
    connect(m_key, &QPushButton::clicked, this, &TagManagerDialog::askKey);
    connect(m_view, &QTreeView::doubleClicked, this, &TagManagerDialog::askRename);
    // The session's model changes under the view: keep the tag chosen, show every level.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keep = currentTagId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TagManagerDialog::refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TagManagerDialog::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TagManagerDialog::updateButtons);
    refresh();
}

TagManagerDialog::~TagManagerDialog() = default;

QTreeView *TagManagerDialog::view() const
{
    return m_view;
}

qint64 TagManagerDialog::currentTagId() const
{
    return m_model->tagAt(m_view->currentIndex()).id;
}

void TagManagerDialog::setCurrentTag(qint64 tagId)
{
    m_session->tagModel(); // up to date now: the tag may have been created a moment ago
    m_view->setCurrentIndex(m_model->indexOfTag(tagId));
}

void TagManagerDialog::refresh()
{
    const qint64 current = m_keep ? m_keep : currentTagId();
    m_keep = 0;
    m_view->expandAll();
    if (current != 0 && m_model->indexOfTag(current).isValid())
        setCurrentTag(current);
    else if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

void TagManagerDialog::updateButtons()
{
    const bool haveTag = currentTagId() != 0;
    for (QPushButton *button : {m_newChild, m_rename, m_colour, m_key, m_move, m_merge, m_delete})
        button->setEnabled(haveTag);
    m_merge->setEnabled(haveTag && m_model->rowCount() > 0 && m_session->tags().size() > 1);
}

bool TagManagerDialog::createTag(const QString &name, qint64 parentId)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    const QColor colour = TagSwatch::colourFor(int(m_session->tags().size()));
    const std::optional<Tag> created = EditCommands::createTag(m_session, trimmed, colour, parentId);
    if (created)
        setCurrentTag(created->id);
    return created.has_value();
}

bool TagManagerDialog::renameTag(qint64 tagId, const QString &name)
{
    const auto tag = m_session->tag(tagId);
    const QString trimmed = name.trimmed();
    if (!tag || trimmed.isEmpty() || trimmed == tag->name)
        return false;
    return EditCommands::renameTag(m_session, tagId, trimmed);
}

bool TagManagerDialog::recolourTag(qint64 tagId, const QColor &colour)
{
    const auto tag = m_session->tag(tagId);
    if (!tag || !colour.isValid() || colour == tag->colour)
        return false;
    return EditCommands::recolourTag(m_session, tagId, colour);
}

bool TagManagerDialog::reparentTag(qint64 tagId, qint64 parentId)
{
    const auto tag = m_session->tag(tagId);
    if (!tag || tagId == parentId || tag->parentId == parentId)
        return false;
    return EditCommands::reparentTag(m_session, tagId, parentId);
}

bool TagManagerDialog::mergeTag(qint64 fromTagId, qint64 intoTagId)
{
    const bool ok = EditCommands::mergeTags(m_session, fromTagId, intoTagId);
    if (ok)
        setCurrentTag(intoTagId);
    return ok;
}

bool TagManagerDialog::deleteTag(qint64 tagId)
{
    return EditCommands::deleteTag(m_session, tagId);
}

void TagManagerDialog::askCreate(bool child)
{
    if (const auto name = askName(this, child ? tr("New Child Tag") : tr("New Tag"), QString()))
        createTag(*name, child ? currentTagId() : 0);
}

void TagManagerDialog::askRename()
{
    const auto tag = m_session->tag(currentTagId());
    if (!tag)
        return;
    if (const auto name = askName(this, tr("Rename Tag"), tag->name))
        renameTag(tag->id, *name);
}

void TagManagerDialog::askRecolour()
{
    const auto tag = m_session->tag(currentTagId());
    if (!tag)
        return;
    const QColor colour = QColorDialog::getColor(tag->colour, this, tr("Colour of “%1”").arg(tag->name));
    if (colour.isValid())
        recolourTag(tag->id, colour);
}

void TagManagerDialog::askReparent()
{
    const auto tag = m_session->tag(currentTagId());
    if (!tag)
        return;
    QStringList names {tr("(top level)")};
    QList<qint64> ids {0};
    for (const Tag &other : m_session->tags()) {
        if (other.id != tag->id) {
            names.append(other.name);
            ids.append(other.id);
        }
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Move Tag"), tr("Put “%1” under:").arg(tag->name), names,
        int(std::max<qsizetype>(0, ids.indexOf(tag->parentId))), false, &ok);
    if (ok)
        reparentTag(tag->id, ids.value(names.indexOf(chosen)));
}

void TagManagerDialog::askMerge()
{
    const auto tag = m_session->tag(currentTagId());
    if (!tag)
        return;
    QStringList names;
    QList<qint64> ids;
    for (const Tag &other : m_session->tags()) {
        if (other.id != tag->id) {
            names.append(other.name);
            ids.append(other.id);
        }
    }
    if (names.isEmpty())
        return;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Merge Tag"),
        tr("Merge “%1” into (its segments get that tag, “%1” is removed):").arg(tag->name), names, 0, false, &ok);
    if (ok)
        mergeTag(tag->id, ids.value(names.indexOf(chosen)));
}

void TagManagerDialog::askDelete()
{
    const QModelIndex current = m_view->currentIndex();
    const Tag tag = m_model->tagAt(current);
    if (tag.id == 0)
        return;
    // Deleting takes the tag off every report, so the project's count is the one to ask about.
    const int used = m_model->data(current.siblingAtColumn(TagTreeModel::ProjectUsageColumn)).toInt();
    if (used > 0
        && QMessageBox::question(this, tr("Delete Tag"),
               tr("“%1” is on %n segment(s) in this project. Delete it? (Undo brings it back.)", nullptr, used)
                   .arg(tag.name))
            != QMessageBox::Yes)
        return;
    deleteTag(tag.id);
}

bool TagManagerDialog::setTagKey(qint64 tagId, int key)
{
    const auto tag = m_session->tag(tagId);
    if (!tag || key < 0 || key > 9 || tag->key == key)
        return false;
    return EditCommands::setTagKey(m_session, tagId, key);
}

void TagManagerDialog::askKey()
{
    const auto tag = m_session->tag(currentTagId());
    if (!tag)
        return;
    QHash<int, QString> holders;
    for (const Tag &t : m_session->tags())
        if (t.key)
            holders.insert(t.key, t.name);
    QStringList items {tr("No key")};
    for (int key = 1; key <= 9; ++key)
        items.append(holders.contains(key) ? tr("%1 (now %2)").arg(key).arg(holders.value(key)) : QString::number(key));
    bool ok = false;
    const QString picked = QInputDialog::getItem(
        this, tr("Tag Key"), tr("Key that applies “%1”:").arg(tag->name), items, tag->key, false, &ok);
    if (ok)
        setTagKey(tag->id, int(items.indexOf(picked)));
}

} // namespace Scrutiny
