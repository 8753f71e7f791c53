// SPDX-License-Identifier: GPL-3.0-or-later
// ReportSession over a real project file: one store action = one undo step,
// undo/redo reach the store's journal (also for entries from an earlier
// session), selection follows renumbering, theme colours come from the theme.
// Linked against scrutiny_session alone: the session layer runs without widgets.
#include "ingest/ReportImporter.h"
#include "session/EditCommands.h"
#include "session/ReportSession.h"
#include "session/SegmentTagging.h"
#include "session/ThemeController.h"
#include "store/ProjectStore.h"
#include "theme/SegmentPalette.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <cmath>

#include <QFile>
#include <QGuiApplication>
#include <QPalette>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// The session layer must build and run without widgets: if scrutiny_session ever
// pulls in Qt Widgets, this test stops compiling.
#ifdef QT_WIDGETS_LIB
#error "scrutiny_session links Qt Widgets"
#endif

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
/// Two windows on one project file: each its own store connection and session
/// id, both showing the sample, with one tag to apply.
struct TwoWindows
{
    explicit TwoWindows(const QString &path)
    {
        if (!first.open(path, &error) || !second.open(path, &error))
            return;
        id = importSample(first);
        tag = first.createTag(u"leadership"_s, QColor(Qt::red), &error);
        second.setSessionId(u"another-window"_s);
        a.setDocument(id);
        b.setDocument(id);
        ready = id != 0 && tag.has_value();
    }
    QString error;
    ProjectStore first;
    ProjectStore second;
    ReportSession a {&first};
    ReportSession b {&second};
    qint64 id = 0;
    std::optional<Tag> tag;
    bool ready = false;
};
} // namespace

class TestReportSession final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void opensAReport();
    void performPushesOneUndoStep();
    void failedActionReportsAndPushesNothing();
    void groupIsOneEntryAndAllOrNothing_data();
    void groupIsOneEntryAndAllOrNothing();
    void groupUndoAndRedoAreTheSameAfterARestart();
    void eachWindowUndoesOnlyItsOwnStep();
    void undoLeavesAnotherProcessStepAlone();
    void refusedUndoSaysWhyAndLeavesTheStack();
    void tagsAreReadOnceAndFollowChanges();
    void undoReachesEntriesFromAnEarlierSession();
    void selectionDropsSegmentsThatNoLongerExist();
    void coloursComeFromTheTheme();
    void linksAreReadableInEveryTheme();
    void repositoryKnowsTheShippedDefinition();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestReportSession::initTestCase()
{
    // The window's session id is kept in the settings: keep them out of the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"scrutiny-test"_s);
    QCoreApplication::setApplicationName(u"test_reportsession"_s);
}

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

void TestReportSession::groupIsOneEntryAndAllOrNothing_data()
{
    QTest::addColumn<QStringList>("segments");
    QTest::addColumn<bool>("works");
    QTest::newRow("three findings") << QStringList {u"F1"_s, u"F2"_s, u"F3"_s} << true;
    // One label the report does not have: the store refuses the whole batch.
    QTest::newRow("one unknown") << QStringList {u"F1"_s, u"F999"_s, u"F3"_s} << false;
}

void TestReportSession::groupIsOneEntryAndAllOrNothing()
{
    QFETCH(QStringList, segments);
    QFETCH(bool, works);
    ProjectStore store;
    QString error;
    QVERIFY(store.open(m_path, &error));
    const qint64 id = importSample(store);
    ReportSession session(&store);
    session.setDocument(id);
    const std::optional<Tag> tag = EditCommands::createTag(&session, u"pace"_s, QColor(Qt::blue));
    QVERIFY(tag);
    const qsizetype entriesBefore = store.journal().size();
    QSignalSpy errors(&session, &ReportSession::errorOccurred);
    QSignalSpy changed(&store, &ProjectStore::annotationsChanged);

    QCOMPARE(SegmentTagging::apply(&session, segments, tag->id), works);
    QCOMPARE(errors.size(), works ? 0 : 1);
    QCOMPARE(session.undoStack()->count(), works ? 2 : 1); // the tag's creation, then the group
    QCOMPARE(store.journal().size(), entriesBefore + (works ? 1 : 0));
    QCOMPARE(changed.size(), works ? 1 : 0); // one reload for the group, not one per segment
    for (const QString &segment : {u"F1"_s, u"F3"_s})
        QCOMPARE(store.annotatedReport(id, &error)->segmentTags.value(segment).contains(tag->id), works);
    if (!works)
        return;
    session.undo();
    for (const QString &segment : segments)
        QVERIFY(!session.report().segmentTags.value(segment).contains(tag->id));
    QCOMPARE(session.tags().size(), qsizetype(1)); // the tag itself was an earlier step
}

