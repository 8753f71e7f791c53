// SPDX-License-Identifier: GPL-3.0-or-later
// Whose name the window's journal entries carry: --author, else
// $SCRUTINY_AUTHOR, else the name saved in Settings, else the account's name.
#include "session/JournalAuthor.h"
#include "store/ProjectStore.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

class TestJournalAuthor final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void cleanup()
    {
        JournalAuthor::setForThisRun(QString());
        JournalAuthor::setConfigured(QString());
        qunsetenv("SCRUTINY_AUTHOR");
    }

    void resolveTakesTheFirstGiven_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("saved");
        QTest::addColumn<QString>("expected");
        const QString account = u"<account>"_s; // ProjectStore::defaultAuthor() without the variable
        QTest::newRow("nothing set") << QString() << QString() << QString() << account;
        QTest::newRow("Settings only") << QString() << QString() << u"Carys Morgan"_s << u"Carys Morgan"_s;
        QTest::newRow("variable over Settings") << QString() << u"Dai Jones"_s << u"Carys Morgan"_s << u"Dai Jones"_s;
        QTest::newRow("--author over both")
            << u"Ffion Evans"_s << u"Dai Jones"_s << u"Carys Morgan"_s << u"Ffion Evans"_s;
        QTest::newRow("spaces tidied") << QString() << QString() << u"  Carys \t Morgan "_s << u"Carys Morgan"_s;
        QTest::newRow("blank variable ignored") << QString() << u"   "_s << u"Carys Morgan"_s << u"Carys Morgan"_s;
        QTest::newRow("long name cut") << QString(150, u'a') << QString() << QString()
                                       << QString(JournalAuthor::maxLength, u'a');
    }

    void resolveTakesTheFirstGiven()
    {
        QFETCH(QString, option);
        QFETCH(QString, environment);
        QFETCH(QString, saved);
        QFETCH(QString, expected);
        qunsetenv("SCRUTINY_AUTHOR");
        const QString account = ProjectStore::defaultAuthor();
        QVERIFY(!account.isEmpty());
        if (expected == u"<account>"_s)
            expected = account;
        if (!environment.isNull())
            qputenv("SCRUTINY_AUTHOR", environment.toUtf8());
        JournalAuthor::setConfigured(saved);
        JournalAuthor::setForThisRun(option);
        QCOMPARE(JournalAuthor::resolve(), expected);
    }

    // What the store records is what resolve() gave.
    void storeRecordsTheName()
    {
        JournalAuthor::setConfigured(u"Carys Morgan"_s);
        ProjectStore store;
        store.setAuthor(JournalAuthor::resolve());
        QTemporaryDir dir;
        QString error;
        QVERIFY2(store.open(dir.filePath(u"p.scrutiny"_s), &error), qPrintable(error));
        QVERIFY2(store.createTag(u"Safeguarding"_s, QColor(Qt::red), &error), qPrintable(error));
        const QList<ProjectStore::JournalEntry> entries = store.journal();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.constFirst().who, u"Carys Morgan"_s);
    }
};

QTEST_GUILESS_MAIN(TestJournalAuthor)
#include "test_journalauthor.moc"
