// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export parsed back: one row per segment, RFC 4180 quoting, UTF-8 BOM.
#include "ExportFixture.h"
#include "export/CsvExporter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Scrutiny;

class TestCsvExporter final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sampleRoundTrip()
    {
        const AnnotatedReport a = ExportFixture::sample();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sample.csv"));
        QString error;
        QVERIFY2(CsvExporter::exportTo(a, path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        QList<QStringList> rows;
        QVERIFY(CsvExporter::parse(bytes, &rows));
        QCOMPARE(rows.size(), a.report.segments.size() + 1);
        QCOMPARE(rows.first(), CsvExporter::header());
        auto col = [](const char *name) { return CsvExporter::column(QString::fromLatin1(name)); };
        for (qsizetype i = 0; i < a.report.segments.size(); ++i) {
            const Segment &s = a.report.segments[i];
            const QStringList &row = rows[i + 1];
            QCOMPARE(row.size(), CsvExporter::header().size());
            QCOMPARE(row[col("document id")], QString::number(a.documentId));
            QCOMPARE(row[col("document title")], a.report.title);
            QCOMPARE(row[col("id")], s.id);
            QCOMPARE(row[col("kind")], toString(s.kind));
            QCOMPARE(row[col("side")], toString(s.side));
            QCOMPARE(row[col("text")], s.text);
            QStringList tags;
            for (qint64 t : a.segmentTags.value(s.id))
                tags.append(a.tag(t)->name);
            QCOMPARE(row[col("tags")], tags.join(QStringLiteral("; ")));
            for (const Link &l : a.linksFrom(s.id))
                QVERIFY2(row[col("linked priorities")].contains(l.to), qPrintable(s.id));
            if (s.kind == SegmentKind::Priority) {
                // A priority row names what supports it apart, never in "linked priorities".
                QVERIFY2(!row[col("linked priorities")].contains(QLatin1Char('F')), qPrintable(s.id));
                for (const Link &l : a.linksTo(s.id))
                    QVERIFY2(row[col("supported by")].contains(l.from), qPrintable(s.id));
                const auto item = std::find_if(
                    a.plan.cbegin(), a.plan.cend(), [&](const PlanItem &p) { return p.priority == s.id; });
                if (item != a.plan.cend()) {
                    QCOMPARE(row[col("plan owner")], item->owner);
                    QCOMPARE(row[col("plan due")], item->due.toString(Qt::ISODate));
                    QCOMPARE(row[col("plan status")], toString(item->status));
                } else {
                    QVERIFY(row[col("plan owner")].isEmpty());
                }
            }
            for (const Link &l : a.linksFrom(s.id)) {
                if (!l.note.isEmpty())
                    QVERIFY2(row[col("link notes")].contains(l.note), qPrintable(s.id));
            }
            if (!s.speakerName.isEmpty())
                QVERIFY(row[col("speaker")].startsWith(s.speakerName));
        }
        // A note with a line break and Markdown survives in one field.
        const auto noted
            = std::find_if(a.notes.cbegin(), a.notes.cend(), [](const Note &n) { return !n.segment.isEmpty(); });
        QVERIFY(noted != a.notes.cend());
        const auto row = std::find_if(rows.cbegin(), rows.cend(),
            [&](const QStringList &r) { return r[CsvExporter::column(u"id")] == noted->segment; });
        QVERIFY(row != rows.cend());
        QVERIFY((*row)[CsvExporter::column(u"notes")].contains(noted->markdown.trimmed()));
    }

    void quoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // what a spreadsheet shows
        QTest::newRow("plain") << QStringLiteral("plain words") << QStringLiteral("plain words");
        QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("a, b");
        QTest::newRow("quotes") << QStringLiteral("say \"hi\"") << QStringLiteral("say \"hi\"");
        QTest::newRow("newline") << QStringLiteral("one\r\ntwo\nthree") << QStringLiteral("one\r\ntwo\nthree");
        QTest::newRow("unicode") << QStringLiteral("caf\u00E9 \u2014 \U0001F600")
                                 << QStringLiteral("caf\u00E9 \u2014 \U0001F600");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("'=HYPERLINK(\"x\")");
        // OWASP CSV injection: every character a spreadsheet starts a formula with.
        QTest::newRow("plus") << QStringLiteral("+1+cmd|' /C calc'!A0") << QStringLiteral("'+1+cmd|' /C calc'!A0");
        QTest::newRow("minus") << QStringLiteral("-2+3+cmd|' /C calc'!A0") << QStringLiteral("'-2+3+cmd|' /C calc'!A0");
        QTest::newRow("at") << QStringLiteral("@SUM(1+9)*cmd|' /C calc'!A0")
                            << QStringLiteral("'@SUM(1+9)*cmd|' /C calc'!A0");
        QTest::newRow("tab") << QStringLiteral("\t=1+2") << QStringLiteral("'\t=1+2");
        QTest::newRow("carriage return") << QStringLiteral("\r=1+2") << QStringLiteral("'\r=1+2");
        QTest::newRow("dash list item") << QStringLiteral("- a list item") << QStringLiteral("'- a list item");
    }
    void quoting()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        AnnotatedReport a;
        a.report.text = text;
        a.report.segments.append(Segment {
            QStringLiteral("C1"), SegmentKind::Context, Side::Review, 0, text.size(), text, {}, {}, Polarity::None, 0});
        QList<QStringList> rows;
        QVERIFY(CsvExporter::parse(CsvExporter::toCsv(a), &rows));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1][CsvExporter::column(u"text")], expected);
    }

    void unterminatedQuoteIsAnError()
    {
        QList<QStringList> rows;
        QVERIFY(!CsvExporter::parse("a,\"b\r\n", &rows));
    }
};

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "test_csvexporter.moc"
