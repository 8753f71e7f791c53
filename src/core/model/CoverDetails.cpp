// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoverDetails.h"

#include <QCoreApplication>

namespace Scrutiny {

QList<CoverDetails::Field> CoverDetails::fields()
{
    return {Field::Committee, Field::Meeting, Field::Date, Field::AgendaItem, Field::Officer, Field::Version};
}

QString CoverDetails::key(Field field)
{
    switch (field) {
    case Field::Committee:
        return QStringLiteral("committee");
    case Field::Meeting:
        return QStringLiteral("meeting");
    case Field::Date:
        return QStringLiteral("date");
    case Field::AgendaItem:
        return QStringLiteral("agenda-item");
    case Field::Officer:
        return QStringLiteral("officer");
    case Field::Version:
        break;
    }
    return QStringLiteral("version");
}

std::optional<CoverDetails::Field> CoverDetails::fieldFromKey(QStringView key)
{
    for (Field f : fields()) {
        if (key.compare(CoverDetails::key(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

QString CoverDetails::label(Field field)
{
    switch (field) {
    case Field::Committee:
        return QCoreApplication::translate("CoverDetails", "Committee");
    case Field::Meeting:
        return QCoreApplication::translate("CoverDetails", "Meeting");
    case Field::Date:
        return QCoreApplication::translate("CoverDetails", "Meeting date");
    case Field::AgendaItem:
        return QCoreApplication::translate("CoverDetails", "Agenda item");
    case Field::Officer:
        return QCoreApplication::translate("CoverDetails", "Officer");
    case Field::Version:
        break;
    }
    return QCoreApplication::translate("CoverDetails", "Version");
}

QString CoverDetails::value(Field field) const
{
    switch (field) {
    case Field::Committee:
        return committee;
    case Field::Meeting:
        return meeting;
    case Field::Date:
        return date;
    case Field::AgendaItem:
        return agendaItem;
    case Field::Officer:
        return officer;
    case Field::Version:
        break;
    }
    return version;
}

void CoverDetails::setValue(Field field, const QString &value)
{
    switch (field) {
    case Field::Committee:
        committee = value;
        return;
    case Field::Meeting:
        meeting = value;
        return;
    case Field::Date:
        date = value;
        return;
    case Field::AgendaItem:
        agendaItem = value;
        return;
    case Field::Officer:
        officer = value;
        return;
    case Field::Version:
        version = value;
        return;
    }
}

bool CoverDetails::isEmpty() const
{
    for (Field f : fields()) {
        if (!value(f).trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace Scrutiny
