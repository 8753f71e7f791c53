// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/ReaderView.h"

#include "model/SegmentReason.h"
#include "session/ReportSession.h"
#include "session/SegmentLinking.h"
#include "session/SegmentTagging.h"
#include "store/ProjectStore.h"
#include "theme/SegmentPalette.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>

namespace Scrutiny {

namespace {
constexpr int focusRing = 2; ///< pixels of the band round the text that shows the focus

/// Reports longer than this (in characters, about 35,000 words) open progressively.
constexpr qsizetype progressiveFrom = 200'000;
/// What is laid out before the first paint: several screens even on a tall monitor.
constexpr qsizetype firstScreen = 24'000;
constexpr qsizetype sliceCharacters = 16'000;
/// One slice of the rest stays well under the 50 ms a user would notice.
constexpr qint64 sliceMilliseconds = 12;

/// The position of the first line break at or after `from` (the text's end when none).
qsizetype lineEndAfter(const QString &text, qsizetype from)
{
    if (from >= text.size())
        return text.size();
    const qsizetype lineBreak = text.indexOf(u'\n', from);
    return lineBreak < 0 ? text.size() : lineBreak;
}
} // namespace

using namespace Qt::StringLiterals;

/// The strip left of the text with segment ids, tag chips and link badges.
class ReaderMargin : public QWidget
{
public:
    explicit ReaderMargin(ReaderView *reader)
        : QWidget(reader)
        , m_reader(reader)
    {
        setObjectName(u"readerMargin"_s);
        setAccessibleName(ReaderView::tr("Tags and links"));
    }

protected:
    void paintEvent(QPaintEvent *event) override { m_reader->paintMargin(event); }
    bool event(QEvent *event) override
    {
        // The margin abbreviates ("+2"): its tooltip says it all.
        if (event->type() == QEvent::ToolTip) {
            const auto *help = static_cast<QHelpEvent *>(event);
            const QString tip = m_reader->marginToolTip(m_reader->segmentAt(QPoint(1, help->pos().y())));
            if (tip.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), tip, this);
            return true;
        }
        return QWidget::event(event);
    }
    void mousePressEvent(QMouseEvent *event) override
    {
        // A link badge takes the reader to the other end (Alt+Left comes back);
        // anywhere else, clicking the margin selects the segment beside it.
        const QString target = m_reader->marginTargetAt(event->position().toPoint());
        if (!target.isEmpty() && event->button() == Qt::LeftButton) {
            m_reader->followLink(target);
            return;
        }
        const QPoint inViewport(1, event->position().toPoint().y());
        m_reader->selectSegment(m_reader->segmentAt(inViewport), event->modifiers());
    }

private:
    ReaderView *m_reader;
};

ReaderView::ReaderView(ReportSession *session, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_session(session)
    , m_margin(new ReaderMargin(this))
    , m_loadTimer(new QTimer(this))
{
    m_loadTimer->setSingleShot(true);
    m_loadTimer->setInterval(0);
    connect(m_loadTimer, &QTimer::timeout, this, [this] { loadMore(); });
    setObjectName(u"reader"_s);
    setAccessibleName(tr("Report text"));
    setAccessibleDescription(tr("The report. J and K move between segments; Shift extends the selection."));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusPolicy(Qt::StrongFocus);
    setCenterOnScroll(false);
    document()->setDocumentMargin(10);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    setFont(f);

    m_highlighter.setDefinition(m_session->repository().definitionForName(u"Inspection Report"_s));

    connect(m_session, &ReportSession::documentChanged, this, &ReaderView::showDocument);
    connect(m_session, &ReportSession::reportReloaded, this, &ReaderView::onReportReloaded);
    connect(m_session, &ReportSession::themeChanged, this, &ReaderView::applyTheme);
    connect(m_session, &ReportSession::selectionChanged, this, [this] {
        const QStringList selected = m_session->selectedSegments();
        m_selected = QSet<QString>(selected.begin(), selected.end());
        viewport()->update();
        m_margin->update();
    });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        // Badges scrolled with the margin's pixels stay clickable where they went.
        for (auto &target : m_marginTargets)
            target.first.translate(0, dy);
        if (dy)
            m_margin->scroll(0, dy);
        else
            m_margin->update(0, rect.y(), m_margin->width(), rect.height());
    });
    setViewportMargins(marginWidth() + focusRing, focusRing, focusRing, focusRing);
    applyTheme();
    showDocument();
}

