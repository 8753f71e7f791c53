// SPDX-License-Identifier: GPL-3.0-or-later
// The reader as a user sees it, offscreen: segment tints and selection painted
// in the theme's colours, tag chips and link badges in the margin, syntax
// colours applied to what is on screen, clicks selecting segments.
#include "../bench/LongReport.h"
#include "ingest/ReportImporter.h"
#include "reader/ReaderView.h"
#include "session/ReportSession.h"
#include "store/ProjectStore.h"
#include "theme/SegmentPalette.h"

#include <QFile>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

namespace {
bool imageHasColour(const QImage &image, const QColor &colour, int tolerance = 3)
{
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < img.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x)
            if (std::abs(qRed(line[x]) - colour.red()) <= tolerance
                && std::abs(qGreen(line[x]) - colour.green()) <= tolerance
                && std::abs(qBlue(line[x]) - colour.blue()) <= tolerance)
                return true;
    }
    return false;
}
} // namespace

class TestReaderView final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheCleanedText();
    void paintsKindTintsAndSelection();
    void marginShowsTagsAndLinks();
    void highlightsVisibleParagraphsLazily();
    void clickSelectsAndCtrlClickAdds();
    void annotationChangesKeepTheDocument();
    void longReportShowsItsFirstScreenThenTheRest();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ReportSession> m_session;
    std::unique_ptr<ReaderView> m_reader;
    qint64 m_id = 0;
};

void TestReaderView::initTestCase()
{
    QString error;
    ProjectStore store;
    QVERIFY(store.open(m_dir.filePath(u"reader.scrutiny"_s), &error));
    const QString path = QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt");
    const std::optional<ParsedReport> report = ReportImporter::importFile(path, &error);
    QVERIFY2(report, qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto result = store.importReport(*report, f.readAll(), u"wrexham.txt"_s, &error);
    QVERIFY2(result, qPrintable(error));
    m_id = result->documentId;
}

void TestReaderView::init()
{
    m_store = std::make_unique<ProjectStore>();
    QString error;
    QVERIFY(m_store->open(m_dir.filePath(u"reader.scrutiny"_s), &error));
    m_session = std::make_unique<ReportSession>(m_store.get());
    m_session->setTheme(m_session->repository().theme(u"Breeze Light"_s));
    m_reader = std::make_unique<ReaderView>(m_session.get());
    m_reader->resize(900, 700);
    m_reader->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_reader.get()));
    m_session->setDocument(m_id);
}

void TestReaderView::cleanup()
{
    m_reader.reset();
    m_session.reset();
    m_store.reset();
}

void TestReaderView::showsTheCleanedText()
{
    QCOMPARE(m_reader->toPlainText(), m_session->report().report.text);
    QVERIFY(m_reader->isReadOnly());
    QVERIFY(!m_reader->accessibleName().isEmpty());
    const Segment &first = m_session->report().report.segments.constFirst();
    m_reader->showSegment(first.id);
    QVERIFY(m_reader->segmentRect(first.id).isValid());
}

void TestReaderView::paintsKindTintsAndSelection()
{
    QString finding;
    for (const Segment &s : m_session->report().report.segments)
        if (s.kind == SegmentKind::Finding && finding.isEmpty())
            finding = s.id;
    m_reader->showSegment(finding);
    QImage shot = m_reader->viewport()->grab().toImage();
    QVERIFY(imageHasColour(shot, m_session->kindTint(SegmentKind::Finding)));
    m_session->setSelectedSegments({finding});
    shot = m_reader->viewport()->grab().toImage();
    QVERIFY(imageHasColour(shot, SegmentPalette::selection(m_session->theme())));
    // A dark theme repaints with its own colours.
    m_session->setTheme(m_session->repository().theme(u"Breeze Dark"_s));
    QCOMPARE(m_reader->palette().color(QPalette::Base), SegmentPalette::background(m_session->theme()));
    m_session->setSelectedSegments({});
    shot = m_reader->viewport()->grab().toImage();
    QVERIFY(imageHasColour(shot, m_session->kindTint(SegmentKind::Finding)));
}

void TestReaderView::marginShowsTagsAndLinks()
{
    QString error;
    QString f;
    QString p;
    for (const Segment &s : m_session->report().report.segments) {
        if (s.kind == SegmentKind::Finding && f.isEmpty())
            f = s.id;
        if (s.kind == SegmentKind::Priority && p.isEmpty())
            p = s.id;
    }
    const QColor colour(0x12, 0xab, 0x34);
    const std::optional<Tag> tag = m_store->createTag(u"margin-test"_s, colour, &error);
    QVERIFY2(tag, qPrintable(error));
    auto *margin = m_reader->findChild<QWidget *>(u"readerMargin"_s);
    QVERIFY(margin);
    m_reader->showSegment(f);
    QVERIFY(!imageHasColour(margin->grab().toImage(), colour));
    m_reader->applyTag(m_id, {f}, *tag, true);
    QVERIFY(m_session->report().segmentTags.value(f).contains(tag->id));
    QVERIFY(imageHasColour(margin->grab().toImage(), colour));

    // A link shows as a badge in the priority accent beside both ends.
    QVERIFY(m_session->perform(
        u"link"_s, [&](QString *e) { return m_store->addLink(m_id, f, p, LinkType::Addresses, e).has_value(); }));
    m_reader->showSegment(p);
    QVERIFY(imageHasColour(margin->grab().toImage(), m_session->kindAccent(SegmentKind::Priority), 10));
    // The margin's tooltip spells out what its chips abbreviate.
    const QString findingTip = m_reader->marginToolTip(f);
    QVERIFY2(findingTip.contains(u"margin-test"_s), qPrintable(findingTip));
    QVERIFY2(findingTip.contains(u"\u2192 "_s + p + u" (addresses)"_s), qPrintable(findingTip));
    const QString priorityTip = m_reader->marginToolTip(p);
    QVERIFY2(priorityTip.contains(u"\u2190 "_s + f), qPrintable(priorityTip));
    const QPoint beside(margin->width() / 2, m_reader->segmentRect(p).center().y());
    QCOMPARE(m_reader->segmentAt(QPoint(1, beside.y())), p);
    QVERIFY(m_reader->marginToolTip(u"Z99"_s).isEmpty());
    m_session->undo();
    m_session->undo();
    QVERIFY(!m_session->report().segmentTags.value(f).contains(tag->id));
    m_reader->showSegment(f);
    QVERIFY(!imageHasColour(margin->grab().toImage(), colour));
}

