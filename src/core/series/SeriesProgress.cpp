// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeriesProgress.h"

#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Scrutiny {

namespace {

// Which of several findings on one priority speaks for the report: the worst news.
int severity(ProgressType type)
{
    switch (type) {
    case ProgressType::Repeat:
        return 4;
    case ProgressType::NotMet:
        return 3;
    case ProgressType::Progress:
        return 2;
    case ProgressType::Met:
        return 1;
    case ProgressType::NotApplicable:
        break;
    }
    return 0;
}

} // namespace

std::optional<ProgressType> SeriesProgress::Priority::latest() const
{
    for (auto it = statuses.crbegin(); it != statuses.crend(); ++it) {
        if (it->type)
            return it->type;
    }
    return std::nullopt;
}

bool SeriesProgress::Priority::disagrees() const
{
    const auto last = latest();
    return plan == PlanStatus::Done && last && (*last == ProgressType::NotMet || *last == ProgressType::Repeat);
}

bool SeriesProgress::Priority::isOpen() const
{
    const auto last = latest();
    return !last || *last == ProgressType::NotMet || *last == ProgressType::Repeat;
}

SeriesProgress SeriesProgress::build(const QList<AnnotatedReport> &series, const QList<ProgressLink> &stored,
    const ProgressSuggester::Suggestions &suggested)
{
    SeriesProgress out;
    if (series.isEmpty())
        return out;
    for (const AnnotatedReport &r : series) {
        out.series.append(r.documentId);
        out.titles.append(r.report.title);
        for (const Segment &s : r.report.segments) {
            if (s.kind == SegmentKind::Finding)
                out.findingText.insert(SegmentRef {r.documentId, s.id}.text(), s.text);
        }
    }
    const AnnotatedReport &first = series.constFirst();

    // Findings the user has decided on (any stored link) take no suggestion.
    QSet<QString> decided;
    for (const ProgressLink &l : stored)
        decided.insert(l.from.text());
    QList<ProgressLink> links;
    for (const ProgressLink &l : stored)
        links.append(l);
    for (const QList<ProgressLink> &ranked : suggested.ranked) {
        if (!ranked.isEmpty() && !decided.contains(ranked.constFirst().from.text()))
            links.append(ranked.constFirst());
    }

    for (const Segment &s : first.report.segments) {
        if (s.kind != SegmentKind::Priority)
            continue;
        Priority p;
        p.priority = SegmentRef {first.documentId, s.id};
        p.text = s.text;
        for (const PlanItem &item : first.plan) {
            if (item.priority == s.id)
                p.plan = item.status;
        }
        for (qsizetype r = 1; r < series.size(); ++r) {
            Status status;
            status.report = series[r].documentId;
            // Confirmed links speak for the report; suggestions only where there are none.
            for (const bool confirmed : {true, false}) {
                for (const ProgressLink &l : std::as_const(links)) {
                    if (l.confirmed != confirmed || l.to != p.priority || l.from.documentId != status.report)
                        continue;
                    const bool stronger = !status.type
                        || (confirmed ? severity(l.type) > severity(*status.type) : l.confidence > status.confidence);
                    if (stronger) {
                        status.type = l.type;
                        status.confidence = l.confidence;
                        status.reason = l.reason;
                    }
                    status.confirmed = confirmed;
                    status.evidence.append(l.from);
                    status.quotes.append(out.findingText.value(l.from.text()));
                }
                if (status.type)
                    break;
            }
            p.statuses.append(status);
        }
        out.priorities.append(p);
    }

    QSet<QString> repeated;
    for (const ProgressLink &l : stored) {
        if (l.type == ProgressType::Repeat && l.to.label.startsWith(u'F')) {
            out.repeatFindings.append(l);
            repeated.insert(l.from.text());
        }
    }
    for (const ProgressLink &l : suggested.repeats) {
        if (!repeated.contains(l.from.text()) && !decided.contains(l.from.text()))
            out.repeatFindings.append(l);
    }
    return out;
}

