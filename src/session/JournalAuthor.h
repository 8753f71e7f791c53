// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Scrutiny::JournalAuthor {

/// The longest name kept; a longer one is cut (it is shown in the journal and in PDF notes).
inline constexpr int maxLength = 100;

/// The name set in Settings, or empty.
QString configured();
/// Saves the name for later runs; an empty name returns to the default.
void setConfigured(const QString &name);
/// `scrutiny --author NAME`: wins over everything else for this run only.
void setForThisRun(const QString &name);
QString forThisRun();

/// Whose name the journal records for this program's edits: --author, else
/// $SCRUTINY_AUTHOR, else the name set in Settings, else the OS user's full name
/// (the same order as scrutiny-cli, with Settings between the two).
QString resolve();

} // namespace Scrutiny::JournalAuthor
