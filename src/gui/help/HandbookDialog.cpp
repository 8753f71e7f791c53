// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/HandbookDialog.h"

#include "translation/Translation.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Scrutiny {

QString HandbookDialog::pathFor(const QString &language)
{
    const QString path = u":/handbook/handbook_%1.html"_s.arg(language);
    return QFile::exists(path) ? path : u":/handbook/handbook_en.html"_s;
}

HandbookDialog::HandbookDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(u"handbookDialog"_s);
    setWindowTitle(tr("Scrutiny Handbook"));
    auto *layout = new QVBoxLayout(this);
    m_browser->setOpenExternalLinks(true);
    QFile file(pathFor(Translation::current()));
    if (file.open(QIODevice::ReadOnly))
        m_browser->setHtml(QString::fromUtf8(file.readAll()));
    layout->addWidget(m_browser, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(680, 640);
}

} // namespace Scrutiny
