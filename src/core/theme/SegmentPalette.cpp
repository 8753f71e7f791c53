// SPDX-License-Identifier: GPL-3.0-or-later
#include "SegmentPalette.h"

#include <QHash>
#include <QList>

#include <algorithm>

namespace Scrutiny::SegmentPalette {

using KSyntaxHighlighting::Theme;

namespace {
// Which theme text styles may stand for which kind, in order of preference.
// Themes colour styles differently (and some give two styles one colour), so
// each kind takes the first style whose colour no earlier kind took.
QList<Theme::TextStyle> candidates(SegmentKind kind)
{
    switch (kind) {
    case SegmentKind::Summary:
        return {Theme::DataType, Theme::Extension, Theme::Variable, Theme::Attribute};
    case SegmentKind::Finding:
        return {Theme::DecVal, Theme::Constant, Theme::Information, Theme::Import, Theme::Keyword};
    case SegmentKind::Priority:
        return {Theme::Function, Theme::BuiltIn, Theme::Char, Theme::Operator};
    case SegmentKind::Quote:
        return {Theme::String, Theme::SpecialString, Theme::VerbatimString, Theme::Char};
    case SegmentKind::Response:
        return {Theme::Others, Theme::Preprocessor, Theme::Import, Theme::Attribute, Theme::Variable};
    case SegmentKind::Context:
    case SegmentKind::Heading:
        break;
    }
    return {};
}

QColor rgb(QRgb value, const QColor &fallback)
{
    return value ? QColor::fromRgb(value) : fallback;
}

/// The accents of the five tinted kinds for one theme, worked out once per theme and thread.
const QHash<SegmentKind, QColor> &accents(const Theme &theme)
{
    thread_local QHash<QString, QHash<SegmentKind, QColor>> cache;
    auto it = cache.find(theme.name());
    if (it != cache.end())
        return *it;
    QHash<SegmentKind, QColor> chosen;
    QList<QRgb> taken {theme.textColor(Theme::Normal)};
    for (SegmentKind kind : {SegmentKind::Summary, SegmentKind::Finding, SegmentKind::Priority, SegmentKind::Quote,
             SegmentKind::Response}) {
        const QList<Theme::TextStyle> styles = candidates(kind);
        QRgb pick = theme.textColor(styles.constFirst());
        for (Theme::TextStyle style : styles) {
            if (!taken.contains(theme.textColor(style))) {
                pick = theme.textColor(style);
                break;
            }
        }
        taken << pick;
        chosen.insert(kind, rgb(pick, QColor(Qt::darkGray)));
    }
    return *cache.insert(theme.name(), chosen);
}
} // namespace

QColor blend(const QColor &a, const QColor &b, qreal amount)
{
    const qreal k = std::clamp(amount, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() * k + b.redF() * (1 - k)), float(a.greenF() * k + b.greenF() * (1 - k)),
        float(a.blueF() * k + b.blueF() * (1 - k)));
}

QColor background(const Theme &theme)
{
    return rgb(theme.editorColor(Theme::BackgroundColor), QColor(Qt::white));
}

QColor text(const Theme &theme)
{
    return rgb(theme.textColor(Theme::Normal), isDark(theme) ? QColor(Qt::white) : QColor(Qt::black));
}

bool isDark(const Theme &theme)
{
    return background(theme).lightnessF() < 0.5;
}

QColor accent(const Theme &theme, SegmentKind kind)
{
    if (kind == SegmentKind::Context || kind == SegmentKind::Heading)
        return blend(text(theme), background(theme), 0.45);
    return accents(theme).value(kind);
}

QColor tint(const Theme &theme, SegmentKind kind)
{
    if (kind == SegmentKind::Context || kind == SegmentKind::Heading)
        return {};
    // Dark backgrounds need a little more of the accent to show at all.
    return blend(accent(theme, kind), background(theme), isDark(theme) ? 0.16 : 0.11);
}

QColor selection(const Theme &theme)
{
    // Softened so selected text keeps its syntax colours readable.
    return blend(rgb(theme.editorColor(Theme::TextSelection), QColor(Qt::blue)), background(theme), 0.6);
}

QColor searchHighlight(const Theme &theme)
{
    // Several dark themes give search a grey that vanishes among the kind tints:
    // a hit must stand out, so a colourless one gives way to amber.
    const QColor themed = rgb(theme.editorColor(Theme::SearchHighlight), QColor(Qt::yellow));
    if (themed.hsvSaturationF() >= 0.3)
        return themed;
    return isDark(theme) ? QColor(0x9a, 0x74, 0x00) : QColor(0xff, 0xe0, 0x4d);
}

} // namespace Scrutiny::SegmentPalette
