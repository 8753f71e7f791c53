// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Scrutiny::TagName {

/// The longest tag name the store accepts: a label, not a paragraph (a huge
/// unbreakable name made PDF layout crawl).
inline constexpr int maxLength = 200;

/// The name cut to maxLength with an ellipsis, for exports of projects written
/// before the limit.
inline QString elided(const QString &name)
{
    return name.size() <= maxLength ? name : name.left(maxLength - 1) + QChar(0x2026);
}

} // namespace Scrutiny::TagName
