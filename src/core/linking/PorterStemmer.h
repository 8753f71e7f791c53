// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Scrutiny {

/// The Porter (1980) suffix-stripping stemmer for English: "services",
/// "serviced" and "servicing" all become "servic", so a finding and a priority
/// that use different forms of a word still share it.
namespace PorterStemmer {

/// Stems one lower-case word. Words with characters outside a-z (Welsh
/// accents, digits) and words of one or two letters are returned unchanged.
QString stem(QStringView word);

} // namespace PorterStemmer
} // namespace Scrutiny
