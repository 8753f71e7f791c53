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
            QVERIFY2(html.contains(QStringLiteral("name=\"%1\"").arg(target)), qPrintable(target));
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
