// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportImporter.h"

#include "BoilerplateFilter.h"
#include "CharacterRepair.h"
#include "DuplicateFilter.h"
#include "FormatSniffer.h"
#include "HtmlArticleReader.h"
#include "JudgementReader.h"
#include "ParagraphJoiner.h"
#include "PdfTextReader.h"
#include "PlainTextReader.h"
#include "RatingReader.h"
#include "ReportInput.h"
#include "Segmenter.h"
#include "SpellingDictionary.h"
#include "TextDecoder.h"
#include "WordRepairer.h"
#include "linking/LinkSuggester.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Scrutiny {

using namespace Ingest;

namespace {
bool report(const ReportImporter::Options &options, int percent)
{
    return !options.progress || options.progress(percent);
}

QString displayName(const QString &name)
{
    return name == QLatin1StringView("-") ? QStringLiteral("standard input") : name;
}

// A title from the first sentence of the opening paragraph, cut at a clause
// boundary so it reads as a headline ("X social services are serving some
// people well, but have uncertain prospects for improvement").
QString titleFromOpening(const QString &paragraph)
{
    QString t = paragraph;
    const qsizetype end = t.indexOf(QStringLiteral(". "));
    if (end > 0)
        t = t.left(end);
    if (t.endsWith(u'.'))
        t.chop(1);
    constexpr qsizetype limit = 110;
    if (t.size() > limit) {
        qsizetype cut = t.lastIndexOf(QStringLiteral(", "), limit);
        if (cut < 30)
            cut = t.lastIndexOf(u' ', limit);
        t = t.left(cut > 0 ? cut : limit);
    }
    return t.trimmed();
}

void assemble(ParsedReport &report, SourceBlocks &blocks, const QList<Segmenter::Decision> &decisions)
{
    QString &text = report.text;
    qsizetype total = 0;
    for (const SourceBlock &b : blocks)
        total += b.text.size() + b.marker.size() + 4;
    text.reserve(total);
    int counters[SegmentKindCount] = {};
    report.segments.reserve(blocks.size());
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        SourceBlock &b = blocks[i];
        const bool item = b.shape == SourceBlock::Shape::ListItem;
        if (i > 0)
            text += (item && blocks.at(i - 1).shape == SourceBlock::Shape::ListItem) ? QStringLiteral("\n")
                                                                                     : QStringLiteral("\n\n");
        if (item)
            text += (b.marker.isEmpty() ? QStringLiteral("\u2022") : b.marker) + u' ';
        const qsizetype start = text.size();
        text += b.text;
        const Segmenter::Decision &d = decisions.at(i);
        Segment s;
        s.kind = d.kind;
        s.side = d.side;
        s.id = segmentLabel(d.kind, ++counters[static_cast<int>(d.kind)]);
        s.start = start;
        s.end = text.size();
        s.text = b.text;
        if (d.kind == SegmentKind::Quote) {
            s.speakerName = d.speaker.name;
            s.speakerRole = d.speaker.role;
        }
        if (d.kind == SegmentKind::Finding)
            s.polarity = d.polarity == Polarity::None ? Polarity::Mixed : d.polarity;
        s.page = b.page;
        s.confidence = d.confidence;
        s.reason = d.reason;
        report.segments.append(std::move(s));
        std::sort(b.changes.begin(), b.changes.end(),
            [](const SourceBlock::Change &x, const SourceBlock::Change &y) { return x.offset < y.offset; });
        for (const SourceBlock::Change &c : b.changes)
            report.repairs.append(Repair {c.before, c.after, start + c.offset});
    }
}
} // namespace

std::optional<ParsedReport> ReportImporter::importFile(const QString &path, QString *error, const Options &options)
{
    QString why;
    const auto bytes = ReportInput::read(path, &why, options.maxBytes.value_or(ReportInput::defaultLimit));
    if (!bytes) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    return importBytes(*bytes, path, error, options);
}