void TestReportSession::groupUndoAndRedoAreTheSameAfterARestart()
{
    const QStringList group {u"F1"_s, u"F2"_s, u"F4"_s};
    QString error;
    qint64 id = 0;
    QString description;
    auto taggedWithNewTag = [&](const ProjectStore &store) {
        const auto report = store.annotatedReport(id, &error);
        qsizetype n = 0;
        for (const QString &segment : group)
            n += report->segmentTags.value(segment).size();
        return n;
    };
    {
        ProjectStore store;
        QVERIFY(store.open(m_path, &error));
        id = importSample(store);
        ReportSession session(&store);
        session.resetProject(); // as the window does after opening a project
        session.setDocument(id);
        QVERIFY(SegmentTagging::createAndApply(&session, u"timeliness"_s, QColor(Qt::darkGreen), group));
        QCOMPARE(session.undoStack()->count(), 1);
        description = session.undoText();
        // Before the restart: one undo takes the tag and all three taggings back, one redo restores them.
        session.undo();
        QCOMPARE(taggedWithNewTag(store), 0);
        QVERIFY(store.tags().isEmpty());
        session.redo();
        QCOMPARE(taggedWithNewTag(store), 3);
    }
    ProjectStore store;
    QVERIFY(store.open(m_path, &error));
    ReportSession session(&store);
    session.resetProject();
    session.setDocument(id);
    QCOMPARE(session.undoStack()->count(), 0);
    QVERIFY(session.canUndo());
    QCOMPARE(session.undoText(), description);
    session.undo();
    QCOMPARE(taggedWithNewTag(store), 0);
    QVERIFY(store.tags().isEmpty());
    QVERIFY(session.canRedo());
    QCOMPARE(session.redoText(), description);
    session.redo();
    QCOMPARE(taggedWithNewTag(store), 3);
    QCOMPARE(store.tags().size(), qsizetype(1));
}

void TestReportSession::eachWindowUndoesOnlyItsOwnStep()
{
    TwoWindows w(m_path);
    QVERIFY2(w.ready, qPrintable(w.error));
    ProjectStore &first = w.first;
    ReportSession &a = w.a;
    ReportSession &b = w.b;
    const qint64 id = w.id;
    const std::optional<Tag> tag = w.tag;
    QString error;

    QVERIFY(SegmentTagging::apply(&a, {u"F1"_s}, tag->id));
    b.reload();
    QVERIFY(SegmentTagging::apply(&b, {u"F2"_s}, tag->id));
    a.reload();
    // a's newest step is older than b's: a's undo takes a's, not b's.
    a.undo();
    auto tagged = [&](const QString &segment) {
        return first.annotatedReport(id, &error)->segmentTags.value(segment).contains(tag->id);
    };
    QVERIFY(!tagged(u"F1"_s));
    QVERIFY(tagged(u"F2"_s));
    b.undo();
    QVERIFY(!tagged(u"F2"_s));
    a.redo();
    QVERIFY(tagged(u"F1"_s));
    QVERIFY(!tagged(u"F2"_s));
}

