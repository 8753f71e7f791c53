// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextDecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Scrutiny::Ingest {

namespace {
// Windows-1252 0x80..0x9F; 0 marks the five bytes the code page leaves undefined.
constexpr char16_t kCp1252High[32] = {0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161,
    0x203A, 0x0153, 0, 0x017E, 0x0178};

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}
} // namespace

bool TextDecoder::looksBinary(const QByteArray &bytes)
{
    // A stray NUL or two (a bad save, a truncated copy) does not make a report
    // binary; CharacterRepair marks them. Many NULs or control bytes do.
    const qsizetype n = std::min<qsizetype>(bytes.size(), 8192);
    qsizetype controls = 0;
    qsizetype nuls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == 0)
            ++nuls;
        else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x0B)
            ++controls;
    }
    return n > 0 && (nuls * 100 > n || (nuls + controls) * 20 > n);
}

std::optional<TextDecoder::Encoding> TextDecoder::utf16WithoutBom(const QByteArray &bytes)
{
    // ASCII-range text in UTF-16 has a NUL in every other byte: after each
    // character (little-endian) or before it (big-endian).
    const qsizetype pairs = std::min<qsizetype>(bytes.size(), 8192) / 2;
    if (pairs < 2 || bytes.size() % 2 != 0)
        return std::nullopt;
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenNuls += bytes.at(2 * i) == 0;
        oddNuls += bytes.at(2 * i + 1) == 0;
    }
    if (oddNuls * 10 >= pairs * 6 && evenNuls * 20 < pairs)
        return Encoding::Utf16LE;
    if (evenNuls * 10 >= pairs * 6 && oddNuls * 20 < pairs)
        return Encoding::Utf16BE;
    return std::nullopt;
}

std::optional<QString> TextDecoder::decode(const QByteArray &bytes, Encoding *used, QString *problem)
{
    auto fail = [problem](const QString &why) -> std::optional<QString> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    auto set = [used](Encoding e) {
        if (used)
            *used = e;
    };
    // UTF-16 must be recognised by its BOM before the binary check: it is full of NULs.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        if (bytes.size() % 2 != 0)
            return fail(
                QCoreApplication::translate("Scrutiny::ReportImporter", "the UTF-16 text has an odd number of bytes"));
        QStringDecoder decoder(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        QString text = decoder.decode(QByteArrayView(bytes).sliced(2));
        if (decoder.hasError())
            return fail(
                QCoreApplication::translate("Scrutiny::ReportImporter", "the UTF-16 text has invalid characters"));
        set(le ? Encoding::Utf16LE : Encoding::Utf16BE);
        return text;
    }
    if (const auto utf16 = utf16WithoutBom(bytes)) {
        QStringDecoder decoder(*utf16 == Encoding::Utf16LE ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        QString text = decoder.decode(bytes);
        if (!decoder.hasError()) {
            set(*utf16);
            return text;
        }
    }
    if (looksBinary(bytes))
        return fail(QCoreApplication::translate("Scrutiny::ReportImporter", "binary data, not a text report"));
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        QString text = decoder.decode(QByteArrayView(bytes).sliced(3));
        if (decoder.hasError())
            return fail(QCoreApplication::translate(
                "Scrutiny::ReportImporter", "the text starts as UTF-8 but has invalid UTF-8 bytes"));
        set(Encoding::Utf8Bom);
        return text;
    }
    if (isUtf8(bytes)) {
        set(Encoding::Utf8);
        return QString::fromUtf8(bytes);
    }
    // Not UTF-8: Windows-1252, which Latin-1 files also decode as (they do not use 0x80..0x9F).
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c >= 0x80 && c < 0xA0) {
            const char16_t u = kCp1252High[c - 0x80];
            if (u == 0)
                return fail(QCoreApplication::translate(
                    "Scrutiny::ReportImporter", "undecodable bytes (not UTF-8, UTF-16 or Windows-1252) at byte %1")
                                .arg(i));
            out[i] = QChar(u);
        } else {
            out[i] = QChar(char16_t(c));
        }
    }
    set(Encoding::Windows1252);
    return text;
}

} // namespace Scrutiny::Ingest