std::optional<ParsedReport> ReportImporter::importBytes(
    const QByteArray &bytes, const QString &name, QString *error, const Options &options)
{
    auto fail = [&](const QString &why) -> std::optional<ParsedReport> {
        if (error)
            *error = QStringLiteral("%1: %2").arg(displayName(name), why);
        return std::nullopt;
    };
    if (bytes.isEmpty())
        return fail(QCoreApplication::translate("Scrutiny::ReportImporter", "the file is empty"));
    if (!report(options, 0))
        return fail(QStringLiteral("cancelled"));

    ParsedReport result;
    result.format = sniffFormat(bytes, name);
    SourceBlocks blocks;
    QString title;
    if (result.format == ParsedReport::Format::Pdf) {
        QString problem;
        auto pdf = PdfTextReader::read(bytes, &problem, options.progress);
        if (!pdf)
            return fail(problem);
        blocks = std::move(pdf->blocks);
        result.removed = std::move(pdf->removed);
        title = pdf->title;
    } else {
        QString problem;
        std::optional<QString> text = TextDecoder::decode(bytes, nullptr, &problem);
        if (!text)
            return fail(problem);
        if (text->trimmed().isEmpty())
            return fail(
                QCoreApplication::translate("Scrutiny::ReportImporter", "the file is empty (only white space)"));
        // A UTF-16 or Windows-1252 page is only recognisable as HTML once decoded.
        if (result.format == ParsedReport::Format::Text && looksLikeHtml(*text))
            result.format = ParsedReport::Format::Html;
        if (result.format == ParsedReport::Format::Html) {
            HtmlArticleReader::Result html = HtmlArticleReader::read(*text);
            blocks = std::move(html.blocks);
            result.removed = std::move(html.removed);
            title = html.title;
        } else {
            blocks = PlainTextReader::read(*text);
        }
    }
    if (!report(options, 70))
        return fail(QStringLiteral("cancelled"));

    // Order matters: furniture goes first (a page number must not stop a paragraph being
    // re-joined); words are repaired before joining so offsets only ever shift forward; copies
    // are found last, when a repeated paragraph cut by a page break is whole again.
    BoilerplateFilter::apply(blocks, result.removed);
    const auto dictionary = SpellingDictionary::open(
        options.dictionary.isEmpty() ? SpellingDictionary::defaultPath() : options.dictionary);
    WordRepairer repairer(dictionary);
    for (SourceBlock &b : blocks)
        repairer.repair(b.text, b.changes);
    CharacterRepair::apply(blocks);
    ParagraphJoiner::apply(blocks);
    DuplicateFilter::apply(blocks, result.removed);
    if (blocks.isEmpty())
        return fail(QCoreApplication::translate("Scrutiny::ReportImporter", "no report text found"));
    if (!report(options, 85))
        return fail(QStringLiteral("cancelled"));

    QList<Segmenter::Decision> decisions = Segmenter::classify(blocks, dictionary.get());
    // A report in which nothing but an opening paragraph and context can be found (no finding,
    // priority, quotation or response) is read as context and flagged for review, never guessed at.
    result.structureRecognised = std::any_of(decisions.cbegin(), decisions.cend(), [](const Segmenter::Decision &d) {
        return d.kind == SegmentKind::Finding || d.kind == SegmentKind::Priority || d.kind == SegmentKind::Quote
            || d.kind == SegmentKind::Response;
    });
    if (!result.structureRecognised) {
        for (Segmenter::Decision &d : decisions) {
            if (d.kind == SegmentKind::Heading)
                continue;
            d = Segmenter::Decision {};
            d.reason = QStringLiteral("structure not recognised");
            d.confidence = 0.2;
        }
    }
    assemble(result, blocks, decisions);

    // The verdict as the review states it: its own paragraphs first, quotations and the council's words after.
    QString reviewText;
    for (const Segment &s : std::as_const(result.segments)) {
        if (s.side == Side::Review && s.kind != SegmentKind::Quote)
            reviewText += s.text + u'\n';
    }
    result.judgement = JudgementReader::read(reviewText);
    if (result.judgement.serving.isEmpty() || result.judgement.prospects.isEmpty()) {
        const Judgement all = JudgementReader::read(result.text);
        if (result.judgement.serving.isEmpty())
            result.judgement.serving = all.serving;
        if (result.judgement.prospects.isEmpty())
            result.judgement.prospects = all.prospects;
    }
    result.ratings = RatingReader::read(result);

    if (title.isEmpty() && !result.segments.isEmpty() && result.segments.first().kind == SegmentKind::Heading)
        title = result.segments.first().text;
    if (title.isEmpty()) {
        for (const Segment &s : std::as_const(result.segments)) {
            if (s.kind != SegmentKind::Heading) {
                title = titleFromOpening(s.text);
                break;
            }
        }
    }
    result.title = title;
    // The parse contract's suggested_links: each finding's three best priorities.
    if (options.suggestLinks.value_or(true))
        result.suggestedLinks = LinkSuggester().suggest(result, 3, LinkSuggester::Sources::Findings);
    if (!report(options, 100))
        return fail(QStringLiteral("cancelled"));
    return result;
}

} // namespace Scrutiny
