// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Scrutiny {

namespace {
void collect(QMenu *menu, const QString &path, QList<std::pair<QAction *, QString>> *into)
{
    for (QAction *action : menu->actions()) {
        if (action->menu())
            collect(action->menu(), path + u" › "_s + ShortcutsDialog::plainText(action->menu()->menuAction()), into);
        else if (!action->isSeparator())
            into->append({action, path});
    }
}

QList<std::pair<QAction *, QString>> actionsByMenu(QWidget *window)
{
    QList<std::pair<QAction *, QString>> found;
    if (auto *bar = window->findChild<QMenuBar *>()) {
        for (QAction *top : bar->actions()) {
            if (top->menu())
                collect(top->menu(), ShortcutsDialog::plainText(top), &found);
        }
    }
    // Keys that live on the window or a panel, not in a menu.
    for (QAction *action : window->findChildren<QAction *>()) {
        if (!action->menu() && !action->isSeparator())
            found.append({action, QString()});
    }
    for (QAction *action : window->actions())
        found.append({action, QString()});
    return found;
}
} // namespace

QString ShortcutsDialog::plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QRegularExpression(u"&(?!&)"_s));
    text.replace(u"&&"_s, u"&"_s);
    if (text.endsWith(u'…'))
        text.chop(1);
    if (text.endsWith(u"..."_s))
        text.chop(3);
    return text.trimmed();
}

QList<QAction *> ShortcutsDialog::actionsWithKeys(QWidget *window)
{
    QList<QAction *> actions;
    for (const auto &[action, menu] : actionsByMenu(window)) {
        Q_UNUSED(menu)
        if (!action->shortcuts().isEmpty() && !actions.contains(action))
            actions.append(action);
    }
    return actions;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *filter = new QLineEdit(this);
    filter->setPlaceholderText(tr("Filter"));
    filter->setClearButtonEnabled(true);
    layout->addWidget(filter);

    m_list->setObjectName(u"shortcuts"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Key"), tr("Action"), tr("Menu")});
    QList<QAction *> seen;
    for (const auto &[action, menu] : actionsByMenu(window)) {
        if (action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen.append(action);
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        const QString what = plainText(action).isEmpty() ? action->toolTip() : plainText(action);
        new QTreeWidgetItem(m_list, {keys.join(u", "_s), what, menu});
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);
    connect(filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_list->topLevelItem(i);
            bool match = text.isEmpty();
            for (int c = 0; c < item->columnCount() && !match; ++c)
                match = item->text(c).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
        }
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 520);
}

} // namespace Scrutiny
