// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParsedReport.h"

#include <algorithm>

namespace Scrutiny {

QString toString(Removal::Reason reason)
{
    switch (reason) {
    case Removal::Reason::Duplicate:
        return QStringLiteral("duplicate");
    case Removal::Reason::Teaser:
        return QStringLiteral("teaser");
    case Removal::Reason::Boilerplate:
        break;
    }
    return QStringLiteral("boilerplate");
}

Removal::Reason removalReasonFromString(QStringView text)
{
    if (text == u"duplicate")
        return Removal::Reason::Duplicate;
    if (text == u"teaser")
        return Removal::Reason::Teaser;
    return Removal::Reason::Boilerplate;
}

QString toString(ParsedReport::Format format)
{
    switch (format) {
    case ParsedReport::Format::Html:
        return QStringLiteral("html");
    case ParsedReport::Format::Pdf:
        return QStringLiteral("pdf");
    case ParsedReport::Format::Text:
        break;
    }
    return QStringLiteral("text");
}

const Rating *overallRating(const QList<Rating> &ratings)
{
    const auto it = std::find_if(ratings.cbegin(), ratings.cend(),
        [](const Rating &r) { return r.aspect.startsWith(QLatin1StringView("overall"), Qt::CaseInsensitive); });
    return it == ratings.cend() ? nullptr : &*it;
}

const Segment *ParsedReport::segment(QStringView id) const
{
    const auto it = std::find_if(segments.cbegin(), segments.cend(), [id](const Segment &s) { return s.id == id; });
    return it == segments.cend() ? nullptr : &*it;
}

qsizetype ParsedReport::count(SegmentKind kind) const
{
    return std::count_if(segments.cbegin(), segments.cend(), [kind](const Segment &s) { return s.kind == kind; });
}

} // namespace Scrutiny
