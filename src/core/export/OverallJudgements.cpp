// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverallJudgements.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Scrutiny {

namespace {

/// The grades UK inspectorates give, longest first so "requires improvement to
/// be good" wins over "requires improvement" and "very good" over "good".
QString gradePattern()
{
    return QStringLiteral(
        "requires?\\s+improvement\\s+to\\s+be\\s+good|requires?\\s+improvement|requiring\\s+improvement|"
        "needs?\\s+improvement|needing\\s+improvement|outstanding|excellent|very\\s+good|good|satisfactory|"
        "adequate|fair|weak|unsatisfactory|inadequate|poor");
}

bool isReviewsOwn(const Segment &s)
{
    return s.side == Side::Review && s.kind != SegmentKind::Quote && s.kind != SegmentKind::Response;
}

QString capitalised(QString text)
{
    text = text.simplified();
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

QList<OverallJudgement> OverallJudgements::of(const ParsedReport &report)
{
    QList<OverallJudgement> out;
    // The ratings the importer read (ParsedReport::ratings): every rated aspect, and the
    // joint-review verdict under the names the cover gave it before ratings were stored.
    for (const Rating &r : report.ratings) {
        const bool fromVerdict = (r.scale == u"serving" && !report.judgement.serving.isEmpty())
            || (r.scale == u"prospects" && r.grade.compare(report.judgement.prospects, Qt::CaseInsensitive) == 0);
        QString label = r.aspect;
        if (r.scale == u"serving")
            label = QCoreApplication::translate("OverallJudgements", "Verdict");
        else if (r.scale == u"prospects")
            label = QCoreApplication::translate("OverallJudgements", "Prospects for improvement");
        else if (r.aspect.compare(QLatin1StringView("overall"), Qt::CaseInsensitive) == 0)
            label = QCoreApplication::translate("OverallJudgements", "Overall rating");
        out.append({label, r.grade, fromVerdict ? QString() : r.segmentId, false});
    }
    // A report stored before ratings were (schema 13): the verdict and a grade read here.
    if (report.ratings.isEmpty() && !report.judgement.serving.isEmpty())
        out.append({QCoreApplication::translate("OverallJudgements", "Verdict"),
            capitalised(QStringLiteral("serving ") + report.judgement.serving), {}, false});
    if (report.ratings.isEmpty() && !report.judgement.prospects.isEmpty())
        out.append({QCoreApplication::translate("OverallJudgements", "Prospects for improvement"),
            capitalised(report.judgement.prospects), {}, false});

    // A grade: a ratings table's "Overall" row, else a sentence that gives one.
    static const QRegularExpression row(
        QStringLiteral("^\\s*(overall(?:\\s+[\\w-]+){0,3})\\s*\\|\\s*([^|\\n]{2,80}?)\\s*(?:\\||$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    static const QRegularExpression graded(QStringLiteral("\\b(?:overall(?:\\s+[\\w-]+){0,2}\\s+(?:is|was|remains)|"
                                                          "(?:rated|graded|judged|found\\s+to\\s+be))"
                                                          "\\s+(?:as\\s+)?[\"'\u2018\u201C]?(%1)\\b")
                                               .arg(gradePattern()),
        QRegularExpression::CaseInsensitiveOption);
    bool haveGrade = !report.ratings.isEmpty();
    for (const Segment &s : report.segments) {
        if (haveGrade || !isReviewsOwn(s))
            continue;
        if (const QRegularExpressionMatch m = row.match(s.text); m.hasMatch()) {
            out.append({capitalised(m.captured(1)), capitalised(m.captured(2)), s.id, false});
            haveGrade = true;
            break;
        }
    }
    for (qsizetype i = 0; !haveGrade && i < report.segments.size(); ++i) {
        const Segment &s = report.segments[i];
        if (!isReviewsOwn(s))
            continue;
        if (const QRegularExpressionMatch m = graded.match(s.text); m.hasMatch()) {
            out.append({QCoreApplication::translate("OverallJudgements", "Overall rating"), capitalised(m.captured(1)),
                s.id, false});
            haveGrade = true;
        }
    }

    // The review's summary in one sentence: the first that turns on "overall"
    // or states a judgement found above ("serving some people well", "inadequate").
    QStringList needles {QStringLiteral("overall")};
    for (const OverallJudgement &j : std::as_const(out))
        needles.append(
            QRegularExpression::escape(j.text.simplified()).replace(QStringLiteral("\\ "), QStringLiteral("\\s+")));
    const QRegularExpression turning(
        QStringLiteral("\\b(?:%1)\\b").arg(needles.join(u'|')), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sentence(QStringLiteral("[^.!?\\n]+(?:[.!?]+|$)"));
    for (const Segment &s : report.segments) {
        if (s.kind != SegmentKind::Summary || !isReviewsOwn(s))
            continue;
        QString found;
        for (auto it = sentence.globalMatch(s.text); it.hasNext() && found.isEmpty();) {
            const QString text = it.next().captured(0).simplified();
            if (text.size() >= 20 && turning.match(text).hasMatch())
                found = text;
        }
        if (!found.isEmpty()) {
            out.append({QCoreApplication::translate("OverallJudgements", "In the report's words"), found, s.id, true});
            break;
        }
    }
    return out;
}

} // namespace Scrutiny
