// SPDX-License-Identifier: GPL-3.0-or-later
#include "SegmentKind.h"

#include <array>

namespace Scrutiny {

namespace {
struct KindInfo
{
    SegmentKind kind;
    QLatin1StringView name;
    char prefix;
    QLatin1StringView singular;
    QLatin1StringView plural;
};

constexpr std::array kinds {
    KindInfo {SegmentKind::Summary, QLatin1StringView("summary"), 'S', QLatin1StringView("Summary"),
        QLatin1StringView("Summary")},
    KindInfo {SegmentKind::Finding, QLatin1StringView("finding"), 'F', QLatin1StringView("Finding"),
        QLatin1StringView("Findings")},
    KindInfo {SegmentKind::Priority, QLatin1StringView("priority"), 'P', QLatin1StringView("Priority"),
        QLatin1StringView("Priorities for action")},
    KindInfo {
        SegmentKind::Quote, QLatin1StringView("quote"), 'Q', QLatin1StringView("Quote"), QLatin1StringView("Quotes")},
    KindInfo {SegmentKind::Response, QLatin1StringView("response"), 'R', QLatin1StringView("Response"),
        QLatin1StringView("Council response")},
    KindInfo {SegmentKind::Context, QLatin1StringView("context"), 'C', QLatin1StringView("Context"),
        QLatin1StringView("Context")},
    KindInfo {SegmentKind::Heading, QLatin1StringView("heading"), 'H', QLatin1StringView("Heading"),
        QLatin1StringView("Headings")},
};

const KindInfo &info(SegmentKind kind)
{
    return kinds[static_cast<size_t>(kind)];
}
} // namespace

QString toString(SegmentKind kind)
{
    return info(kind).name;
}

QString toString(Side side)
{
    return side == Side::Review ? QStringLiteral("review") : QStringLiteral("council");
}

QString toString(Polarity polarity)
{
    switch (polarity) {
    case Polarity::Strength:
        return QStringLiteral("strength");
    case Polarity::Weakness:
        return QStringLiteral("weakness");
    case Polarity::Mixed:
        return QStringLiteral("mixed");
    case Polarity::None:
        break;
    }
    return {};
}

std::optional<SegmentKind> segmentKindFromString(QStringView text)
{
    for (const auto &k : kinds) {
        if (text == k.name)
            return k.kind;
    }
    return std::nullopt;
}

std::optional<Side> sideFromString(QStringView text)
{
    if (text == QLatin1StringView("review"))
        return Side::Review;
    if (text == QLatin1StringView("council"))
        return Side::Council;
    return std::nullopt;
}

std::optional<Polarity> polarityFromString(QStringView text)
{
    for (auto p : {Polarity::Strength, Polarity::Weakness, Polarity::Mixed}) {
        if (text == toString(p))
            return p;
    }
    if (text.isEmpty())
        return Polarity::None;
    return std::nullopt;
}

QChar idPrefix(SegmentKind kind)
{
    return QLatin1Char(info(kind).prefix);
}

QString segmentLabel(SegmentKind kind, qint64 rank)
{
    return idPrefix(kind) + QString::number(rank);
}

std::optional<SegmentKind> segmentKindFromIdPrefix(QChar prefix)
{
    for (const auto &k : kinds) {
        if (prefix == QLatin1Char(k.prefix))
            return k.kind;
    }
    return std::nullopt;
}

QString displayName(SegmentKind kind, bool plural)
{
    return plural ? QString(info(kind).plural) : QString(info(kind).singular);
}

} // namespace Scrutiny
