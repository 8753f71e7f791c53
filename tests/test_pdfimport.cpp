// SPDX-License-Identifier: GPL-3.0-or-later
// PDFs made by other tools (see tests/data/pdf/README.md): the sample as a PDF gives the same
// segments as the text file, each with its page; broken PDFs fail with one clear message.
#include "ingest/ReportImporter.h"

#include <QRegularExpression>
#include <QTest>

using namespace Scrutiny;

class TestPdfImport final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameSegmentsAsText();
    void pagesFollowTheDocument();
    void progressAndCancel();
    void failures_data();
    void failures();
    void fullReportFurniture_data();
    void fullReportFurniture();
    void twoColumns_data();
    void twoColumns();
    void readingOrder_data();
    void readingOrder();
};

namespace {
ParsedReport load(const QString &path)
{
    QString error;
    auto r = ReportImporter::importFile(path, &error);
    if (!r)
        qFatal("%s", qPrintable(error));
    return *r;
}
// Enscript draws the ASCII apostrophe with the right single quote glyph; that is the PDF's only difference.
QString folded(QString s)
{
    return s.replace(u'\u2019', u'\'');
}
const QString pdfPath = QStringLiteral(SCRUTINY_TEST_DATA "/pdf/wrexham-joint-review.pdf");
} // namespace

void TestPdfImport::sameSegmentsAsText()
{
    const ParsedReport text = load(QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt"));
    const ParsedReport pdf = load(pdfPath);
    QCOMPARE(toString(pdf.format), QStringLiteral("pdf"));
    QCOMPARE(pdf.title, text.title);
    QVERIFY(pdf.judgement == text.judgement);
    QCOMPARE(pdf.segments.size(), text.segments.size());
    for (qsizetype i = 0; i < text.segments.size(); ++i) {
        const Segment &t = text.segments.at(i);
        const Segment &p = pdf.segments.at(i);
        QCOMPARE(p.id, t.id);
        QCOMPARE(toString(p.kind), toString(t.kind));
        QCOMPARE(toString(p.side), toString(t.side));
        QCOMPARE(folded(p.text), t.text);
        QCOMPARE(p.speakerName, t.speakerName);
        QCOMPARE(p.speakerRole, t.speakerRole);
        QCOMPARE(toString(p.polarity), toString(t.polarity));
        QCOMPARE(pdf.text.mid(p.start, p.end - p.start), p.text);
    }
    // The word repairs are the same; the PDF adds re-joins where its page breaks cut paragraphs.
    QStringList words;
    for (const Repair &r : pdf.repairs)
        words << r.before;
    QVERIFY(words.contains(QStringLiteral("goo d")));
    QVERIFY(words.contains(QStringLiteral("r esidential")));
    QVERIFY(words.contains(QStringLiteral("wishe s")));
}

void TestPdfImport::pagesFollowTheDocument()
{
    const ParsedReport pdf = load(pdfPath);
    int previous = 1;
    for (const Segment &s : pdf.segments) {
        QVERIFY2(s.page >= previous, qPrintable(s.id));
        previous = s.page;
    }
    QCOMPARE(pdf.segments.first().page, 1);
    QCOMPARE(pdf.segments.last().page, 3); // pdfinfo: 3 pages
    // The paragraph cut by the page break between pages 1 and 2 starts on page 1.
    const Segment *cut = nullptr;
    for (const Segment &s : pdf.segments) {
        if (s.text.startsWith(QStringLiteral("The chief executive, Isobel Garner")))
            cut = &s;
    }
    QVERIFY(cut);
    QCOMPARE(cut->page, 2);
}

void TestPdfImport::progressAndCancel()
{
    QList<int> seen;
    ReportImporter::Options options;
    options.progress = [&](int p) {
        seen << p;
        return true;
    };
    QString error;
    QVERIFY(ReportImporter::importFile(pdfPath, &error, options));
    QVERIFY(seen.size() >= 3);
    QCOMPARE(seen.last(), 100);
    options.progress = [](int p) { return p < 50; };
    QVERIFY(!ReportImporter::importFile(pdfPath, &error, options));
    QVERIFY2(error.endsWith(QStringLiteral("cancelled")), qPrintable(error));
}

void TestPdfImport::failures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("encrypted") << QStringLiteral("encrypted.pdf")
                               << QStringLiteral("the PDF is encrypted (password protected)");
    QTest::newRow("scanned") << QStringLiteral("scanned.pdf") << QStringLiteral("the PDF has no text layer (scanned?)");
    QTest::newRow("damaged") << QStringLiteral("damaged.pdf")
                             << QStringLiteral("the PDF is damaged and cannot be read");
}

