// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/SegmentDrag.h"

#include <QMimeData>
#include <QTest>

#include <memory>

using namespace Scrutiny;

class TestSegmentDrag final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void rejectsMalformed_data();
    void rejectsMalformed();
};

void TestSegmentDrag::roundTrip()
{
    const std::unique_ptr<QMimeData> data(SegmentDrag {4, {QStringLiteral("F1"), QStringLiteral("F7")}}.toMimeData());
    QVERIFY(data->hasFormat(QStringLiteral("application/x-scrutiny-segment")));
    QCOMPARE(data->text(), QStringLiteral("F1 F7"));
    const auto back = SegmentDrag::fromMimeData(data.get());
    QVERIFY(back);
    QCOMPARE(back->documentId, 4);
    QCOMPARE(back->segments, (QStringList {QStringLiteral("F1"), QStringLiteral("F7")}));
}

void TestSegmentDrag::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("not json") << QByteArray("F1");
    QTest::newRow("no document") << QByteArray(R"({"segments":["F1"]})");
    QTest::newRow("no segments") << QByteArray(R"({"document":3,"segments":[]})");
    QTest::newRow("array") << QByteArray(R"([3,"F1"])");
}

void TestSegmentDrag::rejectsMalformed()
{
    QFETCH(QByteArray, payload);
    QMimeData data;
    data.setData(SegmentDrag::mimeType(), payload);
    QVERIFY(!SegmentDrag::fromMimeData(&data));
    QMimeData plain;
    plain.setText(QStringLiteral("F1"));
    QVERIFY(!SegmentDrag::fromMimeData(&plain));
}

QTEST_GUILESS_MAIN(TestSegmentDrag)
#include "test_segmentdrag.moc"
