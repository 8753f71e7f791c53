// SPDX-License-Identifier: GPL-3.0-or-later
// Every string the sources mark for translation is in the catalogues (issue 12). test_welsh
// checks that what the catalogue holds is translated; a string added after the last lupdate run
// is in no catalogue at all and would be shown in English. This runs lupdate, as the
// update_translations target does, on copies of the catalogues and fails on any new string.
#include "ProcessRun.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTranslationCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noStringIsMissing_data()
    {
        QTest::addColumn<QString>("catalogue");
        QTest::newRow("Welsh") << u"scrutiny_cy.ts"_s;
        QTest::newRow("English plurals") << u"scrutiny_en.ts"_s;
    }

    void noStringIsMissing()
    {
        QFETCH(QString, catalogue);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(catalogue);
        QVERIFY(QFile::copy(QStringLiteral(SCRUTINY_SOURCE_DIR "/translations/") + catalogue, copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString project = dir.filePath(u"project.json"_s);
        const Scrutiny::Testing::Run generated = Scrutiny::Testing::run(QStringLiteral(SCRUTINY_CMAKE),
            {QStringLiteral("-DIN_FILE=" SCRUTINY_LUPDATE_DESCRIPTION), u"-DOUT_FILE="_s + project, u"-P"_s,
                QStringLiteral(SCRUTINY_LUPDATE_GENERATOR)});
        QVERIFY2(generated.code == 0 && QFile::exists(project), qPrintable(generated.out + generated.err));
        const Scrutiny::Testing::Run r = Scrutiny::Testing::run(QStringLiteral(SCRUTINY_LUPDATE),
            {u"-project"_s, project, u"-ts"_s, copy, u"-no-obsolete"_s, u"-locations"_s, u"none"_s});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        // "Found 1104 source text(s) (0 new and 1104 already existing)"
        static const QRegularExpression found(uR"(Found (\d+) source text\(s\) \((\d+) new and)"_s);
        const auto m = found.match(r.out + r.err);
        QVERIFY2(m.hasMatch(), qPrintable(r.out + r.err));
        QVERIFY(m.captured(1).toInt() > 900);
        QVERIFY2(m.captured(2).toInt() == 0,
            qPrintable(m.captured(2) + u" string(s) marked for translation are not in "_s + catalogue
                + u": build the update_translations target and translate them"_s));
    }
};

QTEST_GUILESS_MAIN(TestTranslationCatalogue)
#include "test_translationcatalogue.moc"
