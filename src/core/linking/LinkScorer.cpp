// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinkScorer.h"

#include "ConceptLexicon.h"
#include "PorterStemmer.h"
#include "StopWords.h"
#include "TextTokenizer.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Scrutiny {

namespace {
constexpr double k1 = 1.2;
constexpr double b = 0.75;
constexpr int reasonItems = 4;

// Who speaks is not what they speak about: "cabinet member for social care"
// must not tie a quote to a priority on leadership. Blanked, so offsets hold.
QString withoutSpeaker(const Segment &segment)
{
    QString text = segment.text;
    for (const QString &part : {segment.speakerRole, segment.speakerName}) {
        if (part.size() < 2)
            continue;
        for (qsizetype at = text.indexOf(part, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(part, at + part.size(), Qt::CaseInsensitive))
            text.replace(at, part.size(), QString(part.size(), u' '));
    }
    return text;
}

QString quoted(QStringView text)
{
    return u'"' + text.toString().simplified() + u'"';
}
} // namespace

LinkScorer::LinkScorer(
    const ParsedReport &report, const ConceptLexicon &lexicon, const StopWords &stopWords, const Options &options)
    : m_report(report)
    , m_lexicon(lexicon)
    , m_stopWords(stopWords)
    , m_options(options)
    , m_conceptCount(int(lexicon.concepts().size()))
{
    m_vectors.reserve(report.segments.size());
    m_lengths.reserve(report.segments.size());
    for (const Segment &s : report.segments) {
        if (s.kind == SegmentKind::Heading) {
            m_vectors.emplace_back();
            m_lengths.push_back(0);
            continue;
        }
        m_vectors.push_back(extract(withoutSpeaker(s)));
    }
    finish();
}

LinkScorer::Vector LinkScorer::extract(const QString &text)
{
    const QList<TextTokenizer::Token> tokens = TextTokenizer::words(text);
    QStringList stems;
    stems.reserve(tokens.size());
    QStringList words;
    words.reserve(tokens.size());
    std::vector<int> ids(size_t(tokens.size()), -1);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &word = tokens[i].word;
        auto it = m_wordFeature.constFind(word);
        if (it == m_wordFeature.cend()) {
            int id = -1;
            if (!m_stopWords.contains(word)) {
                const QString stem = m_options.stemming ? PorterStemmer::stem(word) : word;
                auto known = m_stemFeature.constFind(stem);
                if (known == m_stemFeature.cend()) {
                    known = m_stemFeature.insert(stem, m_conceptCount + int(m_featureStem.size()));
                    m_featureStem.append(stem);
                }
                id = *known;
            }
            it = m_wordFeature.insert(word, id);
        }
        ids[size_t(i)] = *it;
        words.append(word);
        stems.append(*it >= 0 ? m_featureStem[*it - m_conceptCount] : word);
    }

    Vector features;
    auto add = [&features](int id, int start, int end) {
        for (Feature &f : features) {
            if (f.id == id) {
                f.tf += 1;
                return;
            }
        }
        features.push_back(Feature {id, 1, 0, start, end});
    };
    // Institutions' names and the like: their words count for nothing.
    std::vector<bool> dropped(size_t(tokens.size()), false);
    if (m_options.concepts) {
        for (const ConceptLexicon::Match &m : m_lexicon.find(stems, words)) {
            if (m_lexicon.concepts()[m.conceptIndex].ignored)
                std::fill(dropped.begin() + m.first, dropped.begin() + m.last, true);
            else
                add(m.conceptIndex, int(tokens[m.first].start), int(tokens[m.last - 1].end));
        }
    }
    qsizetype length = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const int id = ids[size_t(i)];
        if (id < 0 || dropped[size_t(i)])
            continue;
        add(id, int(tokens[i].start), int(tokens[i].end));
        ++length;
    }
    std::sort(features.begin(), features.end(), [](const Feature &x, const Feature &y) { return x.id < y.id; });
    m_lengths.push_back(length);
    return features;
}

