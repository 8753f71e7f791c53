// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/AboutDialog.h"

#include "about/ThirdPartyNotices.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Scrutiny {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Scrutiny"));
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setWordWrap(true);
    text->setText(tr("<h2>Scrutiny %1</h2>"
                     "<p>Read, tag and cross-link inspection reports.</p>"
                     "<p>Scrutiny is free software: you can redistribute it and change it under the terms of the "
                     "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public Licence</a>, "
                     "version 3 or (at your choice) any later version. It comes with no warranty.</p>")
                      .arg(QApplication::applicationVersion().toHtmlEscaped()));
    header->addWidget(text, 1);
    layout->addLayout(header);

    layout->addWidget(new QLabel(tr("Scrutiny is built on these libraries:"), this));
    auto *components = new QTreeWidget(this);
    components->setObjectName(u"components"_s);
    components->setRootIsDecorated(false);
    components->setHeaderLabels({tr("Library"), tr("Version"), tr("Licence"), tr("Used for")});
    for (const ThirdPartyComponent &c : thirdPartyComponents()) {
        auto *item = new QTreeWidgetItem(components, {c.name, c.version, c.licence, c.purpose});
        item->setToolTip(0, c.url);
    }
    components->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(components, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(u"aboutQt"_s);
    connect(aboutQt, &QPushButton::clicked, this, [this] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 420);
}

} // namespace Scrutiny
