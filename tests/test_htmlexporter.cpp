// SPDX-License-Identifier: GPL-3.0-or-later
// The standalone HTML export: self-contained (inline styles, nothing fetched),
// the same content as the PDF, and hostile report text escaped.
#include "ExportFixture.h"
#include "export/HtmlExporter.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Scrutiny;

class TestHtmlExporter final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sampleIsSelfContainedAndComplete()
    {
        const AnnotatedReport a = ExportFixture::sample();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sample.html"));
        QString error;
        QVERIFY2(HtmlExporter::exportTo(a, path, &error, QDate(2026, 11, 26)), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\"/>")));
        // Self-contained: no style sheets, scripts, images or other fetched resources.
        for (const char *banned : {"<style", "<link", "<script", " src=", "@import", "url("})
            QVERIFY2(!html.contains(QLatin1StringView(banned), Qt::CaseInsensitive), banned);
        static const QRegularExpression externalHref(QStringLiteral("href=\"(?!#)"));
        QVERIFY(!externalHref.match(html).hasMatch());
        // Every internal link has its anchor.
        static const QRegularExpression hrefRe(QStringLiteral("href=\"#([^\"]+)\""));
        for (auto it = hrefRe.globalMatch(html); it.hasNext();) {
            const QString target = it.next().captured(1);
            QVERIFY2(html.contains(QStringLiteral("id=\"%1\"").arg(target)), qPrintable(target));
        }
        // A modern page: its language, a viewport, id anchors, no Qt-internal CSS.
        QVERIFY(html.contains(QStringLiteral("<html lang=\"en-GB\">")));
        QVERIFY(
            html.contains(QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")));
        QVERIFY(!html.contains(QStringLiteral("<a name=")));
        QVERIFY2(!html.contains(QStringLiteral("-qt-")),
            qPrintable(html.mid(html.indexOf(QStringLiteral("-qt-")) - 200, 400)));
        // Why each link was made.
        for (const Link &l : a.links) {
            if (!l.note.isEmpty())
                QVERIFY(html.contains(l.note.toHtmlEscaped()));
        }

        QTextDocument doc;
        doc.setHtml(html);
        const QString text = doc.toPlainText().simplified();
        for (const Segment &s : a.report.segments)
            QVERIFY2(text.contains(s.text.simplified()), qPrintable(s.id));
        for (const QString &part : {QStringLiteral("Traceability matrix"), QStringLiteral("Action plan"),
                 QStringLiteral("Notes"), QStringLiteral("Appendix"), a.sha256})
            QVERIFY2(text.contains(part), qPrintable(part));
        for (const Link &l : a.links)
            QVERIFY(html.contains(QStringLiteral("href=\"#seg-%1\"").arg(l.to)));
        QVERIFY(!text.contains(QStringLiteral("(p.\u00A0"))); // no page numbers in a browser
    }

    void notesAreStyledBelowTheSections()
    {
        AnnotatedReport a = ExportFixture::sample();
        a.notes.append({7, {}, QStringLiteral("# Heading one\n\n> quoted words\n\n1. first\n2. second"), {}});
        const QString html = HtmlExporter::toHtml(a);
        // A note's own heading never comes out as large as the pack's sections (h1, h2).
        QVERIFY(html.contains(QStringLiteral(">Heading one</h3>")));
        QVERIFY(html.contains(QStringLiteral("font-size:12pt")));
        QVERIFY(html.contains(QStringLiteral("<blockquote style=\"")));
        QVERIFY(html.contains(QStringLiteral("border-left:3px solid")));
        QVERIFY(html.contains(QStringLiteral("<ol ")));
        // The briefing (notes on the whole report) comes straight after the cover.
        const qsizetype briefing = html.indexOf(QStringLiteral("id=\"sec-briefing\""));
        QVERIFY(briefing > 0);
        QVERIFY(briefing < html.indexOf(QStringLiteral("id=\"sec-report\"")));
        QVERIFY(html.indexOf(QStringLiteral("Heading one")) > briefing);
    }

    void hostileTextIsEscaped()
    {
        AnnotatedReport a = ExportFixture::sample();
        Segment &f = *std::find_if(a.report.segments.begin(), a.report.segments.end(),
            [](const Segment &s) { return s.kind == SegmentKind::Finding; });
        const QString hostile = QStringLiteral("Hostile <b>bold</b> &amp; <script>alert(1)</script> \"q\" end");
        f.text = hostile;
        a.report.title = QStringLiteral("<title>x</title> & co");
        a.tags.first().name = QStringLiteral("<i>tag</i>");
        a.notes.append({9, f.id, QStringLiteral("<img src=x onerror=alert(1)> & <b>raw</b>"), {}});
        const QString html = HtmlExporter::toHtml(a);
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("<i>tag</i>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(html.contains(QStringLiteral("&amp;amp;")));
        QTextDocument doc;
        doc.setHtml(html);
        const QString text = doc.toPlainText();
        QVERIFY(text.contains(hostile));
        QVERIFY(text.contains(QStringLiteral("<title>x</title> & co")));
        QVERIFY(text.contains(QStringLiteral("<img src=x onerror=alert(1)> & <b>raw</b>")));
    }
};

QTEST_MAIN(TestHtmlExporter)
#include "test_htmlexporter.moc"
