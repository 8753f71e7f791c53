// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Ui {
class SegmentEditDialog;
}

namespace Scrutiny {

class ReportSession;

/// Fixes what the importer got wrong about one segment: its kind, side and
/// speaker (OK saves), or its extent: split at the text cursor, merge with the
/// next segment. Each is one store call through the session (one undo step);
/// split and merge close the dialog because labels may be renumbered.
/// Install: `SegmentEditDialog(session, session->currentSegment(), window).exec()`
/// from an Edit > Edit Segment… action (e.g. Ctrl+E) and the reader's context menu.
class SegmentEditDialog : public QDialog
{
    Q_OBJECT
public:
    SegmentEditDialog(ReportSession *session, const QString &segment, QWidget *parent = nullptr);
    ~SegmentEditDialog() override;

    bool isValid() const;
    void accept() override;

    /// Saves kind, side and speaker; true when saved or unchanged.
    bool save();
    /// Splits at the text cursor (must be strictly inside the text).
    bool splitAtCursor();
    bool mergeWithNext();

    QComboBox *kindBox() const;
    QComboBox *sideBox() const;
    QLineEdit *speakerNameEdit() const;
    QLineEdit *speakerRoleEdit() const;
    QPlainTextEdit *textView() const;

private:
    void updateButtons();

    ReportSession *m_session;
    QString m_segment;
    bool m_valid = false;
    std::unique_ptr<Ui::SegmentEditDialog> m_ui;
};

} // namespace Scrutiny
