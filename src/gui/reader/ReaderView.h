// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotations.h"
#include "reader/ReportHighlighter.h"

#include <QHash>
#include <QPlainTextEdit>
#include <QSet>

class QTimer;

#include <vector>

class QMenu;

namespace Scrutiny {

class ReportSession;
class ReaderMargin;

/// The cleaned report, read-only, highlighted with the inspection-report syntax
/// definition. Each segment's paragraphs get the background tint of its kind;
/// a margin on the left shows the segment id, its tags as coloured chips and its
/// links as badges. Click selects a segment (Ctrl toggles, Shift extends);
/// J/K or Alt+Down/Alt+Up move between segments.
///
/// Built for long reports: the text is set once per report; annotation changes
/// only refresh small lookup tables and repaint what is on screen, and syntax
/// highlighting is done lazily for the paragraphs about to be painted.
class ReaderView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ReaderView(ReportSession *session, QWidget *parent = nullptr);
    ~ReaderView() override;

    /// Scrolls so the segment is near the top and puts the text cursor on it.
    void showSegment(const QString &segmentId);
    /// False while a long report is still being laid out after its first screen.
    bool isFullyLoaded() const;
    /// The segment under a point in viewport coordinates; empty when none.
    QString segmentAt(const QPoint &viewportPos) const;
    /// Where the segment's first paragraph is drawn, in viewport coordinates.
    QRect segmentRect(const QString &segmentId) const;
    /// Moves the selection to the next (+1) or previous (-1) segment; with
    /// extend, adds it to the selection.
    void moveSelection(int step, bool extend = false);
    /// Marks words of a search in the text (empty clears).
    void setHighlightedWords(const QStringList &words);

    int marginWidth() const;
    /// The segment a link badge at this point of the margin leads to; empty elsewhere.
    QString marginTargetAt(const QPoint &marginPos) const;
    /// Goes to the other end of a link, remembering where from (goBack returns).
    void followLink(const QString &segmentId);
    /// Back to where the last followLink() left; false when there is nowhere to go.
    bool goBack();
    /// What the margin beside a segment abbreviates: its kind, every tag and every
    /// link with the start of the linked text. Empty when there is no segment there.
    QString marginToolTip(const QString &segmentId) const;

Q_SIGNALS:
    /// The context menu is about to be shown for the selected segments: add to it.
    void contextMenuAboutToShow(QMenu *menu);
    /// Whether goBack() has somewhere to go.
    void backAvailable(bool available);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    friend class ReaderMargin;

    void showDocument();
    /// Appends the next pieces of a long report's text: up to `upTo` characters, or
    /// (upTo < 0) for one short time slice, then again from the event loop.
    void loadMore(qsizetype upTo = -1);
    void onReportReloaded();
    void rebuildSegmentMap();
    void rebuildBadges();
    void applyTheme();
    void highlightVisibleBlocks();
    void selectSegment(const QString &segmentId, Qt::KeyboardModifiers modifiers);
    void paintMargin(QPaintEvent *event);
    int segmentIndexOfBlock(int blockNumber) const;
    void addAnnotationMenus(QMenu *menu, QAction *before);

public:
    /// Tags (add) or untags every listed segment, as one undo step.
    void applyTag(qint64 documentId, const QStringList &segments, const Tag &tag, bool add);

private:
    ReportSession *m_session;
    ReaderMargin *m_margin;
    ReportHighlighter m_highlighter;
    qint64 m_shownDocument = -1;
    QString m_shownText; ///< what the document holds, to compare without toPlainText()
    qsizetype m_loaded = 0; ///< how much of m_shownText the document holds so far
    QTimer *m_loadTimer;
    QList<Segment> m_shownSegments; ///< the segments the block map was built from
    std::vector<int> m_blockSegment; ///< block number -> index into report.segments, -1 between segments
    std::vector<int> m_segmentFirstBlock; ///< segment index -> its first block
    QHash<QString, int> m_segmentIndex; ///< segment id -> index
    QHash<QString, QStringList> m_linkBadges; ///< segment id -> "→ P2", "← F1" ...
    QSet<QString> m_selected;
    QString m_anchor; ///< where a Shift selection starts
    QList<QTextEdit::ExtraSelection> m_wordMarks;
    QList<std::pair<QRect, QString>> m_marginTargets; ///< link badges in margin coordinates -> target
    QStringList m_back; ///< segments followLink() left, newest last
};

} // namespace Scrutiny
