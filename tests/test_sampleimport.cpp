// SPDX-License-Identifier: GPL-3.0-or-later
// The sample report (data/wrexham-joint-review.txt) read as a careful reader would:
// each row names a paragraph by its opening words and says what it must come out as.
#include "ingest/ReportImporter.h"

#include <QTest>

using namespace Scrutiny;

class TestSampleImport final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void segments_data();
    void segments();
    void judgement();
    void repairs_data();
    void repairs();
    void removals_data();
    void removals();
    void offsetsMatchText();
    void idsAreNumberedPerKind();

private:
    const Segment *find(const QString &opening) const;
    ParsedReport m_report;
};

void TestSampleImport::initTestCase()
{
    QString error;
    auto report
        = ReportImporter::importFile(QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt"), &error);
    QVERIFY2(report.has_value(), qPrintable(error));
    m_report = *report;
}

const Segment *TestSampleImport::find(const QString &opening) const
{
    for (const Segment &s : m_report.segments) {
        if (s.text.startsWith(opening))
            return &s;
    }
    return nullptr;
}

void TestSampleImport::segments_data()
{
    QTest::addColumn<QString>("opening");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("side");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("polarity");
    auto row = [](const char *name, const QString &opening, const char *kind, const char *side,
                   const QString &speaker = {}, const QString &role = {}, const char *polarity = "") {
        QTest::newRow(name) << opening << QString::fromLatin1(kind) << QString::fromLatin1(side) << speaker << role
                            << QString::fromLatin1(polarity);
    };
    row("summary", QStringLiteral("Wrexham social services are serving"), "summary", "review");
    row("narrative finding", QStringLiteral("The report found"), "finding", "review", {}, {}, "mixed");
    row("background", QStringLiteral("The report is part of a rolling programme"), "context", "review");
    row("lead-in", QStringLiteral("Specifically, the report says:"), "heading", "review");
    row("bullet finding", QStringLiteral("Services are now better organised"), "finding", "review", {}, {}, "mixed");
    row("bullet weakness", QStringLiteral("The council remains a major provider"), "finding", "review", {}, {},
        "weakness");
    row("bullet needing leadership", QStringLiteral("To drive through the improvements"), "finding", "review", {}, {},
        "weakness");
    row("priorities lead-in", QStringLiteral("The joint review identifies the following priorities"), "heading",
        "review");
    row("priority 1", QStringLiteral("Review the political and managerial"), "priority", "review");
    row("priority 5", QStringLiteral("Secure greater ownership"), "priority", "review");
    row("lead-in attribution", QStringLiteral("Sue Mead, review director"), "heading", "review");
    row("quote after lead-in", QStringLiteral("'Wrexham CBC has a real potential"), "quote", "review",
        QStringLiteral("Sue Mead"), QStringLiteral("review director, joint reviews"));
    row("name, role, said:", QStringLiteral("Jane Hutt, minister"), "quote", "review", QStringLiteral("Jane Hutt"),
        QStringLiteral("minister for health and social services"));
    row("role name said:", QStringLiteral("Chief social services inspector Graham Williams"), "quote", "review",
        QStringLiteral("Graham Williams"), QStringLiteral("chief social services inspector"));
    row("council release lead-in", QStringLiteral("A press release from the local authority follows:"), "heading",
        "council");
    row("council welcomes", QStringLiteral("Wrexham CBC welcomes the report"), "response", "council");
    row("council's findings lead-in", QStringLiteral("The report stated that:"), "heading", "council");
    // The report's findings, quoted in the council's own release, are still the review's.
    row("council's finding", QStringLiteral("Despite resource limitations"), "finding", "review", {}, {}, "strength");
    row("council's finding commendably", QStringLiteral("Delayed discharges"), "finding", "review", {}, {}, "strength");
    row("council's finding management", QStringLiteral("Senior managers have an open"), "finding", "review", {}, {},
        "strength");
    row("areas for improvement", QStringLiteral("The report has also identified"), "response", "council");
    row("page-break joined", QStringLiteral("Members of the executive board"), "response", "council");
    row("action plan", QStringLiteral("The authority wishes to respond"), "response", "council");
    row("pronoun quote", QStringLiteral("The chief executive, Isobel Garner"), "quote", "council",
        QStringLiteral("Isobel Garner"), QStringLiteral("chief executive"));
    row("said:, quote", QStringLiteral("The director of personal services"), "quote", "council",
        QStringLiteral("Malcolm Russell"), QStringLiteral("director of personal services"));
    row("leader", QStringLiteral("The leader of Wrexham Council"), "quote", "council", QStringLiteral("Shan Wilkinson"),
        QStringLiteral("leader of Wrexham Council"));
    row("closing response", QStringLiteral("While the joint review has concluded"), "response", "council");
}

void TestSampleImport::segments()
{
    QFETCH(QString, opening);
    QFETCH(QString, kind);
    QFETCH(QString, side);
    QFETCH(QString, speaker);
    QFETCH(QString, role);
    QFETCH(QString, polarity);
    const Segment *s = find(opening);
    QVERIFY2(s, qPrintable(QStringLiteral("no segment starts with \"%1\"").arg(opening)));
    QCOMPARE(toString(s->kind), kind);
    QCOMPARE(toString(s->side), side);
    QCOMPARE(s->speakerName, speaker);
    QCOMPARE(s->speakerRole, role);
    if (!polarity.isEmpty())
        QCOMPARE(toString(s->polarity), polarity);
}

void TestSampleImport::judgement()
{
    QCOMPARE(m_report.judgement.serving, QStringLiteral("some people well"));
    QCOMPARE(m_report.judgement.prospects, QStringLiteral("uncertain"));
    QCOMPARE(m_report.count(SegmentKind::Summary), 1);
    QCOMPARE(m_report.count(SegmentKind::Priority), 5);
}

void TestSampleImport::repairs_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("r esidential") << QStringLiteral("r esidential") << QStringLiteral("residential");
    QTest::newRow("goo d") << QStringLiteral("goo d") << QStringLiteral("good");
    QTest::newRow("wishe s") << QStringLiteral("wishe s") << QStringLiteral("wishes");
    QTest::newRow("page break") << QStringLiteral("the \u00B6 outcomes") << QStringLiteral("the outcomes");
}