void TestPdfImport::failures()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QString path = QStringLiteral(SCRUTINY_TEST_DATA "/pdf/") + file;
    QString error;
    QVERIFY(!ReportImporter::importFile(path, &error));
    QCOMPARE(error, path + QStringLiteral(": ") + message);
}

// A full-length report typeset by groff, written by gropdf and by Ghostscript: what a reader
// does not read as the report (contents, running header, "Page N of M", footnotes and their
// markers) is removed and recorded, words hyphenated at line ends are whole again, numbered
// paragraphs and table rows are read as written.
void TestPdfImport::fullReportFurniture_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("gropdf") << QStringLiteral("full-cqc-hallbrook-hospital.pdf");
    QTest::newRow("ghostscript") << QStringLiteral("full-ofsted-marlcombe-ilacs.pdf");
    // Its recommendations wrap "(paragraphs" / "3.2 to 3.15)." at a line end.
    QTest::newRow("cross-references wrapped") << QStringLiteral("full-probation-tarrant-pdu.pdf");
    // Laid out by WeasyPrint: dot-leader contents, margin-box headers, justified lines ending a
    // fraction of a point apart, a cover subtitle in larger type than the body.
    QTest::newRow("weasyprint") << QStringLiteral("full-ciw-bryncoed-children.pdf");
}

void TestPdfImport::fullReportFurniture()
{
    QFETCH(QString, file);
    QString error;
    const auto report = ReportImporter::importFile(QStringLiteral(SCRUTINY_TEST_DATA "/reports/") + file, &error);
    QVERIFY2(report, qPrintable(error));
    QStringList removed;
    for (const Removal &r : report->removed)
        removed << r.text;
    QVERIFY(removed.contains(QStringLiteral("Contents")));
    // The contents entries go with it, one by one, and the cover's subtitle stays.
    QVERIFY2(std::none_of(report->segments.cbegin(), report->segments.cend(),
                 [](const Segment &s) {
                     return s.text.contains(QStringLiteral("About this inspection")) && s.text.size() > 40;
                 }),
        "a contents entry was kept");
    QVERIFY(report->text.contains(QStringLiteral("This report sets out the findings of an inspection of")));
    QVERIFY(removed.contains(QStringLiteral("Page 3 of 15")));
    QVERIFY(std::any_of(removed.cbegin(), removed.cend(), [](const QString &r) {
        return r.contains(QStringLiteral("methodology for inspections of this kind"));
    })); // a footnote
    int headings = 0;
    for (const Segment &s : report->segments) {
        QVERIFY2(!s.text.contains(QStringLiteral(" of 15")), qPrintable(s.text));
        QVERIFY2(!s.text.contains(QStringLiteral("inspection report")) || s.kind == SegmentKind::Heading,
            qPrintable(s.text)); // the running header
        // No word is left broken at a line end ("inspec- tion"), no ligature left as one character.
        static const QRegularExpression broken(QStringLiteral(R"(\p{Ll}- \p{Ll})"));
        QVERIFY2(!broken.match(s.text).hasMatch(), qPrintable(s.text));
        QVERIFY2(!s.text.contains(QChar(0xFB01)) && !s.text.contains(QChar(0xFB02)), qPrintable(s.text));
        headings += s.kind == SegmentKind::Heading ? 1 : 0;
        // A paragraph number is never read out of a sentence that wraps before it.
        static const QRegularExpression cutAtNumber(QStringLiteral(R"(^\d{1,2}(?:\.\d{1,2}){1,2}\.?\s+\p{Ll})"));
        QVERIFY2(!cutAtNumber.match(s.text).hasMatch(), qPrintable(s.text));
    }
    // The numbered sections ("3. Medicines management") are headings, numbered paragraphs their own.
    QVERIFY(headings >= 15);
    QVERIFY(report->segment(u"F1")->text.front().isDigit());
    QVERIFY(report->count(SegmentKind::Finding) > 80);
    QVERIFY(report->count(SegmentKind::Priority) >= 6);
    if (file.startsWith(u"full-cqc"))
        QVERIFY(report->text.contains(QStringLiteral("Safe | Good"))); // a table row, its cells side by side
}

