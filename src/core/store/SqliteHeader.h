// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Scrutiny {

/// The first 100 bytes of an SQLite database file, read with plain file I/O so a
/// file is judged (not a database, truncated, too new) before SQLite may touch it.
struct SqliteHeader
{
    quint32 pageSize = 0;
    quint32 pageCount = 0; ///< 0 when the header's count is not trustworthy
    qint32 userVersion = 0;
    qint32 applicationId = 0;
    bool wal = false; ///< file format version 2: the database is in WAL mode
    qint64 fileSize = 0;

    /// nullopt and *problem set ("not an SQLite database", "truncated ...") when
    /// the file cannot be a healthy database. An empty file yields a default header.
    static std::optional<SqliteHeader> read(const QString &path, QString *problem);
};

} // namespace Scrutiny
