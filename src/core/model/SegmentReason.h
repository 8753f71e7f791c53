// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Scrutiny {

/// Why the importer read a paragraph as it did ("imperative list item", "under a findings
/// heading"). Segments store the reason in English, as the parse JSON gives it, so a project
/// reads the same in any language; it is translated only when shown.
namespace SegmentReason {

/// Every reason the importer gives, as stored.
const QStringList &known();
/// A stored reason in the installed language. One the importer never gives (from an edited
/// parse JSON) is shown as stored.
QString displayName(const QString &reason);

} // namespace SegmentReason
} // namespace Scrutiny
