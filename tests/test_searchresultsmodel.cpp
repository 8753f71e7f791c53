// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/ItemRoles.h"
#include "itemmodels/SearchResultsModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

class TestSearchResultsModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void snippetToHtml_data();
    void snippetToHtml();
    void rowsCarryDocumentAndSegment();
};

void TestSearchResultsModel::snippetToHtml_data()
{
    QTest::addColumn<QString>("snippet");
    QTest::addColumn<QString>("html");
    const QString a(QChar(0xE000));
    const QString b(QChar(0xE001));
    QTest::newRow("one match") << u"more focused "_s + a + u"leadership"_s + b + u" is needed"_s
                               << u"more focused <b>leadership</b> is needed"_s;
    QTest::newRow("report text is escaped")
        << u"<script>"_s + a + u"x&y"_s + b + u"</script>"_s << u"&lt;script&gt;<b>x&amp;y</b>&lt;/script&gt;"_s;
    QTest::newRow("two matches") << a + u"a"_s + b + u" \"q\" "_s + a + u"b"_s + b
                                 << u"<b>a</b> &quot;q&quot; <b>b</b>"_s;
    QTest::newRow("unclosed match is closed") << a + u"open"_s << u"<b>open</b>"_s;
    QTest::newRow("stray end marker dropped") << u"x"_s + b + u"y"_s << u"xy"_s;
}

void TestSearchResultsModel::snippetToHtml()
{
    QFETCH(QString, snippet);
    QFETCH(QString, html);
    QCOMPARE(SearchResultsModel::snippetToHtml(snippet), html);
}

void TestSearchResultsModel::rowsCarryDocumentAndSegment()
{
    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ProjectStore::SearchHit hit;
    hit.documentId = 7;
    hit.segment = u"F3"_s;
    hit.kind = SegmentKind::Finding;
    hit.snippet = u"a "_s + QChar(0xE000) + u"<b>"_s + QChar(0xE001);
    ProjectStore::SearchHit note = hit;
    note.segment = u"P1"_s;
    note.inNote = true;
    model.setHits({hit, note}, {{7, u"Wrexham"_s}});
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(DocumentIdRole).toLongLong(), 7);
    QCOMPARE(first.data(SegmentIdRole).toString(), u"F3"_s);
    QCOMPARE(first.data().toString(), u"Wrexham · F3: a <b>"_s);
    QVERIFY(first.data(SnippetHtmlRole).toString().endsWith(u"a <b>&lt;b&gt;</b>"_s));
    QVERIFY(model.index(1).data().toString().contains(u"note on P1"_s));
    model.setHits({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_APPLESS_MAIN(TestSearchResultsModel)
#include "test_searchresultsmodel.moc"
