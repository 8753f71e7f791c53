// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI side of a damaged project: the message bar says so in the store's one
// line and offers "Make a repaired copy…", which writes a copy that opens clean
// and leaves the damaged file as it was.
#include "BadInputFiles.h"
#include "StoreFixtures.h"
#include "common/MessageBar.h"
#include "mainwindow/DamagedProjectNotice.h"
#include "store/ProjectStore.h"

#include <QCryptographicHash>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}
} // namespace

class TestDamagedNotice final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void offersARepairedCopy()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"damaged.scrutiny"_s);
        {
            ProjectStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QVERIFY(store.importReport(StoreFixtures::councilReport(), "bytes", u"r.txt"_s, &error));
            QVERIFY(store.createTag(u"timeliness"_s, QColor(), &error));
        }
        QVERIFY(BadInputFiles::damageTable(path, u"notes"_s));
        const QByteArray before = fileHash(path);

        QWidget window;
        MessageBar bar(&window);
        ProjectStore store;
        DamagedProjectNotice notice(&store, &bar, &window);
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        window.show();
        notice.check();
        QVERIFY(bar.isVisible());
        QCOMPARE(bar.type(), MessageBar::Type::Error);
        QCOMPARE(bar.text(), store.damage());
        QVERIFY(bar.actionButton()->isVisible());
        QCOMPARE(bar.actionButton()->text(), u"Make a repaired copy\u2026"_s);

        const QString copy = m_dir.filePath(u"repaired.scrutiny"_s);
        QString suggested;
        notice.setPathChooser([&](const QString &s) {
            suggested = s;
            return copy;
        });
        QTest::mouseClick(bar.actionButton(), Qt::LeftButton);
        QCOMPARE(suggested, m_dir.filePath(u"damaged (repaired).scrutiny"_s));
        QCOMPARE(bar.type(), MessageBar::Type::Positive);
        QVERIFY2(bar.text().startsWith(u"Repaired copy saved as %1 ("_s.arg(copy)), qPrintable(bar.text()));
        QVERIFY(!bar.actionButton()->isVisible());
        store.close();
        QCOMPARE(fileHash(path), before);

        ProjectStore repaired;
        QVERIFY2(repaired.open(copy, &error), qPrintable(error));
        QVERIFY(repaired.damage().isEmpty());
        QCOMPARE(repaired.documents().size(), 1);
        QVERIFY(repaired.tagByName(u"timeliness"_s));
    }
};

QTEST_MAIN(TestDamagedNotice)
#include "test_damagednotice.moc"