void LinkScorer::finish()
{
    const size_t featureCount = size_t(m_conceptCount) + size_t(m_featureStem.size());
    std::vector<int> df(featureCount, 0);
    qsizetype indexed = 0;
    qsizetype totalLength = 0;
    for (size_t i = 0; i < m_vectors.size(); ++i) {
        if (m_report.segments[qsizetype(i)].kind == SegmentKind::Heading)
            continue;
        ++indexed;
        totalLength += m_lengths[i];
        for (const Feature &f : m_vectors[i])
            ++df[size_t(f.id)];
    }
    m_averageLength = indexed > 0 ? std::max(1.0, double(totalLength) / double(indexed)) : 1.0;
    m_idf.assign(featureCount, 0.0);
    // Words in a third of the report or more ("services") say little about a pair.
    m_common.assign(featureCount, false);
    for (size_t id = size_t(m_conceptCount); id < featureCount && indexed >= 6; ++id)
        m_common[id] = qsizetype(df[id]) * 3 >= indexed;
    const double n = double(std::max<qsizetype>(indexed, 1));
    for (size_t id = 0; id < featureCount; ++id) {
        const double d = df[id];
        double idf = m_options.method == Method::Bm25 ? std::log(1.0 + (n - d + 0.5) / (d + 0.5))
                                                      : std::log(1.0 + n / std::max(d, 1.0));
        if (id < size_t(m_conceptCount))
            idf *= m_options.conceptWeight;
        m_idf[id] = idf;
    }
    for (Vector &v : m_vectors) {
        double norm = 0;
        for (Feature &f : v) {
            f.weight = float((1.0 + std::log(double(f.tf))) * m_idf[size_t(f.id)]);
            norm += double(f.weight) * double(f.weight);
        }
        norm = std::sqrt(norm);
        if (norm > 0) {
            for (Feature &f : v)
                f.weight = float(double(f.weight) / norm);
        }
    }
}

double LinkScorer::bm25(const Vector &query, const Vector &document, qsizetype documentLength) const
{
    double score = 0;
    double best = 0; // what a document containing every query term very often would get
    auto d = document.cbegin();
    for (const Feature &q : query) {
        const double idf = m_idf[size_t(q.id)];
        best += idf * (k1 + 1);
        while (d != document.cend() && d->id < q.id)
            ++d;
        if (d != document.cend() && d->id == q.id) {
            const double tf = d->tf;
            score += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * double(documentLength) / m_averageLength));
        }
    }
    return best > 0 ? score / best : 0;
}

double LinkScorer::score(qsizetype source, qsizetype target) const
{
    const Vector &a = m_vectors[size_t(source)];
    const Vector &t = m_vectors[size_t(target)];
    if (m_options.method == Method::Bm25)
        return bm25(a, t, m_lengths[size_t(target)]);
    double dot = 0;
    auto i = a.cbegin();
    auto j = t.cbegin();
    while (i != a.cend() && j != t.cend()) {
        if (i->id < j->id) {
            ++i;
        } else if (j->id < i->id) {
            ++j;
        } else {
            dot += double(i->weight) * double(j->weight);
            ++i;
            ++j;
        }
    }
    return std::clamp(dot, 0.0, 1.0);
}

