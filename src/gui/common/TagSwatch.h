// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>

namespace Scrutiny {

/// The small coloured square that stands for a tag in buttons, lists and menus,
/// and the colour a new tag gets.
namespace TagSwatch {
QIcon icon(const QColor &colour, int size = 12);
/// A colour for the n-th tag: hues spread by the golden angle so neighbours differ.
QColor colourFor(int n);
} // namespace TagSwatch

} // namespace Scrutiny
