// SPDX-License-Identifier: GPL-3.0-or-later
#include "SegmentReason.h"

#include <QCoreApplication>

namespace Scrutiny::SegmentReason {

namespace {
constexpr const char *context = "Scrutiny::SegmentReason";

// The Segmenter's and the importer's words, listed here for lupdate: the classifier keeps plain
// literals, so its rules read as they decide. test_segmentreason fails on a reason missing here.
constexpr const char *reasons[] = {
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "heading"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "lead-in"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "opening paragraph"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "first paragraph under a summary heading"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "opens with \"findings\""),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "the review's message"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "background"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "introduces the priorities"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "numbered recommendation"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "the review recommends"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "must/should/needs to"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "imperative"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "the review found"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "the review found (said after)"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "the review found (quoting a phrase)"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "evidence the review reports"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "the inspected body said or did"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "under a findings heading"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "under a priorities heading"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "under a background heading"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "on the inspected body's side"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "evaluative statement"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "no cue"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "list after a lead-in naming priorities"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "list under a priorities heading"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "list under a background heading"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "imperative list item"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "list after a lead-in naming findings"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "list in the review's voice"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "list on the inspected body's side"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "quotation with its speaker"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "quotation, speaker unknown"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "reported speech of a named person"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "the report quoted"),
    QT_TRANSLATE_NOOP("Scrutiny::SegmentReason", "structure not recognised"),
};
} // namespace

const QStringList &known()
{
    static const QStringList all = [] {
        QStringList out;
        for (const char *r : reasons)
            out.append(QString::fromLatin1(r));
        return out;
    }();
    return all;
}

QString displayName(const QString &reason)
{
    if (!known().contains(reason))
        return reason;
    return QCoreApplication::translate(context, reason.toLatin1().constData());
}

} // namespace Scrutiny::SegmentReason
