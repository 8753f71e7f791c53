// SPDX-License-Identifier: GPL-3.0-or-later
// ReportSession over a real project file: one store action = one undo step,
// undo/redo reach the store's journal (also for entries from an earlier
// session), selection follows renumbering, theme colours come from the theme.
#include "session/ReportSession.h"
#include "ingest/ReportImporter.h"
#include "store/ProjectStore.h"
#include "theme/SegmentPalette.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

namespace {
const QString samplePath = QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt");

qint64 importSample(ProjectStore &store)
{
    QString error;
    const std::optional<ParsedReport> report = ReportImporter::importFile(samplePath, &error);
    if (!report)
        qFatal("%s", qPrintable(error));
    QFile f(samplePath);
    (void)f.open(QIODevice::ReadOnly);
    const auto result = store.importReport(*report, f.readAll(), u"wrexham-joint-review.txt"_s, &error);
    return result ? result->documentId : 0;
}

QString firstOfKind(const ReportSession &session, SegmentKind kind)
{
    for (const Segment &s : session.report().report.segments)
        if (s.kind == kind)
            return s.id;
    return {};
}
} // namespace

class TestReportSession final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void opensAReport();
    void performPushesOneUndoStep();
    void failedActionReportsAndPushesNothing();
    void stepsAreOneUndoStepAndAFailedStartLeavesNone_data();
    void stepsAreOneUndoStepAndAFailedStartLeavesNone();
    void undoReachesEntriesFromAnEarlierSession();
    void selectionDropsSegmentsThatNoLongerExist();
    void coloursComeFromTheTheme();
    void repositoryKnowsTheShippedDefinition();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestReportSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"session.scrutiny"_s);
}

void TestReportSession::opensAReport()
{
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(m_path, &error), qPrintable(error));
    const qint64 id = importSample(store);
    ReportSession session(&store);
    QCOMPARE(session.documentId(), 0);
    QVERIFY(session.report().report.segments.isEmpty());
    QSignalSpy changed(&session, &ReportSession::documentChanged);
    session.setDocument(id);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(session.documentId(), id);
    QVERIFY(session.report().report.text.contains(u"Wrexham"_s));

    QSignalSpy errors(&session, &ReportSession::errorOccurred);
    session.setDocument(id + 1000);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(session.documentId(), id); // still showing the report that exists
}

void TestReportSession::performPushesOneUndoStep()
{
    ProjectStore store;
    QString error;
    QVERIFY(store.open(m_path, &error));
    const qint64 id = importSample(store);
    ReportSession session(&store);
    session.setDocument(id);
    const std::optional<Tag> tag = store.createTag(u"leadership"_s, QColor(Qt::red), &error);
    QVERIFY(tag);
    const QString f = firstOfKind(session, SegmentKind::Finding);
    const QString p = firstOfKind(session, SegmentKind::Priority);

    QSignalSpy reloaded(&session, &ReportSession::reportReloaded);
    QVERIFY(session.perform(u"tag"_s, [&](QString *e) { return store.tagSegment(id, f, tag->id, e); }));
    QVERIFY(session.perform(
        u"link"_s, [&](QString *e) { return store.addLink(id, f, p, LinkType::Addresses, e).has_value(); }));
    QVERIFY(reloaded.size() >= 2);
    QCOMPARE(session.undoStack()->count(), 2);
    QVERIFY(session.report().segmentTags.value(f).contains(tag->id));
    QCOMPARE(session.report().linksFrom(f).size(), 1);

    session.undo();
    QCOMPARE(session.report().linksFrom(f).size(), 0);
    QVERIFY(session.report().segmentTags.value(f).contains(tag->id));
    session.undo();
    QVERIFY(!session.report().segmentTags.value(f).contains(tag->id));
    QVERIFY(session.canRedo());
    session.redo();
    session.redo();
    QCOMPARE(session.report().linksFrom(f).size(), 1);
    QVERIFY(!session.canRedo());
    // What the store holds, not only the session's copy.
    QCOMPARE(store.annotatedReport(id, &error)->linksFrom(f).size(), 1);
}

