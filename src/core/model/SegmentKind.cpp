// SPDX-License-Identifier: GPL-3.0-or-later
#include "SegmentKind.h"

#include <QCoreApplication>

#include <array>

namespace Scrutiny {

namespace {
struct KindInfo
{
    SegmentKind kind;
    QLatin1StringView name;
    char prefix;
    const char *singular; ///< translated in the context "SegmentKind"
    const char *plural;
};

constexpr std::array kinds{
    KindInfo{SegmentKind::Summary, QLatin1StringView("summary"), 'S', QT_TRANSLATE_NOOP("SegmentKind", "Summary"), QT_TRANSLATE_NOOP("SegmentKind", "Summary")},
    KindInfo{SegmentKind::Finding, QLatin1StringView("finding"), 'F', QT_TRANSLATE_NOOP("SegmentKind", "Finding"), QT_TRANSLATE_NOOP("SegmentKind", "Findings")},
    KindInfo{SegmentKind::Priority, QLatin1StringView("priority"), 'P', QT_TRANSLATE_NOOP("SegmentKind", "Priority"),
             QT_TRANSLATE_NOOP("SegmentKind", "Priorities for action")},
    KindInfo{SegmentKind::Quote, QLatin1StringView("quote"), 'Q', QT_TRANSLATE_NOOP("SegmentKind", "Quote"), QT_TRANSLATE_NOOP("SegmentKind", "Quotes")},
    KindInfo{SegmentKind::Response, QLatin1StringView("response"), 'R', QT_TRANSLATE_NOOP("SegmentKind", "Response"),
             QT_TRANSLATE_NOOP("SegmentKind", "Council response")},
    KindInfo{SegmentKind::Context, QLatin1StringView("context"), 'C', QT_TRANSLATE_NOOP("SegmentKind", "Context"), QT_TRANSLATE_NOOP("SegmentKind", "Context")},
    KindInfo{SegmentKind::Heading, QLatin1StringView("heading"), 'H', QT_TRANSLATE_NOOP("SegmentKind", "Heading"), QT_TRANSLATE_NOOP("SegmentKind", "Headings")},
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
    return QCoreApplication::translate("SegmentKind", plural ? info(kind).plural : info(kind).singular);
}

QString displayName(Polarity polarity)
{
    switch (polarity) {
    case Polarity::Strength:
        return QCoreApplication::translate("Polarity", "strength");
    case Polarity::Weakness:
        return QCoreApplication::translate("Polarity", "weakness");
    case Polarity::Mixed:
        return QCoreApplication::translate("Polarity", "mixed");
    case Polarity::None:
        break;
    }
    return {};
}

} // namespace Scrutiny
