// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's exports pass the series: ExportActions asks its Source for the open
// report's series up to it and the annotated HTML and PDF it writes (real files,
// the PDF read back with pdftotext) carry "Progress since the last inspection";
// without an earlier report (nullopt, or no progress source at all) they do not.
#include "ExportFixture.h"
#include "mainwindow/ExportActions.h"
#include "series/SeriesProgress.h"

#include <QAction>
#include <QMainWindow>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Scrutiny;

namespace {
const QString sectionTitle = QStringLiteral("Progress since the last inspection");

QString pdfText(const QString &path)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    text.waitForFinished(120000);
    return QString::fromUtf8(text.readAllStandardOutput()).simplified();
}
} // namespace

class TestExportProgress final : public QObject
{
    Q_OBJECT
    AnnotatedReport m_report = ExportFixture::sample(); ///< the later report (document 2)
    AnnotatedReport m_earlier;

    /// The earlier report's priorities, and what the sample (as report 2) says of the first.
    SeriesProgress series() const
    {
        const QString priority = m_earlier.report.segments.constFirst().id;
        const ProgressLink link {0, SegmentRef {2, QStringLiteral("F1")}, SegmentRef {1, priority},
            ProgressType::NotMet, true, 1.0, {}, {}, {}};
        return SeriesProgress::build({m_earlier, m_report}, {link}, {});
    }

    QString exportWith(const std::function<std::optional<SeriesProgress>(qint64)> &progress,
        QAction *(ExportActions::*which)() const, const QString &path, qint64 *askedFor = nullptr)
    {
        QMainWindow window;
        ExportActions::Source source {
            [this]() -> const AnnotatedReport * { return &m_report; }, [](qint64) { return QByteArray(); }};
        source.progress = [&](qint64 id) {
            if (askedFor)
                *askedFor = id;
            return progress ? progress(id) : std::nullopt;
        };
        if (!progress)
            source.progress = {};
        auto *actions = new ExportActions(source, &window);
        actions->setFileChooser([&](const QString &, const QString &, const QString &) { return path; });
        actions->setCoverAsker([](const CoverDetails &current) { return std::optional<CoverDetails>(current); });
        (actions->*which)()->trigger();
        if (!actions->waitForFinished())
            return {};
        if (path.endsWith(QLatin1StringView(".pdf")))
            return pdfText(path);
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("scrutiny-test-exportprogress"));
        QSettings().clear();
        m_report.documentId = 2;
        m_earlier.documentId = 1;
        m_earlier.report.title = QStringLiteral("The first <inspection>");
        Segment p;
        p.kind = SegmentKind::Priority;
        p.id = QStringLiteral("P1");
        p.text = QStringLiteral("Make sure every carer has a named contact & a plan.");
        p.end = p.text.size();
        m_earlier.report.text = p.text;
        m_earlier.report.segments.append(p);
    }

    void passesTheSeries_data()
    {
        QTest::addColumn<bool>("pdf");
        QTest::newRow("html") << false;
        QTest::newRow("pdf") << true;
    }

    void passesTheSeries()
    {
        QFETCH(bool, pdf);
        QTemporaryDir dir;
        const QString path = dir.filePath(pdf ? QStringLiteral("pack.pdf") : QStringLiteral("pack.html"));
        const auto which = pdf ? &ExportActions::pdfAction : &ExportActions::htmlAction;
        qint64 askedFor = 0;
        const QString with = exportWith([this](qint64) { return std::optional(series()); }, which, path, &askedFor);
        QCOMPARE(askedFor, 2);
        QVERIFY2(with.contains(sectionTitle), qPrintable(with.left(400)));
        QVERIFY(with.contains(QStringLiteral("every carer has a named contact")));
        if (!pdf) {
            QVERIFY(with.contains(QStringLiteral("The first &lt;inspection&gt;")));
            QVERIFY(with.contains(QStringLiteral("href=\"#sec-progress\"")));
        }
        QVERIFY(QFile::remove(path));
        const QString none = exportWith([](qint64) { return std::optional<SeriesProgress>(); }, which, path);
        QVERIFY(none.contains(QStringLiteral("Action plan")));
        QVERIFY(!none.contains(sectionTitle));
        QVERIFY(QFile::remove(path));
        const QString noSource = exportWith({}, which, path);
        QVERIFY(noSource.contains(QStringLiteral("Action plan")));
        QVERIFY(!noSource.contains(sectionTitle));
    }
};

QTEST_MAIN(TestExportProgress)
#include "test_exportprogress.moc"
