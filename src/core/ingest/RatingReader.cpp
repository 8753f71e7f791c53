// SPDX-License-Identifier: GPL-3.0-or-later
#include "RatingReader.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace Scrutiny::Ingest {

namespace {

/// The grades UK inspectorates give, longest first so "requires improvement to be good" wins
/// over "requires improvement" and "very good" over "good".
const QString &gradeWords()
{
    static const QString words = QStringLiteral(
        R"(requir(?:es|e|ing)\s+improvement\s+to\s+be\s+good|requir(?:es|e|ing)\s+improvement|)"
        R"(adequate\s+and\s+needs\s+improvement|unsatisfactory\s+and\s+needs\s+urgent\s+improvement|)"
        R"(not\s+sufficiently\s+good|reasonably\s+good|)"
        R"(outstanding|excellent|very\s+good|good|satisfactory|adequate|unsatisfactory|weak|inadequate|)"
        R"(promising|uncertain|poor|fair)");
    return words;
}

/// A grade's key for the scale tables: lower case, single spaces, "requiring" -> "requires".
QString gradeKey(QStringView grade)
{
    static const QRegularExpression requiring(QStringLiteral(R"(^requir(?:es|e|ing)\b)"));
    QString key = grade.toString().simplified().toLower();
    key.replace(requiring, QStringLiteral("requires"));
    return key;
}

/// A grade as the table would print it: "requiring improvement" -> "Requires improvement".
QString gradeText(QStringView grade)
{
    QString text = gradeKey(grade);
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString capitalised(QString text)
{
    text = text.simplified();
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

/// The one known scale that holds every grade key, or empty.
QString scaleOf(const QStringList &keys)
{
    static const QList<std::pair<QString, QSet<QString>>> scales {
        {QStringLiteral("four-point"),
            {QStringLiteral("outstanding"), QStringLiteral("good"), QStringLiteral("requires improvement"),
                QStringLiteral("requires improvement to be good"), QStringLiteral("satisfactory"),
                QStringLiteral("inadequate")}},
        {QStringLiteral("five-point"),
            {QStringLiteral("outstanding"), QStringLiteral("good"), QStringLiteral("adequate"),
                QStringLiteral("requires improvement"), QStringLiteral("inadequate")}},
        {QStringLiteral("six-point"),
            {QStringLiteral("excellent"), QStringLiteral("very good"), QStringLiteral("good"),
                QStringLiteral("adequate"), QStringLiteral("weak"), QStringLiteral("unsatisfactory"),
                QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"),
                QStringLiteral("6")}},
        {QStringLiteral("prospects"),
            {QStringLiteral("excellent"), QStringLiteral("promising"), QStringLiteral("uncertain"),
                QStringLiteral("poor")}},
        // The prison inspectorates' healthy prison tests.
        {QStringLiteral("healthy-prison"),
            {QStringLiteral("good"), QStringLiteral("reasonably good"), QStringLiteral("not sufficiently good"),
                QStringLiteral("poor")}},
    };
    if (keys.isEmpty())
        return {};
    for (const auto &[name, grades] : scales) {
        if (std::all_of(keys.cbegin(), keys.cend(), [&](const QString &k) { return grades.contains(k); }))
            return name;
    }
    return {};
}

bool isReviewsOwn(const Segment &s)
{
    return s.side == Side::Review && s.kind != SegmentKind::Quote && s.kind != SegmentKind::Response;
}

/// One table row read: the rating and the key its scale is decided by.
struct Row
{
    Rating rating;
    QString key; ///< empty for a row whose scale the row itself decides (stars, prospects)
    bool bare = false; ///< a number alone ("Staffing | 2"): a grade only in a table of grades
    qsizetype table = 0; ///< which table of the report it is in
};

/// "Safe | Good", "Overall effectiveness | Good | 2024", "Leadership: 4 - Good", "Current service |
/// Fair, one star": a short label and a cell that is wholly a grade.
std::optional<Row> tableRow(QStringView line)
{
    static const QRegularExpression wordGrade(
        QStringLiteral(
            R"(^(%1)(?:\s*\(([1-6])\)|\s*[,\x{2013}-]?\s*\(?((?:no|zero|one|two|three|[0-3])[\s-]stars?)\)?)?\.?$)")
            .arg(gradeWords()),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression numberGrade(
        QStringLiteral(R"(^([1-6])(?:\s*[-\x{2013}:(]\s*(%1)\)?)?$)").arg(gradeWords()),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression label(QStringLiteral(R"(^[\w(][^|]{0,118}$)"));
    QStringList cells;
    bool piped = line.contains(u'|');
    if (piped) {
        for (QStringView c : line.split(u'|'))
            cells.append(c.trimmed().toString());
    } else if (line.count(u':') == 1 || line.count(u'\t') == 1) {
        const QChar sep = line.contains(u'\t') ? u'\t' : u':';
        const qsizetype at = line.indexOf(sep);
        cells = {line.left(at).trimmed().toString(), line.mid(at + 1).trimmed().toString()};
        if (cells.first().split(u' ', Qt::SkipEmptyParts).size() > 10)
            return std::nullopt;
    }
    if (cells.size() < 2)
        return std::nullopt;
    const QString aspect = cells.first();
    if (!label.match(aspect).hasMatch() || aspect.endsWith(u'.') || aspect.split(u' ').size() > 16)
        return std::nullopt;
    for (qsizetype i = 1; i < cells.size(); ++i) {
        const QString cell = cells.at(i).simplified();
        Row row;
        row.rating.aspect = capitalised(aspect);
        row.rating.grade = capitalised(cell);
        if (const QRegularExpressionMatch m = wordGrade.match(cell); m.hasMatch()) {
            const QString key = gradeKey(m.captured(1));
            if (!m.captured(3).isEmpty()) {
                row.rating.scale = QStringLiteral("stars");
            } else if (aspect.contains(QStringLiteral("prospect"), Qt::CaseInsensitive)
                && scaleOf({key}) == u"prospects") {
                row.rating.scale = QStringLiteral("prospects");
            } else {
                row.key = m.captured(2).isEmpty() ? key : m.captured(2);
                if (row.key == gradeKey(cell))
                    row.rating.grade = gradeText(cell);
            }
            return row;
        }
        if (const QRegularExpressionMatch m = numberGrade.match(cell); m.hasMatch()) {
            row.key = m.captured(1);
            row.bare = m.captured(2).isEmpty();
            return row;
        }
        if (!piped)
            break;
    }
    return std::nullopt;
}

/// The words naming what a grade is given for: "at investigating crime", "for the care and
/// support of its residents" (stopping at the next clause), or empty.
QString aspectAfter(QStringView text, qsizetype &position)
{
    static const QRegularExpression forWhat(
        QStringLiteral(
            R"(^\s+(?:at|for)\s+(?:the\s+|its\s+|their\s+)?((?:(?!(?:but|and\s+(?:%1)|following|after|)"
            R"(by|when|because|since|while|whereas)\b)[\w'\x{2019}-]+\s*){1,8}?)(?=[,;.:!?]|$|\s+(?:but|and|)"
            R"(following|after|by|when|because|since|while|whereas)\b))")
            .arg(gradeWords()),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = forWhat.matchView(text.mid(position));
    if (!m.hasMatch())
        return {};
    position += m.capturedEnd(0);
    return capitalised(m.captured(1));
}

/// Why a sentence's grade is not this report's grade of this service: a past inspection, other
/// bodies, a hope or a denial, or the body's own claim.
bool isGradeOfThisService(QStringView sentence, qsizetype position)
{
    static const QRegularExpression otherTime(
        QStringLiteral(R"(\b(?:ago|previous(?:ly)?|last\s+(?:inspection|inspected|time|year|report)|earlier|)"
                       R"(formerly|in\s+(?:19|20)\d\d|at\s+the\s+time)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression otherBodies(
        QStringLiteral(
            R"(\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|few|half|majority|)"
            R"(minority|proportion|per\s*cent|less\s+than|more\s+than|fewer\s+than)\b)"
            R"((?:\s+[\w'\x{2019}]+){0,4}?\s+(?:authorities|councils|services|areas|bodies|homes|schools|forces|trusts)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hoped(
        QStringLiteral(R"(\b(?:would|could|should|aims?\s+to|aiming\s+to|wants?\s+to|hopes?\s+to|if|until|unless|)"
                       R"(yet\s+to|to\s+become|to\s+reach|to\s+achieve|ambition|not|never|no\s+longer)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression own(
        QStringLiteral(R"(\b(?:itself|themselves|its\s+own|their\s+own|self[-\s]assess\w*)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringView before = sentence.left(position);
    return !otherTime.matchView(sentence).hasMatch() && !own.matchView(sentence).hasMatch()
        && !otherBodies.matchView(before).hasMatch() && !hoped.matchView(before).hasMatch();
}

/// A table's lead-in, caption or header naming another time or other services than the one
/// inspected: "Ratings at our last inspection", "Previous ratings", "Our other homes".
bool isOfElsewhere(QStringView text)
{
    static const QRegularExpression elsewhere(
        QStringLiteral(
            R"(\b(?:previous(?:ly)?|prior|earlier|former(?:ly)?|ago|in\s+the\s+past|at\s+the\s+time|)"
            R"(last\s+(?:inspection|inspected|visit|time|year|report|review|rated))\b|)"
            R"(\b(?:other|another)\s+(?:[\w'\x{2019}-]+\s+){0,2}?(?:services?|homes?|schools?|settings?|locations?|)"
            R"(providers?|councils?|authorit(?:y|ies)|bodies|forces?|trusts?|wards?|hospitals?|prisons?|sites?|)"
            R"(areas?|inspections?|reports?)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return elsewhere.matchView(text).hasMatch();
}

struct Stated
{
    QString aspect;
    QString grade; ///< as written
    bool stars = false;
};

/// The grades one sentence gives the service, in order.
QList<Stated> gradesIn(QStringView sentence)
{
    static const QString quote = QStringLiteral(R"(['"\x{2018}\x{201C}]?)");
    static const QString after = QStringLiteral(
        R"((?=['"\x{2019}\x{201D}]?(?:\s*[.,;:!?)]|$|\s+(?:by|in|at|for|overall|after|following|and|but|with|across|)"
        R"(on|when|because|since|from|under|as)\b)))");
    static const QList<QRegularExpression> patterns {
        // "has been rated as requiring improvement", "judged to require improvement to be good"
        QRegularExpression(
            QStringLiteral(R"(\b(?:rated|graded|judged)\s+(?:overall\s+)?(?:as\s+|to\s+be\s+|to\s+)?%1(%2)%3)")
                .arg(quote, gradeWords(), after),
            QRegularExpression::CaseInsensitiveOption),
        // "rated the region's delivery units as requiring improvement", "judged the force to be adequate"
        QRegularExpression(QStringLiteral(R"(\b(?:rated|graded|judged)\s+(?!as\b|to\b)(?:[\w'\x{2019}-]+\s+){1,6}?)"
                                          R"((?:as|to\s+be)\s+%1(%2)%3)")
                               .arg(quote, gradeWords(), after),
            QRegularExpression::CaseInsensitiveOption),
        // "given a 'poor' zero-star rating"
        QRegularExpression(
            QStringLiteral(
                R"(\b(?:given|awarded|received|receives|gets|got)\s+(?:a|an|the)\s+%1(%2)['"\x{2019}\x{201D}]?)"
                R"(\s+(?:((?:zero|no|one|two|three|[0-3])[\s-]star)\s+)?(?:rating|grade)\b)")
                .arg(quote, gradeWords()),
            QRegularExpression::CaseInsensitiveOption),
        // "overall effectiveness is good"
        QRegularExpression(
            QStringLiteral(R"(\boverall(?:\s+[\w-]+){0,2}\s+(?:is|was|remains|has\s+been\s+judged|was\s+judged|)"
                           R"(has\s+been\s+rated|was\s+rated)\s+(?:as\s+|to\s+be\s+)?%1(%2)%3)")
                .arg(quote, gradeWords(), after),
            QRegularExpression::CaseInsensitiveOption),
    };
    static const QRegularExpression more(
        QStringLiteral(
            R"(^\s*,?\s*(?:but|and|while|whereas)?\s*(?:(?:it\s+)?(?:is|was)\s+)?%1(%2)['"\x{2019}\x{201D}]?)")
            .arg(quote, gradeWords()),
        QRegularExpression::CaseInsensitiveOption);
    // Every pattern needs one of these words: one scan rules out most sentences of a long report.
    static const QRegularExpression cue(
        QStringLiteral(R"(\b(?:rated|graded|judged|given|awarded|received|receives|gets|got|overall)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    QList<Stated> out;
    if (!cue.matchView(sentence).hasMatch())
        return out;
    qsizetype from = 0;
    while (from < sentence.size()) {
        QRegularExpressionMatch first;
        for (const QRegularExpression &re : patterns) {
            const QRegularExpressionMatch m = re.matchView(sentence, from);
            if (m.hasMatch() && (!first.hasMatch() || m.capturedStart() < first.capturedStart()))
                first = m;
        }
        if (!first.hasMatch())
            break;
        from = first.capturedEnd(0);
        if (!isGradeOfThisService(sentence, first.capturedStart()))
            continue;
        qsizetype at = first.capturedEnd(1);
        Stated s {aspectAfter(sentence, at), first.captured(1), !first.captured(2).isEmpty()};
        out.append(s);
        // "adequate at investigating crime, but inadequate at responding to the public"
        while (!s.aspect.isEmpty()) {
            const QRegularExpressionMatch m = more.matchView(sentence.mid(at));
            if (!m.hasMatch())
                break;
            qsizetype next = at + m.capturedEnd(1);
            s = Stated {aspectAfter(sentence, next), m.captured(1), false};
            if (s.aspect.isEmpty())
                break;
            out.append(s);
            at = next;
        }
        from = std::max(from, at);
    }
    return out;
}

QList<QStringView> sentencesOf(QStringView text)
{
    QList<QStringView> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool end
            = (c == u'.' || c == u'!' || c == u'?' || c == u'\n') && (i + 1 == text.size() || text.at(i + 1).isSpace());
        if (end || i + 1 == text.size()) {
            out.append(text.mid(start, i + 1 - start));
            start = i + 1;
        }
    }
    return out;
}

/// The review's segment that states the joint-review verdict, or empty.
QString segmentStating(const ParsedReport &report, const QStringList &words)
{
    for (const Segment &s : report.segments) {
        if (!isReviewsOwn(s))
            continue;
        if (std::all_of(words.cbegin(), words.cend(),
                [&](const QString &w) { return s.text.contains(w, Qt::CaseInsensitive); }))
            return s.id;
    }
    return {};
}

bool hasAspect(const QList<Rating> &ratings, const QString &aspect)
{
    return std::any_of(ratings.cbegin(), ratings.cend(),
        [&](const Rating &r) { return r.aspect.compare(aspect, Qt::CaseInsensitive) == 0; });
}

} // namespace

QList<Rating> RatingReader::read(const ParsedReport &report)
{
    QList<Rating> ratings;
    // The table: every row of it, on the one scale that holds all its grades. A table that its
    // lead-in, caption or header row gives to another time or other services is not this
    // report's judgement ("Ratings at our last inspection", "The provider's other homes").
    QList<Row> rows;
    QStringView before; // the line before the current table
    bool inTable = false;
    bool elsewhere = false;
    // Whether each table is one of grades: a header naming them, or a grade in words. A number
    // alone is a grade only there ("Staffing | 2", not "Nurses | 6").
    static const QRegularExpression gradesHeader(
        QStringLiteral(R"(\b(?:grades?|grading|ratings?|rated|scores?|evaluations?|judgements?)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    QList<bool> ofGrades;
    for (const Segment &s : report.segments) {
        for (QStringView line : QStringView(s.text).split(u'\n')) {
            line = line.trimmed();
            std::optional<Row> row = tableRow(line);
            const bool piped = line.contains(QStringLiteral(" | "));
            if (!row && !piped) {
                inTable = false;
                before = line;
                continue;
            }
            if (!inTable) {
                const QList<QStringView> sentences = sentencesOf(before);
                elsewhere = !sentences.isEmpty() && isOfElsewhere(sentences.last());
                inTable = true;
                ofGrades.append(false);
            }
            if (!row) { // a header row
                elsewhere = elsewhere || isOfElsewhere(line);
                ofGrades.last() = ofGrades.last() || gradesHeader.matchView(line).hasMatch();
                continue;
            }
            ofGrades.last() = ofGrades.last() || !row->bare;
            if (!isReviewsOwn(s) || elsewhere)
                continue;
            row->rating.segmentId = s.id;
            row->table = ofGrades.size() - 1;
            rows.append(*row);
        }
    }
    rows.removeIf([&](const Row &r) { return r.bare && !ofGrades.at(r.table); });
    QStringList keys;
    for (const Row &r : std::as_const(rows)) {
        if (!r.key.isEmpty())
            keys.append(r.key);
    }
    const QString tableScale = scaleOf(keys);
    for (Row &r : rows) {
        if (!r.key.isEmpty())
            r.rating.scale = tableScale;
        if (!hasAspect(ratings, r.rating.aspect))
            ratings.append(r.rating);
    }

    // No table: the grades the review's own sentences give, the body before the headlines.
    if (ratings.isEmpty()) {
        QList<Rating> stated;
        QStringList statedKeys;
        for (const bool headings : {false, true}) {
            for (const Segment &s : report.segments) {
                if (!isReviewsOwn(s) || (s.kind == SegmentKind::Heading) != headings)
                    continue;
                for (QStringView sentence : sentencesOf(s.text)) {
                    for (const Stated &g : gradesIn(sentence)) {
                        Rating r {g.aspect.isEmpty() ? QStringLiteral("Overall") : g.aspect, gradeText(g.grade),
                            g.stars ? QStringLiteral("stars") : QString(), s.id};
                        if (hasAspect(stated, r.aspect))
                            continue;
                        if (!g.stars)
                            statedKeys.append(gradeKey(g.grade));
                        stated.append(r);
                    }
                }
            }
            if (!stated.isEmpty())
                break;
        }
        const QString scale = scaleOf(statedKeys);
        for (Rating &r : stated) {
            if (r.scale.isEmpty())
                r.scale = scale.isEmpty() ? scaleOf({gradeKey(r.grade)}) : scale;
        }
        ratings += stated;
    }

    // The joint review's verdict: serving people, and prospects for improvement.
    if (!report.judgement.serving.isEmpty()) {
        const QString aspect = QStringLiteral("Serving people");
        if (!hasAspect(ratings, aspect))
            ratings.append(
                {aspect, capitalised(QStringLiteral("serving ") + report.judgement.serving), QStringLiteral("serving"),
                    segmentStating(report, {QStringLiteral("serv"), QStringLiteral("people well")})});
    }
    if (!report.judgement.prospects.isEmpty()) {
        const QString aspect = QStringLiteral("Prospects for improvement");
        if (!hasAspect(ratings, aspect))
            ratings.append({aspect, capitalised(report.judgement.prospects), QStringLiteral("prospects"),
                segmentStating(report, {QStringLiteral("prospects"), report.judgement.prospects})});
    }
    return ratings;
}

} // namespace Scrutiny::Ingest
