// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Scrutiny::OutputFile {

/// Writes bytes to path whole or not at all (QSaveFile: an old file survives a
/// failure). On failure returns false with *reason set to what went wrong, told
/// truly: "No space left on device" when the disk is full, where QSaveFile alone
/// says "Unknown error".
bool write(const QString &path, const QByteArray &bytes, QString *reason);

} // namespace Scrutiny::OutputFile