ReaderView::~ReaderView() = default;

int ReaderView::marginWidth() const
{
    return fontMetrics().horizontalAdvance(QLatin1Char('M')) * 11;
}

void ReaderView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        setViewportMargins(marginWidth() + focusRing, focusRing, focusRing, focusRing);
}

void ReaderView::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = m_session->theme();
    QPalette p = palette();
    p.setColor(QPalette::Base, SegmentPalette::background(theme));
    p.setColor(QPalette::Text, SegmentPalette::text(theme));
    p.setColor(QPalette::Highlight, SegmentPalette::selection(theme));
    p.setColor(QPalette::HighlightedText, SegmentPalette::text(theme));
    setPalette(p);
    m_highlighter.setTheme(theme);
    viewport()->update();
    m_margin->update();
}

void ReaderView::showDocument()
{
    // Where "back" leads is within one report.
    m_back.clear();
    Q_EMIT backAvailable(false);
    const AnnotatedReport &annotated = m_session->report();
    m_shownDocument = m_session->documentId();
    m_selected.clear();
    m_anchor.clear();
    m_wordMarks.clear();
    setExtraSelections({});
    m_shownText = annotated.report.text;
    // A long report shows its first screen at once and the rest follows in short
    // slices from the event loop, so opening never holds the window for long.
    m_loadTimer->stop();
    m_loaded = m_shownText.size() <= progressiveFrom ? m_shownText.size() : lineEndAfter(m_shownText, firstScreen);
    setPlainText(m_loaded == m_shownText.size() ? m_shownText : m_shownText.left(m_loaded));
    if (m_loaded < m_shownText.size())
        m_loadTimer->start();
    m_highlighter.invalidate();
    rebuildSegmentMap();
    rebuildBadges();
    viewport()->update();
    m_margin->update();
}

bool ReaderView::isFullyLoaded() const
{
    return m_loaded >= m_shownText.size();
}

void ReaderView::loadMore(qsizetype upTo)
{
    if (isFullyLoaded())
        return;
    QElapsedTimer clock;
    clock.start();
    QTextCursor end(document());
    end.movePosition(QTextCursor::End);
    // Each piece ends before a line break and the next starts with it, so the
    // document's blocks come out as setPlainText() would make them.
    while (!isFullyLoaded() && (upTo >= 0 ? m_loaded < upTo : clock.elapsed() < sliceMilliseconds)) {
        const qsizetype next = lineEndAfter(m_shownText, m_loaded + sliceCharacters);
        end.insertText(m_shownText.mid(m_loaded, next - m_loaded));
        m_loaded = next;
    }
    rebuildSegmentMap();
    m_margin->update();
    if (!isFullyLoaded() && !m_loadTimer->isActive())
        m_loadTimer->start();
}

void ReaderView::onReportReloaded()
{
    const AnnotatedReport &annotated = m_session->report();
    // Tags, links and notes change nothing in the text: keep the document (and
    // its layout) and refresh only the lookups the painting uses.
    if (m_shownDocument != m_session->documentId() || annotated.report.text != m_shownText) {
        const int scroll = verticalScrollBar()->value();
        const bool sameDocument = m_shownDocument == m_session->documentId();
        showDocument();
        if (sameDocument)
            verticalScrollBar()->setValue(scroll);
        return;
    }
    // Kind changes, splits and merges renumber segments; tags and links do not.
    if (annotated.report.segments != m_shownSegments)
        rebuildSegmentMap();
    rebuildBadges();
    viewport()->update();
    m_margin->update();
}

void ReaderView::rebuildSegmentMap()
{
    const QList<Segment> &segments = m_session->report().report.segments;
    m_shownSegments = segments;
    QTextDocument *doc = document();
    m_blockSegment.assign(size_t(doc->blockCount()), -1);
    m_segmentFirstBlock.assign(size_t(segments.size()), -1);
    m_segmentIndex.clear();
    m_segmentIndex.reserve(segments.size());
    const int length = doc->characterCount();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &s = segments[i];
        m_segmentIndex.insert(s.id, int(i));
        if (s.start < 0 || s.start >= length)
            continue;
        const int first = doc->findBlock(int(s.start)).blockNumber();
        const int last = doc->findBlock(int(std::max(s.start, s.end - 1))).blockNumber();
        m_segmentFirstBlock[size_t(i)] = first;
        for (int b = first; b <= last && b < int(m_blockSegment.size()); ++b)
            m_blockSegment[size_t(b)] = int(i);
    }
}