LinkScorer::Group LinkScorer::group(const QList<qsizetype> &sources) const
{
    Group g;
    // BM25 has no vector to sum: a group then scores 0, as before.
    if (m_options.method == Method::Bm25)
        return g;
    for (qsizetype s : sources) {
        for (const Feature &f : m_vectors[size_t(s)])
            g.sum.emplace_back(f.id, double(f.weight));
    }
    std::sort(g.sum.begin(), g.sum.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    size_t out = 0;
    for (size_t i = 0; i < g.sum.size(); ++i) {
        if (out > 0 && g.sum[out - 1].first == g.sum[i].first)
            g.sum[out - 1].second += g.sum[i].second;
        else
            g.sum[out++] = g.sum[i];
    }
    g.sum.resize(out);
    double norm = 0;
    for (const auto &[id, w] : g.sum)
        norm += w * w;
    g.norm = std::sqrt(norm);
    return g;
}

double LinkScorer::score(const Group &group, qsizetype target) const
{
    if (group.norm <= 0)
        return 0;
    double dot = 0;
    auto i = group.sum.cbegin();
    for (const Feature &f : m_vectors[size_t(target)]) {
        while (i != group.sum.cend() && i->first < f.id)
            ++i;
        if (i != group.sum.cend() && i->first == f.id)
            dot += i->second * double(f.weight);
    }
    return std::clamp(dot / group.norm, 0.0, 1.0);
}

double LinkScorer::score(const QList<qsizetype> &sources, qsizetype target) const
{
    if (sources.size() == 1)
        return score(sources.first(), target);
    return score(group(sources), target);
}

QString LinkScorer::reason(qsizetype source, qsizetype target) const
{
    struct Shared
    {
        const Feature *from;
        const Feature *to;
        double strength;
    };
    std::vector<Shared> shared;
    const Vector &a = m_vectors[size_t(source)];
    const Vector &t = m_vectors[size_t(target)];
    auto j = t.cbegin();
    for (const Feature &f : a) {
        while (j != t.cend() && j->id < f.id)
            ++j;
        if (j != t.cend() && j->id == f.id) {
            const double idf = m_idf[size_t(f.id)];
            shared.push_back(Shared {&f, &*j, double(f.tf) * double(j->tf) * idf * idf});
        }
    }
    if (shared.empty())
        return QCoreApplication::translate("Scrutiny::LinkReason", "no shared words");
    std::stable_sort(
        shared.begin(), shared.end(), [](const Shared &x, const Shared &y) { return x.strength > y.strength; });

    const QString &fromText = m_report.segments[source].text;
    const QString &toText = m_report.segments[target].text;
    QStringList concepts;
    QStringList words;
    std::vector<std::pair<int, int>> coveredFrom; // source ranges a listed concept already quotes
    for (const Shared &s : shared) {
        if (s.from->id < m_conceptCount) {
            if (concepts.size() >= reasonItems)
                continue;
            const QStringView a1 = QStringView(fromText).mid(s.from->start, s.from->end - s.from->start);
            const QStringView b1 = QStringView(toText).mid(s.to->start, s.to->end - s.to->start);
            const QString name = ConceptLexicon::displayName(m_lexicon.concepts()[s.from->id].name);
            QString item = name + u": "_s + quoted(a1);
            if (a1.compare(b1, Qt::CaseInsensitive) != 0)
                item += u" ~ "_s + quoted(b1);
            concepts.append(item);
            coveredFrom.emplace_back(s.from->start, s.from->end);
        }
    }
    const bool onlyCommon = concepts.isEmpty() && std::all_of(shared.cbegin(), shared.cend(), [this](const Shared &s) {
        return m_common[size_t(s.from->id)];
    });
    for (const Shared &s : shared) {
        if (s.from->id < m_conceptCount || concepts.size() + words.size() >= reasonItems)
            continue;
        if (m_common[size_t(s.from->id)] && !onlyCommon)
            continue;
        const bool covered = std::any_of(coveredFrom.cbegin(), coveredFrom.cend(),
            [&](const std::pair<int, int> &r) { return s.from->start >= r.first && s.from->end <= r.second; });
        if (covered)
            continue;
        const QStringView a1 = QStringView(fromText).mid(s.from->start, s.from->end - s.from->start);
        const QStringView b1 = QStringView(toText).mid(s.to->start, s.to->end - s.to->start);
        QString item = a1.toString().toLower();
        if (a1.compare(b1, Qt::CaseInsensitive) != 0)
            item += u'/' + b1.toString().toLower();
        words.append(item);
    }
    QStringList parts = concepts;
    if (!words.isEmpty())
        // No number is shown, so one word or several is all the grammar needs.
        parts.append((words.size() == 1 ? QCoreApplication::translate("Scrutiny::LinkReason", "word: %1")
                                        : QCoreApplication::translate("Scrutiny::LinkReason", "words: %1"))
                         .arg(words.join(u", ")));
    if (parts.isEmpty())
        parts.append(QCoreApplication::translate("Scrutiny::LinkReason", "shared words"));
    return parts.join(u"; ");
}

} // namespace Scrutiny
