// SPDX-License-Identifier: GPL-3.0-or-later
// Every report under tests/data/reports (and the sample) is parsed and its JSON
// compared exactly with tests/data/golden/NAME.json. After a reviewed change,
// tools/regen-goldens rewrites the goldens; `git diff` then shows what changed.
#include "ingest/ReportImporter.h"
#include "model/ReportJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Scrutiny;

class TestGolden final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesGolden_data();
    void matchesGolden();
};

void TestGolden::matchesGolden_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("golden");
    const QString data = QStringLiteral(SCRUTINY_TEST_DATA);
    QTest::newRow("wrexham-joint-review.txt") << QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt")
                                              << data + QStringLiteral("/golden/wrexham-joint-review.txt.json");
    const QDir reports(data + QStringLiteral("/reports"));
    for (const QString &name : reports.entryList(QDir::Files, QDir::Name)) {
        QTest::newRow(qPrintable(name)) << reports.filePath(name)
                                        << data + QStringLiteral("/golden/") + name + QStringLiteral(".json");
    }
    QVERIFY(reports.entryList(QDir::Files).size() >= 5);
}

void TestGolden::matchesGolden()
{
    QFETCH(QString, input);
    QFETCH(QString, golden);
    QString error;
    const auto report = ReportImporter::importFile(input, &error);
    QVERIFY2(report.has_value(), qPrintable(error));
    QFile file(golden);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(golden + QStringLiteral(": missing; run tools/regen-goldens")));
    QJsonParseError parseError;
    const QJsonDocument expected = QJsonDocument::fromJson(file.readAll(), &parseError);
    QVERIFY2(!expected.isNull(), qPrintable(parseError.errorString()));
    const QJsonObject actual = ReportJson::toJson(*report);
    const QJsonObject wanted = expected.object();
    // Compare segment by segment first, so a failure names the paragraph that changed.
    const QJsonArray a = actual.value(QStringLiteral("segments")).toArray();
    const QJsonArray w = wanted.value(QStringLiteral("segments")).toArray();
    for (qsizetype i = 0; i < std::min(a.size(), w.size()); ++i) {
        if (a.at(i) != w.at(i)) {
            QFAIL(qPrintable(
                QStringLiteral("segment %1 differs:\n  got      %2\n  expected %3")
                    .arg(i)
                    .arg(QString::fromUtf8(QJsonDocument(a.at(i).toObject()).toJson(QJsonDocument::Compact)),
                        QString::fromUtf8(QJsonDocument(w.at(i).toObject()).toJson(QJsonDocument::Compact)))));
        }
    }
    QCOMPARE(a.size(), w.size());
    for (const QString &key : wanted.keys())
        QVERIFY2(actual.value(key) == wanted.value(key), qPrintable(QStringLiteral("\"%1\" differs").arg(key)));
    QCOMPARE(actual.keys(), wanted.keys());
}

QTEST_APPLESS_MAIN(TestGolden)
#include "test_golden.moc"