void TestReportSession::undoLeavesAnotherProcessStepAlone()
{
    QString error;
    ProjectStore store;
    QVERIFY(store.open(m_path, &error));
    const qint64 id = importSample(store);
    ReportSession session(&store);
    session.resetProject();
    session.setDocument(id);
    const std::optional<Tag> tag = EditCommands::createTag(&session, u"pace"_s, QColor(Qt::blue));
    QVERIFY(tag);
    QVERIFY(SegmentTagging::apply(&session, {u"F1"_s}, tag->id));

    // A script tags F2 in its own process, under the same author but its own session.
    QProcess cli;
    cli.start(QStringLiteral(SCRUTINY_CLI_PATH),
        {u"--db"_s, m_path, u"--author"_s, store.author(), u"tag"_s, u"%1:F2"_s.arg(id), u"pace"_s});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);

    session.undo(); // the window's tagging of F1, not the script's newer step
    const auto report = store.annotatedReport(id, &error);
    QVERIFY(!report->segmentTags.value(u"F1"_s).contains(tag->id));
    QVERIFY(report->segmentTags.value(u"F2"_s).contains(tag->id));
}

void TestReportSession::refusedUndoSaysWhyAndLeavesTheStack()
{
    TwoWindows w(m_path);
    QVERIFY2(w.ready, qPrintable(w.error));
    ProjectStore &first = w.first;
    ReportSession &a = w.a;
    ReportSession &b = w.b;
    const qint64 id = w.id;
    const std::optional<Tag> tag = w.tag;
    QString error;
    QVERIFY(SegmentTagging::apply(&a, {u"F1"_s}, tag->id));
    b.reload();
    // The other window takes the same tag off the same segment: a's step depends on those rows.
    QVERIFY(SegmentTagging::remove(&b, {u"F1"_s}, tag->id));
    a.reload();
    QSignalSpy errors(&a, &ReportSession::errorOccurred);
    QCOMPARE(a.undoStack()->count(), 1);
    a.undo();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().constFirst().toString().contains(u"Cannot undo"_s),
        qPrintable(errors.constFirst().constFirst().toString()));
    // The step that cannot be replayed leaves the window's stack; nothing changed.
    QCOMPARE(a.undoStack()->count(), 0);
    QVERIFY(!first.annotatedReport(id, &error)->segmentTags.value(u"F1"_s).contains(tag->id));
}

void TestReportSession::tagsAreReadOnceAndFollowChanges()
{
    QString error;
    ProjectStore store;
    QVERIFY(store.open(m_path, &error));
    const qint64 id = importSample(store);
    ReportSession session(&store);
    session.setDocument(id);
    QVERIFY(session.tags().isEmpty());
    QVERIFY(SegmentTagging::createAndApply(&session, u"governance"_s, QColor(Qt::gray), {u"F1"_s}));
    QCOMPARE(session.tags().size(), qsizetype(1));
    const Tag *first = session.tags().constData();
    QCOMPARE(session.tags().constData(), first); // the same list, not a new read
    QCOMPARE(session.tags().constFirst().name, u"governance"_s);
    QVERIFY(EditCommands::renameTag(&session, session.tags().constFirst().id, u"oversight"_s));
    QCOMPARE(session.tags().constFirst().name, u"oversight"_s);
    session.undo();
    QCOMPARE(session.tags().constFirst().name, u"governance"_s);
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

// Segment labels in the Tags and Search lists are links: on a dark theme the
// desktop's dark blue was all but invisible. WCAG AA asks 4.5:1 for text.
void TestReportSession::linksAreReadableInEveryTheme()
{
    ProjectStore store;
    ReportSession session(&store);
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    QStringList unreadable;
    const QList<KSyntaxHighlighting::Theme> themes = session.repository().themes();
    QVERIFY(themes.size() > 5);
    for (const KSyntaxHighlighting::Theme &theme : themes) {
        const QPalette palette = ThemeController::paletteFor(theme, QPalette());
        const double a = luminance(palette.color(QPalette::Link));
        const double b = luminance(palette.color(QPalette::Base));
        const double ratio = (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
        if (ratio < 4.5)
            unreadable << u"%1 (%2:1)"_s.arg(theme.name()).arg(ratio, 0, 'f', 1);
    }
    QVERIFY2(unreadable.isEmpty(), qPrintable(unreadable.join(u", "_s)));
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
