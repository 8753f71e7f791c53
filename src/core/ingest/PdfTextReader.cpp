// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfTextReader.h"

#include "PlainTextReader.h"
#include "TextNormaliser.h"

#include <poppler-qt6.h>

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Scrutiny::Ingest {

namespace {
struct PdfLine
{
    QString text;
    double top = 0;
    double bottom = 0;
};

QList<PdfLine> pageLines(const Poppler::Page &page)
{
    QList<PdfLine> lines;
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page.textList();
    PdfLine line;
    bool open = false;
    for (const auto &box : boxes) {
        const QRectF r = box->boundingBox();
        if (!open) {
            line = PdfLine {QString(), r.top(), r.bottom()};
            open = true;
        }
        line.text += box->text();
        line.top = std::min(line.top, r.top());
        line.bottom = std::max(line.bottom, r.bottom());
        if (box->nextWord()) {
            if (box->hasSpaceAfter())
                line.text += u' ';
        } else {
            lines.append(line);
            open = false;
        }
    }
    if (open)
        lines.append(line);
    return lines;
}

// "3", "- 3 -", "Page 3", "Page 3 of 12", "3 / 12"
bool isPageNumber(QStringView line)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^\s*(?:[-\x{2013}\x{2014}]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*[-\x{2013}\x{2014}])?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.matchView(line).hasMatch();
}

QString withoutDigits(QStringView line)
{
    QString s = line.toString();
    s.removeIf([](QChar c) { return c.isDigit(); });
    return s.simplified();
}
} // namespace

std::optional<PdfTextReader::Result> PdfTextReader::read(
    const QByteArray &bytes, QString *problem, const std::function<bool(int)> &progress)
{
    auto fail = [problem](const QString &why) -> std::optional<Result> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    // Poppler reports syntax errors of damaged files on stderr; the caller gets one clear line
    // instead. They are counted (per thread): a PDF without text whose streams or page tree are
    // broken is damaged, not scanned.
    static thread_local int syntaxErrors = 0;
    static const bool quiet = [] {
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) { ++syntaxErrors; }, QVariant());
        return true;
    }();
    Q_UNUSED(quiet);
    syntaxErrors = 0;
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return fail(QStringLiteral("the PDF is damaged and cannot be read"));
    if (document->isLocked())
        return fail(QStringLiteral("the PDF is encrypted (password protected)"));
    const int pageCount = document->numPages();
    if (pageCount <= 0)
        return fail(QStringLiteral("the PDF is damaged: it has no pages"));

    Result result;
    // Producers fill Title with their own name or the source file's; those are not the report's title.
    static const QRegularExpression producerTitle(
        QStringLiteral(R"(\b(?:output|untitled|microsoft word|document\d*)\b|\.(?:docx?|odt|txt|rtf|pdf|ps|html?)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString title = normaliseParagraph(document->info(QStringLiteral("Title")));
    if (!producerTitle.matchView(title).hasMatch())
        result.title = title;

    QList<QList<PdfLine>> pages;
    pages.reserve(pageCount);
    qsizetype characters = 0;
    int missingPages = 0;
    for (int i = 0; i < pageCount; ++i) {
        std::unique_ptr<Poppler::Page> page = document->page(i);
        missingPages += !page;
        pages.append(page ? pageLines(*page) : QList<PdfLine>());
        for (const PdfLine &l : pages.last())
            characters += l.text.size();
        if (progress && !progress(10 + 60 * (i + 1) / pageCount))
            return fail(QStringLiteral("cancelled"));
    }
    if (characters == 0 && (missingPages > 0 || syntaxErrors > 0))
        return fail(QStringLiteral("the PDF is damaged: its pages cannot be read"));
    if (characters == 0)
        return fail(QStringLiteral("the PDF has no text layer (scanned?)"));

    // Running headers and footers: the same first or last line (digits aside) on most pages.
    QHash<QString, int> edgeLines;
    for (const auto &lines : pages) {
        if (lines.isEmpty())
            continue;
        ++edgeLines[withoutDigits(lines.first().text)];
        if (lines.size() > 1)
            ++edgeLines[withoutDigits(lines.last().text)];
    }
    auto isRunning = [&](const PdfLine &l) {
        const QString key = withoutDigits(l.text);
        return pageCount >= 3 && !key.isEmpty() && edgeLines.value(key) * 2 > pageCount;
    };

    QList<PlainTextReader::Page> texts;
    texts.reserve(pageCount);
    for (int p = 0; p < pageCount; ++p) {
        QList<PdfLine> &lines = pages[p];
        // Drop furniture at the page's top and bottom edges.
        for (int edge = 0; edge < 2 && !lines.isEmpty(); ++edge) {
            for (int k = 0; k < 2 && !lines.isEmpty(); ++k) {
                const PdfLine &l = edge == 0 ? lines.first() : lines.last();
                if (!isPageNumber(l.text) && !isRunning(l))
                    break;
                result.removed.append(Removal {Removal::Reason::Boilerplate, normaliseParagraph(l.text)});
                if (edge == 0)
                    lines.removeFirst();
                else
                    lines.removeLast();
            }
        }
        // Paragraph breaks where the gap to the next line is clearly larger than the usual line pitch.
        QList<double> pitches;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const double pitch = lines.at(i).top - lines.at(i - 1).top;
            if (pitch > 0)
                pitches.append(pitch);
        }
        double usual = 0;
        if (!pitches.isEmpty()) {
            std::nth_element(pitches.begin(), pitches.begin() + pitches.size() / 2, pitches.end());
            usual = pitches.at(pitches.size() / 2);
        }
        QString text;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0) {
                const double pitch = lines.at(i).top - lines.at(i - 1).top;
                text += (usual > 0 && pitch > usual * 1.45) ? QStringLiteral("\n\n") : QStringLiteral("\n");
            }
            text += lines.at(i).text;
        }
        texts.append(PlainTextReader::Page {p + 1, text});
    }
    result.blocks = PlainTextReader::read(texts);
    return result;
}

} // namespace Scrutiny::Ingest
