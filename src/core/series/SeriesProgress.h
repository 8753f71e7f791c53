// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "linking/ProgressSuggester.h"
#include "model/Annotations.h"
#include "model/ProgressLink.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Scrutiny {

class ProjectStore;

/// What became of each priority of a series' first report: its status after
/// each later report, with the evidence, and the action plan's own status.
struct SeriesProgress
{
    /// A priority's status after one later report.
    struct Status
    {
        qint64 report = 0;
        std::optional<ProgressType> type; ///< empty: the report says nothing found about it
        QList<SegmentRef> evidence; ///< the later findings behind it
        QStringList quotes; ///< their text, parallel to evidence
        bool confirmed = false; ///< from stored links rather than suggestions
        double confidence = 0;
        QString reason;
    };
    struct Priority
    {
        SegmentRef priority;
        QString text;
        std::optional<PlanStatus> plan; ///< the first report's action plan, when it has an item
        QList<Status> statuses; ///< one per later report, in series order
        /// The latest status the inspections gave (empty when none did).
        std::optional<ProgressType> latest() const;
        /// The plan says done but the latest inspection says not met or repeat.
        bool disagrees() const;
        /// Not met, repeat, or no later report has said anything yet.
        bool isOpen() const;
    };

    QList<qint64> series; ///< earliest first
    QStringList titles; ///< parallel to series
    QList<Priority> priorities;
    QList<ProgressLink> repeatFindings; ///< later finding -> earlier finding it repeats
    QHash<QString, QString> findingText; ///< "2:F3" -> the finding's text, for repeat findings' quotes

    /// From the reports of a series (earliest first), the stored progress links of
    /// its later reports and the suggester's; stored links win over suggestions
    /// for the same finding.
    static SeriesProgress build(const QList<AnnotatedReport> &series, const QList<ProgressLink> &stored,
        const ProgressSuggester::Suggestions &suggested);
    /// Reads the series holding `documentId` from the store and suggests what is not stored.
    static std::optional<SeriesProgress> read(const ProjectStore &store, qint64 documentId, QString *error);

    /// What read() takes from the store, so that the suggesting (most of its time)
    /// can run off the thread that owns the store's connection.
    struct Reading
    {
        QList<AnnotatedReport> reports; ///< the series from the report asked about, earliest first
        QList<ProgressLink> stored; ///< the later reports' stored progress links
    };
    static std::optional<Reading> readSeries(const ProjectStore &store, qint64 documentId, QString *error);
    /// Suggests what is not stored and builds the progress; touches no store, so any thread may call it.
    static SeriesProgress fromReading(const Reading &reading);
    /// For the pack of a later report: the series from its first report up to
    /// `documentId` (what the reports up to this one say about the first report's
    /// priorities). nullopt when `documentId` has no earlier report in a series
    /// or a report cannot be read (then *error says why).
    static std::optional<SeriesProgress> upTo(const ProjectStore &store, qint64 documentId, QString *error = nullptr);

    /// {"series": [...], "priorities": [{"priority", "text", "plan", "disagreement", "statuses":
    /// [{"report", "status", "evidence", "confirmed", "confidence", "reason"}]}], "repeat_findings":
    /// [{"later", "earlier", "confidence", "confirmed"}]}; a status is "unknown" when nothing says.
    QJsonObject toJson() const;
};

} // namespace Scrutiny