void TestReportSession::failedActionReportsAndPushesNothing()
{
    ProjectStore store;
    QString error;
    QVERIFY(store.open(m_path, &error));
    const qint64 id = importSample(store);
    ReportSession session(&store);
    session.setDocument(id);
    QSignalSpy errors(&session, &ReportSession::errorOccurred);
    QVERIFY(!session.perform(u"tag"_s, [&](QString *e) { return store.tagSegment(id, u"F999"_s, 12345, e); }));
    QCOMPARE(errors.size(), 1);
    QVERIFY(!errors.constFirst().constFirst().toString().isEmpty());
    QCOMPARE(session.undoStack()->count(), 0);
}

void TestReportSession::stepsAreOneUndoStepAndAFailedStartLeavesNone_data()
{
    QTest::addColumn<QString>("firstName"); // of the tag the first step creates
    QTest::addColumn<bool>("secondFails");
    QTest::addColumn<int>("undoSteps");
    QTest::addColumn<int>("tagsAfter");
    QTest::addColumn<int>("errors");
    QTest::newRow("all work") << u"pace"_s << false << 1 << 2 << 0;
    // "Leadership" exists (names are unique, case-insensitively): nothing runs, no step.
    QTest::newRow("first fails") << u"LEADERSHIP"_s << false << 0 << 1 << 1;
    QTest::newRow("second fails") << u"pace"_s << true << 1 << 2 << 1;
}

void TestReportSession::stepsAreOneUndoStepAndAFailedStartLeavesNone()
{
    QFETCH(QString, firstName);
    QFETCH(bool, secondFails);
    QFETCH(int, undoSteps);
    QFETCH(int, tagsAfter);
    QFETCH(int, errors);
    ProjectStore store;
    QString error;
    QVERIFY(store.open(m_path, &error));
    const qint64 id = importSample(store);
    QVERIFY(store.createTag(u"leadership"_s, QColor(Qt::red), &error));
    ReportSession session(&store);
    session.setDocument(id);
    const QString f = firstOfKind(session, SegmentKind::Finding);
    auto tagId = std::make_shared<qint64>(0);
    const QList<ReportSession::Step> steps {
        {u"create tag"_s,
            [&, tagId](QString *e) {
                const auto tag = store.createTag(firstName, QColor(Qt::blue), e);
                *tagId = tag ? tag->id : 0;
                return tag.has_value();
            }},
        {u"tag"_s, [&, tagId](QString *e) { return store.tagSegment(id, secondFails ? u"F999"_s : f, *tagId, e); }},
    };
    QSignalSpy errorSpy(&session, &ReportSession::errorOccurred);
    QCOMPARE(session.performSteps(u"create and tag"_s, steps), !secondFails && errors == 0);
    QCOMPARE(errorSpy.size(), errors);
    QCOMPARE(session.undoStack()->count(), undoSteps);
    QCOMPARE(store.tags().size(), qsizetype(tagsAfter));
    if (undoSteps == 0)
        return;
    QCOMPARE(session.undoStack()->undoText(), u"create and tag"_s);
    // One undo takes back everything that ran.
    session.undo();
    QCOMPARE(store.tags().size(), qsizetype(1));
    QVERIFY(store.annotatedReport(id, &error)->segmentTags.value(f).isEmpty());
}

