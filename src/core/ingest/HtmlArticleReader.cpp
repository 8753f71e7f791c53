// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlArticleReader.h"

#include "TextNormaliser.h"

#include <QHash>
#include <QRegularExpression>

#include <optional>

namespace Scrutiny::Ingest {

namespace {
const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> entities {
        {QStringLiteral("amp"), U'&'},
        {QStringLiteral("lt"), U'<'},
        {QStringLiteral("gt"), U'>'},
        {QStringLiteral("quot"), U'"'},
        {QStringLiteral("apos"), U'\''},
        {QStringLiteral("nbsp"), 0xA0},
        {QStringLiteral("lsquo"), 0x2018},
        {QStringLiteral("rsquo"), 0x2019},
        {QStringLiteral("ldquo"), 0x201C},
        {QStringLiteral("rdquo"), 0x201D},
        {QStringLiteral("sbquo"), 0x201A},
        {QStringLiteral("bdquo"), 0x201E},
        {QStringLiteral("ndash"), 0x2013},
        {QStringLiteral("mdash"), 0x2014},
        {QStringLiteral("hellip"), 0x2026},
        {QStringLiteral("pound"), 0xA3},
        {QStringLiteral("euro"), 0x20AC},
        {QStringLiteral("bull"), 0x2022},
        {QStringLiteral("middot"), 0xB7},
        {QStringLiteral("copy"), 0xA9},
        {QStringLiteral("reg"), 0xAE},
        {QStringLiteral("trade"), 0x2122},
        {QStringLiteral("shy"), 0xAD},
        {QStringLiteral("eacute"), 0xE9},
        {QStringLiteral("egrave"), 0xE8},
        {QStringLiteral("ecirc"), 0xEA},
        {QStringLiteral("aacute"), 0xE1},
        {QStringLiteral("agrave"), 0xE0},
        {QStringLiteral("acirc"), 0xE2},
        {QStringLiteral("ocirc"), 0xF4},
        {QStringLiteral("ucirc"), 0xFB},
        {QStringLiteral("wcirc"), 0x175},
        {QStringLiteral("ycirc"), 0x177},
        {QStringLiteral("icirc"), 0xEE},
        {QStringLiteral("iuml"), 0xEF},
        {QStringLiteral("euml"), 0xEB},
        {QStringLiteral("ouml"), 0xF6},
        {QStringLiteral("uuml"), 0xFC},
        {QStringLiteral("auml"), 0xE4},
        {QStringLiteral("ccedil"), 0xE7},
        {QStringLiteral("frac12"), 0xBD},
        {QStringLiteral("deg"), 0xB0},
        {QStringLiteral("times"), 0xD7},
        {QStringLiteral("laquo"), 0xAB},
        {QStringLiteral("raquo"), 0xBB},
        {QStringLiteral("thinsp"), 0x2009},
        {QStringLiteral("ensp"), 0x2002},
        {QStringLiteral("emsp"), 0x2003},
        {QStringLiteral("zwnj"), 0x200C},
        {QStringLiteral("zwj"), 0x200D},
        {QStringLiteral("minus"), 0x2212},
    };
    return entities;
}

enum class Role { Skip, Furniture, Block, Inline };

// Elements whose content is never article text.
bool isSkipped(QStringView tag)
{
    static const QStringList names {QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("noscript"),
        QStringLiteral("template"), QStringLiteral("svg"), QStringLiteral("iframe"), QStringLiteral("object"),
        QStringLiteral("head"), QStringLiteral("select"), QStringLiteral("textarea"), QStringLiteral("canvas"),
        QStringLiteral("math")};
    return names.contains(tag);
}

// Site furniture by element: its visible text is recorded as boilerplate.
bool isFurnitureElement(QStringView tag)
{
    static const QStringList names {QStringLiteral("nav"), QStringLiteral("header"), QStringLiteral("footer"),
        QStringLiteral("aside"), QStringLiteral("form"), QStringLiteral("button"), QStringLiteral("menu"),
        QStringLiteral("dialog")};
    return names.contains(tag);
}

bool isBlockElement(QStringView tag)
{
    static const QStringList names {QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("li"),
        QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
        QStringLiteral("h6"), QStringLiteral("br"), QStringLiteral("blockquote"), QStringLiteral("ul"),
        QStringLiteral("ol"), QStringLiteral("tr"), QStringLiteral("td"), QStringLiteral("th"), QStringLiteral("table"),
        QStringLiteral("section"), QStringLiteral("article"), QStringLiteral("main"), QStringLiteral("dd"),
        QStringLiteral("dt"), QStringLiteral("dl"), QStringLiteral("pre"), QStringLiteral("figure"),
        QStringLiteral("figcaption"), QStringLiteral("hr"), QStringLiteral("body"), QStringLiteral("address"),
        QStringLiteral("header"), QStringLiteral("footer"), QStringLiteral("nav"), QStringLiteral("aside"),
        QStringLiteral("form"), QStringLiteral("caption")};
    return names.contains(tag);
}

bool isVoid(QStringView tag)
{
    static const QStringList names {QStringLiteral("br"), QStringLiteral("img"), QStringLiteral("meta"),
        QStringLiteral("link"), QStringLiteral("input"), QStringLiteral("hr"), QStringLiteral("wbr"),
        QStringLiteral("source"), QStringLiteral("area"), QStringLiteral("base"), QStringLiteral("col"),
        QStringLiteral("embed"), QStringLiteral("param"), QStringLiteral("track")};
    return names.contains(tag);
}

// class/id words sites use for the chrome around an article.
bool hasFurnitureClass(QStringView attributes)
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b(?:class|id|role)\s*=\s*["']?[^"'>]*?\b(?:cookies?|consent|share|sharing|social|comments?|)"
                       R"(breadcrumbs?|nav|navigation|menu|sidebar|related|promo|advert|advertisement|ads|banner|)"
                       R"(newsletter|subscribe|popup|modal|byline|masthead|site-header|site-footer|footer|header|)"
                       R"(skip-link|signin|login|tags|pagination)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.matchView(attributes).hasMatch();
}

bool marksArticle(QStringView tag, QStringView attributes)
{
    if (tag == u"article" || tag == u"main")
        return true;
    static const QRegularExpression re(
        QStringLiteral(
            R"((?:itemprop\s*=\s*["']?articleBody|(?:class|id)\s*=\s*["'][^"']*\b(?:article-body|articlebody|story-body|entry-content|post-content|article-content|news-article)\b))"),
        QRegularExpression::CaseInsensitiveOption);
    return re.matchView(attributes).hasMatch();
}

QString stripSiteSuffix(const QString &title)
{
    // "Report title | Site name" or "Report title - Site name": keep the longer, first part.
    static const QRegularExpression separator(QStringLiteral(R"(\s+(?:\||\x{2013}|\x{2014}|-|::)\s+)"));
    const QStringList parts = title.split(separator);
    return parts.isEmpty() ? title : parts.first().trimmed();
}

// A table cell that reads as a label or a value ("Safe", "Good", "4 - Good", "How good is our
// leadership?"), not running text: the Segmenter's test for a table row's cells.
bool isShortCell(const SourceBlock &cell)
{
    return cell.shape == SourceBlock::Shape::Paragraph && !cell.text.endsWith(u'.') && cell.text.count(u' ') < 14;
}

/// An open <tr>: where its blocks and each of its cells start in Result::blocks.
struct TableRow
{
    qsizetype firstBlock = 0;
    QList<qsizetype> cells;
};

/// An open <table> (tables nest in layout tables) and its open row, if any.
struct Table
{
    std::optional<TableRow> row;
};

struct Element
{
    QString tag;
    bool furniture = false; ///< inside, text is recorded as boilerplate
    bool article = false;
};
} // namespace

