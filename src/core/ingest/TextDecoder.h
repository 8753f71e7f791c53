// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Scrutiny::Ingest {

/// Decodes report bytes whose encoding nobody told us: UTF-8 (with or without
/// BOM), UTF-16 (with a BOM, or recognised without one), or Windows-1252 (a superset of Latin-1 in what
/// reports use) when the bytes are not valid UTF-8.
class TextDecoder
{
public:
    enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };

    /// nullopt when the bytes are not text in any of these (binary data, or
    /// bytes undefined in Windows-1252); *problem then says why.
    static std::optional<QString> decode(const QByteArray &bytes, Encoding *used = nullptr, QString *problem = nullptr);
    /// True when the bytes look like binary data rather than text (NUL bytes or
    /// many control characters), judged on a prefix so it stays cheap.
    static bool looksBinary(const QByteArray &bytes);
    /// UTF-16LE or UTF-16BE when the bytes look like UTF-16 text saved without a
    /// byte order mark (a NUL in every other byte), else nullopt.
    static std::optional<Encoding> utf16WithoutBom(const QByteArray &bytes);
};

} // namespace Scrutiny::Ingest
