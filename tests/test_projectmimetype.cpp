// SPDX-License-Identifier: GPL-3.0-or-later
// The shared-mime-info package we install (resources/desktop/*.mime.xml), compiled
// with update-mime-database the way a distribution does, recognises a project by
// its name and, renamed, by the application id in its SQLite header, while a
// plain SQLite file stays application/vnd.sqlite3. And the window icon renders
// (the SVG icon engine plugin is installed).
#include "store/ProjectStore.h"

#include <QDir>
#include <QFile>
#include <QIcon>
#include <QMimeDatabase>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

class TestProjectMimeType : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mimeType_data();
    void mimeType();
    void windowIconRenders();

private:
    QTemporaryDir m_dir;
};

void TestProjectMimeType::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A data directory holding only the freedesktop.org database and ours.
    const QString packages = m_dir.filePath(u"share/mime/packages"_s);
    QVERIFY(QDir().mkpath(packages));
    QVERIFY(QFile::copy(u"/usr/share/mime/packages/freedesktop.org.xml"_s, packages + u"/freedesktop.org.xml"_s));
    QVERIFY(QFile::copy(QStringLiteral(SCRUTINY_SOURCE_DIR "/resources/desktop/org.scrutiny.Scrutiny.mime.xml"),
        packages + u"/org.scrutiny.Scrutiny.xml"_s));
    QProcess update;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_DIRS"_s, m_dir.filePath(u"share"_s)); // else it warns that nobody looks there
    update.setProcessEnvironment(env);
    update.start(u"update-mime-database"_s, {m_dir.filePath(u"share/mime"_s)});
    QVERIFY(update.waitForFinished(60000));
    QCOMPARE(update.exitCode(), 0);
    QVERIFY2(update.readAllStandardError().isEmpty(), "update-mime-database complained");
    QVERIFY(QFile::exists(m_dir.filePath(u"share/mime/mime.cache"_s)));
    // Before the first QMimeDatabase: Qt reads these when it first looks.
    qputenv("XDG_DATA_DIRS", m_dir.filePath(u"share"_s).toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_dir.filePath(u"home"_s).toLocal8Bit());

    ProjectStore store;
    QString error;
    QVERIFY2(store.open(m_dir.filePath(u"council.scrutiny"_s), &error), qPrintable(error));
    store.close();
    QVERIFY(QFile::copy(m_dir.filePath(u"council.scrutiny"_s), m_dir.filePath(u"renamed.db"_s)));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plain"_s);
        db.setDatabaseName(m_dir.filePath(u"plain.db"_s));
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE t (x)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"plain"_s);
    QFile empty(m_dir.filePath(u"empty.scrutiny"_s));
    QVERIFY(empty.open(QIODevice::WriteOnly));
}

void TestProjectMimeType::mimeType_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("byContentOnly");
    QTest::addColumn<QString>("expected");
    QTest::newRow("project by name") << u"council.scrutiny"_s << false << u"application/x-scrutiny-project"_s;
    QTest::newRow("project by content") << u"council.scrutiny"_s << true << u"application/x-scrutiny-project"_s;
    QTest::newRow("renamed project") << u"renamed.db"_s << false << u"application/x-scrutiny-project"_s;
    QTest::newRow("other SQLite file") << u"plain.db"_s << true << u"application/vnd.sqlite3"_s;
    QTest::newRow("empty .scrutiny file") << u"empty.scrutiny"_s << false << u"application/x-scrutiny-project"_s;
}

void TestProjectMimeType::mimeType()
{
    QFETCH(QString, file);
    QFETCH(bool, byContentOnly);
    QFETCH(QString, expected);
    QMimeDatabase mimes;
    const QMimeType type = mimes.mimeTypeForFile(
        m_dir.filePath(file), byContentOnly ? QMimeDatabase::MatchContent : QMimeDatabase::MatchDefault);
    QCOMPARE(type.name(), expected);
    if (expected == u"application/x-scrutiny-project"_s) {
        QVERIFY(type.inherits(u"application/vnd.sqlite3"_s));
        QCOMPARE(type.comment(), u"Scrutiny project"_s);
    }
}

void TestProjectMimeType::windowIconRenders()
{
    const QIcon icon(u":/icons/scrutiny.svg"_s);
    const QImage image = icon.pixmap(QSize(48, 48)).toImage();
    QVERIFY2(!image.isNull(), "no icon engine for SVG: is qt6-svg-plugins installed?");
    QCOMPARE(image.size(), QSize(48, 48));
    // Drawn, not blank: the magnifier's red rim is somewhere in the picture.
    bool red = false;
    for (int y = 0; y < image.height() && !red; ++y)
        for (int x = 0; x < image.width() && !red; ++x)
            red = qRed(image.pixel(x, y)) > 150 && qGreen(image.pixel(x, y)) < 90 && qAlpha(image.pixel(x, y)) > 200;
    QVERIFY(red);
}

QTEST_MAIN(TestProjectMimeType)
#include "test_projectmimetype.moc"