QString HtmlArticleReader::decodeEntities(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'&') {
            out.append(c);
            continue;
        }
        // Only the next few characters can close an entity: searching the rest of the
        // page after every bare '&' made pages of "&amp" without ';' quadratic.
        const qsizetype semicolon = text.sliced(i + 1, qMin<qsizetype>(10, text.size() - i - 1)).indexOf(u';');
        if (semicolon < 0) {
            out.append(c);
            continue;
        }
        const QStringView name = text.sliced(i + 1, semicolon);
        char32_t code = 0;
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint value = (name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X'))
                ? name.sliced(2).toUInt(&ok, 16)
                : name.sliced(1).toUInt(&ok, 10);
            // Numeric references in 0x80..0x9F mean Windows-1252 in practice (&#146; for ’).
            static constexpr char16_t cp1252[32] = {0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6,
                0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};
            if (ok && value >= 0x80 && value < 0xA0)
                code = cp1252[value - 0x80];
            else if (ok && value > 0 && value <= 0x10FFFF && !(value >= 0xD800 && value < 0xE000))
                code = value;
        } else {
            code = namedEntities().value(name.toString(), 0);
        }
        if (code == 0) {
            out.append(c);
            continue;
        }
        out.append(QString::fromUcs4(&code, 1));
        i += semicolon + 1;
    }
    return out;
}