void ReaderView::rebuildBadges()
{
    m_linkBadges.clear();
    for (const Link &link : m_session->report().links) {
        m_linkBadges[link.from].append(u"→"_s + link.to);
        m_linkBadges[link.to].append(u"←"_s + link.from);
    }
}

int ReaderView::segmentIndexOfBlock(int blockNumber) const
{
    if (blockNumber < 0 || size_t(blockNumber) >= m_blockSegment.size())
        return -1;
    return m_blockSegment[size_t(blockNumber)];
}

QString ReaderView::marginToolTip(const QString &segmentId) const
{
    const AnnotatedReport &annotated = m_session->report();
    const Segment *segment = annotated.report.segment(segmentId);
    if (!segment)
        return {};
    QStringList lines {segment->id + QStringLiteral(" \u00B7 ") + displayName(segment->kind)};
    if (segment->needsReview())
        lines << tr("Needs review: %1 (confidence %2%); Edit Segment accepts or corrects it")
                     .arg(SegmentReason::displayName(segment->reason))
                     .arg(qRound(segment->confidence * 100));
    QStringList tags;
    for (qint64 tagId : annotated.segmentTags.value(segment->id)) {
        if (const Tag *tag = annotated.tag(tagId))
            tags << tag->name;
    }
    if (!tags.isEmpty())
        lines << tr("Tags: %1").arg(tags.join(QStringLiteral(", ")));
    const auto describe = [&](const QString &arrow, const QString &other, LinkType type) {
        const Segment *target = annotated.report.segment(other);
        QString text = target ? target->text.simplified() : QString();
        if (text.size() > 70)
            text = text.left(69).trimmed() + QChar(0x2026);
        lines << QStringLiteral("%1 %2 (%3) %4").arg(arrow, other, toString(type), text);
    };
    for (const Link &link : annotated.linksFrom(segment->id))
        describe(QStringLiteral("\u2192"), link.to, link.type);
    for (const Link &link : annotated.linksTo(segment->id))
        describe(QStringLiteral("\u2190"), link.from, link.type);
    return lines.join(QLatin1Char('\n'));
}

QString ReaderView::segmentAt(const QPoint &viewportPos) const
{
    const QTextBlock block = cursorForPosition(viewportPos).block();
    const int index = segmentIndexOfBlock(block.blockNumber());
    if (index < 0)
        return {};
    // cursorForPosition snaps to the nearest block: only count hits inside it.
    const QRectF r = blockBoundingGeometry(block).translated(contentOffset());
    if (viewportPos.y() < r.top() || viewportPos.y() > r.bottom())
        return {};
    return m_session->report().report.segments.at(index).id;
}

QRect ReaderView::segmentRect(const QString &segmentId) const
{
    const int index = m_segmentIndex.value(segmentId, -1);
    if (index < 0 || m_segmentFirstBlock[size_t(index)] < 0)
        return {};
    const QTextBlock block = document()->findBlockByNumber(m_segmentFirstBlock[size_t(index)]);
    return blockBoundingGeometry(block).translated(contentOffset()).toAlignedRect();
}

void ReaderView::showSegment(const QString &segmentId)
{
    if (const Segment *segment = m_session->report().report.segment(segmentId); segment && segment->end > m_loaded)
        loadMore(segment->end);
    const int index = m_segmentIndex.value(segmentId, -1);
    if (index < 0 || m_segmentFirstBlock[size_t(index)] < 0)
        return;
    const QTextBlock block = document()->findBlockByNumber(m_segmentFirstBlock[size_t(index)]);
    QTextCursor cursor(block);
    setTextCursor(cursor);
    // A couple of lines of context above the segment.
    verticalScrollBar()->setValue(std::max(0, block.firstLineNumber() - 2));
    ensureCursorVisible();
}