namespace {
std::optional<SeriesProgress::Reading> readReports(const ProjectStore &store, const QList<qint64> &ids, QString *error)
{
    SeriesProgress::Reading reading;
    for (qint64 id : ids) {
        auto r = store.annotatedReport(id, error);
        if (!r)
            return std::nullopt;
        reading.reports.append(std::move(*r));
    }
    reading.stored = store.progressLinks(ids.mid(1));
    return reading;
}
} // namespace

std::optional<SeriesProgress> SeriesProgress::read(const ProjectStore &store, qint64 documentId, QString *error)
{
    const std::optional<Reading> reading = readSeries(store, documentId, error);
    return reading ? std::optional<SeriesProgress>(fromReading(*reading)) : std::nullopt;
}

std::optional<SeriesProgress::Reading> SeriesProgress::readSeries(
    const ProjectStore &store, qint64 documentId, QString *error)
{
    QList<qint64> ids = store.series(documentId);
    // From the report asked about onwards: its priorities, the later reports' word on them.
    ids = ids.mid(std::max<qsizetype>(0, ids.indexOf(documentId)));
    if (ids.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Scrutiny::SeriesProgress", "no document %1 in the project")
                         .arg(documentId);
        return std::nullopt;
    }
    return readReports(store, ids, error);
}

SeriesProgress SeriesProgress::fromReading(const Reading &reading)
{
    QList<ProgressSuggester::Report> members;
    for (const AnnotatedReport &r : reading.reports)
        members.append(ProgressSuggester::Report {r.documentId, &r.report});
    static const ProgressSuggester suggester;
    return build(reading.reports, reading.stored, suggester.suggest(members));
}

std::optional<SeriesProgress> SeriesProgress::upTo(const ProjectStore &store, qint64 documentId, QString *error)
{
    const QList<qint64> ids = store.series(documentId);
    const qsizetype at = ids.indexOf(documentId);
    if (at < 1)
        return std::nullopt;
    const std::optional<Reading> reading = readReports(store, ids.mid(0, at + 1), error);
    return reading ? std::optional<SeriesProgress>(fromReading(*reading)) : std::nullopt;
}

QJsonObject SeriesProgress::toJson() const
{
    const auto confidence = [](double c) { return std::round(c * 100) / 100; };
    QJsonArray seriesJson;
    for (qint64 id : series)
        seriesJson.append(id);
    QJsonArray prioritiesJson;
    for (const Priority &p : priorities) {
        QJsonArray statuses;
        for (const Status &s : p.statuses) {
            QJsonArray evidence;
            for (const SegmentRef &e : s.evidence)
                evidence.append(e.text());
            statuses.append(QJsonObject {{QStringLiteral("report"), s.report},
                {QStringLiteral("status"), s.type ? toString(*s.type) : QStringLiteral("unknown")},
                {QStringLiteral("evidence"), evidence}, {QStringLiteral("confirmed"), s.confirmed},
                {QStringLiteral("confidence"), confidence(s.confidence)}, {QStringLiteral("reason"), s.reason}});
        }
        QJsonObject o {{QStringLiteral("priority"), p.priority.text()}, {QStringLiteral("text"), p.text},
            {QStringLiteral("statuses"), statuses}, {QStringLiteral("disagreement"), p.disagrees()}};
        o.insert(QStringLiteral("plan"), p.plan ? QJsonValue(toString(*p.plan)) : QJsonValue(QJsonValue::Null));
        prioritiesJson.append(o);
    }
    QJsonArray repeats;
    for (const ProgressLink &l : repeatFindings)
        repeats.append(QJsonObject {{QStringLiteral("later"), l.from.text()}, {QStringLiteral("earlier"), l.to.text()},
            {QStringLiteral("confidence"), confidence(l.confidence)}, {QStringLiteral("confirmed"), l.confirmed}});
    return QJsonObject {{QStringLiteral("series"), seriesJson}, {QStringLiteral("priorities"), prioritiesJson},
        {QStringLiteral("repeat_findings"), repeats}};
}

} // namespace Scrutiny
