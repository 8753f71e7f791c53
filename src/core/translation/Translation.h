// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Scrutiny::Translation {

/// A language the program speaks: "en" (the source language) or "cy" (Welsh).
struct Language
{
    QString code;
    QString name; ///< in the language itself: "English", "Cymraeg"
};
QList<Language> available();
/// Whether `code` is one of available().
bool isAvailable(const QString &code);

/// The language chosen in Settings ("" follows the system).
QString chosen();
void setChosen(const QString &code);

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

} // namespace Scrutiny::Translation
