// SPDX-License-Identifier: GPL-3.0-or-later
// Every input the libFuzzer targets (fuzz/) found a problem with, replayed in
// the ordinary suites from tests/data/fuzz/TARGET/, with what must hold now.
#include "DamagedProject.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

namespace {
QByteArray input(const QString &target, const QString &name)
{
    QFile file(QStringLiteral(SCRUTINY_TEST_DATA "/fuzz/%1/%2").arg(target, name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestFuzzRegressions final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // fuzz_project_file: a project whose first table's root page is unreadable. The
    // salvage bisected rowids 1..2^40 until its budget of 2000 statements ran out,
    // each failure re-attaching the file (1018 "unreadable places", 7 s in a debug
    // build, 15-30 s under ASan for a 200 kB project). Now an unreadable table is one
    // skipped place, and the rest of the project is still copied.
    void damagedProjectIsRepairedWithoutBisectingNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("maxSkipped");
        QTest::newRow("first table's root page unreadable") << u"first-table-root-unreadable"_s << 2;
    }
    void damagedProjectIsRepairedWithoutBisectingNothing()
    {
        QFETCH(QString, name);
        QFETCH(int, maxSkipped);
        const QByteArray patch = input(u"fuzz_project_file"_s, name);
        QVERIFY(!patch.isEmpty());
        QTemporaryDir dir;
        QString error;
        const QByteArray seed = Fuzz::DamagedProject::makeSeed(dir.filePath(u"seed.scrutiny"_s), &error);
        QVERIFY2(!seed.isEmpty(), qPrintable(error));
        const QByteArray damaged = Fuzz::DamagedProject::apply(seed, patch);
        QCOMPARE(damaged.size(), seed.size());
        QVERIFY(damaged != seed);
        const QString path = dir.filePath(u"damaged.scrutiny"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(damaged);
        }

        ProjectStore store;
        QVERIFY2(store.open(path, &error, true), qPrintable(error));
        Fuzz::DamagedProject::readEverything(store);
        QVERIFY(!store.damage().isEmpty());
        QVERIFY(store.isReadOnly());
        const QString copy = dir.filePath(u"repaired.scrutiny"_s);
        QString summary;
        QVERIFY2(store.makeRepairedCopy(copy, &error, &summary), qPrintable(error));
        static const QRegularExpression skipped(u"rows on (\\d+) unreadable place"_s);
        const QRegularExpressionMatch match = skipped.match(summary);
        QVERIFY2(match.hasMatch(), qPrintable(summary));
        QVERIFY2(match.captured(1).toInt() <= maxSkipped, qPrintable(summary));

        // The copy is a sound project holding what could be read.
        ProjectStore repaired;
        QVERIFY2(repaired.open(copy, &error, true), qPrintable(error));
        Fuzz::DamagedProject::readEverything(repaired);
        QVERIFY2(repaired.damage().isEmpty(), qPrintable(repaired.damage()));
        QVERIFY(repaired.lastReadError().isEmpty());
        // The original was only read.
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), damaged);
    }

    // fuzz_project_file: a damage that VACUUM INTO copies faithfully, so the copy's
    // integrity check itself fails. The check threw out of makeRepairedCopy and ended
    // the program; now that copy counts as damaged and the salvage goes on.
    void copyTooDamagedToCheckIsSalvaged()
    {
        const QByteArray patch = input(u"fuzz_project_file"_s, u"copy-too-damaged-to-check"_s);
        QVERIFY(!patch.isEmpty());
        QTemporaryDir dir;
        QString error;
        const QByteArray seed = Fuzz::DamagedProject::makeSeed(dir.filePath(u"seed.scrutiny"_s), &error);
        QVERIFY2(!seed.isEmpty(), qPrintable(error));
        const QString path = dir.filePath(u"damaged.scrutiny"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(Fuzz::DamagedProject::apply(seed, patch));
        }
        ProjectStore store;
        QVERIFY2(store.open(path, &error, true), qPrintable(error));
        Fuzz::DamagedProject::readEverything(store);
        const QString copy = dir.filePath(u"repaired.scrutiny"_s);
        QString summary;
        bool made = false;
        try {
            made = store.makeRepairedCopy(copy, &error, &summary);
        } catch (...) {
            QFAIL("makeRepairedCopy let an exception out");
        }
        if (!made) {
            // Refused with a reason, and nothing left behind.
            QVERIFY(!error.isEmpty());
            QVERIFY(!QFile::exists(copy));
            return;
        }
        ProjectStore repaired;
        QVERIFY2(repaired.open(copy, &error, true), qPrintable(error));
        Fuzz::DamagedProject::readEverything(repaired);
        QVERIFY2(repaired.damage().isEmpty(), qPrintable(repaired.damage()));
    }
};

QTEST_MAIN(TestFuzzRegressions)
#include "test_fuzzregressions.moc"