void TestSampleImport::repairs()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    bool found = false;
    for (const Repair &r : m_report.repairs) {
        if (r.before == before) {
            found = true;
            QCOMPARE(r.after, after);
            QCOMPARE(m_report.text.mid(r.start, r.after.size()), after);
        }
    }
    QVERIFY2(found, qPrintable(before));
    QVERIFY(!m_report.text.contains(before));
}

void TestSampleImport::removals_data()
{
    QTest::addColumn<QString>("opening");
    QTest::addColumn<QString>("reason");
    QTest::newRow("browser") << QStringLiteral("Your browser is no longer supported") << QStringLiteral("boilerplate");
    QTest::newRow("cookies") << QStringLiteral("We'll assume we have your consent") << QStringLiteral("boilerplate");
    QTest::newRow("learn more") << QStringLiteral("Learn more") << QStringLiteral("boilerplate");
    QTest::newRow("comment") << QStringLiteral("Comment") << QStringLiteral("boilerplate");
    QTest::newRow("have your say") << QStringLiteral("Have your say") << QStringLiteral("boilerplate");
    QTest::newRow("sign in") << QStringLiteral("You must sign in") << QStringLiteral("boilerplate");
    QTest::newRow("terms") << QStringLiteral("Please remember that the submission") << QStringLiteral("boilerplate");
    QTest::newRow("links") << QStringLiteral("Links may be included") << QStringLiteral("boilerplate");
    QTest::newRow("teaser") << QStringLiteral("Wrexham social services are serving") << QStringLiteral("teaser");
    QTest::newRow("duplicate") << QStringLiteral("The report is part of a rolling") << QStringLiteral("duplicate");
}

void TestSampleImport::removals()
{
    QFETCH(QString, opening);
    QFETCH(QString, reason);
    bool found = false;
    for (const Removal &r : m_report.removed) {
        if (r.text.startsWith(opening) && toString(r.reason) == reason)
            found = true;
    }
    QVERIFY2(found, qPrintable(opening));
}

void TestSampleImport::offsetsMatchText()
{
    for (const Segment &s : m_report.segments)
        QCOMPARE(m_report.text.mid(s.start, s.end - s.start), s.text);
    QVERIFY(!m_report.text.contains(QStringLiteral("cookies")));
    QVERIFY(!m_report.text.contains(QStringLiteral("according to an...")));
}

void TestSampleImport::idsAreNumberedPerKind()
{
    QHash<QChar, int> next;
    for (const Segment &s : m_report.segments) {
        const QChar prefix = s.id.front();
        QCOMPARE(prefix, idPrefix(s.kind));
        QCOMPARE(s.id.mid(1).toInt(), ++next[prefix]);
    }
}

QTEST_APPLESS_MAIN(TestSampleImport)
#include "test_sampleimport.moc"
