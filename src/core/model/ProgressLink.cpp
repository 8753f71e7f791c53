// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressLink.h"

#include <QCoreApplication>

namespace Scrutiny {

QString toString(ProgressType type)
{
    switch (type) {
    case ProgressType::Met:
        return QStringLiteral("met");
    case ProgressType::NotMet:
        return QStringLiteral("not-met");
    case ProgressType::Repeat:
        return QStringLiteral("repeat");
    case ProgressType::NotApplicable:
        return QStringLiteral("not-applicable");
    case ProgressType::Progress:
        break;
    }
    return QStringLiteral("progress");
}

std::optional<ProgressType> progressTypeFromString(QStringView text)
{
    QString name = text.trimmed().toString().toLower();
    name.replace(QLatin1Char(' '), QLatin1Char('-')).replace(QLatin1Char('_'), QLatin1Char('-'));
    if (name == QLatin1StringView("repeat-finding"))
        return ProgressType::Repeat;
    if (name == QLatin1StringView("no-longer-applicable"))
        return ProgressType::NotApplicable;
    for (ProgressType t : allProgressTypes) {
        if (name == toString(t))
            return t;
    }
    return std::nullopt;
}

QString displayName(ProgressType type)
{
    switch (type) {
    case ProgressType::Met:
        return QCoreApplication::translate("Scrutiny::ProgressType", "Met");
    case ProgressType::NotMet:
        return QCoreApplication::translate("Scrutiny::ProgressType", "Not met");
    case ProgressType::Repeat:
        return QCoreApplication::translate("Scrutiny::ProgressType", "Repeat finding");
    case ProgressType::NotApplicable:
        return QCoreApplication::translate("Scrutiny::ProgressType", "No longer applicable");
    case ProgressType::Progress:
        break;
    }
    return QCoreApplication::translate("Scrutiny::ProgressType", "Progress");
}

} // namespace Scrutiny
