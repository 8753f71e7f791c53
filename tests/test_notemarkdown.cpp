// SPDX-License-Identifier: GPL-3.0-or-later
// Notes are written by one person and exported by another: links keep only
// http, https and mailto, images become their alt text, and no export reads a
// file a note names (a local PNG, /dev/zero, a FIFO). Read back from the HTML
// and from the PDF (Poppler's links, pdfimages, pdftotext).
#include "ExportFixture.h"
#include "export/AnnotatedPdfExporter.h"
#include "export/HtmlExporter.h"
#include "export/NoteHtml.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>

#include <sys/stat.h>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

namespace {
QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QStringList hrefs(const QString &html)
{
    static const QRegularExpression href(u"href=\"([^\"]*)\""_s);
    QStringList out;
    for (auto it = href.globalMatch(html); it.hasNext();)
        out.append(it.next().captured(1));
    return out;
}
} // namespace

class TestNoteMarkdown final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void linkSchemes_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("href"); // the one link kept, or empty
        QTest::addColumn<QString>("text"); // what the reader still sees
        QTest::newRow("javascript") << u"[click](javascript:alert(1))"_s << QString() << u"click"_s;
        QTest::newRow("javascript mixed case") << u"[click](JaVaScRiPt:alert(1))"_s << QString() << u"click"_s;
        QTest::newRow("javascript autolink") << u"<javascript:alert(1)>"_s << QString() << u"javascript:alert(1)"_s;
        QTest::newRow("data html") << u"[x](data:text/html;base64,PHNjcmlwdD4=)"_s << QString() << u"x"_s;
        QTest::newRow("file") << u"[passwords](file:///etc/passwd)"_s << QString() << u"passwords"_s;
        QTest::newRow("vbscript") << u"[v](vbscript:msgbox)"_s << QString() << u"v"_s;
        QTest::newRow("relative") << u"[r](../secret.txt)"_s << QString() << u"r"_s;
        QTest::newRow("no host") << u"[h](http:/etc/passwd)"_s << QString() << u"h"_s;
        QTest::newRow("https") << u"[site](https://example.org/a?b=1)"_s << u"https://example.org/a?b=1"_s << u"site"_s;
        QTest::newRow("http") << u"[site](http://example.org/)"_s << u"http://example.org/"_s << u"site"_s;
        QTest::newRow("mailto") << u"[write](mailto:clerk@example.org)"_s << u"mailto:clerk@example.org"_s
                                << u"write"_s;
        QTest::newRow("https autolink") << u"<https://example.org/x>"_s << u"https://example.org/x"_s
                                        << u"https://example.org/x"_s;
    }
    void linkSchemes()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, href);
        QFETCH(QString, text);
        // The reader's preview and the PDF (Print) and the HTML export (Browser) share one renderer.
        for (const NoteHtml::Target target : {NoteHtml::Target::Print, NoteHtml::Target::Browser}) {
            const QString html = NoteHtml::toHtml(markdown, target);
            QCOMPARE(hrefs(html), href.isEmpty() ? QStringList() : QStringList {href.toHtmlEscaped()});
            QVERIFY2(html.contains(text.toHtmlEscaped()), qPrintable(html));
        }
        QVERIFY2(NoteHtml::toPlainText(markdown).contains(text), qPrintable(NoteHtml::toPlainText(markdown)));
    }

    void imagesBecomeAltText_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("alt");
        QTest::newRow("remote tracker") << u"Seen ![pixel](https://tracker.example/p.png?u=officer)"_s << u"pixel"_s;
        QTest::newRow("local file") << u"![secret plan](/home/officer/secret.png)"_s << u"secret plan"_s;
        QTest::newRow("dev zero") << u"![zero](/dev/zero)"_s << u"zero"_s;
        QTest::newRow("data image") << u"![d](data:image/png;base64,iVBORw0KGgo=)"_s << u"d"_s;
        QTest::newRow("no alt") << u"before ![](/dev/zero) after"_s << u"before"_s;
        QTest::newRow("image inside link") << u"[![logo](/tmp/l.png)](https://example.org)"_s << u"logo"_s;
    }
    void imagesBecomeAltText()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, alt);
        const QString html = NoteHtml::toHtml(markdown, NoteHtml::Target::Print);
        QVERIFY2(!html.contains(u"<img"_s, Qt::CaseInsensitive), qPrintable(html));
        QVERIFY2(!html.contains(u"/dev/zero"_s) && !html.contains(u".png"_s), qPrintable(html));
        QVERIFY2(html.contains(alt), qPrintable(html));
    }

    // The whole export, HTML and PDF: nothing live, nothing read, and it finishes.
    void exportsReadNothingANoteNames()
    {
        QVERIFY(m_dir.isValid());
        QImage png(64, 64, QImage::Format_RGB32);
        png.fill(Qt::red);
        const QString pngPath = m_dir.filePath(u"secret.png"_s);
        QVERIFY(png.save(pngPath));
        const QString fifo = m_dir.filePath(u"fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);

        AnnotatedReport a = ExportFixture::sample();
        const QString segment = a.report.segments.first().id;
        a.notes.append({901, segment,
            u"Local ![secret plan](%1), zero ![zero device](/dev/zero), pipe ![named pipe](%2), "
            "remote ![tracking pixel](https://tracker.example/p.png). "
            "[run me](javascript:alert(1)) [page](data:text/html,<b>x</b>) [disk](file://%1) "
            "[council](https://example.org/council)"_s.arg(pngPath, fifo),
            {}});

        const QString html = HtmlExporter::toHtml(a, QDate(2026, 11, 26));
        QVERIFY(!html.contains(u"<img"_s, Qt::CaseInsensitive));
        for (const QString &h : hrefs(html))
            QVERIFY2(h.startsWith(QLatin1Char('#')) || h == u"https://example.org/council"_s, qPrintable(h));
        QVERIFY(html.contains(u"secret plan"_s) && html.contains(u"tracking pixel"_s));

        QString error;
        const QString pdf = m_dir.filePath(u"notes.pdf"_s);
        QVERIFY2(AnnotatedPdfExporter::exportTo(a, pdf, {}, &error), qPrintable(error));
        QCOMPARE(run(u"pdfimages"_s, {u"-list"_s, pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(),
            2); // the header lines of an empty list
        const QString text = run(u"pdftotext"_s, {pdf, u"-"_s}).simplified();
        for (const QString &alt : {u"secret plan"_s, u"zero device"_s, u"named pipe"_s, u"tracking pixel"_s})
            QVERIFY2(text.contains(alt), qPrintable(alt));
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(pdf);
        QVERIFY(doc);
        QStringList external;
        for (int i = 0; i < doc->numPages(); ++i) {
            for (const auto &link : doc->page(i)->links()) {
                if (link->linkType() == Poppler::Link::Browse)
                    external.append(static_cast<const Poppler::LinkBrowse *>(link.get())->url());
            }
        }
        QCOMPARE(external, QStringList {u"https://example.org/council"_s});
    }
};

QTEST_MAIN(TestNoteMarkdown)
#include "test_notemarkdown.moc"
