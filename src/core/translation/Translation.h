// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Scrutiny::Translation {

/// A language the program speaks: "en" (the source language) or "cy" (Welsh).
struct Language
{
    QString code;
    QString name; ///< in the language itself: "English", "Cymraeg"
};
QList<Language> available();
/// The codes of available(): "en", "cy".
QStringList codes();
/// Whether `code` is one of available().
bool isAvailable(const QString &code);

/// The language chosen in Settings ("" follows the system).
QString chosen();
void setChosen(const QString &code);

/// The first of the system's UI languages we have (QLocale::system(), which
/// reads LANGUAGE, LC_ALL, LC_MESSAGES and LANG), otherwise English.
QString systemLanguage();

/// What to show: `requested` when it is one we have, otherwise the choice in
/// Settings, otherwise the first of the system's UI languages we have, otherwise
/// English.
QString resolve(const QString &requested = {});

/// Loads `code`'s translations (ours from :/i18n, Qt's own where installed) into
/// the application, replacing any loaded before, and makes it the default
/// QLocale (dates, numbers). Returns false when a translation is missing.
bool install(const QString &code);

/// The language install() last installed ("en" before any).
QString current();
/// current() as a BCP 47 tag for documents: "en-GB", "cy-GB".
QString languageTag();

/// Installs a language for as long as it lives, then the one installed before
/// (an export in its own language, the parse contract in the source language).
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString &code);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

private:
    QString m_previous;
};

} // namespace Scrutiny::Translation
