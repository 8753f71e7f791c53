// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ParsedReport.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Scrutiny {

class ConceptLexicon;
class StopWords;

/// How alike two segments of one report are, and why. Each segment becomes a
/// bag of stemmed content words plus the lexicon concepts it mentions; words
/// are weighted by how rare they are in this report (inverse document
/// frequency over its segments), so "workforce" counts and "services" hardly.
class LinkScorer
{
public:
    enum class Method {
        TfIdfCosine, ///< cosine of (1 + ln tf) * idf vectors: bounded in [0, 1]
        Bm25, ///< Okapi BM25 (k1 1.2, b 0.75) of the source against each target, squashed into [0, 1]
    };
    struct Options
    {
        Method method = Method::TfIdfCosine;
        bool stemming = true;
        bool concepts = true;
        double conceptWeight = 1.0; ///< a concept feature's weight relative to a word's
    };

    /// Indexes every segment but headings; a quote's speaker name and role are
    /// not counted as its words. `report` must outlive the scorer.
    LinkScorer(
        const ParsedReport &report, const ConceptLexicon &lexicon, const StopWords &stopWords, const Options &options);

    /// Similarity of segments `source` and `target` (indexes into report.segments), in [0, 1].
    double score(qsizetype source, qsizetype target) const;
    /// Segments taken together (a numbered section's findings): their vectors summed.
    struct Group
    {
        std::vector<std::pair<int, double>> sum; ///< feature id -> summed weight, sorted by id
        double norm = 0;
    };
    Group group(const QList<qsizetype> &sources) const;
    /// Similarity of a group and `target`: the cosine of its summed vector with the target's, in
    /// [0, 1]. Made once per group, so scoring it against every priority stays linear.
    double score(const Group &group, qsizetype target) const;
    /// score(group(sources), target); a single source scores as score(source, target).
    double score(const QList<qsizetype> &sources, qsizetype target) const;
    /// The shared concepts and words behind score(), strongest first, for a person
    /// (words found all over the report are named only when nothing else is shared):
    /// `leadership: "political leadership" ~ "managerial arrangements"; words: outcomes, carers`.
    QString reason(qsizetype source, qsizetype target) const;

private:
    struct Feature
    {
        int id = 0; ///< concepts first, then words
        float tf = 0; ///< occurrences in the segment
        float weight = 0; ///< TfIdfCosine: the unit-length vector's component
        int start = 0; ///< first occurrence in the segment's text, for reasons
        int end = 0;
    };
    using Vector = std::vector<Feature>; // sorted by id

    Vector extract(const QString &text);
    void finish();
    double bm25(const Vector &query, const Vector &document, qsizetype documentLength) const;

    const ParsedReport &m_report;
    const ConceptLexicon &m_lexicon;
    const StopWords &m_stopWords;
    Options m_options;
    int m_conceptCount = 0;
    QHash<QString, int> m_wordFeature; ///< lower-case word -> feature id, -1 for a stop word
    QHash<QString, int> m_stemFeature;
    QStringList m_featureStem; ///< word feature id - concept count -> stem
    std::vector<Vector> m_vectors; ///< per segment; empty for headings
    std::vector<qsizetype> m_lengths; ///< content words per segment
    std::vector<double> m_idf; ///< per feature
    std::vector<bool> m_common; ///< per feature: a word too common in this report to be worth naming in a reason
    double m_averageLength = 1;
};

} // namespace Scrutiny
