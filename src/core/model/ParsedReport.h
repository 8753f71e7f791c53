// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SegmentKind.h"

#include <QList>
#include <QString>

namespace Scrutiny {

/// One paragraph or list item of a cleaned report.
///
/// Offsets are in UTF-16 code units of ParsedReport::text (what QString and
/// QTextDocument count); ReportJson converts them to code points for the
/// parse contract.
struct Segment
{
    QString id; ///< "F3": kind prefix + 1-based number within its kind, in document order
    SegmentKind kind = SegmentKind::Context;
    Side side = Side::Review;
    qsizetype start = 0;
    qsizetype end = 0;
    QString text; ///< == ParsedReport::text.mid(start, end - start)
    QString speakerName; ///< quotes only
    QString speakerRole; ///< quotes only
    Polarity polarity = Polarity::None; ///< findings only
    int page = 0; ///< 1-based page for PDF input; 0 when the source has no pages
    /// How sure the importer is of the kind, 0..1, and the cue that decided it ("imperative
    /// list item"); below lowConfidence() the segment needs a person's review.
    double confidence = 1.0;
    QString reason = {};
    /// A person accepted or corrected the segment: it no longer needs review.
    bool reviewed = false;

    /// Confidence under which a segment is flagged for review.
    static constexpr double lowConfidence() { return 0.6; }
    bool needsReview() const { return !reviewed && confidence < lowConfidence(); }

    bool operator==(const Segment &) const = default;
};

/// The joint-review verdict ("serving some people well", "uncertain prospects").
struct Judgement
{
    QString serving; ///< empty when the report does not state it
    QString prospects;
    bool operator==(const Judgement &) const = default;
};

/// One rated aspect of the inspected service, as the report grades it: "Safe" graded "Good" on
/// the four-point scale (Outstanding, Good, Requires improvement, Inadequate).
struct Rating
{
    QString aspect; ///< as the report names it: "Overall", "Safe", "Prospects for improvement"
    QString grade; ///< as the report words it, capitalised: "Requires improvement", "Fair, one star"
    /// The scale the grade is on: "four-point", "five-point" (PEEL), "six-point" (Excellent ..
    /// Unsatisfactory, or 6..1), "stars", "prospects", "serving" (the joint-review verdict);
    /// empty when the grades fit no scale known here.
    QString scale;
    QString segmentId; ///< the segment stating it (a table row or a sentence); empty when none does
    bool operator==(const Rating &) const = default;
};

/// The rating of the whole service ("Overall", "Overall effectiveness"), or nullptr.
const Rating *overallRating(const QList<Rating> &ratings);

/// A word broken by a stray space and joined again ("r esidential" -> "residential").
struct Repair
{
    QString before;
    QString after;
    qsizetype start = 0; ///< offset of `after` in ParsedReport::text (UTF-16 units)
    bool operator==(const Repair &) const = default;
};

/// Text the cleaner dropped: site furniture, a duplicated paragraph, a teaser.
struct Removal
{
    enum class Reason { Boilerplate, Duplicate, Teaser };
    Reason reason = Reason::Boilerplate;
    QString text;
    bool operator==(const Removal &) const = default;
};
QString toString(Removal::Reason reason);
/// The reverse of toString(); anything else is boilerplate (the reason stores wrote first).
Removal::Reason removalReasonFromString(QStringView text);

/// A proposed finding -> priority (or response -> priority) link with its evidence.
struct SuggestedLink
{
    QString from; ///< segment id, e.g. "F1" (or "R2" / "Q4" for responds-to)
    QString to; ///< priority segment id, e.g. "P2"
    double score = 0; ///< in [0, 1]
    QString reason; ///< the shared words or concepts, readable by a person
    bool operator==(const SuggestedLink &) const = default;
};

/// Everything ingestion makes of one source file.
struct ParsedReport
{
    enum class Format { Text, Html, Pdf };

    QString title;
    Format format = Format::Text;
    QString text; ///< the cleaned report text: segments are ranges of it
    Judgement judgement;
    /// Every aspect the report rates, in the order it states them (the table's rows first).
    QList<Rating> ratings;
    QList<Segment> segments;
    QList<Repair> repairs;
    QList<Removal> removed;
    QList<SuggestedLink> suggestedLinks;
    /// False when no finding or priority could be found: every paragraph is then context,
    /// flagged for review ("structure not recognised"), never silently wrong.
    bool structureRecognised = true;

    /// The segment with this id ("F3"), or nullptr.
    const Segment *segment(QStringView id) const;
    qsizetype count(SegmentKind kind) const;
};
QString toString(ParsedReport::Format format);

} // namespace Scrutiny
