// SPDX-License-Identifier: GPL-3.0-or-later
// Annotated reports for the export tests and benchmarks: a report text cut into
// paragraphs with simple structural rules (bullets after a "priorities" lead-in
// are priorities, other bullets findings, quoted paragraphs quotes with the
// speaker from the paragraph before), then tagged, linked, noted and planned the
// way a user would. Independent of the importer so exports are tested alone.
#pragma once

#include "model/Annotations.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace ExportFixture {

using namespace Scrutiny;

inline ParsedReport segmentParagraphs(const QString &raw, const QString &title)
{
    ParsedReport r;
    r.title = title;
    r.format = ParsedReport::Format::Text;
    const QStringList paragraphs = raw.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")));
    QSet<QString> seen;
    bool inPriorities = false;
    QString pendingSpeaker;
    QString pendingRole;
    int counters[7] = {};
    for (QString p : paragraphs) {
        p = p.trimmed();
        if (p.isEmpty())
            continue;
        if (seen.contains(p)) {
            r.removed.append({Removal::Reason::Duplicate, p});
            continue;
        }
        seen.insert(p);
        if (p.size() < 40 && !p.endsWith(QLatin1Char(':'))) {
            r.removed.append({Removal::Reason::Boilerplate, p});
            continue;
        }
        // Words broken by a stray space in the source, joined again.
        static const QRegularExpression broken(QStringLiteral("\\b(r) (esidential)\\b|\\b(goo) (d)\\b"));
        for (auto m = broken.match(p); m.hasMatch(); m = broken.match(p)) {
            const QString before = m.captured(0);
            QString after = before;
            after.remove(QLatin1Char(' '));
            p.replace(m.capturedStart(), m.capturedLength(), after);
            r.repairs.append({before, after, 0});
        }
        Segment s;
        if (p.startsWith(QLatin1StringView("* "))) {
            p = p.mid(2);
            s.kind = inPriorities ? SegmentKind::Priority : SegmentKind::Finding;
        } else if (p.startsWith(QLatin1Char('\'')) || p.contains(QLatin1StringView(": '"))) {
            s.kind = SegmentKind::Quote;
            s.speakerName = pendingSpeaker;
            s.speakerRole = pendingRole;
            const qsizetype colon = p.indexOf(QLatin1StringView(": '"));
            if (colon > 0 && s.speakerName.isEmpty()) {
                const QString lead = p.left(colon);
                s.speakerName = lead.section(QLatin1Char(','), 0, 0).trimmed();
                s.speakerRole = lead.section(QLatin1Char(','), 1).remove(QLatin1StringView(" said")).trimmed();
            }
            pendingSpeaker.clear();
            pendingRole.clear();
        } else if (p.endsWith(QLatin1StringView("said:"))) {
            pendingSpeaker = p.section(QLatin1Char(','), 0, 0).trimmed();
            pendingRole = p.section(QLatin1Char(','), 1).remove(QLatin1StringView(" said:")).trimmed();
            s.kind = SegmentKind::Context;
        } else {
            s.kind = counters[int(SegmentKind::Summary)] == 0 ? SegmentKind::Summary : SegmentKind::Context;
            inPriorities = p.contains(QLatin1StringView("priorities"), Qt::CaseInsensitive);
        }
        if (!r.text.isEmpty())
            r.text += QStringLiteral("\n\n");
        for (Repair &rep : r.repairs) {
            if (rep.start == 0 && p.contains(rep.after))
                rep.start = r.text.size() + p.indexOf(rep.after);
        }
        s.start = r.text.size();
        r.text += p;
        s.end = r.text.size();
        s.text = p;
        s.side = Side::Review;
        if (s.kind == SegmentKind::Finding)
            s.polarity
                = p.contains(QLatin1StringView("good"), Qt::CaseInsensitive) ? Polarity::Strength : Polarity::Weakness;
        s.id = QString(idPrefix(s.kind)) + QString::number(++counters[int(s.kind)]);
        r.segments.append(s);
    }
    return r;
}

