// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Scrutiny::ProjectLocation {

/// The environment variable naming the project when no --project is given.
inline constexpr char environmentVariable[] = "SCRUTINY_PROJECT";

/// $SCRUTINY_PROJECT, or an empty string when it is unset or empty.
QString fromEnvironment();

/// The project the GUI and the CLI use when none is named: $SCRUTINY_PROJECT,
/// otherwise ProjectStore::defaultPath().
QString standard();

/// `given` when it is not empty, otherwise standard().
QString resolve(const QString &given);

} // namespace Scrutiny::ProjectLocation
