// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SettingsDialog.h"

#include "session/JournalAuthor.h"
#include "store/ProjectStore.h"
#include "translation/Translation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Scrutiny {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_author(new QLineEdit(this))
    , m_authorNote(new QLabel(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("The system's language"), QString());
    // Each language in its own name, so anyone can find theirs.
    for (const Translation::Language &language : Translation::available())
        m_language->addItem(language.name, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Translation::chosen())));
    form->addRow(tr("&Language:"), m_language);
    layout->addLayout(form);
    m_note->setWordWrap(true);
    m_note->setText(tr("The language is used in the window, the handbook and exported PDF and HTML files. "
                       "A change takes effect when Scrutiny next starts."));
    layout->addWidget(m_note);

    auto *journal = new QFormLayout;
    m_author->setObjectName(u"author"_s);
    m_author->setMaxLength(JournalAuthor::maxLength);
    m_author->setText(JournalAuthor::configured());
    m_author->setPlaceholderText(ProjectStore::defaultAuthor());
    m_author->setClearButtonEnabled(true);
    journal->addRow(tr("Your &name:"), m_author);
    layout->addLayout(journal);
    m_authorNote->setObjectName(u"authorNote"_s);
    m_authorNote->setWordWrap(true);
    QString authorNote = tr("Recorded with each change you make, so Undo reverses only your own changes, and shown as "
                            "the author of notes in exported PDFs. Left empty, your account's name is used.");
    // Say so when this run records another name, or the field would seem to do nothing.
    if (!JournalAuthor::forThisRun().isEmpty())
        authorNote += u' ' + tr("For this run, --author gives \"%1\".").arg(JournalAuthor::forThisRun());
    else if (!qEnvironmentVariable("SCRUTINY_AUTHOR").trimmed().isEmpty())
        authorNote += u' ' + tr("For this run, SCRUTINY_AUTHOR gives \"%1\".").arg(JournalAuthor::resolve());
    m_authorNote->setText(authorNote);
    layout->addWidget(m_authorNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *restart = buttons->addButton(tr("OK and &Restart"), QDialogButtonBox::AcceptRole);
    restart->setObjectName(u"restart"_s);
    connect(restart, &QPushButton::clicked, this, [this] {
        if (apply())
            Q_EMIT restartRequested();
    });
    connect(buttons->button(QDialogButtonBox::Ok), &QPushButton::clicked, this, &SettingsDialog::apply);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool SettingsDialog::apply()
{
    const QString code = m_language->currentData().toString();
    Translation::setChosen(code);
    JournalAuthor::setConfigured(m_author->text());
    Q_EMIT applied();
    return Translation::resolve() != Translation::current();
}

} // namespace Scrutiny
