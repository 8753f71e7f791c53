// SPDX-License-Identifier: GPL-3.0-or-later
// Annotating the user's original PDF: highlights land on the segments' text
// (read back with Poppler: the text under each highlight is the segment's),
// carry tags and links in their contents, and the copy opens everywhere:
// every highlight and note has its own appearance stream and a pop-up
// (checked with qpdf, a parser that is not Poppler) and is drawn from it.
#include "ExportFixture.h"
#include "export/OriginalPdfAnnotator.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <poppler-annotation.h>
#include <poppler-qt6.h>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

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

/// Runs a tool of the test environment; its standard output, or a failure with its error.
QByteArray run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000)) {
        qWarning("%s did not finish: %s", qPrintable(program), qPrintable(process.errorString()));
        if (exitCode)
            *exitCode = -1;
        return {};
    }
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    const QByteArray err = process.readAllStandardError();
    if (!err.trimmed().isEmpty())
        qInfo("%s: %s", qPrintable(program), err.constData());
    return process.readAllStandardOutput();
}

/// The share of pixels in `area` that differ between two renders of a page.
double changed(const QImage &one, const QImage &other, const QRect &area)
{
    int differ = 0;
    int all = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (!one.rect().contains(x, y) || !other.rect().contains(x, y))
                continue;
            const QColor a = one.pixelColor(x, y);
            const QColor b = other.pixelColor(x, y);
            ++all;
            if (std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) > 24)
                ++differ;
        }
    }
    return all == 0 ? 0.0 : double(differ) / all;
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

    void appearancesAndPopups_data()
    {
        QTest::addColumn<bool>("objectStreams");
        QTest::newRow("classic cross-reference table") << false;
        // PDF 1.5 files keep their pages in object streams and end with a
        // cross-reference stream: the update must be one too.
        QTest::newRow("cross-reference stream, object streams") << true;
    }
    void appearancesAndPopups()
    {
        QFETCH(bool, objectStreams);
        AnnotatedReport a = ExportFixture::sample();
        a.report.format = ParsedReport::Format::Pdf;
        QTemporaryDir dir;
        QByteArray original = printAsPdf(a.report);
        if (objectStreams) {
            QFile plain(dir.filePath(QStringLiteral("plain.pdf")));
            QVERIFY(plain.open(QIODevice::WriteOnly));
            plain.write(original);
            plain.close();
            const QString packed = dir.filePath(QStringLiteral("packed.pdf"));
            int code = 0;
            run(QStringLiteral("qpdf"),
                {QStringLiteral("--object-streams=generate"), QStringLiteral("--compress-streams=y"), plain.fileName(),
                    packed},
                &code);
            QCOMPARE(code, 0);
            QFile in(packed);
            QVERIFY(in.open(QIODevice::ReadOnly));
            original = in.readAll();
            QVERIFY(original.contains("/XRef"));
            QVERIFY(original.contains("/ObjStm"));
        }
        const QString path = dir.filePath(QStringLiteral("annotated-original.pdf"));
        QString error;
        QVERIFY2(OriginalPdfAnnotator::exportTo(original, a, path, &error, nullptr, QStringLiteral("Gwen Probert")),
            qPrintable(error));
        if (const QString keep = qEnvironmentVariable("SCRUTINY_KEEP_EXPORTS"); !keep.isEmpty()) {
            const QString name
                = keep + (objectStreams ? u"/annotated-original-objstm.pdf"_s : u"/annotated-original-classic.pdf"_s);
            QFile::remove(name);
            QFile::copy(path, name);
        }

        // qpdf finds the file sound: every update's cross-references point at their objects.
        int code = 0;
        const QByteArray check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, &code);
        QVERIFY2(code == 0, check.constData());
        QVERIFY2(check.contains("No syntax or stream encoding errors"), check.constData());

        // Read independently of Poppler: each of our highlights and notes has a
        // form XObject as its normal appearance, and a closed pop-up that names
        // it as its parent and is listed on the same page.
        const QJsonDocument json = QJsonDocument::fromJson(run(QStringLiteral("qpdf"),
            {QStringLiteral("--json=2"), QStringLiteral("--json-key=qpdf"), QStringLiteral("--json-key=pages"), path}));
        QVERIFY(json.isObject());
        const QJsonObject objects = json[QStringLiteral("qpdf")][1].toObject();
        auto dictOf = [&objects](const QString &ref) {
            const QJsonObject o = objects[QStringLiteral("obj:") + ref].toObject();
            return o.contains(QStringLiteral("stream")) ? o[QStringLiteral("stream")][QStringLiteral("dict")].toObject()
                                                        : o[QStringLiteral("value")].toObject();
        };
        auto arrayOf = [&objects](const QJsonValue &v) {
            return v.isString() ? objects[QStringLiteral("obj:") + v.toString()][QStringLiteral("value")].toArray()
                                : v.toArray();
        };
        int checked = 0;
        const QJsonArray pages = json[QStringLiteral("pages")].toArray();
        QVERIFY(pages.size() >= 2);
        for (const QJsonValue &page : pages) {
            const QString pageRef = page[QStringLiteral("object")].toString();
            const QJsonArray annots = arrayOf(dictOf(pageRef)[QStringLiteral("/Annots")]);
            QSet<QString> listed;
            for (const QJsonValue &ref : annots)
                listed.insert(ref.toString());
            for (const QJsonValue &ref : annots) {
                const QJsonObject annot = dictOf(ref.toString());
                const QString subtype = annot[QStringLiteral("/Subtype")].toString();
                if (subtype == QLatin1StringView("/Popup"))
                    continue;
                QVERIFY2(annot[QStringLiteral("/NM")].toString().startsWith(QStringLiteral("u:scrutiny-")),
                    qPrintable(ref.toString()));
                QVERIFY2(subtype == QLatin1StringView("/Highlight") || subtype == QLatin1StringView("/Text"),
                    qPrintable(subtype));
                const QJsonObject form = dictOf(annot[QStringLiteral("/AP")][QStringLiteral("/N")].toString());
                QVERIFY2(form[QStringLiteral("/Subtype")].toString() == QLatin1StringView("/Form"),
                    qPrintable(ref.toString()));
                QCOMPARE(form[QStringLiteral("/BBox")].toArray().size(), 4);
                const QString popupRef = annot[QStringLiteral("/Popup")].toString();
                const QJsonObject popup = dictOf(popupRef);
                QCOMPARE(popup[QStringLiteral("/Subtype")].toString(), QStringLiteral("/Popup"));
                QCOMPARE(popup[QStringLiteral("/Parent")].toString(), ref.toString());
                QCOMPARE(popup[QStringLiteral("/Open")].toBool(true), false);
                QVERIFY2(listed.contains(popupRef), qPrintable(popupRef));
                ++checked;
            }
        }
        QVERIFY2(checked > 10, qPrintable(QString::number(checked)));

        // Poppler reads the pop-ups back, closed, and draws each annotation from
        // its appearance: coloured where the annotation is, not without it.
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
        QVERIFY(doc);
        int highlightsDrawn = 0;
        int notesDrawn = 0;
        for (int p = 0; p < doc->numPages(); ++p) {
            std::unique_ptr<Poppler::Page> page = doc->page(p);
            doc->setRenderHint(Poppler::Document::HideAnnotations, false);
            const QImage with = page->renderToImage(72, 72);
            doc->setRenderHint(Poppler::Document::HideAnnotations, true);
            const QImage without = page->renderToImage(72, 72);
            doc->setRenderHint(Poppler::Document::HideAnnotations, false);
            for (const auto &ann : page->annotations()) {
                QVERIFY(
                    ann->subType() == Poppler::Annotation::AHighlight || ann->subType() == Poppler::Annotation::AText);
                QVERIFY(!ann->contents().isEmpty());
                const Poppler::Annotation::Popup popup = ann->popup();
                QVERIFY2(popup.flags() != -1, qPrintable(ann->uniqueName()));
                QVERIFY(popup.flags() & Poppler::Annotation::Hidden);
                QVERIFY(!popup.geometry().isEmpty());
                QVERIFY2(popup.geometry() != ann->boundary(), qPrintable(ann->uniqueName()));
                const QRectF b = ann->boundary();
                const QRect area = QRectF(b.left() * with.width(), b.top() * with.height(), b.width() * with.width(),
                    b.height() * with.height())
                                       .toAlignedRect()
                                       .adjusted(1, 1, -1, -1);
                QVERIFY2(changed(with, without, area) > 0.3, qPrintable(ann->uniqueName()));
                ++(ann->subType() == Poppler::Annotation::AHighlight ? highlightsDrawn : notesDrawn);
            }
        }
        QVERIFY(highlightsDrawn > 5);
        QVERIFY(notesDrawn > 2);

        // MuPDF (another engine) renders every page without complaint.
        run(QStringLiteral("mutool"),
            {QStringLiteral("draw"), QStringLiteral("-q"), QStringLiteral("-r"), QStringLiteral("40"),
                QStringLiteral("-o"), dir.filePath(QStringLiteral("mu-%d.png")), path},
            &code);
        QCOMPARE(code, 0);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("mu-%1.png").arg(doc->numPages()))));
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
