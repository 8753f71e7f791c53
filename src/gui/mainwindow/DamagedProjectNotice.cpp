// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/DamagedProjectNotice.h"

#include "common/MessageBar.h"
#include "store/ProjectStore.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace Scrutiny {

DamagedProjectNotice::DamagedProjectNotice(ProjectStore *store, MessageBar *bar, QWidget *dialogParent)
    : QObject(bar)
    , m_store(store)
    , m_bar(bar)
    , m_dialogParent(dialogParent)
{
    m_choosePath = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(m_dialogParent, tr("Save the repaired copy as"), suggested,
            tr("Scrutiny projects (*.scrutiny)"), nullptr, QFileDialog::DontConfirmOverwrite);
    };
    connect(m_store, &ProjectStore::damageFound, this, &DamagedProjectNotice::show);
}

void DamagedProjectNotice::check()
{
    if (!m_store->damage().isEmpty())
        show(m_store->damage());
}

void DamagedProjectNotice::setPathChooser(const std::function<QString(const QString &)> &chooser)
{
    m_choosePath = chooser;
}

void DamagedProjectNotice::show(const QString &message)
{
    m_bar->showMessage(message, MessageBar::Type::Error);
    m_bar->setAction(tr("Make a repaired copy\u2026"), [this] { makeRepairedCopy(); });
}

void DamagedProjectNotice::makeRepairedCopy()
{
    const QFileInfo project(m_store->path());
    const QString suggested
        = project.absoluteDir().filePath(tr("%1 (repaired).scrutiny").arg(project.completeBaseName()));
    const QString target = m_choosePath(suggested);
    if (target.isEmpty())
        return;
    QString error;
    QString summary;
    if (!m_store->makeRepairedCopy(target, &error, &summary)) {
        m_bar->showMessage(tr("No repaired copy was made: %1").arg(error), MessageBar::Type::Error);
        m_bar->setAction(tr("Make a repaired copy\u2026"), [this] { makeRepairedCopy(); });
        return;
    }
    m_bar->showMessage(tr("Repaired copy saved as %1 (%2). Open it with File \u203a Open; the damaged project "
                          "was left as it is.")
                           .arg(QDir::toNativeSeparators(target), summary),
        MessageBar::Type::Positive);
}

} // namespace Scrutiny
