// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class LinkEditDialog;
}

namespace Scrutiny {

class ReportSession;

/// Edits one link's type (addresses, partly addresses, contradicts, responds to)
/// and note; OK saves through the session (one undo step), "Remove Link" deletes it.
/// Install: `LinkEditDialog(session, linkId, window).exec()` from the matrix (double-click,
/// context menu) or a reader link badge.
class LinkEditDialog : public QDialog
{
    Q_OBJECT
public:
    LinkEditDialog(ReportSession *session, qint64 linkId, QWidget *parent = nullptr);
    ~LinkEditDialog() override;

    /// False when the link no longer exists (the dialog then shows nothing to edit).
    bool isValid() const;

    void accept() override;
    /// Saves type and note; true when saved (or nothing changed).
    bool save();
    bool removeLink();

private:
    ReportSession *m_session;
    qint64 m_linkId;
    bool m_valid = false;
    std::unique_ptr<Ui::LinkEditDialog> m_ui;
};

} // namespace Scrutiny
