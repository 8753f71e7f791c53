// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteHeader.h"

#include <QCoreApplication>
#include <QFile>

namespace Scrutiny {

namespace {
quint32 bigEndian32(const QByteArray &bytes, int at)
{
    return (quint32(quint8(bytes[at])) << 24) | (quint32(quint8(bytes[at + 1])) << 16)
        | (quint32(quint8(bytes[at + 2])) << 8) | quint32(quint8(bytes[at + 3]));
}
} // namespace

std::optional<SqliteHeader> SqliteHeader::read(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = QCoreApplication::translate("Scrutiny::ProjectStore", "cannot read it (%1)").arg(file.errorString());
        return std::nullopt;
    }
    SqliteHeader header;
    header.fileSize = file.size();
    if (header.fileSize == 0)
        return header; // SQLite treats an empty file as a new, empty database
    const QByteArray bytes = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!bytes.startsWith(magic.left(qMin<qsizetype>(bytes.size(), 16)))) {
        *problem
            = QCoreApplication::translate("Scrutiny::ProjectStore", "not a Scrutiny project (not an SQLite database)");
        return std::nullopt;
    }
    if (bytes.size() < 100) {
        *problem = QCoreApplication::translate(
            "Scrutiny::ProjectStore", "the file is truncated (%1 bytes, shorter than an SQLite header)")
                       .arg(bytes.size());
        return std::nullopt;
    }
    // Page size: 2 bytes at 16, where 1 means 65536.
    const quint32 rawPageSize = (quint32(quint8(bytes[16])) << 8) | quint32(quint8(bytes[17]));
    header.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (header.pageSize < 512 || header.pageSize > 65536 || (header.pageSize & (header.pageSize - 1)) != 0) {
        *problem
            = QCoreApplication::translate("Scrutiny::ProjectStore", "the file is damaged (invalid SQLite page size)");
        return std::nullopt;
    }
    header.wal = bytes[18] == 2 && bytes[19] == 2;
    // The in-header page count is valid only when "version-valid-for" matches the change counter.
    if (bigEndian32(bytes, 92) == bigEndian32(bytes, 24))
        header.pageCount = bigEndian32(bytes, 28);
    header.userVersion = qint32(bigEndian32(bytes, 60));
    header.applicationId = qint32(bigEndian32(bytes, 68));
    if (header.fileSize % header.pageSize != 0 || qint64(header.pageCount) * header.pageSize > header.fileSize) {
        *problem = QCoreApplication::translate(
            "Scrutiny::ProjectStore", "the file is truncated (%1 bytes; the database needs %2)")
                       .arg(header.fileSize)
                       .arg(qMax<qint64>(qint64(header.pageCount) * header.pageSize,
                           (header.fileSize / header.pageSize + 1) * header.pageSize));
        return std::nullopt;
    }
    return header;
}

} // namespace Scrutiny
