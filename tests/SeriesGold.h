// SPDX-License-Identifier: GPL-3.0-or-later
// Gold cross-report links of a report series, read from tests/data/series/*.gold
// (format: tests/data/series/README.md), and the suggester scored against them.
#pragma once

#include "linking/ProgressSuggester.h"
#include "model/ParsedReport.h"

#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QString>
#include <QStringList>

namespace SeriesGold {

/// "2:text" -> report position 2 (1-based) and the distinctive text.
struct Key
{
    int report = 0;
    QString text;
};

struct Entry
{
    bool repeat = false; ///< a repeat: later finding => earlier finding
    Key finding;
    QList<Key> targets; ///< acceptable earlier priorities (or the earlier finding)
    Scrutiny::ProgressType type = Scrutiny::ProgressType::Progress;
    int line = 0;
};

struct File
{
    QString path;
    QStringList reports; ///< paths, earliest first
    bool heldOut = false; ///< written after the suggester's rules were settled, and not used to tune them
    QList<Entry> entries;
};

inline bool parseKey(const QString &text, Key *key)
{
    const qsizetype colon = text.indexOf(u':');
    bool ok = false;
    key->report = text.left(colon).trimmed().toInt(&ok);
    key->text = text.mid(colon + 1).trimmed();
    return colon > 0 && ok && key->report >= 1 && !key->text.isEmpty();
}

inline bool read(const QString &path, File *gold, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot open");
        return false;
    }
    gold->path = path;
    const QString dir = QFileInfo(path).absolutePath() + u'/' + QFileInfo(path).completeBaseName() + u'/';
    int number = 0;
    for (QString line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        ++number;
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        auto bad = [&](const QString &why) {
            *error = QStringLiteral("%1:%2: %3").arg(path).arg(number).arg(why);
            return false;
        };
        if (line == u"held-out: yes") {
            gold->heldOut = true;
            continue;
        }
        if (line.startsWith(u"series:")) {
            for (const QString &name : line.mid(7).split(u' ', Qt::SkipEmptyParts))
                gold->reports.append(dir + name);
            continue;
        }
        Entry e;
        e.line = number;
        e.repeat = line.startsWith(u"repeat:");
        if (!e.repeat && !line.startsWith(u"link:"))
            return bad(QStringLiteral("expected series:, link: or repeat:"));
        line = line.mid(line.indexOf(u':') + 1);
        if (!e.repeat) {
            const qsizetype semicolon = line.lastIndexOf(u';');
            const auto type = Scrutiny::progressTypeFromString(line.mid(semicolon + 1));
            if (semicolon < 0 || !type)
                return bad(QStringLiteral("expected ; TYPE at the end"));
            e.type = *type;
            line = line.left(semicolon);
        } else {
            e.type = Scrutiny::ProgressType::Repeat;
        }
        const qsizetype arrow = line.indexOf(u"=>");
        if (arrow < 0 || !parseKey(line.left(arrow), &e.finding))
            return bad(QStringLiteral("expected N:FINDING => N:TARGET"));
        for (const QString &t : line.mid(arrow + 2).split(u'|')) {
            Key k;
            if (!parseKey(t, &k) || k.report >= e.finding.report)
                return bad(QStringLiteral("a target must be N:TEXT in an earlier report"));
            e.targets.append(k);
        }
        gold->entries.append(e);
    }
    if (gold->reports.size() < 2) {
        *error = path + QStringLiteral(": a series: line with at least two reports is needed");
        return false;
    }
    return true;
}

inline bool contains(const QString &text, const QString &key)
{
    return text.simplified().contains(key.simplified(), Qt::CaseInsensitive);
}

} // namespace SeriesGold
