// SPDX-License-Identifier: GPL-3.0-or-later
// `scrutiny-cli export --language cy|en`: the sample imported and annotated in a
// real project, exported as the annotated HTML, PDF (read back with pdftotext)
// and CSV in each language; the headings are the language's and none of the
// other's. An unknown language is refused with one line and no file.
#include "ProcessRun.h"
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Scrutiny::Testing::run;
using Scrutiny::Testing::Run;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// What each language's pack must show; the other language's list must be absent.
const QStringList english {u"ANNOTATED REPORT"_s, u"Traceability matrix"_s, u"Action plan"_s,
    u"Appendix: what the import changed"_s, u"Supported by:"_s};
const QStringList welsh {u"ADRODDIAD ANODEDIG"_s, u"Matrics olrheiniadwyedd"_s, u"Cynllun gweithredu"_s,
    u"Atodiad: beth a newidiodd y mewnforio"_s, u"Wedi'i hategu gan:"_s};
} // namespace

class TestExportLanguage final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    QString m_doc;

    Run cli(QStringList args)
    {
        args << u"--project"_s << m_db;
        return run(QStringLiteral(SCRUTINY_CLI_PATH), args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"project.scrutiny"_s);
        const Run imported = cli({u"import"_s, QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt")});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        m_doc = imported.out.trimmed();
        for (const QStringList &args : QList<QStringList> {{u"link"_s, m_doc + u":F1"_s, m_doc + u":P1"_s},
                 {u"plan"_s, m_doc + u":P1"_s, u"--owner"_s, u"Director"_s, u"--due"_s, u"2020-01-31"_s}}) {
            const Run r = cli(args);
            QVERIFY2(r.code == 0, qPrintable(args.join(u' ') + u": "_s + r.err));
        }
    }

    void exportFollowsLanguage_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("html cy") << u"html"_s << u"cy"_s << (welsh + QStringList {u"lang=\"cy-GB\""_s}) << english;
        QTest::newRow("html en") << u"html"_s << u"en"_s << (english + QStringList {u"lang=\"en-GB\""_s}) << welsh;
        // pdftotext joins no words across the page furniture: the footer is read as it is printed.
        QTest::newRow("pdf cy") << u"pdf"_s << u"cy"_s << (welsh + QStringList {u"Tudalen 1 o"_s})
                                << (english + QStringList {u"Page 1 of"_s});
        QTest::newRow("pdf en") << u"pdf"_s << u"en"_s << (english + QStringList {u"Page 1 of"_s})
                                << (welsh + QStringList {u"Tudalen 1 o"_s});
        QTest::newRow("csv cy") << u"csv"_s << u"cy"_s << QStringList {u"dynodydd y ddogfen"_s, u"testun"_s}
                                << QStringList {u"document id"_s, u"linked priorities"_s};
        QTest::newRow("csv en") << u"csv"_s << u"en"_s << QStringList {u"document id"_s, u"linked priorities"_s}
                                << QStringList {u"dynodydd y ddogfen"_s};
    }

    void exportFollowsLanguage()
    {
        QFETCH(QString, format);
        QFETCH(QString, language);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const QString file = m_dir.filePath(u"pack-"_s + language + u'.' + format);
        const Run r = cli({u"export"_s, format, m_doc, u"--language"_s, language, u"-o"_s, file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QString text;
        if (format == u"pdf"_s) {
            const Run pdf = run(u"pdftotext"_s, {file, u"-"_s});
            QVERIFY2(pdf.code == 0, qPrintable(pdf.err));
            text = pdf.out.simplified();
        } else {
            text = readText(file);
        }
        QVERIFY(!text.isEmpty());
        for (const QString &expected : present)
            QVERIFY2(text.contains(expected), qPrintable(format + u" in "_s + language + u" lacks: "_s + expected));
        for (const QString &unexpected : absent)
            QVERIFY2(!text.contains(unexpected), qPrintable(format + u" in "_s + language + u" has: "_s + unexpected));
    }

    void unknownLanguageIsRefused()
    {
        const QString file = m_dir.filePath(u"pack-fr.html"_s);
        const Run r = cli({u"export"_s, u"html"_s, m_doc, u"--language"_s, u"fr"_s, u"-o"_s, file});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"unknown language \"fr\"; use one of: en, cy"_s), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QVERIFY(!QFile::exists(file));
    }

    void defaultIsEnglish()
    {
        const Run r = cli({u"export"_s, u"html"_s, m_doc});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"Traceability matrix"_s));
        QVERIFY(!r.out.contains(u"Matrics olrheiniadwyedd"_s));
    }
};

QTEST_GUILESS_MAIN(TestExportLanguage)
#include "test_exportlanguage.moc"
