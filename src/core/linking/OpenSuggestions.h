// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LinkSuggester.h"
#include "model/Annotations.h"

#include <QList>
#include <QString>

#include <functional>

namespace Scrutiny {

/// The suggestions still worth offering for a stored report: the best
/// `perSource` priorities of each source that the user has neither linked
/// already (in either direction, any link type) nor rejected. A rejected
/// suggestion makes room for the next best, so a source keeps its quota.
///
/// `isRejected(from, to)` answers from the project, e.g.
/// `[&](auto &f, auto &t) { return store.isRejected(doc, f, t); }`.
QList<SuggestedLink> openSuggestions(const AnnotatedReport &annotated,
    const std::function<bool(const QString &from, const QString &to)> &isRejected, const LinkSuggester &suggester,
    int perSource = 3, LinkSuggester::Sources sources = LinkSuggester::Sources::All);

} // namespace Scrutiny
