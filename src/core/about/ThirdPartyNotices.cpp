// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThirdPartyNotices.h"

#include <ksyntaxhighlighting_version.h>
#include <poppler-version.h>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtGlobal>

namespace Scrutiny {

namespace {
/// SQLite's version as the Qt SQLite driver reports it (it may bundle its own).
QString sqliteVersion()
{
    const QString name = QStringLiteral("scrutiny-about-sqlite");
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                version = query.value(0).toString();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}
} // namespace

QList<ThirdPartyComponent> thirdPartyComponents()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only OR GPL-2.0-or-later"),
            QStringLiteral("https://www.qt.io/"),
            QCoreApplication::translate("ThirdPartyNotices", "Windows, text layout, PDF writing, the SQLite driver")},
        {QStringLiteral("KF6 SyntaxHighlighting"), QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING),
            QStringLiteral("MIT"), QStringLiteral("https://invent.kde.org/frameworks/syntax-highlighting"),
            QCoreApplication::translate("ThirdPartyNotices", "Highlighting in the reader, colour themes")},
        {QStringLiteral("Poppler"), Poppler::Version::string(), QStringLiteral("GPL-2.0-or-later"),
            QStringLiteral("https://poppler.freedesktop.org/"),
            QCoreApplication::translate("ThirdPartyNotices", "Reading PDF reports, annotating the original PDF")},
        {QStringLiteral("SQLite"), sqliteVersion(), QStringLiteral("blessing"), QStringLiteral("https://sqlite.org/"),
            QCoreApplication::translate("ThirdPartyNotices", "The project file")},
        {QStringLiteral("Hunspell"), QStringLiteral(SCRUTINY_HUNSPELL_VERSION),
            QStringLiteral("MPL-1.1 OR GPL-2.0-or-later OR LGPL-2.1-or-later"),
            QStringLiteral("https://hunspell.github.io/"),
            QCoreApplication::translate("ThirdPartyNotices", "Repairing words broken across lines")},
    };
}

} // namespace Scrutiny
