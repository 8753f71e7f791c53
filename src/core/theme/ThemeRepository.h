// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace KSyntaxHighlighting {
class Repository;
}

namespace Scrutiny::ThemeRepository {

/// The process's one KSyntaxHighlighting Repository (themes and definitions),
/// loaded on first use: loading is the costly part, and the reader, the theme
/// menu and the exports' print colours must agree on one set of themes.
/// Repository is not thread-safe: create and use it on the UI thread (the
/// exports read only PrintPalette::light(), which is computed once).
KSyntaxHighlighting::Repository &shared();

} // namespace Scrutiny::ThemeRepository
