// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/SegmentEditDialog.h"
#include "ui_SegmentEditDialog.h"

#include "session/ReportSession.h"
#include "session/EditCommands.h"

#include <QPushButton>

namespace Scrutiny {

SegmentEditDialog::SegmentEditDialog(ReportSession *session, const QString &segment, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_segment(segment)
    , m_ui(std::make_unique<Ui::SegmentEditDialog>())
{
    m_ui->setupUi(this);
    for (auto kind : {SegmentKind::Summary, SegmentKind::Finding, SegmentKind::Priority, SegmentKind::Quote,
             SegmentKind::Response, SegmentKind::Context, SegmentKind::Heading})
        m_ui->kind->addItem(displayName(kind), int(kind));
    m_ui->side->addItem(tr("Review (the inspectors)"), int(Side::Review));
    m_ui->side->addItem(tr("Council (the inspected body)"), int(Side::Council));

    const Segment *found = session->report().report.segment(segment);
    m_valid = found != nullptr;
    if (found) {
        setWindowTitle(tr("Edit Segment %1").arg(segment));
        m_ui->kind->setCurrentIndex(m_ui->kind->findData(int(found->kind)));
        m_ui->side->setCurrentIndex(m_ui->side->findData(int(found->side)));
        m_ui->speakerName->setText(found->speakerName);
        m_ui->speakerRole->setText(found->speakerRole);
        m_ui->text->setPlainText(found->text);
    } else {
        m_ui->text->setPlainText(tr("Segment %1 no longer exists.").arg(segment));
        for (QWidget *w : {static_cast<QWidget *>(m_ui->kind), static_cast<QWidget *>(m_ui->side),
                 static_cast<QWidget *>(m_ui->speakerName), static_cast<QWidget *>(m_ui->speakerRole)})
            w->setEnabled(false);
    }
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SegmentEditDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->splitButton, &QPushButton::clicked, this, [this] {
        if (splitAtCursor())
            QDialog::accept();
    });
    connect(m_ui->mergeButton, &QPushButton::clicked, this, [this] {
        if (mergeWithNext())
            QDialog::accept();
    });
    connect(m_ui->text, &QPlainTextEdit::cursorPositionChanged, this, &SegmentEditDialog::updateButtons);
    connect(m_ui->kind, &QComboBox::currentIndexChanged, this, &SegmentEditDialog::updateButtons);
    updateButtons();
}

SegmentEditDialog::~SegmentEditDialog() = default;

bool SegmentEditDialog::isValid() const
{
    return m_valid;
}

QComboBox *SegmentEditDialog::kindBox() const
{
    return m_ui->kind;
}

QComboBox *SegmentEditDialog::sideBox() const
{
    return m_ui->side;
}

QLineEdit *SegmentEditDialog::speakerNameEdit() const
{
    return m_ui->speakerName;
}

QLineEdit *SegmentEditDialog::speakerRoleEdit() const
{
    return m_ui->speakerRole;
}

QPlainTextEdit *SegmentEditDialog::textView() const
{
    return m_ui->text;
}

void SegmentEditDialog::updateButtons()
{
    const Segment *found = m_session->report().report.segment(m_segment);
    const int cursor = m_ui->text->textCursor().position();
    m_ui->splitButton->setEnabled(found && cursor > 0 && cursor < found->text.size());
    bool hasNext = false;
    if (found) {
        const auto &segments = m_session->report().report.segments;
        for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
            if (segments.at(i).id == m_segment) {
                hasNext = true;
                break;
            }
        }
    }
    m_ui->mergeButton->setEnabled(hasNext);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(found != nullptr);
    // Speakers only make sense on quotes, but keep them editable when already set.
    const bool quote = SegmentKind(m_ui->kind->currentData().toInt()) == SegmentKind::Quote;
    m_ui->speakerName->setEnabled(found && (quote || !m_ui->speakerName->text().isEmpty()));
    m_ui->speakerRole->setEnabled(found && (quote || !m_ui->speakerRole->text().isEmpty()));
}

void SegmentEditDialog::accept()
{
    if (save())
        QDialog::accept();
}

bool SegmentEditDialog::save()
{
    const Segment *found = m_session->report().report.segment(m_segment);
    if (!found)
        return false;
    const auto kind = SegmentKind(m_ui->kind->currentData().toInt());
    const auto side = Side(m_ui->side->currentData().toInt());
    const QString name = m_ui->speakerName->text().trimmed();
    const QString role = m_ui->speakerRole->text().trimmed();
    if (kind == found->kind && side == found->side && name == found->speakerName && role == found->speakerRole)
        return true;
    return EditCommands::updateSegment(m_session, m_segment, kind, side, name, role);
}

bool SegmentEditDialog::splitAtCursor()
{
    const Segment *found = m_session->report().report.segment(m_segment);
    const qsizetype offset = m_ui->text->textCursor().position();
    if (!found || offset <= 0 || offset >= found->text.size())
        return false;
    return EditCommands::splitSegment(m_session, m_segment, offset);
}

bool SegmentEditDialog::mergeWithNext()
{
    if (!m_session->report().report.segment(m_segment))
        return false;
    return EditCommands::mergeWithNext(m_session, m_segment);
}

} // namespace Scrutiny
