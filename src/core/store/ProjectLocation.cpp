// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectLocation.h"

#include "ProjectStore.h"

#include <QtGlobal>

namespace Scrutiny::ProjectLocation {

QString fromEnvironment()
{
    return qEnvironmentVariable(environmentVariable);
}

QString standard()
{
    const QString fromEnv = fromEnvironment();
    return fromEnv.isEmpty() ? ProjectStore::defaultPath() : fromEnv;
}

QString resolve(const QString &given)
{
    return given.isEmpty() ? standard() : given;
}

} // namespace Scrutiny::ProjectLocation