inline QString sampleText()
{
    QFile f(QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

/// Tags every finding and priority sharing a theme word, links each finding to
/// the priorities it shares the most words with, notes and plans a few.
inline AnnotatedReport annotate(ParsedReport report, const QString &fileName)
{
    AnnotatedReport a;
    a.documentId = 1;
    a.fileName = fileName;
    a.sha256 = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    a.importedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30), QTimeZone::UTC);
    a.report = std::move(report);
    a.tags = {{1, QStringLiteral("leadership"), QColor(0x1e88e5), QStringLiteral("Political and managerial"), 0},
        {2, QStringLiteral("outcomes"), QColor(0xf9a825), {}, 0},
        {3, QStringLiteral("resources"), QColor(0x43a047), {}, 0},
        {4, QStringLiteral("children"), QColor(0x8e24aa), {}, 2}};
    const QList<std::pair<QString, qint64>> words = {{QStringLiteral("leadership"), 1}, {QStringLiteral("outcome"), 2},
        {QStringLiteral("resource"), 3}, {QStringLiteral("cost"), 3}, {QStringLiteral("child"), 4}};
    QList<const Segment *> findings, priorities;
    for (const Segment &s : a.report.segments) {
        for (const auto &[word, tag] : words) {
            if (s.text.contains(word, Qt::CaseInsensitive) && !a.segmentTags[s.id].contains(tag))
                a.segmentTags[s.id].append(tag);
        }
        if (s.kind == SegmentKind::Finding)
            findings.append(&s);
        if (s.kind == SegmentKind::Priority)
            priorities.append(&s);
    }
    for (auto it = a.segmentTags.begin(); it != a.segmentTags.end();) {
        if (it->isEmpty())
            it = a.segmentTags.erase(it);
        else
            ++it;
    }
    qint64 linkId = 0;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        if (priorities.isEmpty() || i % 4 == 3)
            continue; // leave some findings unlinked: the matrix must show gaps
        const Segment *p = priorities[i % priorities.size()];
        const LinkType type = i % 3 == 1 ? LinkType::PartlyAddresses : LinkType::Addresses;
        a.links.append({++linkId, findings[i]->id, p->id, type, QStringLiteral("shares a theme"),
            QStringLiteral("tester"), a.importedAt});
    }
    if (findings.size() > 1 && priorities.size() > 1)
        a.links.append({++linkId, findings[1]->id, priorities[1]->id, LinkType::Contradicts, {},
            QStringLiteral("tester"), a.importedAt});
    a.notes.append({1, {}, QStringLiteral("Pack for the **scrutiny committee**, November meeting."), a.importedAt});
    if (!findings.isEmpty())
        a.notes.append({2, findings[0]->id,
            QStringLiteral("Ask the director for:\n\n- the waiting-list figures\n- *named* owners"), a.importedAt});
    if (!priorities.isEmpty())
        a.notes.append({3, priorities.last()->id, QStringLiteral("Compare with the 2024 action plan."), a.importedAt});
    for (qsizetype i = 0; i < priorities.size(); ++i) {
        if (i == priorities.size() - 1 && i > 0)
            continue; // one priority without a plan entry
        PlanItem item;
        item.priority = priorities[i]->id;
        item.owner = i % 2 ? QStringLiteral("Head of Adult Services") : QStringLiteral("Director of Social Services");
        item.due = QDate(2026, 3 + int(i) * 2, 1);
        item.status = i == 0 ? PlanStatus::Done : i == 1 ? PlanStatus::InProgress : PlanStatus::NotStarted;
        item.evidence = i == 0 ? QStringLiteral("Cabinet minute 14/3") : QString();
        a.plan.append(item);
    }
    return a;
}

/// The sample report `copies` times over (segments renumbered), for sizing
/// benchmarks: about 4 pages of report text per copy.
inline ParsedReport repeated(const ParsedReport &one, int copies)
{
    ParsedReport all = one;
    all.text.clear();
    all.segments.clear();
    int counters[7] = {};
    for (int c = 0; c < copies; ++c) {
        const qsizetype offset = all.text.isEmpty() ? 0 : all.text.size() + 2;
        if (!all.text.isEmpty())
            all.text += QStringLiteral("\n\n");
        all.text += one.text;
        for (Segment s : one.segments) {
            s.start += offset;
            s.end += offset;
            s.id = QString(idPrefix(s.kind)) + QString::number(++counters[int(s.kind)]);
            all.segments.append(s);
        }
    }
    return all;
}

inline AnnotatedReport sample()
{
    return annotate(segmentParagraphs(sampleText(), QStringLiteral("Wrexham social services: joint review")),
        QStringLiteral("wrexham-joint-review.txt"));
}

} // namespace ExportFixture
