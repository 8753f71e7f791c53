// SPDX-License-Identifier: GPL-3.0-or-later
// Encoding and format detection: the bytes say what they are, never mojibake.
#include "ingest/FormatSniffer.h"
#include "ingest/TextDecoder.h"

#include <QTest>

using namespace Scrutiny;
using namespace Scrutiny::Ingest;

class TestTextDecoder final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodes_data();
    void decodes();
    void rejects_data();
    void rejects();
    void format_data();
    void format();
};

void TestTextDecoder::decodes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("encoding");
    const QString curly = QStringLiteral("Council\u2019s \u201cgood\u201d \u2013 \u00a32m caf\u00e9");
    QTest::newRow("utf-8") << curly.toUtf8() << curly << int(TextDecoder::Encoding::Utf8);
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + curly.toUtf8() << curly
                               << int(TextDecoder::Encoding::Utf8Bom);
    QByteArray le("\xFF\xFE");
    le.append(reinterpret_cast<const char *>(curly.utf16()), curly.size() * 2);
    QTest::newRow("utf-16le bom") << le << curly << int(TextDecoder::Encoding::Utf16LE);
    QByteArray be("\xFE\xFF");
    for (QChar c : curly) {
        be.append(char(c.unicode() >> 8));
        be.append(char(c.unicode() & 0xFF));
    }
    QTest::newRow("utf-16be bom") << be << curly << int(TextDecoder::Encoding::Utf16BE);
    QTest::newRow("windows-1252") << QByteArray("Council\x92s \x93good\x94 \x96 \xA3"
                                                "2m caf\xE9")
                                  << curly << int(TextDecoder::Encoding::Windows1252);
    QTest::newRow("latin-1") << QByteArray("Caf\xE9 \xA3"
                                           "5")
                             << QStringLiteral("Caf\u00e9 \u00a35") << int(TextDecoder::Encoding::Windows1252);
    QTest::newRow("ascii") << QByteArray("Plain text.\r\n") << QStringLiteral("Plain text.\r\n")
                           << int(TextDecoder::Encoding::Utf8);
}

void TestTextDecoder::decodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(int, encoding);
    TextDecoder::Encoding used {};
    QString problem;
    const auto decoded = TextDecoder::decode(bytes, &used, &problem);
    QVERIFY2(decoded, qPrintable(problem));
    QCOMPARE(*decoded, text);
    QCOMPARE(int(used), encoding);
}

void TestTextDecoder::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");
    QTest::newRow("nul bytes") << QByteArray("abc\0def", 7) << QStringLiteral("binary");
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("binary");
    QTest::newRow("controls") << QByteArray(200, '\x01') << QStringLiteral("binary");
    QTest::newRow("undefined cp1252") << QByteArray("text \x81 more") << QStringLiteral("undecodable");
    QTest::newRow("odd utf-16") << QByteArray("\xFF\xFE\x41\x00\x42") << QStringLiteral("odd number");
    QTest::newRow("bad utf-8 after bom") << QByteArray("\xEF\xBB\xBFok \xC3\x28") << QStringLiteral("invalid UTF-8");
}

void TestTextDecoder::rejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    QString why;
    QVERIFY(!TextDecoder::decode(bytes, nullptr, &why));
    QVERIFY2(why.contains(problem), qPrintable(why));
}

void TestTextDecoder::format_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");
    QTest::newRow("pdf by content") << QByteArray("%PDF-1.7\n...") << QStringLiteral("report.txt")
                                    << QStringLiteral("pdf");
    QTest::newRow("html by content") << QByteArray("<!DOCTYPE html><html><body><p>x</p>")
                                     << QStringLiteral("report.txt") << QStringLiteral("html");
    QTest::newRow("html fragment") << QByteArray("<div><p>One</p><p>Two</p><ul><li>x</li></ul></div>")
                                   << QStringLiteral("-") << QStringLiteral("html");
    QTest::newRow("text named html") << QByteArray("Just text, no markup.") << QStringLiteral("page.html")
                                     << QStringLiteral("text");
    QTest::newRow("text mentioning a tag")
        << QByteArray("Use <b> for bold.") << QStringLiteral("notes.txt") << QStringLiteral("text");
    QByteArray utf16("\xFF\xFE");
    const QString html = QStringLiteral("<html><body><p>Hi</p></body></html>");
    utf16.append(reinterpret_cast<const char *>(html.utf16()), html.size() * 2);
    QTest::newRow("utf-16 html") << utf16 << QStringLiteral("-") << QStringLiteral("html");
}

void TestTextDecoder::format()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(QString, format);
    QCOMPARE(toString(sniffFormat(bytes, name)), format);
}

QTEST_APPLESS_MAIN(TestTextDecoder)
#include "test_textdecoder.moc"
