// SPDX-License-Identifier: GPL-3.0-or-later
// AnnotatedDocumentHtml::set against QTextDocument::setHtml: the same blocks,
// fragments, formats and anchor names, and the linear path taken for the pack.
#include "ExportFixture.h"
#include "export/AnnotatedDocumentHtml.h"
#include "export/AnnotatedReportHtml.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

namespace {

/// A format's properties but the application's own (user) ones.
QString describe(const QTextFormat &format)
{
    QStringList parts;
    const QMap<int, QVariant> properties = format.properties();
    for (auto it = properties.cbegin(); it != properties.cend(); ++it) {
        if (it.key() >= QTextFormat::UserProperty)
            continue;
        QString value = it.value().toString();
        if (it.value().userType() == QMetaType::QStringList)
            value = it.value().toStringList().join(u'|');
        else if (it.value().userType() == QMetaType::QBrush)
            value = it.value().value<QBrush>().color().name(QColor::HexArgb);
        parts.append(u"%1=%2"_s.arg(it.key()).arg(value));
    }
    return parts.join(u' ');
}

/// Every block and fragment with its formats, in document order.
QStringList describe(const QTextDocument &document)
{
    QStringList lines;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        lines.append(u"block %1 [%2] [%3]"_s.arg(block.position())
                         .arg(describe(block.blockFormat()), describe(block.charFormat())));
        for (auto it = block.begin(); !it.atEnd(); ++it)
            lines.append(u"  %1+%2 \"%3\" [%4]"_s.arg(it.fragment().position())
                             .arg(it.fragment().length())
                             .arg(it.fragment().text(), describe(it.fragment().charFormat())));
    }
    return lines;
}

QString packHtml()
{
    AnnotatedReportHtml::Options options;
    options.target = AnnotatedReportHtml::Target::Print;
    options.today = QDate(2026, 11, 26);
    return AnnotatedReportHtml::html(ExportFixture::sample(), options);
}

} // namespace

class TestAnnotatedDocumentHtml final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameDocumentAsSetHtml_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<bool>("linear");
        QTest::newRow("the committee pack") << packHtml() << true;
        QTest::newRow("no anchors") << u"<p>One</p><p>Two</p>"_s << true;
        QTest::newRow("two anchors at one place")
            << u"<p><a name=\"seg-F1\"></a><a name=\"head-F1\"></a><b>F1</b> text</p>"_s << true;
        QTest::newRow("anchored runs side by side")
            << u"<p><a name=\"a\"></a>one<a name=\"b\"></a>one<a name=\"c\"></a>one</p>"_s << true;
        QString many;
        for (int i = 0; i < 40; ++i)
            many += u"<p><a name=\"n%1\"></a>Same text</p>"_s.arg(i);
        QTest::newRow("more anchors than markers") << many << true;
        QTest::newRow("anchor before an empty paragraph")
            << u"<p>Before</p><p><a name=\"empty\"></a></p><p>After</p>"_s << true;
        QTest::newRow("anchor in a table cell")
            << u"<table><tr><td><a name=\"cell\"></a>cell</td></tr></table><p><a name=\"after\"></a>after</p>"_s
            << true;
        // What the importer drops (no text after it) cannot be matched up: the plain way.
        QTest::newRow("anchor at the very end") << u"<p>Text</p><a name=\"end\"></a>"_s << false;
        QTest::newRow("name with an entity") << u"<p><a name=\"plain\"></a>y <a name=\"a&amp;b\"></a>x</p>"_s << false;
    }
    void sameDocumentAsSetHtml()
    {
        QFETCH(QString, html);
        QFETCH(bool, linear);
        QTextDocument plain;
        plain.setHtml(html);
        QTextDocument marked;
        QCOMPARE(AnnotatedDocumentHtml::set(&marked, html), linear);
        const QStringList want = describe(plain);
        const QStringList got = describe(marked);
        for (qsizetype i = 0; i < std::min(want.size(), got.size()); ++i)
            QVERIFY2(want[i] == got[i], qPrintable(u"line %1\n  want: %2\n  got:  %3"_s.arg(i).arg(want[i], got[i])));
        QCOMPARE(got.size(), want.size());
    }

    /// The page size the caller set survives (the import runs without one).
    void keepsThePageSize()
    {
        QTextDocument document;
        document.setPageSize(QSizeF(400, 600));
        QVERIFY(AnnotatedDocumentHtml::set(&document, packHtml()));
        QCOMPARE(document.pageSize(), QSizeF(400, 600));
        QVERIFY(document.pageCount() > 1);
    }
};

QTEST_MAIN(TestAnnotatedDocumentHtml)
#include "test_annotateddocumenthtml.moc"