void TestReaderView::highlightsVisibleParagraphsLazily()
{
    m_reader->verticalScrollBar()->setValue(0);
    m_reader->viewport()->repaint();
    // On screen: bullets and verdict words carry formats from the definition.
    QTextBlock block = m_reader->document()->firstBlock();
    int formatted = 0;
    for (; block.isValid() && block.blockNumber() < 40; block = block.next())
        formatted += block.layout()->formats().size();
    QVERIFY(formatted > 0);
    // Far below the fold: not highlighted yet.
    const QTextBlock last = m_reader->document()->lastBlock();
    if (m_reader->document()->blockCount() > 200)
        QVERIFY(last.layout()->formats().isEmpty());
}

void TestReaderView::clickSelectsAndCtrlClickAdds()
{
    const QList<Segment> &segments = m_session->report().report.segments;
    const QString a = segments.at(2).id;
    const QString b = segments.at(3).id;
    m_reader->showSegment(a);
    QTest::mouseClick(m_reader->viewport(), Qt::LeftButton, {}, m_reader->segmentRect(a).center());
    QCOMPARE(m_session->selectedSegments(), QStringList {a});
    QTest::mouseClick(m_reader->viewport(), Qt::LeftButton, Qt::ControlModifier, m_reader->segmentRect(b).center());
    QCOMPARE(m_session->selectedSegments(), (QStringList {a, b}));
    QTest::mouseClick(m_reader->viewport(), Qt::LeftButton, Qt::ControlModifier, m_reader->segmentRect(a).center());
    QCOMPARE(m_session->selectedSegments(), QStringList {b});
    QCOMPARE(m_reader->segmentAt(m_reader->segmentRect(b).center()), b);
}

void TestReaderView::annotationChangesKeepTheDocument()
{
    // Tagging must not rebuild the text document (that is what keeps long reports quick).
    const QTextDocument *before = m_reader->document();
    const int revision = m_reader->document()->revision();
    QString error;
    const std::optional<Tag> tag = m_store->createTag(u"keep"_s, QColor(Qt::blue), &error);
    m_reader->applyTag(m_id, {m_session->report().report.segments.at(1).id}, *tag, true);
    QCOMPARE(m_reader->document(), before);
    QCOMPARE(m_reader->document()->revision(), revision);
}

void TestReaderView::longReportShowsItsFirstScreenThenTheRest()
{
    // About 60,000 words of the sample's paragraphs (the benchmarks' long report):
    // well past the point where the reader lays a report out progressively.
    const qint64 longId = Bench::storeLongReport(m_dir.filePath(u"reader.scrutiny"_s),
        QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt"), 60'000);
    m_session->setDocument(longId);
    const QString text = m_session->report().report.text;
    // The first screen is there at once, the rest is not yet.
    QVERIFY(!m_reader->isFullyLoaded());
    QVERIFY(m_reader->document()->characterCount() < text.size() / 4);
    QVERIFY(text.startsWith(m_reader->document()->firstBlock().text()));
    const QString first = m_session->report().report.segments.constFirst().id;
    QVERIFY(m_reader->segmentRect(first).isValid());

    // Going to a segment near the end lays out what it needs, then shows it.
    const Segment last = m_session->report().report.segments.constLast();
    m_reader->showSegment(last.id);
    QVERIFY(m_reader->document()->characterCount() >= last.end);
    QVERIFY(m_reader->segmentRect(last.id).isValid());
    QVERIFY(text.mid(last.start).startsWith(m_reader->textCursor().block().text().left(20)));

    // The rest arrives from the event loop, block for block as setPlainText() would make it.
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->isFullyLoaded(), 20000);
    QCOMPARE(m_reader->toPlainText(), text);
    QTextDocument whole;
    whole.setPlainText(text);
    QCOMPARE(m_reader->document()->blockCount(), whole.blockCount());
    // Every segment is mapped to its block once everything is there.
    for (const Segment &segment : m_session->report().report.segments)
        if (segment.start < segment.end)
            QVERIFY2(m_reader->segmentRect(segment.id).isValid(), qPrintable(segment.id));
}

QTEST_MAIN(TestReaderView)
#include "test_readerview.moc"
