// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input through scrutiny-cli, each as a real process: the exact one-line
// message and exit code, and for project commands that the project is byte for
// byte unchanged. Inputs that are odd but readable (a stray NUL, UTF-16 without
// a byte order mark, lone surrogates, 100,000 tiny paragraphs, deep HTML) are
// imported with what was repaired recorded.
#include "BadInputFiles.h"
#include "StoreFixtures.h"
#include "model/ReportJson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int code = -1; ///< -2: still running after the timeout (killed)
    QString out;
    QString err;
};

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

const QByteArray paragraph = "The council has improved the timeliness of its assessments since the last review.";
} // namespace

class TestBadInput final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_project;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run cli(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 30000) const
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(SCRUTINY_CLI_PATH), args);
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            r.code = -2;
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    void write(const QString &name, const QByteArray &bytes) const
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    /// The parse contract's JSON of a successful parse.
    static QJsonObject json(const Run &r) { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        write(u"empty.txt"_s, {});
        write(u"spaces.txt"_s, " \n\t\n   \r\n");
        write(u"binary.bin"_s,
            QByteArray("\x7f"
                       "ELF",
                4)
                + QByteArray(4000, '\0') + QByteArray(4000, '\x01'));
        QDir(m_dir.path()).mkdir(u"folder"_s);
        QVERIFY(QFile::link(path(u"loop-b"_s), path(u"loop-a"_s)));
        QVERIFY(QFile::link(path(u"loop-a"_s), path(u"loop-b"_s)));
        QVERIFY(QFile::link(path(u"gone.txt"_s), path(u"dangling"_s)));
        QCOMPARE(::mkfifo(QFile::encodeName(path(u"fifo"_s)).constData(), 0600), 0);
        write(u"big.txt"_s, QByteArray(3 * 1024 * 1024, 'a'));
        write(u"negative-length.pdf"_s, BadInputFiles::negativeLength());
        write(u"page-loop.pdf"_s, BadInputFiles::selfReferencingPages());
        write(u"bomb.pdf"_s, BadInputFiles::compressionBomb(16 * 1024 * 1024));
        QFile truncated(QStringLiteral(SCRUTINY_TEST_DATA "/pdf/damaged.pdf"));
        m_project = path(u"project.scrutiny"_s);
        QFile json(path(u"council.json"_s));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(QJsonDocument(ReportJson::toJson(StoreFixtures::councilReport())).toJson());
        json.close();
        const Run imported = cli({u"import"_s, u"--parsed"_s, path(u"council.json"_s), u"--db"_s, m_project});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
    }

    // ---- inputs refused with one line -------------------------------------------------

    void refused_data()
    {
        QTest::addColumn<QStringList>("args"); // %D is the test folder
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message"); // after "scrutiny-cli: "
        const QString d = u"%D/"_s;
        const QString pdfs = QStringLiteral(SCRUTINY_TEST_DATA "/pdf/");
        QTest::newRow("0 bytes") << QStringList {u"parse"_s, d + u"empty.txt"_s} << QByteArray()
                                 << d + u"empty.txt: the file is empty"_s;
        QTest::newRow("white space only") << QStringList {u"parse"_s, d + u"spaces.txt"_s} << QByteArray()
                                          << d + u"spaces.txt: the file is empty (only white space)"_s;
        QTest::newRow("binary") << QStringList {u"parse"_s, d + u"binary.bin"_s} << QByteArray()
                                << d + u"binary.bin: binary data, not a text report"_s;
        QTest::newRow("directory") << QStringList {u"parse"_s, d + u"folder"_s} << QByteArray()
                                   << d + u"folder: is a directory, not a report"_s;
        QTest::newRow("missing") << QStringList {u"parse"_s, d + u"nothing.txt"_s} << QByteArray()
                                 << d + u"nothing.txt: no such file"_s;
        QTest::newRow("symlink loop") << QStringList {u"parse"_s, d + u"loop-a"_s} << QByteArray()
                                      << d + u"loop-a: is a loop of symbolic links, not a report"_s;
        QTest::newRow("dangling symlink") << QStringList {u"parse"_s, d + u"dangling"_s} << QByteArray()
                                          << d + u"dangling: is a symbolic link to a file that does not exist"_s;
        const QString notRegular
            = u": is not a regular file (a device, pipe or socket); give a file, or - for standard input"_s;
        QTest::newRow("/dev/zero") << QStringList {u"parse"_s, u"/dev/zero"_s} << QByteArray()
                                   << u"/dev/zero"_s + notRegular;
        QTest::newRow("/dev/urandom import")
            << QStringList {u"import"_s, u"/dev/urandom"_s, u"--db"_s, d + u"project.scrutiny"_s} << QByteArray()
            << u"/dev/urandom"_s + notRegular;
        QTest::newRow("FIFO") << QStringList {u"parse"_s, d + u"fifo"_s} << QByteArray() << d + u"fifo"_s + notRegular;
        QTest::newRow("over --max-size") << QStringList {u"parse"_s, u"--max-size"_s, u"2"_s, d + u"big.txt"_s}
                                         << QByteArray()
                                         << d
                + u"big.txt: is larger than 2 MB, the most a report may be (raise it with --max-size MB)"_s;
        QTest::newRow("stdin over --max-size")
            << QStringList {u"parse"_s, u"--max-size"_s, u"1"_s, u"-"_s} << QByteArray(1024 * 1024 + 1, 'a')
            << u"standard input: is larger than 1 MB, the most a report may be (raise it with --max-size MB)"_s;
        QTest::newRow("bad --max-size") << QStringList {u"parse"_s, u"--max-size"_s, u"lots"_s,
            u"-"_s} << QByteArray("x") << u"parse: --max-size needs a size in megabytes, not \"lots\""_s;
        QTest::newRow("truncated PDF") << QStringList {u"parse"_s, pdfs + u"damaged.pdf"_s} << QByteArray()
                                       << pdfs + u"damaged.pdf: the PDF is damaged and cannot be read"_s;
        QTest::newRow("encrypted PDF") << QStringList {u"parse"_s, pdfs + u"encrypted.pdf"_s} << QByteArray()
                                       << pdfs + u"encrypted.pdf: the PDF is encrypted (password protected)"_s;
        QTest::newRow("image-only PDF") << QStringList {u"parse"_s, pdfs + u"scanned.pdf"_s} << QByteArray()
                                        << pdfs + u"scanned.pdf: the PDF has no text layer (scanned?)"_s;
        QTest::newRow("negative /Length") << QStringList {u"parse"_s, d + u"negative-length.pdf"_s} << QByteArray()
                                          << d + u"negative-length.pdf: the PDF is damaged: its pages cannot be read"_s;
        QTest::newRow("page tree contains itself")
            << QStringList {u"parse"_s, d + u"page-loop.pdf"_s} << QByteArray()
            << d + u"page-loop.pdf: the PDF is damaged: its pages cannot be read"_s;
        QTest::newRow("PDF bomb") << QStringList {u"parse"_s, d + u"bomb.pdf"_s} << QByteArray()
                                  << d + u"bomb.pdf: the PDF has no text layer (scanned?)"_s;
        QTest::newRow("--db /dev/null")
            << QStringList {u"list"_s, u"--db"_s, u"/dev/null"_s} << QByteArray()
            << u"/dev/null: is not a regular file (a device, pipe or socket), not a project file"_s;
        QTest::newRow("--db FIFO") << QStringList {u"list"_s, u"--db"_s, d + u"fifo"_s} << QByteArray()
                                   << d
                + u"fifo: is not a regular file (a device, pipe or socket), not a project file"_s;
        QTest::newRow("--db FIFO import")
            << QStringList {u"import"_s, u"--parsed"_s, d + u"council.json"_s, u"--db"_s, d + u"fifo"_s} << QByteArray()
            << d + u"fifo: is not a regular file (a device, pipe or socket), not a project file"_s;
        QTest::newRow("--db directory") << QStringList {u"list"_s, u"--db"_s, d + u"folder"_s} << QByteArray()
                                        << d + u"folder: is a directory, not a project file"_s;
        QTest::newRow("--db symlink loop") << QStringList {u"list"_s, u"--db"_s, d + u"loop-a"_s} << QByteArray()
                                           << d + u"loop-a: is a loop of symbolic links, not a project file"_s;
        QTest::newRow("tag name over 200")
            << QStringList {u"tag"_s, u"1:F1"_s, QString(201, u'x'), u"--db"_s, d + u"project.scrutiny"_s}
            << QByteArray() << u"a tag name may be at most 200 characters (this one has 201)"_s;
        QTest::newRow("--read-only refuses a change")
            << QStringList {u"tag"_s, u"1:F1"_s, u"late"_s, u"--read-only"_s, u"--db"_s, d + u"project.scrutiny"_s}
            << QByteArray() << d + u"project.scrutiny is open read-only; nothing can be changed"_s;
    }
    void refused()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        const QString dir = m_dir.path();
        for (QString &a : args)
            a.replace(u"%D"_s, dir);
        message.replace(u"%D"_s, dir);
        const QByteArray before = fileHash(m_project);
        const Run r = cli(args, input);
        QVERIFY2(r.code != -2, "still running after 30 s");
        QVERIFY2(r.code == 1 || r.code == 2, qPrintable(QString::number(r.code)));
        QCOMPARE(r.err, u"scrutiny-cli: "_s + message + u'\n');
        QCOMPARE(r.out, QString());
        QCOMPARE(fileHash(m_project), before);
    }

    // ---- odd but readable inputs: imported, with what was repaired recorded -----------

    void stray_nul_is_a_repair()
    {
        QByteArray text = paragraph + "\n\n" + paragraph;
        text.insert(20, '\0');
        const Run r = cli({u"parse"_s, u"-"_s}, text);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray repairs = json(r).value(u"repairs"_s).toArray();
        QCOMPARE(repairs.size(), 1);
        QCOMPARE(repairs.at(0).toObject().value(u"before"_s).toString(), u"U+0000"_s);
        QCOMPARE(repairs.at(0).toObject().value(u"after"_s).toString(), QString(QChar::ReplacementCharacter));
    }

    void utf16WithoutBom()
    {
        const QString text = QString::fromUtf8(paragraph + "\n\nCaf\xc3\xa9 services are improving in the county.");
        for (const bool little : {true, false}) {
            QByteArray bytes;
            for (QChar c : text) {
                const char lo = char(c.unicode() & 0xff);
                const char hi = char(c.unicode() >> 8);
                bytes.append(little ? lo : hi).append(little ? hi : lo);
            }
            const Run r = cli({u"parse"_s, u"-"_s}, bytes);
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY(json(r).value(u"text"_s).toString().contains(u"Caf\u00e9 services"_s));
        }
    }

    void loneSurrogatesBecomeReplacementCharacters()
    {
        // UTF-16LE with a BOM, a lone high surrogate in the first paragraph.
        QString text = QString::fromUtf8(paragraph + "\n\n" + paragraph);
        text.insert(10, QChar(0xD800));
        QByteArray bytes("\xFF\xFE");
        for (QChar c : text)
            bytes.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        const Run r = cli({u"parse"_s, u"-"_s}, bytes);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!r.out.contains(u"\\ud800"_s, Qt::CaseInsensitive), qPrintable(r.out.left(400)));
        const QJsonObject o = json(r);
        QVERIFY(o.value(u"text"_s).toString().contains(QChar::ReplacementCharacter));
        const QJsonArray repairs = o.value(u"repairs"_s).toArray();
        QCOMPARE(repairs.size(), 1);
        QCOMPARE(repairs.at(0).toObject().value(u"before"_s).toString(), u"U+D800"_s);
    }

    void largeButBoundedInputs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("minimumSegments");
        QTest::newRow("2 MB single line") << QByteArray(2 * 1024 * 1024, 'a') << 1;
        QByteArray tiny;
        for (int i = 0; i < 20000; ++i)
            tiny += "Item " + QByteArray::number(i) + ".\n\n";
        QTest::newRow("20,000 tiny paragraphs") << tiny << 1000;
        QTest::newRow("HTML nested 5,000 deep") << (QByteArray("<html><body>") + QByteArray("<div>").repeated(5000)
            + "<p>" + paragraph + "</p>" + QByteArray("</div>").repeated(5000) + "</body></html>")
                                                << 1;
        QTest::newRow("scripts and event handlers")
            << QByteArray("<html><head><script>alert('x')</script></head><body onload=\"alert(1)\"><p onclick=\"x()\">"
                   + paragraph + "</p><script>document.write('injected')</script></body></html>")
            << 1;
    }
    void largeButBoundedInputs()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, minimumSegments);
        const Run r = cli({u"parse"_s, u"-"_s}, bytes, 60000);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = json(r);
        QVERIFY(o.value(u"segments"_s).toArray().size() >= minimumSegments);
        QVERIFY(!r.out.contains(u"alert"_s));
        QVERIFY(!r.out.contains(u"injected"_s));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "test_badinput.moc"