// A page set partly in two columns (tests/data/pdf/two-columns.ms): the right column's paragraph
// numbers stand in the gutter, right beside the left column's lines, and Poppler reads some of
// those lines across both columns. The left column is read to its foot before the right one, and
// each paragraph comes out whole; the full-width paragraphs above stay first.
void TestPdfImport::twoColumns_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("gropdf") << QStringLiteral("two-columns-gropdf.pdf");
    QTest::newRow("ghostscript") << QStringLiteral("two-columns-ghostscript.pdf");
}

void TestPdfImport::twoColumns()
{
    QFETCH(QString, file);
    QString error;
    const auto report = ReportImporter::importFile(QStringLiteral(SCRUTINY_TEST_DATA "/pdf/") + file, &error);
    QVERIFY2(report, qPrintable(error));
    const QString text = folded(report->text).simplified();
    const QStringList inOrder {
        QStringLiteral("1.2 Repairs to the east pontoon were finished on time, and the contractor's reports were "
                       "filed with the minutes of each meeting."),
        QStringLiteral("2.1 Walkways on the north quay are swept every morning, and loose boards are marked with "
                       "orange paint until a carpenter can replace them."),
        QStringLiteral("2.3 Lifebuoys hang at every ladder, and the harbour master walks the whole length of the "
                       "quay each Friday to check that none are missing."),
        QStringLiteral("2.7 Dredging records are kept on paper only, and the latest soundings were filed in a "
                       "drawer where the night staff could not find them."),
        QStringLiteral("2.8 Visitors are met at the pontoon gate by a volunteer, who hands over a printed map and "
                       "points out the showers and the fuel berth."),
        QStringLiteral("2.10 The board's budget for the quay walls has not kept pace with repairs, and a section "
                       "of the south wall has been fenced off since May."),
    };
    qsizetype at = 0;
    for (const QString &paragraph : inOrder) {
        const qsizetype found = text.indexOf(paragraph);
        QVERIFY2(found >= 0, qPrintable(paragraph + QStringLiteral("\n--- not in ---\n") + text));
        QVERIFY2(found >= at, qPrintable(paragraph));
        at = found;
    }
}

