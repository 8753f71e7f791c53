// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Scrutiny {

/// A library Scrutiny is built on, as Help › About lists it.
struct ThirdPartyComponent
{
    QString name;
    QString version; ///< of the library the program runs with, where it says
    QString licence; ///< an SPDX expression
    QString url;
    QString purpose; ///< translated: what Scrutiny uses it for
};

/// Qt, KF6 SyntaxHighlighting, Poppler, SQLite and Hunspell, with the versions
/// this program runs with.
QList<ThirdPartyComponent> thirdPartyComponents();

} // namespace Scrutiny
