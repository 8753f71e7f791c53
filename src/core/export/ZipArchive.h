// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Scrutiny {

/// A minimal ZIP archive (PKWARE APPNOTE 6.3) with stored, uncompressed
/// entries and UTF-8 names: what a .qdpx needs. QtCore has no public zip API.
/// Reading accepts stored entries only; a compressed entry is a clear error.
class ZipArchive
{
public:
    struct Entry
    {
        QString name; ///< path inside the archive, '/'-separated
        QByteArray data;
    };

    void add(const QString &name, const QByteArray &data);
    const QList<Entry> &entries() const { return m_entries; }
    const Entry *entry(const QString &name) const;

    /// The archive bytes; every entry carries `modified` (DOS time, 2 s precision).
    QByteArray toBytes(const QDateTime &modified) const;
    /// Parses an archive; nullopt with *error when it is not a zip, is truncated,
    /// uses compression or fails its CRC check.
    static std::optional<ZipArchive> fromBytes(const QByteArray &bytes, QString *error);

    static quint32 crc32(const QByteArray &data);

private:
    QList<Entry> m_entries;
};

} // namespace Scrutiny
