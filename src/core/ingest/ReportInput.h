// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <optional>

namespace Scrutiny {

/// Reads a report's bytes from a file or standard input, bounded: a regular
/// file (or stdin) of at most `limit` bytes, so /dev/zero, a FIFO left open or
/// /dev/urandom end in one clear line instead of exhausting memory or hanging.
namespace ReportInput {

/// 200 MB: far above any real inspection report, far below what exhausts memory.
inline constexpr qint64 defaultLimit = 200LL * 1024 * 1024;

/// The bytes of path ("-": standard input), or nullopt with *error set to one
/// line naming the input and the problem ("x.txt: is larger than 200 MB ...").
std::optional<QByteArray> read(const QString &path, QString *error, qint64 limit = defaultLimit);
/// Reads an already open stream (standard input) under the same limit.
std::optional<QByteArray> readStream(
    std::FILE *stream, const QString &name, QString *error, qint64 limit = defaultLimit);
/// "200 MB", "1.5 MB", "512 bytes": how a limit is shown.
QString describeSize(qint64 bytes);
/// Parses a --max-size value in megabytes ("200", "0.5"); nullopt when not a positive number.
std::optional<qint64> parseMegabytes(const QString &text);

} // namespace ReportInput

} // namespace Scrutiny