void ReaderView::selectSegment(const QString &segmentId, Qt::KeyboardModifiers modifiers)
{
    if (segmentId.isEmpty()) {
        if (!(modifiers & (Qt::ControlModifier | Qt::ShiftModifier)))
            m_session->setSelectedSegments({});
        return;
    }
    QStringList selection = m_session->selectedSegments();
    if (modifiers & Qt::ShiftModifier && m_segmentIndex.contains(m_anchor)) {
        // Every segment from the anchor to here, in document order.
        const QList<Segment> &segments = m_session->report().report.segments;
        int a = m_segmentIndex.value(m_anchor);
        int b = m_segmentIndex.value(segmentId);
        if (a > b)
            std::swap(a, b);
        selection.clear();
        for (int i = a; i <= b; ++i)
            selection << segments.at(i).id;
    } else if (modifiers & Qt::ControlModifier) {
        if (!selection.removeOne(segmentId))
            selection << segmentId;
        m_anchor = segmentId;
    } else {
        selection = {segmentId};
        m_anchor = segmentId;
    }
    m_session->setSelectedSegments(selection, segmentId);
}

void ReaderView::moveSelection(int step, bool extend)
{
    const QList<Segment> &segments = m_session->report().report.segments;
    if (segments.isEmpty())
        return;
    int index = m_segmentIndex.value(m_session->currentSegment(), -1);
    if (index < 0) {
        // Nothing selected yet: start from the paragraph at the top of the view.
        const int top = segmentIndexOfBlock(firstVisibleBlock().blockNumber());
        index = top >= 0 ? top - (step > 0 ? 1 : 0) : (step > 0 ? -1 : int(segments.size()));
    }
    const int next = std::clamp(index + step, 0, int(segments.size()) - 1);
    const QString id = segments.at(next).id;
    if (extend && !m_anchor.isEmpty())
        selectSegment(id, Qt::ShiftModifier);
    else
        selectSegment(id, Qt::NoModifier);
    // Keep the new segment on screen without jumping when it already is.
    const QRect r = segmentRect(id);
    if (!r.isValid() || r.top() < 0 || r.bottom() > viewport()->height())
        showSegment(id);
}

void ReaderView::setHighlightedWords(const QStringList &words)
{
    loadMore(m_shownText.size()); // marks are found in the whole text
    m_wordMarks.clear();
    QStringList escaped;
    for (const QString &w : words)
        if (!w.trimmed().isEmpty())
            escaped << QRegularExpression::escape(w.trimmed());
    if (!escaped.isEmpty()) {
        const QRegularExpression re(u"\\b(?:"_s + escaped.join(u'|') + u")\\w*"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        QTextCharFormat mark;
        mark.setBackground(SegmentPalette::searchHighlight(m_session->theme()));
        // Only the shown segment is searched by the caller's intent, but marking
        // the whole text is one linear pass; cap it so huge reports stay quick.
        QTextCursor cursor(document());
        constexpr int maximumMarks = 2000;
        while (m_wordMarks.size() < maximumMarks) {
            cursor = document()->find(re, cursor);
            if (cursor.isNull())
                break;
            m_wordMarks.append(QTextEdit::ExtraSelection {cursor, mark});
        }
    }
    setExtraSelections(m_wordMarks);
}

void ReaderView::highlightVisibleBlocks()
{
    // A page above and below too, so scrolling a little shows coloured text at once.
    const int pageHeight = viewport()->height();
    QTextBlock block = firstVisibleBlock();
    for (int i = 0; i < 50 && block.previous().isValid(); ++i)
        block = block.previous();
    const QPointF offset = contentOffset();
    int dirtyFrom = -1;
    int dirtyTo = -1;
    for (; block.isValid(); block = block.next()) {
        const QRectF r = blockBoundingGeometry(block).translated(offset);
        if (r.top() > 2 * pageHeight)
            break;
        if (m_highlighter.highlight(block)) {
            if (dirtyFrom < 0)
                dirtyFrom = block.position();
            dirtyTo = block.position() + block.length();
        }
    }
    if (dirtyFrom >= 0)
        document()->markContentsDirty(dirtyFrom, dirtyTo - dirtyFrom);
}

void ReaderView::paintEvent(QPaintEvent *event)
{
    highlightVisibleBlocks();
    {
        // Segment tints and the selection go under the text QPlainTextEdit draws.
        QPainter painter(viewport());
        const KSyntaxHighlighting::Theme theme = m_session->theme();
        const QList<Segment> &segments = m_session->report().report.segments;
        const QColor selection = SegmentPalette::selection(theme);
        const QString current = m_session->currentSegment();
        const QPointF offset = contentOffset();
        const int width = viewport()->width();
        for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
            const QRectF r = blockBoundingGeometry(block).translated(offset);
            if (r.top() > event->rect().bottom())
                break;
            const int index = segmentIndexOfBlock(block.blockNumber());
            if (index < 0)
                continue;
            const Segment &s = segments.at(index);
            const QRectF band(0, r.top(), width, r.height());
            const bool selected = m_selected.contains(s.id);
            const QColor tint = m_session->kindTint(s.kind);
            if (selected)
                painter.fillRect(band, selection);
            else if (tint.isValid())
                painter.fillRect(band, tint);
            // A bar in the kind's colour along the left edge.
            painter.fillRect(QRectF(0, r.top(), selected ? 5 : 3, r.height()), m_session->kindAccent(s.kind));
            // List items follow one another without a blank line: a thin gap
            // shows where one segment ends and the next begins.
            const int previous = segmentIndexOfBlock(block.blockNumber() - 1);
            if (previous >= 0 && previous != index)
                painter.fillRect(QRectF(0, r.top(), width, 2), palette().color(QPalette::Base));
            if (s.id == current && hasFocus()) {
                QPen pen(m_session->kindAccent(s.kind));
                pen.setStyle(Qt::DotLine);
                painter.setPen(pen);
                painter.drawRect(band.adjusted(0.5, 0.5, -1.5, -1.5));
            }
        }
    }
    QPlainTextEdit::paintEvent(event);
}

