// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoverDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Scrutiny {

namespace {
QString placeholder(CoverDetails::Field field)
{
    switch (field) {
    case CoverDetails::Field::Committee:
        return CoverDialog::tr("e.g. Social Care Scrutiny Committee");
    case CoverDetails::Field::Meeting:
        return CoverDialog::tr("e.g. Ordinary meeting");
    case CoverDetails::Field::Date:
        return CoverDialog::tr("e.g. 14 January 2027");
    case CoverDetails::Field::AgendaItem:
        return CoverDialog::tr("e.g. Item 6");
    case CoverDetails::Field::Officer:
        return CoverDialog::tr("e.g. the scrutiny officer who prepared the pack");
    case CoverDetails::Field::Version:
        break;
    }
    return CoverDialog::tr("e.g. Version 2");
}
} // namespace

CoverDialog::CoverDialog(const CoverDetails &details, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Committee Pack Cover"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Printed on the cover and at the foot of every page. Remembered for this project; "
                                "leave a field empty to leave it out."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    for (CoverDetails::Field f : CoverDetails::fields()) {
        auto *edit = new QLineEdit(details.value(f), this);
        edit->setPlaceholderText(placeholder(f));
        edit->setMaxLength(500);
        edit->setClearButtonEnabled(true);
        edit->setObjectName(CoverDetails::key(f));
        form->addRow(CoverDetails::label(f) + QLatin1Char(':'), edit);
        m_editors.insert(int(f), edit);
    }
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(460, 0)));
}

CoverDetails CoverDialog::details() const
{
    CoverDetails d;
    for (CoverDetails::Field f : CoverDetails::fields())
        d.setValue(f, m_editors.value(int(f))->text().trimmed());
    return d;
}

QLineEdit *CoverDialog::editor(CoverDetails::Field field) const
{
    return m_editors.value(int(field));
}

} // namespace Scrutiny