// Pages whose reading order Poppler does not give (tests/data/pdf/*.ms, each written by gropdf
// and by Ghostscript): every paragraph named comes out as one segment, whole, in this order.
// - column-break: unnumbered paragraphs in two columns; the one at the top of the right column
//   is a paragraph of its own (the left column's last line ends its sentence), while on page 2 a
//   paragraph runs on from the foot of the left column into the right one in mid-sentence;
// - short-columns: a band of only three lines in two columns;
// - long-cells: a table of two columns whose cells both hold running text, read row by row.
void TestPdfImport::readingOrder_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("paragraphs");
    const QStringList columnBreak {
        QStringLiteral("Paths between the plots are cut every fortnight in summer, and the wood chip on the main "
                       "track was topped up in April by volunteers."),
        QStringLiteral("Three plots near the gate have stood empty since the spring, and the waiting list has not "
                       "been offered them at any time this season."),
        QStringLiteral("Water troughs are filled from the mains by a ball valve, and two of the valves stuck open "
                       "during the dry weeks of June."),
        QStringLiteral("The tool shed is locked with a keypad, and the code is changed each quarter and sent to "
                       "every tenant by post."),
        QStringLiteral("Rents were raised last year for the first time in a decade, and the committee wrote to each "
                       "tenant to explain the reasons for the rise and the work that the extra money would pay for, "
                       "including new fencing along the railway side of the site and a second water tank for the "
                       "upper plots, where the pressure is weak in the evenings when most tenants water their crops "
                       "at the same time, and a path of hard standing from the gate to the shed so that tenants who "
                       "use a wheelchair or a walking frame can reach the tools, the seed store and the kettle "
                       "without help from anyone else, whatever the weather has done to the ground that week."),
        QStringLiteral("Minutes of committee meetings are pinned in the shed and posted on the notice board by the "
                       "gate."),
    };
    const QStringList shortColumns {
        QStringLiteral("Saltmarsh Lane Library opens its reading room six days a week, and the room was warm, quiet "
                       "and well lit on each of our three visits."),
        QStringLiteral("Newspapers are set out by nine each morning, and a volunteer reads the local paper aloud on "
                       "Tuesdays for people who cannot."),
        QStringLiteral("The public computers are booked at the desk, but the booking sheet is kept behind the counter "
                       "where few people see it."),
    };
    const QStringList longCells {
        QStringLiteral("Ticket machines on the upper deck reject bank cards more often than not, and passengers "
                       "queue at the kiosk until the ramp closes."),
        QStringLiteral("The operator must replace or repair the ticket machines on the upper deck and report the "
                       "rate of rejected cards each month."),
        QStringLiteral("The waiting room has too few seats for a full sailing, and older passengers stand for up to "
                       "forty minutes in winter."),
        QStringLiteral("The operator must add seating in the waiting room so that every passenger booked on a full "
                       "sailing can sit down while waiting."),
        QStringLiteral("Announcements are made in English only, although most passengers on the island route speak "
                       "Welsh at home."),
        QStringLiteral("The operator must make every announcement in Welsh and English, and train the terminal staff "
                       "to give them in both languages."),
        QStringLiteral("The operator has agreed to report its progress on each change at the next meeting of the "
                       "harbour committee."),
    };
    for (const QString &producer : {QStringLiteral("gropdf"), QStringLiteral("ghostscript")}) {
        QTest::addRow("column-break %s", qPrintable(producer))
            << QStringLiteral("column-break-%1.pdf").arg(producer) << columnBreak;
        QTest::addRow("short-columns %s", qPrintable(producer))
            << QStringLiteral("short-columns-%1.pdf").arg(producer) << shortColumns;
        QTest::addRow("long-cells %s", qPrintable(producer))
            << QStringLiteral("long-cells-%1.pdf").arg(producer) << longCells;
    }
}

void TestPdfImport::readingOrder()
{
    QFETCH(QString, file);
    QFETCH(QStringList, paragraphs);
    QString error;
    const auto report = ReportImporter::importFile(QStringLiteral(SCRUTINY_TEST_DATA "/pdf/") + file, &error);
    QVERIFY2(report, qPrintable(error));
    QStringList segments;
    for (const Segment &s : report->segments)
        segments << folded(s.text).simplified();
    qsizetype at = 0;
    for (const QString &paragraph : std::as_const(paragraphs)) {
        const qsizetype found = segments.indexOf(paragraph);
        QVERIFY2(found >= 0,
            qPrintable(
                paragraph + QStringLiteral("\n--- is no segment of ---\n") + segments.join(QStringLiteral("\n"))));
        QVERIFY2(found >= at,
            qPrintable(
                paragraph + QStringLiteral("\n--- out of order in ---\n") + segments.join(QStringLiteral("\n"))));
        at = found;
    }
}

QTEST_APPLESS_MAIN(TestPdfImport)
#include "test_pdfimport.moc"
