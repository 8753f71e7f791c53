// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDialog>

class QPushButton;
class QTreeView;

namespace Scrutiny {

class ReportSession;
class TagTreeModel;

/// Create, rename, recolour, reparent, merge and delete the project's tags, shown
/// as a tree. Every change goes through ReportSession::perform (one undo step).
/// Install: `TagManagerDialog(session, window).exec()` from a Tags > Manage Tags… action
/// (and from TagBar::manageRequested).
class TagManagerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TagManagerDialog(ReportSession *session, QWidget *parent = nullptr);
    ~TagManagerDialog() override;

    QTreeView *view() const;
    qint64 currentTagId() const;
    void setCurrentTag(qint64 tagId);

    // What the buttons do once they have asked the user; public for keyboard-free use and tests.
    bool createTag(const QString &name, qint64 parentId = 0);
    bool renameTag(qint64 tagId, const QString &name);
    bool recolourTag(qint64 tagId, const QColor &colour);
    bool reparentTag(qint64 tagId, qint64 parentId);
    bool mergeTag(qint64 fromTagId, qint64 intoTagId);
    bool deleteTag(qint64 tagId);
    /// Gives the tag key 1-9 (0: none); a tag holding that key takes this one's.
    bool setTagKey(qint64 tagId, int key);

private:
    void refresh();
    void updateButtons();
    void askCreate(bool child);
    void askRename();
    void askRecolour();
    void askMerge();
    void askReparent();
    void askDelete();
    void askKey();

    ReportSession *m_session;
    TagTreeModel *m_model; ///< the session's
    qint64 m_keep = 0; ///< the tag chosen before the model was reset
    QTreeView *m_view;
    QPushButton *m_new;
    QPushButton *m_newChild;
    QPushButton *m_rename;
    QPushButton *m_colour;
    QPushButton *m_move;
    QPushButton *m_merge;
    QPushButton *m_delete;
    QPushButton *m_key;
};

} // namespace Scrutiny