void ReaderView::paintMargin(QPaintEvent *event)
{
    QPainter painter(m_margin);
    const KSyntaxHighlighting::Theme theme = m_session->theme();
    const QColor background = SegmentPalette::background(theme);
    const QColor text = SegmentPalette::text(theme);
    painter.fillRect(event->rect(), SegmentPalette::blend(text, background, 0.05));
    const AnnotatedReport &annotated = m_session->report();
    const QList<Segment> &segments = annotated.report.segments;
    const QPointF offset = contentOffset();
    const int marginRight = m_margin->width() - 6;
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    painter.setFont(small);
    const QFontMetrics fm(small);
    const int chipHeight = fm.height() + 2;
    m_marginTargets.removeIf([&](const auto &target) { return target.first.intersects(event->rect()); });
    QSet<QString> noted;
    for (const Note &note : annotated.notes)
        if (!note.segment.isEmpty())
            noted.insert(note.segment);

    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF r = blockBoundingGeometry(block).translated(offset);
        if (r.top() > event->rect().bottom())
            break;
        const int index = segmentIndexOfBlock(block.blockNumber());
        if (index < 0 || m_segmentFirstBlock[size_t(index)] != block.blockNumber())
            continue;
        const Segment &s = segments.at(index);
        // The id in the kind's colour, then chips flowing left to right.
        int x = 6;
        int y = int(r.top()) + 2;
        const int bottom = int(r.bottom());
        QFont idFont = small;
        idFont.setBold(true);
        painter.setFont(idFont);
        painter.setPen(m_session->kindAccent(s.kind));
        // A segment the importer was unsure of carries a question mark until someone reviews it.
        const QString id = s.needsReview() ? s.id + QStringLiteral(" ?") : s.id;
        painter.drawText(QRect(x, y, fm.horizontalAdvance(id) + 8, chipHeight), Qt::AlignLeft | Qt::AlignVCenter, id);
        painter.setFont(small);
        x += QFontMetrics(idFont).horizontalAdvance(id) + 6;

        struct Chip
        {
            QString label;
            QColor fill;
            bool outline;
            QString target; ///< where a link badge leads
        };
        QList<Chip> chips;
        // A note is marked first: it is what a reader most often comes back for.
        if (noted.contains(s.id))
            chips.append({u"\u270E"_s + tr("note"), text, true, {}});
        for (qint64 tagId : annotated.segmentTags.value(s.id)) {
            if (const Tag *tag = annotated.tag(tagId))
                chips.append({tag->name, tag->colour.isValid() ? tag->colour : QColor(Qt::gray), false, {}});
        }
        for (const QString &badge : m_linkBadges.value(s.id))
            chips.append({badge, m_session->kindAccent(SegmentKind::Priority), true, badge.mid(1)});

        // Lay the chips out in rows, then keep the rows beside this paragraph; the
        // last kept row ends with "+N" for the rest, so nothing spills onto the next one.
        const int available = marginRight - 6;
        const int rowsFit = std::max(1, (bottom - y + 2) / (chipHeight + 2));
        const int afterId = x;
        struct Placed
        {
            QRect rect;
            QString label;
            int row;
        };
        QList<Placed> placed;
        int row = 0;
        for (const Chip &chip : std::as_const(chips)) {
            const QString label = fm.elidedText(chip.label, Qt::ElideRight, available - 10);
            const int w = fm.horizontalAdvance(label) + 10;
            if (x + w > marginRight && x > 6) {
                x = 6;
                ++row;
            }
            placed.append({QRect(x, y + row * (chipHeight + 2), w, chipHeight), label, row});
            x += w + 4;
        }
        qsizetype shown = placed.size();
        QString more;
        if (row >= rowsFit) {
            shown = 0;
            while (shown < placed.size() && placed.at(shown).row < rowsFit)
                ++shown;
            // Room for "+N" after the last chip kept on the last row.
            while (shown > 0) {
                more = tr("+%1").arg(placed.size() - shown);
                const Placed &last = placed.at(shown - 1);
                if (last.rect.right() + 4 + fm.horizontalAdvance(more) <= marginRight)
                    break;
                --shown;
            }
            more = tr("+%1").arg(placed.size() - shown);
        }
        painter.setRenderHint(QPainter::Antialiasing, true);
        for (qsizetype i = 0; i < shown; ++i) {
            const Chip &chip = chips.at(i);
            const QRectF chipRect = placed.at(i).rect;
            QPainterPath path;
            path.addRoundedRect(chipRect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
            if (chip.outline) {
                painter.setPen(QPen(chip.fill, 1.2));
                painter.setBrush(Qt::NoBrush);
                painter.drawPath(path);
                painter.setPen(chip.fill);
            } else {
                painter.setPen(Qt::NoPen);
                painter.setBrush(chip.fill);
                painter.drawPath(path);
                painter.setPen(chip.fill.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white));
            }
            painter.drawText(chipRect, Qt::AlignCenter, placed.at(i).label);
            if (!chip.target.isEmpty())
                m_marginTargets.append({placed.at(i).rect, chip.target});
        }
        painter.setRenderHint(QPainter::Antialiasing, false);
        if (!more.isEmpty()) {
            const int left = shown > 0 ? placed.at(shown - 1).rect.right() + 4 : afterId;
            const int top = shown > 0 ? placed.at(shown - 1).rect.top() : y;
            painter.setPen(text);
            painter.drawText(QRect(left, top, marginRight - left, chipHeight), Qt::AlignLeft | Qt::AlignVCenter, more);
        }
    }
}

