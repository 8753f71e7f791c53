// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZipArchive.h"

#include <QtEndian>

#include <array>

namespace Scrutiny {

namespace {
constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr quint32 CentralHeaderSignature = 0x02014b50;
constexpr quint32 EndOfCentralDirectorySignature = 0x06054b50;
constexpr quint16 VersionNeeded = 20; // 2.0: plain stored entries
constexpr quint16 Utf8NamesFlag = 0x0800; // general purpose bit 11

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

quint16 get16(const QByteArray &in, qsizetype at)
{
    return qFromLittleEndian<quint16>(in.constData() + at);
}

quint32 get32(const QByteArray &in, qsizetype at)
{
    return qFromLittleEndian<quint32>(in.constData() + at);
}

std::pair<quint16, quint16> dosDateTime(const QDateTime &when)
{
    const QDateTime t = when.isValid() ? when : QDateTime(QDate(1980, 1, 1), QTime(0, 0));
    const QDate d = t.date();
    const QTime tm = t.time();
    const int year = std::clamp(d.year(), 1980, 2107);
    const quint16 date = quint16(((year - 1980) << 9) | (d.month() << 5) | d.day());
    const quint16 time = quint16((tm.hour() << 11) | (tm.minute() << 5) | (tm.second() / 2));
    return {date, time};
}
} // namespace

quint32 ZipArchive::crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void ZipArchive::add(const QString &name, const QByteArray &data)
{
    m_entries.append({name, data});
}

const ZipArchive::Entry *ZipArchive::entry(const QString &name) const
{
    for (const Entry &e : m_entries) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

QByteArray ZipArchive::toBytes(const QDateTime &modified) const
{
    const auto [date, time] = dosDateTime(modified);
    QByteArray out;
    QByteArray central;
    for (const Entry &e : m_entries) {
        const QByteArray name = e.name.toUtf8();
        const quint32 crc = crc32(e.data);
        const quint32 offset = quint32(out.size());
        put32(out, LocalHeaderSignature);
        put16(out, VersionNeeded);
        put16(out, Utf8NamesFlag);
        put16(out, 0); // stored
        put16(out, time);
        put16(out, date);
        put32(out, crc);
        put32(out, quint32(e.data.size()));
        put32(out, quint32(e.data.size()));
        put16(out, quint16(name.size()));
        put16(out, 0); // no extra field
        out += name;
        out += e.data;

        put32(central, CentralHeaderSignature);
        put16(central, VersionNeeded | (3 << 8)); // made by: UNIX
        put16(central, VersionNeeded);
        put16(central, Utf8NamesFlag);
        put16(central, 0);
        put16(central, time);
        put16(central, date);
        put32(central, crc);
        put32(central, quint32(e.data.size()));
        put32(central, quint32(e.data.size()));
        put16(central, quint16(name.size()));
        put16(central, 0); // extra
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, quint32(0100644) << 16); // external: a regular file, rw-r--r--
        put32(central, offset);
        central += name;
    }
    const quint32 centralOffset = quint32(out.size());
    out += central;
    put32(out, EndOfCentralDirectorySignature);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0); // comment length
    return out;
}

std::optional<ZipArchive> ZipArchive::fromBytes(const QByteArray &in, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<ZipArchive> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    // The end record sits in the last 22 + 65535 bytes (a trailing comment).
    qsizetype end = -1;
    for (qsizetype at = in.size() - 22; at >= 0 && at >= in.size() - 22 - 65535; --at) {
        if (get32(in, at) == EndOfCentralDirectorySignature) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return fail(QStringLiteral("not a zip archive"));
    const int count = get16(in, end + 10);
    qsizetype at = get32(in, end + 16);
    ZipArchive archive;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > in.size() || get32(in, at) != CentralHeaderSignature)
            return fail(QStringLiteral("damaged zip central directory"));
        const quint16 method = get16(in, at + 10);
        const quint32 crc = get32(in, at + 16);
        const quint32 size = get32(in, at + 20);
        const quint16 nameLength = get16(in, at + 28);
        const quint16 extraLength = get16(in, at + 30);
        const quint16 commentLength = get16(in, at + 32);
        const quint32 local = get32(in, at + 42);
        const QString name = QString::fromUtf8(in.mid(at + 46, nameLength));
        at += 46 + nameLength + extraLength + commentLength;
        if (method != 0)
            return fail(QStringLiteral("%1 is compressed (method %2); only stored entries are supported")
                            .arg(name)
                            .arg(method));
        if (qsizetype(local) + 30 > in.size() || get32(in, local) != LocalHeaderSignature)
            return fail(QStringLiteral("damaged zip entry %1").arg(name));
        const qsizetype dataAt = local + 30 + get16(in, local + 26) + get16(in, local + 28);
        if (dataAt + qsizetype(size) > in.size())
            return fail(QStringLiteral("truncated zip entry %1").arg(name));
        const QByteArray data = in.mid(dataAt, size);
        if (crc32(data) != crc)
            return fail(QStringLiteral("CRC mismatch in zip entry %1").arg(name));
        if (!name.endsWith(QLatin1Char('/')))
            archive.add(name, data);
    }
    return archive;
}

} // namespace Scrutiny
