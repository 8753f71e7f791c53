// SPDX-License-Identifier: GPL-3.0-or-later
#include "Annotations.h"

#include <QCoreApplication>

#include <algorithm>

namespace Scrutiny {

QString toString(LinkType type)
{
    switch (type) {
    case LinkType::PartlyAddresses:
        return QStringLiteral("partly-addresses");
    case LinkType::Contradicts:
        return QStringLiteral("contradicts");
    case LinkType::RespondsTo:
        return QStringLiteral("responds-to");
    case LinkType::Addresses:
        break;
    }
    return QStringLiteral("addresses");
}

std::optional<LinkType> linkTypeFromString(QStringView text)
{
    for (auto t : {LinkType::Addresses, LinkType::PartlyAddresses, LinkType::Contradicts, LinkType::RespondsTo}) {
        if (text == toString(t))
            return t;
    }
    return std::nullopt;
}

QString toString(PlanStatus status)
{
    switch (status) {
    case PlanStatus::InProgress:
        return QStringLiteral("in progress");
    case PlanStatus::Done:
        return QStringLiteral("done");
    case PlanStatus::Overdue:
        return QStringLiteral("overdue");
    case PlanStatus::WillNotImplement:
        return QStringLiteral("will not implement");
    case PlanStatus::NotStarted:
        break;
    }
    return QStringLiteral("not started");
}

QString displayName(PlanStatus status)
{
    switch (status) {
    case PlanStatus::InProgress:
        return QCoreApplication::translate("PlanStatus", "in progress");
    case PlanStatus::Done:
        return QCoreApplication::translate("PlanStatus", "done");
    case PlanStatus::Overdue:
        return QCoreApplication::translate("PlanStatus", "overdue");
    case PlanStatus::WillNotImplement:
        return QCoreApplication::translate("PlanStatus", "will not implement");
    case PlanStatus::NotStarted:
        break;
    }
    return QCoreApplication::translate("PlanStatus", "not started");
}

std::optional<PlanStatus> planStatusFromString(QStringView text)
{
    for (auto s : {PlanStatus::NotStarted, PlanStatus::InProgress, PlanStatus::Done, PlanStatus::Overdue,
                   PlanStatus::WillNotImplement}) {
        const QString name = toString(s);
        // Accept "in-progress" and "in_progress" from the command line too.
        if (text.compare(name, Qt::CaseInsensitive) == 0
            || QString(text).replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '))
                       .compare(name, Qt::CaseInsensitive)
                == 0)
            return s;
    }
    return std::nullopt;
}

bool PlanItem::isOverdue(const QDate &today) const
{
    if (status == PlanStatus::Overdue)
        return true;
    if (status == PlanStatus::Done || status == PlanStatus::WillNotImplement)
        return false;
    return due.isValid() && due < today;
}

const Tag *AnnotatedReport::tag(qint64 id) const
{
    const auto it = std::find_if(tags.cbegin(), tags.cend(), [id](const Tag &t) { return t.id == id; });
    return it == tags.cend() ? nullptr : &*it;
}

QList<Link> AnnotatedReport::linksFrom(QStringView segment) const
{
    QList<Link> out;
    std::copy_if(links.cbegin(), links.cend(), std::back_inserter(out), [segment](const Link &l) { return l.from == segment; });
    return out;
}

QList<Link> AnnotatedReport::linksTo(QStringView segment) const
{
    QList<Link> out;
    std::copy_if(links.cbegin(), links.cend(), std::back_inserter(out), [segment](const Link &l) { return l.to == segment; });
    return out;
}

} // namespace Scrutiny