void TestReportSession::undoReachesEntriesFromAnEarlierSession()
{
    QString error;
    qint64 id = 0;
    QString f;
    QString p;
    {
        ProjectStore store;
        QVERIFY(store.open(m_path, &error));
        id = importSample(store);
        ReportSession session(&store);
        session.setDocument(id);
        f = firstOfKind(session, SegmentKind::Finding);
        p = firstOfKind(session, SegmentKind::Priority);
        QVERIFY(session.perform(
            u"link"_s, [&](QString *e) { return store.addLink(id, f, p, LinkType::Addresses, e).has_value(); }));
    }
    ProjectStore store;
    QVERIFY(store.open(m_path, &error));
    ReportSession session(&store);
    session.setDocument(id);
    QCOMPARE(session.undoStack()->count(), 0);
    QVERIFY(session.canUndo()); // from the journal
    QCOMPARE(session.report().linksFrom(f).size(), 1);
    session.undo();
    QCOMPARE(session.report().linksFrom(f).size(), 0);
    QVERIFY(session.canRedo());
    session.redo();
    QCOMPARE(session.report().linksFrom(f).size(), 1);

    // A new action after undoing older entries starts a fresh redo history.
    session.undo();
    const std::optional<Tag> tag = store.createTag(u"new"_s, QColor(Qt::blue), &error);
    QVERIFY(session.perform(u"tag"_s, [&](QString *e) { return store.tagSegment(id, f, tag->id, e); }));
    QVERIFY(!session.canRedo());
    session.undo();
    QVERIFY(!session.report().segmentTags.value(f).contains(tag->id));
    QCOMPARE(session.report().linksFrom(f).size(), 0);
}

void TestReportSession::selectionDropsSegmentsThatNoLongerExist()
{
    ProjectStore store;
    QString error;
    QVERIFY(store.open(m_path, &error));
    const qint64 id = importSample(store);
    ReportSession session(&store);
    session.setDocument(id);
    const int findings = int(session.report().report.count(SegmentKind::Finding));
    const QString last = u"F%1"_s.arg(findings);
    QSignalSpy selection(&session, &ReportSession::selectionChanged);
    session.setSelectedSegments({u"F1"_s, last}, last);
    QCOMPARE(selection.size(), 1);
    QCOMPARE(session.currentSegment(), last);
    // Turning F1 into context renumbers the findings: the last F-number is gone.
    QVERIFY(session.perform(u"kind"_s, [&](QString *e) {
        const Segment *s = session.report().report.segment(u"F1"_s);
        return store.updateSegment(id, u"F1"_s, SegmentKind::Context, s->side, {}, {}, e);
    }));
    QVERIFY(!session.selectedSegments().contains(last));
    QVERIFY(!session.report().report.segment(last));
}

void TestReportSession::coloursComeFromTheTheme()
{
    ProjectStore store;
    ReportSession session(&store);
    QSignalSpy themed(&session, &ReportSession::themeChanged);
    const KSyntaxHighlighting::Theme dark = session.repository().theme(u"Breeze Dark"_s);
    QVERIFY(dark.isValid());
    session.setTheme(dark);
    QCOMPARE(themed.size(), 1);
    session.setTheme(dark); // no change, no signal
    QCOMPARE(themed.size(), 1);
    QCOMPARE(session.kindAccent(SegmentKind::Finding), SegmentPalette::accent(dark, SegmentKind::Finding));
    QVERIFY(!session.kindTint(SegmentKind::Context).isValid());
    // Five tinted kinds, five different accents; tints stay dark on a dark theme.
    QSet<QRgb> accents;
    for (SegmentKind kind : {SegmentKind::Summary, SegmentKind::Finding, SegmentKind::Priority, SegmentKind::Quote,
             SegmentKind::Response}) {
        accents.insert(session.kindAccent(kind).rgb());
        QVERIFY(session.kindTint(kind).lightnessF() < 0.35);
    }
    QCOMPARE(accents.size(), 5);
}

void TestReportSession::repositoryKnowsTheShippedDefinition()
{
    ProjectStore store;
    ReportSession session(&store);
    // Loaded from the add-on resource path the app's .qrc provides.
    QVERIFY(session.repository().definitionForName(u"Inspection Report"_s).isValid());
    QVERIFY(session.repository().definitionForName(u"Markdown"_s).isValid());
}

QTEST_MAIN(TestReportSession)
#include "test_reportsession.moc"