HtmlArticleReader::Result HtmlArticleReader::read(const QString &html)
{
    Result result;
    const QStringView source(html);

    // First pass: does the page mark its article? Then only that is read.
    bool pageMarksArticle = false;
    {
        static const QRegularExpression openTag(QStringLiteral(R"(<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>)"));
        auto it = openTag.globalMatchView(source);
        while (it.hasNext()) {
            const auto m = it.next();
            if (marksArticle(m.capturedView(1).toString().toLower(), m.capturedView(2))) {
                pageMarksArticle = true;
                break;
            }
        }
    }

    QList<Element> stack;
    QString text;
    SourceBlock::Shape shape = SourceBlock::Shape::Paragraph;
    QString marker;
    QList<int> orderedCounters; ///< one per open list; -1 for <ul>
    QString pageTitle;
    QString firstH1;
    bool inTitle = false;
    bool inH1 = false;

    auto inFurniture = [&]() {
        for (const Element &e : stack)
            if (e.furniture)
                return true;
        return false;
    };
    auto inArticle = [&]() {
        if (!pageMarksArticle)
            return true;
        for (const Element &e : stack)
            if (e.article)
                return true;
        return false;
    };
    bool textIsFurniture = false;
    auto flush = [&]() {
        const QString folded = normaliseParagraph(text);
        text.clear();
        if (folded.isEmpty())
            return;
        if (textIsFurniture) {
            result.removed.append(Removal {Removal::Reason::Boilerplate, folded});
            return;
        }
        SourceBlock block;
        block.text = folded;
        block.shape = shape;
        block.marker = marker;
        result.blocks.append(block);
    };

    // A table row whose cells are all labels or values ("Safe | Good", "Overall effectiveness |
    // Requires improvement") is one block, its cells joined by " | " as the PDF reader joins a
    // row's cells, so a row reads as a row (and a ratings table as ratings), not as a list of
    // one-word paragraphs. A row with running text in a cell (a layout table, a table of
    // findings) keeps each cell's paragraphs.
    QList<Table> tables;
    auto endRow = [&]() {
        if (tables.isEmpty() || !tables.last().row)
            return;
        const TableRow row = *tables.last().row;
        tables.last().row.reset();
        if (row.cells.isEmpty() || row.cells.first() != row.firstBlock)
            return;
        QStringList cells;
        for (qsizetype k = 0; k < row.cells.size(); ++k) {
            const qsizetype end = k + 1 < row.cells.size() ? row.cells.at(k + 1) : result.blocks.size();
            if (end - row.cells.at(k) > 1)
                return;
            if (end > row.cells.at(k)) {
                if (!isShortCell(result.blocks.at(row.cells.at(k))))
                    return;
                cells.append(result.blocks.at(row.cells.at(k)).text);
            }
        }
        if (cells.size() < 2)
            return;
        result.blocks.resize(row.firstBlock);
        SourceBlock block;
        block.text = cells.join(QStringLiteral(" | "));
        result.blocks.append(block);
    };

    qsizetype i = 0;
    const qsizetype n = source.size();
    while (i < n) {
        const QChar c = source.at(i);
        if (c != u'<') {
            const qsizetype next = source.indexOf(u'<', i);
            const qsizetype end = next < 0 ? n : next;
            const QString chunk = decodeEntities(source.sliced(i, end - i));
            if (inTitle) {
                pageTitle += chunk;
            } else {
                if (inH1)
                    firstH1 += chunk;
                const bool furniture = inFurniture() || !inArticle();
                if (furniture != textIsFurniture && !normaliseParagraph(chunk).isEmpty()) {
                    flush();
                    textIsFurniture = furniture;
                }
                text += chunk;
            }
            i = end;
            continue;
        }
        if (source.sliced(i).startsWith(u"<!--")) {
            const qsizetype end = source.indexOf(u"-->", i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        const qsizetype close = source.indexOf(u'>', i + 1);
        if (close < 0) {
            i = n;
            break;
        }
        QStringView tagText = source.sliced(i + 1, close - i - 1);
        i = close + 1;
        if (tagText.startsWith(u'!') || tagText.startsWith(u'?'))
            continue;
        const bool closing = tagText.startsWith(u'/');
        if (closing)
            tagText = tagText.sliced(1);
        qsizetype nameEnd = 0;
        while (nameEnd < tagText.size() && (tagText.at(nameEnd).isLetterOrNumber() || tagText.at(nameEnd) == u'-'))
            ++nameEnd;
        const QString tag = tagText.left(nameEnd).toString().toLower();
        const QStringView attributes = tagText.sliced(nameEnd);
        if (tag.isEmpty())
            continue;

        if (!closing && isSkipped(tag) && !attributes.endsWith(u'/')) {
            if (tag == u"head") {
                // The head holds the <title>; read it, skip the rest.
                const qsizetype end = source.indexOf(QStringLiteral("</head"), i, Qt::CaseInsensitive);
                const QStringView head = source.sliced(i, (end < 0 ? n : end) - i);
                static const QRegularExpression titleRe(QStringLiteral(R"(<title[^>]*>(.*?)</title)"),
                    QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
                const auto m = titleRe.matchView(head);
                if (m.hasMatch())
                    pageTitle = decodeEntities(m.capturedView(1));
                i = end < 0 ? n : end;
                continue;
            }
            const qsizetype end = source.indexOf(QString(QStringLiteral("</") + tag), i, Qt::CaseInsensitive);
            i = end < 0 ? n : source.indexOf(u'>', end) + 1;
            if (i <= 0)
                i = n;
            continue;
        }
        if (tag == u"title") {
            inTitle = !closing;
            continue;
        }
        if (isBlockElement(tag))
            flush();
        if (tag == u"table" && !closing) {
            tables.append(Table {}); // inside a cell of an open row, which stays open
        } else if (tag == u"table" && !tables.isEmpty()) {
            endRow();
            tables.removeLast();
        } else if (tag == u"tr") {
            endRow();
            if (!closing && tables.isEmpty())
                tables.append(Table {});
            if (!closing)
                tables.last().row = TableRow {result.blocks.size(), {}};
        } else if (!closing && (tag == u"td" || tag == u"th") && !tables.isEmpty() && tables.last().row) {
            tables.last().row->cells.append(result.blocks.size());
        }
        if (!closing) {
            if (tag == u"h1")
                inH1 = firstH1.isEmpty();
            if (isVoid(tag) || attributes.endsWith(u'/'))
                continue;
            Element e {tag, isFurnitureElement(tag) || hasFurnitureClass(attributes), marksArticle(tag, attributes)};
            // A header inside the article carries its headline, not site chrome.
            if ((tag == u"header") && inArticle() && pageMarksArticle && !stack.isEmpty())
                e.furniture = hasFurnitureClass(attributes);
            stack.append(e);
            if (tag == u"ul")
                orderedCounters.append(-1);
            else if (tag == u"ol")
                orderedCounters.append(0);
            if (tag == u"li") {
                shape = SourceBlock::Shape::ListItem;
                marker.clear();
                if (!orderedCounters.isEmpty() && orderedCounters.last() >= 0)
                    marker = QString::number(++orderedCounters.last()) + u'.';
            } else if ((tag.size() == 2 && tag.at(0) == u'h' && tag.at(1).isDigit()) || tag == u"caption") {
                shape = SourceBlock::Shape::Heading;
                marker.clear();
            } else if (isBlockElement(tag)) {
                shape = SourceBlock::Shape::Paragraph;
                marker.clear();
            }
        } else {
            if (tag == u"h1")
                inH1 = false;
            // Pop to the matching element; tolerate unclosed <p> and <li>.
            for (qsizetype k = stack.size() - 1; k >= 0; --k) {
                if (stack.at(k).tag == tag) {
                    stack.resize(k);
                    break;
                }
            }
            if ((tag == u"ul" || tag == u"ol") && !orderedCounters.isEmpty())
                orderedCounters.removeLast();
            if (isBlockElement(tag)) {
                shape = SourceBlock::Shape::Paragraph;
                marker.clear();
            }
        }
    }
    flush();
    while (!tables.isEmpty()) {
        endRow();
        tables.removeLast();
    }
    const QString h1 = normaliseParagraph(firstH1);
    result.title = !h1.isEmpty() ? h1 : stripSiteSuffix(normaliseParagraph(pageTitle));
    return result;
}

} // namespace Scrutiny::Ingest
