// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped syntax definition (resources/syntax/inspection-report.xml) marks
// what it promises, loaded the way the app loads it: from a Repository search path.
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
/// Records which attribute covers each character of one line.
class FormatRecorder : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QStringList highlight(const QString &line)
    {
        m_names = QStringList(line.size(), QString());
        highlightLine(line, KSyntaxHighlighting::State());
        return m_names;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        for (int i = offset; i < offset + length && i < m_names.size(); ++i)
            m_names[i] = format.name();
    }

private:
    QStringList m_names;
};
} // namespace

class TestInspectionSyntax final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void marks_data();
    void marks();
    void lineStateNeverCarriesOver();

private:
    KSyntaxHighlighting::Repository m_repository;
    FormatRecorder m_recorder;
};

void TestInspectionSyntax::initTestCase()
{
    m_repository.addCustomSearchPath(QStringLiteral(SCRUTINY_SOURCE_DIR "/resources"));
    const KSyntaxHighlighting::Definition definition = m_repository.definitionForName(u"Inspection Report"_s);
    QVERIFY(definition.isValid());
    m_recorder.setDefinition(definition);
    m_recorder.setTheme(m_repository.defaultTheme());
}

void TestInspectionSyntax::marks_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("part"); // a piece of the line
    QTest::addColumn<QString>("attribute"); // what every character of it is marked as
    QTest::newRow("star bullet") << u"* Services are now better organised"_s << u"*"_s << u"Bullet"_s;
    QTest::newRow("dot bullet") << u"  • Comment"_s << u"•"_s << u"Bullet"_s;
    QTest::newRow("numbered item") << u"3. Raise the profile of commissioning"_s << u"3."_s << u"Bullet"_s;
    QTest::newRow("speaker") << u"Jane Hutt, minister for health and social services, said: 'The report shows.'"_s
                             << u"Jane Hutt, minister for health and social services, said:"_s << u"Speaker"_s;
    QTest::newRow("speaker before title")
        << u"Chief social services inspector Graham Williams said:"_s << u"Graham Williams said:"_s << u"Speaker"_s;
    QTest::newRow("quoted speech") << u"He said: 'Wrexham CBC has a real potential for improvement.'"_s
                                   << u"'Wrexham CBC has a real potential for improvement.'"_s << u"Quoted Speech"_s;
    QTest::newRow("apostrophe inside a quote") << u"'The council's workforce is an asset.' he added"_s
                                               << u"'The council's workforce is an asset.'"_s << u"Quoted Speech"_s;
    QTest::newRow("double quotes") << u"The panel called it “a turning point” in care."_s << u"“a turning point”"_s
                                   << u"Quoted Speech"_s;
    QTest::newRow("percentage") << u"Only 45% of plans were reviewed"_s << u"45%"_s << u"Percentage"_s;
    QTest::newRow("per cent") << u"rose by 12.5 per cent last year"_s << u"12.5 per cent"_s << u"Percentage"_s;
    QTest::newRow("money") << u"an overspend of £2.3 million was reported"_s << u"£2.3 million"_s << u"Figure"_s;
    QTest::newRow("lead-in") << u"The joint review identifies the following priorities for action:"_s
                             << u"The joint review identifies the following priorities for action:"_s << u"Lead-in"_s;
    QTest::newRow("uncertain") << u"but have uncertain prospects for improvement"_s << u"uncertain"_s
                               << u"Cautionary Verdict"_s;
    QTest::newRow("patchy") << u"remains too patchy. Good joint work"_s << u"patchy"_s << u"Cautionary Verdict"_s;
    QTest::newRow("promising") << u"Promising signs of change"_s << u"Promising"_s << u"Favourable Verdict"_s;
    QTest::newRow("commendably") << u"staff responded commendably quickly"_s << u"commendably"_s
                                 << u"Favourable Verdict"_s;
    QTest::newRow("not inside words") << u"unpromisingly long"_s << u"unpromisingly"_s << u"Normal Text"_s;
}

void TestInspectionSyntax::marks()
{
    QFETCH(QString, line);
    QFETCH(QString, part);
    QFETCH(QString, attribute);
    const qsizetype at = line.indexOf(part);
    QVERIFY(at >= 0);
    const QStringList names = m_recorder.highlight(line);
    for (qsizetype i = at; i < at + part.size(); ++i) {
        if (line.at(i).isSpace() && attribute != u"Speaker"_s && attribute != u"Lead-in"_s)
            continue;
        QCOMPARE(names.at(i).isEmpty() ? u"Normal Text"_s : names.at(i), attribute);
    }
}

void TestInspectionSyntax::lineStateNeverCarriesOver()
{
    // The reader highlights paragraphs one at a time from a fresh state; an
    // unclosed quote must not leak into what follows.
    m_recorder.highlight(u"He said: 'an unclosed quote"_s);
    const QStringList names = m_recorder.highlight(u"Plain text"_s);
    for (const QString &name : names)
        QVERIFY(name.isEmpty() || name == u"Normal Text"_s);
}

QTEST_APPLESS_MAIN(TestInspectionSyntax)
#include "test_inspectionsyntax.moc"
