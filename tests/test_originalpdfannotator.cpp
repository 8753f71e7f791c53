// SPDX-License-Identifier: GPL-3.0-or-later
// Annotating the user's original PDF: highlights land on the segments' text
// (read back with Poppler: the text under each highlight is the segment's),
// carry tags and links in their contents, and the copy opens everywhere.
#include "ExportFixture.h"
#include "export/OriginalPdfAnnotator.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <poppler-annotation.h>
#include <poppler-qt6.h>

using namespace Scrutiny;

namespace {
/// A real PDF of the report text: justified paragraphs across several pages,
/// the way a council publishes one.
QByteArray printAsPdf(const ParsedReport &report)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A5));
    QTextDocument doc;
    QString html;
    for (const Segment &s : report.segments)
        html += QStringLiteral("<p align=\"justify\">%1</p>").arg(s.text.toHtmlEscaped());
    doc.setHtml(html);
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPointSize(11);
    doc.setDefaultFont(font);
    doc.print(&writer);
    return buffer.data();
}
} // namespace

class TestOriginalPdfAnnotator final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void highlightsOnTheSegmentsText()
    {
        AnnotatedReport a = ExportFixture::sample();
        a.report.format = ParsedReport::Format::Pdf;
        const QByteArray original = printAsPdf(a.report);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("annotated-original.pdf"));
        QString error;
        OriginalPdfAnnotator::Result result;
        QVERIFY2(OriginalPdfAnnotator::exportTo(original, a, path, &error, &result, QStringLiteral("Gwen Probert")),
            qPrintable(error));
        const QString keep = qEnvironmentVariable("SCRUTINY_KEEP_EXPORTS");
        if (!keep.isEmpty()) {
            QFile::remove(keep + QStringLiteral("/annotated-original.pdf"));
            QFile::copy(path, keep + QStringLiteral("/annotated-original.pdf"));
        }

        QVERIFY2(result.notFound.isEmpty(), qPrintable(result.notFound.join(u',')));
        QVERIFY(result.highlighted > 0);
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
        QVERIFY(doc);
        QVERIFY(doc->numPages() >= 2);
        QHash<QString, QString> underHighlight; // segment id -> text under its highlights
        QHash<QString, QString> contentsOf;
        int notes = 0;
        QString briefing;
        for (int p = 0; p < doc->numPages(); ++p) {
            std::unique_ptr<Poppler::Page> page = doc->page(p);
            const QSizeF size = page->pageSizeF();
            QList<QRectF> icons;
            for (const auto &ann : page->annotations()) {
                // The user is the author, not the program.
                QCOMPARE(ann->author(), QStringLiteral("Gwen Probert"));
                if (ann->subType() == Poppler::Annotation::AText) {
                    ++notes;
                    const QRectF b = ann->boundary();
                    const QRectF icon(b.left() * size.width(), b.top() * size.height(), b.width() * size.width(),
                        b.height() * size.height());
                    // In the margin: over no word of the page, and over no other icon.
                    QVERIFY2(page->text(icon).trimmed().isEmpty(), qPrintable(page->text(icon)));
                    for (const QRectF &other : std::as_const(icons))
                        QVERIFY(!other.intersects(icon));
                    icons.append(icon);
                    // Notes as plain text: no Markdown markers.
                    QVERIFY2(!ann->contents().contains(QStringLiteral("**")), qPrintable(ann->contents()));
                    if (ann->uniqueName() == QStringLiteral("scrutiny-briefing"))
                        briefing = ann->contents();
                    continue;
                }
                QCOMPARE(ann->subType(), Poppler::Annotation::AHighlight);
                const auto *h = static_cast<const Poppler::HighlightAnnotation *>(ann.get());
                QVERIFY(!h->highlightQuads().isEmpty());
                const QString id = h->contents().section(QLatin1Char(' '), 0, 0);
                contentsOf[id] = h->contents();
                for (const auto &q : h->highlightQuads()) {
                    const QRectF r(QPointF(q.points[0].x() * size.width(), q.points[0].y() * size.height()),
                        QPointF(q.points[2].x() * size.width(), q.points[2].y() * size.height()));
                    underHighlight[id] += page->text(r.normalized().adjusted(0, 1, 0, -1)) + QLatin1Char(' ');
                }
            }
        }
        QVERIFY(notes > 0);
        // The whole-report note and the action plan, on page 1.
        QVERIFY2(briefing.contains(QStringLiteral("Pack for the scrutiny committee")), qPrintable(briefing));
        QVERIFY(briefing.contains(QStringLiteral("Action plan")));
        for (const PlanItem &item : a.plan)
            QVERIFY2(briefing.contains(item.priority + QStringLiteral(": Plan: ") + item.owner), qPrintable(briefing));
        int checked = 0;
        for (const Segment &s : a.report.segments) {
            if (s.kind != SegmentKind::Finding && s.kind != SegmentKind::Priority)
                continue;
            QVERIFY2(underHighlight.contains(s.id), qPrintable(s.id));
            // The first and last words of the segment are under its highlight.
            const QStringList words = s.text.simplified().split(QLatin1Char(' '));
            const QString under = underHighlight[s.id].normalized(QString::NormalizationForm_KC).simplified();
            QVERIFY2(under.contains(words.first()), qPrintable(s.id + QStringLiteral(": ") + under));
            QVERIFY2(under.contains(QString(words.last()).remove(QLatin1Char(';'))),
                qPrintable(s.id + QStringLiteral(": ") + under));
            // Tags and links travel in the contents.
            for (qint64 t : a.segmentTags.value(s.id))
                QVERIFY(contentsOf[s.id].contains(a.tag(t)->name));
            for (const Link &l : a.linksFrom(s.id))
                QVERIFY(contentsOf[s.id].contains(l.to));
            ++checked;
        }
        QVERIFY(checked >= 8);

        // Other tools read it too.
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        QVERIFY(info.waitForFinished(30000));
        QCOMPARE(info.exitCode(), 0);
    }

    void refusesWhatItCannotAnnotate_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing stored") << QByteArray() << QStringLiteral("not stored");
        QTest::newRow("not a pdf") << QByteArray("plain text report") << QStringLiteral("not a readable PDF");
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            QPainter painter(&writer);
            painter.fillRect(QRect(100, 100, 2000, 2000), Qt::gray); // a scan: no text
        }
        QTest::newRow("no text layer") << buffer.data() << QStringLiteral("no text layer");
    }
    void refusesWhatItCannotAnnotate()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!OriginalPdfAnnotator::annotate(bytes, ExportFixture::sample(), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }
};

QTEST_MAIN(TestOriginalPdfAnnotator)
#include "test_originalpdfannotator.moc"