QString ReaderView::marginTargetAt(const QPoint &marginPos) const
{
    for (const auto &target : m_marginTargets)
        if (target.first.contains(marginPos))
            return target.second;
    return {};
}

void ReaderView::followLink(const QString &segmentId)
{
    if (m_session->report().report.segment(segmentId) == nullptr)
        return;
    const QString from = m_session->currentSegment();
    if (!from.isEmpty() && (m_back.isEmpty() || m_back.constLast() != from))
        m_back.append(from);
    showSegment(segmentId);
    m_session->setSelectedSegments({segmentId}, segmentId);
    Q_EMIT backAvailable(true);
}

bool ReaderView::goBack()
{
    while (!m_back.isEmpty()) {
        const QString to = m_back.takeLast();
        if (m_session->report().report.segment(to) == nullptr)
            continue;
        showSegment(to);
        m_session->setSelectedSegments({to}, to);
        Q_EMIT backAvailable(!m_back.isEmpty());
        return true;
    }
    Q_EMIT backAvailable(false);
    return false;
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect().adjusted(focusRing, focusRing, -focusRing, -focusRing);
    m_margin->setGeometry(QRect(cr.left(), cr.top(), marginWidth(), cr.height()));
}

void ReaderView::mousePressEvent(QMouseEvent *event)
{
    QPlainTextEdit::mousePressEvent(event);
    if (event->button() == Qt::LeftButton)
        selectSegment(segmentAt(event->position().toPoint()), event->modifiers());
    else if (event->button() == Qt::RightButton) {
        // Right-click on an unselected segment selects it, as file managers do.
        const QString id = segmentAt(event->position().toPoint());
        if (!id.isEmpty() && !m_selected.contains(id))
            selectSegment(id, Qt::NoModifier);
    }
}

void ReaderView::focusInEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusInEvent(event);
    update(); // the focus ring
}

void ReaderView::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    update();
}

