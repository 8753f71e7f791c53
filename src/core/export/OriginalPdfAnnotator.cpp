// SPDX-License-Identifier: GPL-3.0-or-later
#include "OriginalPdfAnnotator.h"

#include "NoteHtml.h"
#include "OutputFile.h"
#include "PdfAnnotationAppearances.h"
#include "PrintPalette.h"
#include "model/TagName.h"
#include "translation/Translation.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

#include <poppler-annotation.h>
#include <poppler-qt6.h>

namespace Scrutiny {

namespace {

/// One word of the PDF's text layer.
struct Word
{
    int page = 0; ///< 0-based
    QRectF box; ///< points, top-left origin
};

/// The document's text as one run of lower-case letters and digits, each
/// pointing back at the word it came from.
struct LetterIndex
{
    QString letters;
    QList<int> wordOf; ///< letters[i] comes from words[wordOf[i]]
    QList<Word> words;
    QStringList wordLetters; ///< the letters of each word
    QList<qsizetype> pageStart; ///< first letter of each page
};

void appendLetters(const QString &text, QString *letters, QList<int> *wordOf, int word)
{
    // Compatibility form: ligatures a PDF's text layer keeps ("\uFB01") become letters.
    const QString normal = text.normalized(QString::NormalizationForm_KC);
    for (const QChar c : normal) {
        if (c.isLetterOrNumber()) {
            letters->append(c.toCaseFolded());
            if (wordOf)
                wordOf->append(word);
        }
    }
}

QString lettersOf(const QString &text)
{
    QString letters;
    appendLetters(text, &letters, nullptr, 0);
    return letters;
}

LetterIndex indexDocument(const Poppler::Document &doc)
{
    LetterIndex index;
    for (int p = 0; p < doc.numPages(); ++p) {
        index.pageStart.append(index.letters.size());
        const std::unique_ptr<Poppler::Page> page = doc.page(p);
        if (!page)
            continue;
        for (const auto &box : page->textList()) {
            const int word = int(index.words.size());
            index.words.append({p, box->boundingBox()});
            const qsizetype before = index.letters.size();
            appendLetters(box->text(), &index.letters, &index.wordOf, word);
            index.wordLetters.append(index.letters.mid(before));
        }
    }
    return index;
}

/// Where the segment's letters are: [first, last) letter range, or {-1, -1}.
std::pair<qsizetype, qsizetype> locate(const LetterIndex &index, const QString &needle, qsizetype from)
{
    if (needle.isEmpty())
        return {-1, -1};
    qsizetype at = index.letters.indexOf(needle, from);
    if (at < 0 && from > 0)
        at = index.letters.indexOf(needle);
    if (at >= 0)
        return {at, at + needle.size()};
    // The cleaner may have changed the middle (a removed duplicate, a joined
    // line): accept the start and the end found in order, close together.
    const qsizetype part = std::min<qsizetype>(40, needle.size() / 3);
    if (part < 12)
        return {-1, -1};
    const qsizetype head = index.letters.indexOf(needle.left(part), from);
    if (head < 0)
        return {-1, -1};
    const qsizetype tail = index.letters.indexOf(needle.right(part), head + part);
    if (tail < 0 || tail + part - head > needle.size() * 3 / 2)
        return {-1, -1};
    return {head, tail + part};
}

/// When the text layer's reading order shuffles a passage (wide justified
/// spacing read as columns), its words are still close together: the first
/// window of the document's words holding all of them, or an empty list.
QList<int> locateWords(const LetterIndex &index, const QString &text)
{
    QStringList words;
    for (const QString &w : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const QString l = lettersOf(w);
        if (!l.isEmpty())
            words.append(l);
    }
    if (words.size() < 2)
        return {};
    QHash<QString, int> need;
    for (const QString &w : words)
        ++need[w];
    const qsizetype window = words.size() + std::max<qsizetype>(3, words.size() / 4);
    qsizetype missing = words.size();
    for (qsizetype i = 0; i < index.wordLetters.size(); ++i) {
        const auto add = need.find(index.wordLetters[i]);
        if (add != need.end() && (*add)-- > 0)
            --missing;
        if (i >= window) {
            const auto drop = need.find(index.wordLetters[i - window]);
            if (drop != need.end() && ++(*drop) > 0)
                ++missing;
        }
        if (missing == 0) {
            QList<int> found;
            const QSet<QString> wanted(words.cbegin(), words.cend());
            for (qsizetype k = std::max<qsizetype>(0, i - window + 1); k <= i; ++k) {
                if (wanted.contains(index.wordLetters[k]))
                    found.append(int(k));
            }
            return found;
        }
    }
    return {};
}

QColor highlightColour(const AnnotatedReport &a, const Segment &s)
{
    const QList<qint64> tags = a.segmentTags.value(s.id);
    if (!tags.isEmpty()) {
        if (const Tag *t = a.tag(tags.first()); t && t->colour.isValid())
            return t->colour;
    }
    const QColor kind = PrintPalette::light().colour(s.kind);
    // Pale kinds (context) highlight in a neutral yellow.
    return s.kind == SegmentKind::Context ? QColor(0xffe066) : kind;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("OriginalPdfAnnotator", text);
}

QString linkTypeName(LinkType type)
{
    switch (type) {
    case LinkType::PartlyAddresses:
        return translated(QT_TRANSLATE_NOOP("OriginalPdfAnnotator", "partly addresses"));
    case LinkType::Contradicts:
        return translated(QT_TRANSLATE_NOOP("OriginalPdfAnnotator", "contradicts"));
    case LinkType::RespondsTo:
        return translated(QT_TRANSLATE_NOOP("OriginalPdfAnnotator", "responds to"));
    case LinkType::Addresses:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("OriginalPdfAnnotator", "addresses"));
}

} // namespace

QString OriginalPdfAnnotator::popupText(const AnnotatedReport &a, const Segment &s)
{
    QStringList lines;
    QString head = s.id + QStringLiteral(" \u00B7 ") + displayName(s.kind);
    if (s.polarity != Polarity::None)
        head += QStringLiteral(" (") + displayName(s.polarity) + QLatin1Char(')');
    lines << head;
    if (!s.speakerName.isEmpty())
        lines << translated(QT_TRANSLATE_NOOP("OriginalPdfAnnotator", "Speaker: %1"))
                     .arg(s.speakerName + (s.speakerRole.isEmpty() ? QString() : QStringLiteral(", ") + s.speakerRole));
    QStringList tags;
    for (qint64 id : a.segmentTags.value(s.id)) {
        if (const Tag *t = a.tag(id))
            tags << TagName::elided(t->name);
    }
    if (!tags.isEmpty())
        lines << translated(QT_TRANSLATE_NOOP("OriginalPdfAnnotator", "Tags: %1")).arg(tags.join(QStringLiteral(", ")));
    auto label = [&a](const QString &id) -> QString {
        const Segment *other = a.report.segment(id);
        if (!other)
            return id;
        QString text = other->text.simplified();
        if (text.size() > 70)
            text = text.left(70) + QStringLiteral("\u2026");
        return id + QStringLiteral(" \u201C") + text + QStringLiteral("\u201D");
    };
    for (const Link &l : a.linksFrom(s.id))
        lines << QStringLiteral("\u2192 %1 %2").arg(linkTypeName(l.type), label(l.to))
                + (l.note.isEmpty() ? QString() : QStringLiteral(" (") + l.note + QLatin1Char(')'));
    for (const Link &l : a.linksTo(s.id))
        lines << QStringLiteral("\u2190 %1 %2").arg(linkTypeName(l.type), label(l.from))
                + (l.note.isEmpty() ? QString() : QStringLiteral(" (") + l.note + QLatin1Char(')'));
    if (s.kind == SegmentKind::Priority)
        lines << planLine(a, s.id);
    for (const Note &n : a.notes) {
        if (n.segment == s.id)
            lines << translated(QT_TRANSLATE_NOOP("OriginalPdfAnnotator", "Note: %1"))
                         .arg(NoteHtml::toPlainText(n.markdown));
    }
    return lines.join(QLatin1Char('\n'));
}

QString OriginalPdfAnnotator::planLine(const AnnotatedReport &a, const QString &priority)
{
    const auto item
        = std::find_if(a.plan.cbegin(), a.plan.cend(), [&](const PlanItem &p) { return p.priority == priority; });
    if (item == a.plan.cend())
        return QCoreApplication::translate("OriginalPdfAnnotator", "Plan: no plan entry");
    // Dates in the language of the export; English keeps the C locale's month names.
    const QLocale dates = Translation::current() == QLatin1StringView("cy") ? QLocale(QLocale::Welsh) : QLocale::c();
    return (item->evidence.isEmpty() ? QCoreApplication::translate("OriginalPdfAnnotator", "Plan: %1, due %2, %3")
                                     : QCoreApplication::translate("OriginalPdfAnnotator", "Plan: %1, due %2, %3 (%4)"))
        .arg(item->owner.isEmpty() ? QCoreApplication::translate("OriginalPdfAnnotator", "no owner") : item->owner,
            item->due.isValid() ? dates.toString(item->due, QStringLiteral("d MMM yyyy")) : QStringLiteral("\u2014"),
            displayName(item->status), item->evidence);
}

QString OriginalPdfAnnotator::briefingText(const AnnotatedReport &a)
{
    QStringList parts;
    for (const Note &n : a.notes) {
        if (n.segment.isEmpty())
            parts << NoteHtml::toPlainText(n.markdown);
    }
    QStringList plan;
    for (const Segment &s : a.report.segments) {
        if (s.kind == SegmentKind::Priority)
            plan << s.id + QStringLiteral(": ") + planLine(a, s.id);
    }
    if (!plan.isEmpty())
        parts << QCoreApplication::translate("OriginalPdfAnnotator", "Action plan") + QLatin1Char('\n')
                + plan.join(QLatin1Char('\n'));
    return parts.join(QStringLiteral("\n\n"));
}

std::optional<OriginalPdfAnnotator::Result> OriginalPdfAnnotator::annotate(
    const QByteArray &originalPdf, const AnnotatedReport &a, QString *error, const QString &author)
{
    const QString who = author.trimmed().isEmpty() ? QStringLiteral("Scrutiny") : author.trimmed();
    auto fail = [error](const QString &why) -> std::optional<Result> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (originalPdf.isEmpty())
        return fail(QStringLiteral("the original file is not stored"));
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(originalPdf);
    if (!doc || doc->isLocked())
        return fail(QStringLiteral("the original is not a readable PDF"));

    const LetterIndex index = indexDocument(*doc);
    if (index.letters.isEmpty())
        return fail(QStringLiteral("the original PDF has no text layer to annotate"));

    Result result;
    // Note icons go in the page's margin, beside the text, one under another.
    QHash<int, QList<QRectF>> iconsOnPage; // points
    QHash<int, std::pair<double, double>> textColumn; // page -> leftmost and rightmost word edge
    for (const Word &w : index.words) {
        auto it = textColumn.find(w.page);
        if (it == textColumn.end())
            textColumn.insert(w.page, {w.box.left(), w.box.right()});
        else
            *it = {std::min(it->first, w.box.left()), std::max(it->second, w.box.right())};
    }
    const double iconSide = 14.0;
    auto placeIcon = [&](int page, double top, const QSizeF &size) {
        const auto [left, right] = textColumn.value(page, {size.width() / 2, size.width() / 2});
        double x = left - iconSide - 6;
        if (x < 2) // no room on the left: the right margin
            x = std::min(right + 6, size.width() - iconSide - 2);
        QRectF rect(x, std::clamp(top, 2.0, size.height() - iconSide - 2), iconSide, iconSide);
        QList<QRectF> &taken = iconsOnPage[page];
        for (bool moved = true; moved;) {
            moved = false;
            for (const QRectF &other : std::as_const(taken)) {
                if (other.intersects(rect.adjusted(0, -1, 0, 1))) {
                    rect.moveTop(other.bottom() + 2);
                    moved = true;
                }
            }
        }
        taken.append(rect);
        return rect;
    };
    qsizetype from = 0;
    for (const Segment &s : a.report.segments) {
        const bool annotated = a.segmentTags.contains(s.id) || !a.linksFrom(s.id).isEmpty()
            || !a.linksTo(s.id).isEmpty()
            || std::any_of(a.notes.cbegin(), a.notes.cend(), [&s](const Note &n) { return n.segment == s.id; });
        if (s.kind == SegmentKind::Heading || (s.kind == SegmentKind::Context && !annotated))
            continue;
        const qsizetype hint = s.page > 0 && s.page <= index.pageStart.size() ? index.pageStart[s.page - 1] : from;
        const QString needle = lettersOf(s.text);
        const auto [first, last] = locate(index, needle, std::max(hint, qsizetype(0)));
        QList<int> words;
        if (first >= 0) {
            from = last;
            // Found by its start and end only: what lies between may hold a page's
            // footer or header (its number), which is not the segment's.
            const bool exact = QStringView(index.letters).mid(first, last - first) == needle;
            for (qsizetype i = first; i < last; ++i) {
                const int w = index.wordOf[i];
                if ((words.isEmpty() || words.last() != w) && (exact || needle.contains(index.wordLetters[w])))
                    words.append(w);
            }
        } else {
            words = locateWords(index, s.text);
        }
        if (words.isEmpty()) {
            result.notFound << s.id;
            continue;
        }

        // Per page, one quad per line of words.
        QMap<int, QList<QRectF>> linesOnPage;
        for (const int w : std::as_const(words)) {
            const Word &word = index.words[w];
            QList<QRectF> &lines = linesOnPage[word.page];
            if (!lines.isEmpty() && std::abs(lines.last().center().y() - word.box.center().y()) < word.box.height() / 2
                && word.box.left() >= lines.last().left())
                lines.last() = lines.last().united(word.box);
            else
                lines.append(word.box);
        }
        const QColor colour = highlightColour(a, s);
        const QString contents = popupText(a, s);
        bool firstPage = true;
        for (auto it = linesOnPage.cbegin(); it != linesOnPage.cend(); ++it) {
            std::unique_ptr<Poppler::Page> page = doc->page(it.key());
            const QSizeF size = page->pageSizeF();
            QList<Poppler::HighlightAnnotation::Quad> quads;
            QRectF bounds;
            for (const QRectF &line : it.value()) {
                const QRectF n(line.left() / size.width(), line.top() / size.height(), line.width() / size.width(),
                    line.height() / size.height());
                Poppler::HighlightAnnotation::Quad q;
                q.points[0] = n.topLeft();
                q.points[1] = n.topRight();
                q.points[2] = n.bottomRight();
                q.points[3] = n.bottomLeft();
                q.capStart = false;
                q.capEnd = false;
                q.feather = 0.1;
                quads.append(q);
                bounds = bounds.isNull() ? n : bounds.united(n);
            }
            Poppler::HighlightAnnotation highlight;
            highlight.setHighlightType(Poppler::HighlightAnnotation::Highlight);
            highlight.setHighlightQuads(quads);
            highlight.setBoundary(bounds);
            highlight.setAuthor(who);
            highlight.setContents(contents);
            highlight.setUniqueName(QStringLiteral("scrutiny-%1-%2").arg(s.id).arg(it.key() + 1));
            Poppler::Annotation::Style style;
            style.setColor(colour);
            style.setOpacity(0.4);
            highlight.setStyle(style);
            Poppler::Annotation::Popup popup;
            popup.setTitle(s.id);
            popup.setSummary(s.id + QStringLiteral(" \u00B7 ") + displayName(s.kind));
            popup.setText(contents);
            highlight.setPopup(popup);
            page->addAnnotation(&highlight);

            // A note icon in the margin beside the first line, for viewers that
            // show highlight contents only on hover.
            if (firstPage && contents.contains(QLatin1Char('\n'))) {
                const QRectF icon = placeIcon(it.key(), it.value().first().top(), size);
                const QRectF iconRect(icon.left() / size.width(), icon.top() / size.height(),
                    icon.width() / size.width(), icon.height() / size.height());
                Poppler::TextAnnotation note(Poppler::TextAnnotation::Linked);
                note.setTextIcon(QStringLiteral("Comment"));
                note.setBoundary(iconRect);
                note.setAuthor(who);
                note.setContents(contents);
                note.setUniqueName(QStringLiteral("scrutiny-note-%1").arg(s.id));
                Poppler::Annotation::Style noteStyle;
                noteStyle.setColor(colour);
                note.setStyle(noteStyle);
                page->addAnnotation(&note);
            }
            firstPage = false;
        }
        ++result.highlighted;
    }

    // The whole-report note and the action plan, on the first page.
    if (const QString briefing = briefingText(a); !briefing.isEmpty() && doc->numPages() > 0) {
        std::unique_ptr<Poppler::Page> page = doc->page(0);
        const QSizeF size = page->pageSizeF();
        const QRectF icon = placeIcon(0, 24, size);
        Poppler::TextAnnotation note(Poppler::TextAnnotation::Linked);
        note.setTextIcon(QStringLiteral("Note"));
        note.setBoundary(QRectF(icon.left() / size.width(), icon.top() / size.height(), icon.width() / size.width(),
            icon.height() / size.height()));
        note.setAuthor(who);
        note.setContents(briefing);
        note.setUniqueName(QStringLiteral("scrutiny-briefing"));
        Poppler::Annotation::Style style;
        style.setColor(PrintPalette::light().colour(SegmentKind::Summary));
        note.setStyle(style);
        Poppler::Annotation::Popup popup;
        popup.setTitle(who);
        popup.setSummary(QCoreApplication::translate("OriginalPdfAnnotator", "Briefing"));
        popup.setText(briefing);
        note.setPopup(popup);
        page->addAnnotation(&note);
    }

    QBuffer buffer(&result.pdf);
    buffer.open(QIODevice::WriteOnly);
    std::unique_ptr<Poppler::PDFConverter> converter = doc->pdfConverter();
    converter->setOutputDevice(&buffer);
    converter->setPDFOptions(Poppler::PDFConverter::WithChanges);
    if (!converter->convert())
        return fail(
            QStringLiteral("Poppler could not save the annotated copy (error %1)").arg(int(converter->lastError())));
    buffer.close();
    // Appearance streams and pop-ups, for viewers that draw neither themselves
    // (Poppler saves its changes as an update after the original's bytes);
    // without them the annotations are still there for the others.
    QString appearanceError;
    const qsizetype revision = result.pdf.startsWith(originalPdf) ? originalPdf.size() : 0;
    if (!PdfAnnotationAppearances::add(&result.pdf, revision, &appearanceError))
        qWarning("scrutiny: annotated original without appearance streams: %s", qPrintable(appearanceError));
    return result;
}

bool OriginalPdfAnnotator::exportTo(const QByteArray &originalPdf, const AnnotatedReport &annotated,
    const QString &path, QString *error, Result *result, const QString &author)
{
    const std::optional<Result> r = annotate(originalPdf, annotated, error, author);
    if (!r)
        return false;
    QString reason;
    if (!OutputFile::write(path, r->pdf, &reason)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, reason);
        return false;
    }
    if (result)
        *result = *r;
    return true;
}

} // namespace Scrutiny
