// SPDX-License-Identifier: GPL-3.0-or-later
// The classifier's reasons are shown translated (issue 11 with issue 12): every reason the
// importer can give must be listed in SegmentReason, and have its Welsh.
#include "ingest/ReportImporter.h"
#include "model/SegmentReason.h"
#include "translation/Translation.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

class TestSegmentReason : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanupTestCase() { Translation::install(u"en"_s); }

    // The reasons in the classifier's source: the literals of each decide(kind, "...", confidence)
    // and each `reason = "..."`, ternaries included.
    void everyReasonInTheSourceIsKnown_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("atLeast");
        QTest::newRow("Segmenter") << u"src/core/ingest/Segmenter.cpp"_s << 30;
        QTest::newRow("ReportImporter") << u"src/core/ingest/ReportImporter.cpp"_s << 1;
    }
    void everyReasonInTheSourceIsKnown()
    {
        QFETCH(QString, file);
        QFETCH(int, atLeast);
        QFile f(QStringLiteral(SCRUTINY_SOURCE_DIR "/") + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString source = QString::fromUtf8(f.readAll());
        static const QRegularExpression call(uR"(decide\(SegmentKind::\w+,\s*([^;]*?),\s*[^;,]*\);|\breason = ([^;]*);)"_s,
            QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
            QSet<QString>
                found;
        for (auto it = call.globalMatch(source); it.hasNext();) {
            const auto m = it.next();
            const QString args = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
            for (auto l = literal.globalMatch(args); l.hasNext();)
                found.insert(l.next().captured(1).replace(u"\\\""_s, u"\""_s));
        }
        QVERIFY2(found.size() >= atLeast, qPrintable(u"only %1 reasons found in "_s.arg(found.size()) + file));
        for (const QString &reason : std::as_const(found))
            QVERIFY2(SegmentReason::known().contains(reason),
                qPrintable(u"\""_s + reason + u"\" is not listed in src/core/model/SegmentReason.cpp"_s));
    }

    // And what the importer actually gives on every report of the test data.
    void everyReasonGivenIsKnown()
    {
        QStringList files {QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt")};
        const QDir reports(QStringLiteral(SCRUTINY_TEST_DATA "/reports"));
        for (const QString &name : reports.entryList(QDir::Files, QDir::Name))
            files.append(reports.filePath(name));
        QVERIFY(files.size() >= 30);
        QSet<QString> given;
        for (const QString &file : std::as_const(files)) {
            QString error;
            const auto report = ReportImporter::importFile(file, &error);
            QVERIFY2(report, qPrintable(error));
            for (const Segment &s : report->segments) {
                QVERIFY2(SegmentReason::known().contains(s.reason),
                    qPrintable(file + u": \""_s + s.reason + u"\" is not listed in SegmentReason"_s));
                given.insert(s.reason);
            }
        }
        QVERIFY2(given.size() >= 20, qPrintable(QString::number(given.size())));
    }

    void shownInTheInstalledLanguage()
    {
        QVERIFY(Translation::install(u"en"_s));
        QCOMPARE(SegmentReason::displayName(u"imperative list item"_s), u"imperative list item"_s);
        QVERIFY(Translation::install(u"cy"_s));
        for (const QString &reason : SegmentReason::known()) {
            const QString shown = SegmentReason::displayName(reason);
            QVERIFY2(!shown.isEmpty() && shown != reason, qPrintable(u"no Welsh for \""_s + reason + u"\""_s));
        }
        // A reason from an edited parse JSON is shown as it is.
        QCOMPARE(SegmentReason::displayName(u"my own reason"_s), u"my own reason"_s);
        QVERIFY(Translation::install(u"en"_s));
    }
};

QTEST_GUILESS_MAIN(TestSegmentReason)
#include "test_segmentreason.moc"