bool ReaderView::event(QEvent *event)
{
    const bool done = QPlainTextEdit::event(event);
    // Where the keys go must show: a ring round the text while it has the focus,
    // drawn in a band outside the viewport so scrolling never moves it.
    if (event->type() == QEvent::Paint) {
        QPainter ring(this);
        const QColor colour = hasFocus() ? palette().color(QPalette::Highlight) : palette().color(QPalette::Base);
        ring.setPen(QPen(colour, focusRing));
        ring.drawRect(
            QRectF(contentsRect()).adjusted(focusRing / 2.0, focusRing / 2.0, -focusRing / 2.0, -focusRing / 2.0));
    }
    return done;
}

void ReaderView::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const Qt::KeyboardModifiers plain = event->modifiers() & ~Qt::ShiftModifier;
    if (plain == Qt::NoModifier && (event->key() == Qt::Key_J || event->key() == Qt::Key_K)) {
        moveSelection(event->key() == Qt::Key_J ? 1 : -1, shift);
        return;
    }
    if (plain == Qt::AltModifier && (event->key() == Qt::Key_Down || event->key() == Qt::Key_Up)) {
        moveSelection(event->key() == Qt::Key_Down ? 1 : -1, shift);
        return;
    }
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && !m_selected.isEmpty()) {
        m_session->setSelectedSegments({});
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void ReaderView::addAnnotationMenus(QMenu *menu, QAction *before)
{
    const QStringList selected = m_session->selectedSegments();
    const qint64 documentId = m_session->documentId();
    if (selected.isEmpty() || documentId == 0)
        return;
    const AnnotatedReport &annotated = m_session->report();

    auto *tagMenu = new QMenu(tr("&Tag"), menu);
    tagMenu->setObjectName(u"tagMenu"_s);
    menu->insertMenu(before, tagMenu);
    const QList<Tag> tags = m_session->tags();
    if (tags.isEmpty())
        tagMenu->addAction(tr("No tags yet"))->setEnabled(false);
    for (const Tag &tag : tags) {
        // Checked when every selected segment has the tag; toggling applies to all.
        const bool all = std::all_of(selected.begin(), selected.end(),
            [&](const QString &id) { return annotated.segmentTags.value(id).contains(tag.id); });
        QPixmap swatch(12, 12);
        swatch.fill(tag.colour.isValid() ? tag.colour : QColor(Qt::gray));
        QAction *action = tagMenu->addAction(QIcon(swatch), tag.name);
        action->setCheckable(true);
        action->setChecked(all);
        connect(action, &QAction::triggered, this,
            [this, tag, selected, all, documentId] { applyTag(documentId, selected, tag, !all); });
    }

    const QList<Segment> &segments = annotated.report.segments;
    const Segment *from = selected.size() == 1 ? annotated.report.segment(selected.constFirst()) : nullptr;
    auto *linkMenu = new QMenu(tr("&Link to priority"), menu);
    linkMenu->setObjectName(u"linkMenu"_s);
    menu->insertMenu(before, linkMenu);
    linkMenu->setEnabled(from && from->kind != SegmentKind::Priority);
    for (const Segment &p : segments) {
        if (p.kind != SegmentKind::Priority || !from)
            continue;
        QString label = p.text.simplified();
        if (label.size() > 70)
            label = label.left(69) + QChar(0x2026);
        const QString fromId = from->id;
        const bool linked = std::any_of(annotated.links.begin(), annotated.links.end(),
            [&](const Link &l) { return l.from == fromId && l.to == p.id; });
        QAction *action = linkMenu->addAction(p.id + u"  "_s + label);
        action->setCheckable(true);
        action->setChecked(linked);
        action->setEnabled(!linked);
        const QString to = p.id;
        connect(action, &QAction::triggered, this, [this, fromId, to, documentId] {
            if (documentId == m_session->documentId())
                SegmentLinking::link(m_session, {fromId}, to);
        });
    }
    menu->insertSeparator(before);
}

void ReaderView::applyTag(qint64 documentId, const QStringList &segments, const Tag &tag, bool add)
{
    // The annotation panels' tagging: one batch call, one undo step.
    if (documentId != m_session->documentId())
        return;
    if (add)
        SegmentTagging::apply(m_session, segments, tag.id);
    else
        SegmentTagging::remove(m_session, segments, tag.id);
}

void ReaderView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    addAnnotationMenus(menu, menu->actions().value(0));
    Q_EMIT contextMenuAboutToShow(menu);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

} // namespace Scrutiny
