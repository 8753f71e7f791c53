// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/JournalAuthor.h"

#include "store/ProjectStore.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Scrutiny::JournalAuthor {

namespace {
QString &runOverride()
{
    static QString name;
    return name;
}

QString tidy(const QString &name)
{
    return name.simplified().left(maxLength);
}
} // namespace

QString configured()
{
    return tidy(QSettings().value(u"journal/author"_s).toString());
}

void setConfigured(const QString &name)
{
    QSettings settings;
    if (tidy(name).isEmpty())
        settings.remove(u"journal/author"_s);
    else
        settings.setValue(u"journal/author"_s, tidy(name));
}

void setForThisRun(const QString &name)
{
    runOverride() = tidy(name);
}

QString forThisRun()
{
    return runOverride();
}

QString resolve()
{
    if (!runOverride().isEmpty())
        return runOverride();
    // defaultAuthor() reads $SCRUTINY_AUTHOR first, then the OS user's name.
    if (!qEnvironmentVariable("SCRUTINY_AUTHOR").trimmed().isEmpty())
        return ProjectStore::defaultAuthor();
    const QString saved = configured();
    return saved.isEmpty() ? ProjectStore::defaultAuthor() : saved;
}

} // namespace Scrutiny::JournalAuthor
