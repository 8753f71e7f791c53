// SPDX-License-Identifier: GPL-3.0-or-later
// The stored zip writer read back by our reader and by the system's unzip
// checker (Python's zipfile, which verifies CRCs), and bad archives refused.
#include "export/ZipArchive.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Scrutiny;

class TestZipArchive final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void crc32KnownValues()
    {
        QCOMPARE(ZipArchive::crc32(QByteArray()), 0u);
        QCOMPARE(ZipArchive::crc32("123456789"), 0xCBF43926u);
        QCOMPARE(ZipArchive::crc32("The quick brown fox jumps over the lazy dog"), 0x414FA339u);
    }

    void roundTrip()
    {
        ZipArchive zip;
        zip.add(QStringLiteral("project.qde"), "<Project/>");
        zip.add(QStringLiteral("sources/caf\u00E9.txt"), QStringLiteral("na\u00EFve \U0001F600").toUtf8());
        zip.add(QStringLiteral("empty"), QByteArray());
        const QByteArray bytes = zip.toBytes(QDateTime(QDate(2026, 11, 26), QTime(12, 0, 30)));
        QString error;
        const auto back = ZipArchive::fromBytes(bytes, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->entries().size(), 3);
        for (const auto &e : zip.entries()) {
            QVERIFY(back->entry(e.name));
            QCOMPARE(back->entry(e.name)->data, e.data);
        }

        // An independent reader agrees (and checks the CRCs).
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("t.zip")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QProcess py;
        py.start(QStringLiteral("python3"),
            {QStringLiteral("-c"),
                QStringLiteral("import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; "
                               "print('|'.join(i.filename for i in z.infolist())); print(z.infolist()[0].date_time)"),
                f.fileName()});
        QVERIFY(py.waitForFinished(30000));
        const QString out = QString::fromUtf8(py.readAllStandardOutput());
        QVERIFY2(py.exitCode() == 0, qPrintable(QString::fromUtf8(py.readAllStandardError())));
        QVERIFY2(out.contains(QStringLiteral("project.qde|sources/caf\u00E9.txt|empty")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("(2026, 11, 26, 12, 0, 30)")));
    }

    void refusesBadArchives_data()
    {
        ZipArchive zip;
        zip.add(QStringLiteral("a.txt"), "hello world");
        const QByteArray good = zip.toBytes(QDateTime::currentDateTime());
        QByteArray corrupt = good;
        const qsizetype data = good.indexOf("hello");
        corrupt[data] = char(corrupt[data] ^ 0x20); // "Hello": the CRC no longer holds
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not a zip");
        QTest::newRow("text") << QByteArray("just text, not a zip at all") << QStringLiteral("not a zip");
        QTest::newRow("truncated") << good.left(good.size() - 30) << QStringLiteral("not a zip");
        QTest::newRow("crc") << corrupt << QStringLiteral("CRC mismatch");
    }
    void refusesBadArchives()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!ZipArchive::fromBytes(bytes, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestZipArchive)
#include "test_ziparchive.moc"
