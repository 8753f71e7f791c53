// SPDX-License-Identifier: GPL-3.0-or-later
#include "links/LinkEditDialog.h"
#include "ui_LinkEditDialog.h"

#include "session/EditCommands.h"
#include "session/ReportSession.h"

#include <QPushButton>

namespace Scrutiny {

namespace {
std::optional<Link> linkById(const AnnotatedReport &report, qint64 linkId)
{
    for (const Link &link : report.links) {
        if (link.id == linkId)
            return link;
    }
    return std::nullopt;
}

QString describe(const AnnotatedReport &report, const QString &label)
{
    const Segment *segment = report.report.segment(label);
    return segment ? label + QStringLiteral(": ") + segment->text.simplified() : label;
}

QString typeName(LinkType type)
{
    switch (type) {
    case LinkType::PartlyAddresses:
        return LinkEditDialog::tr("Partly addresses");
    case LinkType::Contradicts:
        return LinkEditDialog::tr("Contradicts");
    case LinkType::RespondsTo:
        return LinkEditDialog::tr("Responds to");
    case LinkType::Addresses:
        break;
    }
    return LinkEditDialog::tr("Addresses");
}
} // namespace

LinkEditDialog::LinkEditDialog(ReportSession *session, qint64 linkId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_linkId(linkId)
    , m_ui(std::make_unique<Ui::LinkEditDialog>())
{
    m_ui->setupUi(this);
    for (auto type : {LinkType::Addresses, LinkType::PartlyAddresses, LinkType::Contradicts, LinkType::RespondsTo})
        m_ui->type->addItem(typeName(type), int(type));

    const auto link = linkById(session->report(), linkId);
    m_valid = link.has_value();
    if (link) {
        setWindowTitle(tr("Link %1 → %2").arg(link->from, link->to));
        m_ui->fromLabel->setText(describe(session->report(), link->from));
        m_ui->toLabel->setText(QStringLiteral("→ ") + describe(session->report(), link->to));
        m_ui->type->setCurrentIndex(m_ui->type->findData(int(link->type)));
        m_ui->note->setPlainText(link->note);
    } else {
        m_ui->fromLabel->setText(tr("This link no longer exists."));
        m_ui->type->setEnabled(false);
        m_ui->note->setEnabled(false);
        m_ui->removeButton->setEnabled(false);
        m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &LinkEditDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        if (removeLink())
            QDialog::accept();
    });
    m_ui->type->setFocus();
}

LinkEditDialog::~LinkEditDialog() = default;

bool LinkEditDialog::isValid() const
{
    return m_valid;
}

void LinkEditDialog::accept()
{
    if (save())
        QDialog::accept();
}

bool LinkEditDialog::save()
{
    auto link = linkById(m_session->report(), m_linkId);
    if (!link)
        return false;
    Link edited = *link;
    edited.type = LinkType(m_ui->type->currentData().toInt());
    edited.note = m_ui->note->toPlainText().trimmed();
    if (edited.type == link->type && edited.note == link->note)
        return true;
    return EditCommands::updateLink(m_session, m_session->documentId(), edited);
}

bool LinkEditDialog::removeLink()
{
    const auto link = linkById(m_session->report(), m_linkId);
    if (!link)
        return false;
    return EditCommands::removeLink(m_session, m_session->documentId(), m_linkId);
}

} // namespace Scrutiny
