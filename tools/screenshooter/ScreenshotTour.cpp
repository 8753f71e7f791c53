// SPDX-License-Identifier: GPL-3.0-or-later
// scrutiny-screenshots OUTDIR: opens the sample in a fresh project the way a
// user would (File > Open through the real importer), tags a few findings,
// accepts the strongest suggested link of each, fills part of the action plan,
// then saves PNGs of the main views. Run by tools/screenshots under Xvfb.
#include "browse/SearchPanel.h"
#include "browse/StructurePanel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/ProgressModel.h"
#include "mainwindow/MainWindow.h"
#include "matrix/TraceabilityView.h"
#include "progress/ProgressView.h"
#include "progress/SeriesActions.h"
#include "reader/ReaderView.h"
#include "session/ReportSession.h"
#include "store/ProjectStore.h"
#include "tags/TagsPanel.h"
#include "translation/Translation.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QMainWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

namespace {
void settle(int ms = 300)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget *window, const QString &path)
{
    settle();
    const bool ok = window->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

/// Opens a report as File > Open does and waits for its import: the new document's id, 0 when
/// it failed.
qint64 openAndWait(MainWindow &window, const QString &path)
{
    QEventLoop wait;
    qint64 imported = 0;
    const auto connection = QObject::connect(&window, &MainWindow::importFinished, &wait, [&](qint64 id) {
        imported = id;
        wait.quit();
    });
    window.openFile(path);
    if (window.isImporting())
        wait.exec();
    QObject::disconnect(connection);
    return imported;
}

/// Shows the dock whose title starts with `title`; false when there is none.
bool raiseDock(QWidget *window, const QString &title)
{
    for (QDockWidget *dock : window->findChildren<QDockWidget *>()) {
        if (dock->windowTitle().startsWith(title, Qt::CaseInsensitive)) {
            dock->show();
            dock->raise();
            return true;
        }
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    QApplication::setOrganizationName(u"ScrutinyScreenshots"_s);
    QApplication::setApplicationName(u"Scrutiny"_s);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"screenshots"_s;
    // Names of a run at another scale start with this (e.g. "scale200-").
    const QString prefix = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    QDir().mkpath(out);
    QSettings().clear();
    // The system's language, as the app starts: LANGUAGE=cy pictures it in Welsh.
    Translation::install(Translation::resolve(QString()));

    QTemporaryDir dir;
    MainWindow window(dir.filePath(u"tour.scrutiny"_s));
    window.resize(1440, 900);
    window.show();
    settle();

    const qint64 id = openAndWait(window, QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt"));
    if (id <= 0) {
        std::fprintf(stderr, "import failed\n");
        return 1;
    }

    ReportSession *session = window.session();
    ProjectStore *store = window.store();
    QString error;
    const QList<std::pair<QString, QColor>> tagSpecs {{u"leadership"_s, QColor(u"#c0392b"_s)},
        {u"workforce"_s, QColor(u"#27ae60"_s)}, {u"children"_s, QColor(u"#2980b9"_s)},
        {u"cost"_s, QColor(u"#f39c12"_s)}};
    QList<Tag> tags;
    for (const auto &[name, colour] : tagSpecs)
        if (const std::optional<Tag> tag = store->createTag(name, colour, &error))
            tags << *tag;
    // Tag the findings round-robin, and accept each finding's strongest suggestion.
    int n = 0;
    QHash<QString, SuggestedLink> best;
    for (const SuggestedLink &s : session->report().report.suggestedLinks)
        if (!best.contains(s.from) || best[s.from].score < s.score)
            best.insert(s.from, s);
    const QList<Segment> segments = session->report().report.segments;
    for (const Segment &s : segments) {
        if (s.kind != SegmentKind::Finding || tags.isEmpty())
            continue;
        window.reader()->applyTag(id, {s.id}, tags.at(n % tags.size()), true);
        if (n % 3 == 0)
            window.reader()->applyTag(id, {s.id}, tags.at((n + 1) % tags.size()), true);
        ++n;
        if (best.contains(s.id)) {
            const SuggestedLink link = best.value(s.id);
            session->perform(u"accept suggestion"_s,
                [&](QString *e) { return store->acceptSuggestion(id, link.from, link.to, e).has_value(); });
        }
    }
    // Reports without suggestions still show what links look like: the first
    // finding linked to the first priority.
    if (best.isEmpty()) {
        QString f, pr;
        for (const Segment &s : segments) {
            if (f.isEmpty() && s.kind == SegmentKind::Finding)
                f = s.id;
            if (pr.isEmpty() && s.kind == SegmentKind::Priority)
                pr = s.id;
        }
        if (!f.isEmpty() && !pr.isEmpty())
            session->perform(
                u"link"_s, [&](QString *e) { return store->addLink(id, f, pr, LinkType::Addresses, e).has_value(); });
    }
    int p = 0;
    for (const Segment &s : segments) {
        if (s.kind != SegmentKind::Priority || p >= 3)
            continue;
        PlanItem item;
        item.priority = s.id;
        item.owner
            = QStringList {u"Director of Social Services"_s, u"Head of Commissioning"_s, u"Cabinet lead"_s}.at(p);
        item.due = QDate::currentDate().addMonths(p == 0 ? -1 : 2 * p);
        item.status = p == 2 ? PlanStatus::NotStarted : PlanStatus::InProgress;
        item.evidence = p == 0 ? u"Cabinet paper, scrutiny minutes"_s : QString();
        session->perform(u"plan"_s, [&](QString *e) { return store->setPlanItem(id, item, e); });
        ++p;
    }

    const QString finding = [&] {
        for (const Segment &s : segments)
            if (s.kind == SegmentKind::Finding)
                return s.id;
        return QString();
    }();
    // A second action on the first priority and one tied to none, a note, a tag's segments listed.
    for (const Segment &s : segments) {
        if (s.kind != SegmentKind::Priority)
            continue;
        PlanItem more;
        more.priority = s.id;
        more.action = u"Audit a sample of cases each quarter"_s;
        more.owner = u"Principal Officer, Quality"_s;
        session->perform(u"plan"_s, [&](QString *e) { return store->addPlanItem(id, more, e).has_value(); });
        break;
    }
    PlanItem untied;
    untied.action = u"Report progress to the scrutiny committee"_s;
    untied.due = QDate::currentDate().addMonths(3);
    session->perform(u"plan"_s, [&](QString *e) { return store->addPlanItem(id, untied, e).has_value(); });
    session->perform(
        u"note"_s, [&](QString *e) { return store->setNote(id, finding, u"Ask for the *audit* figures."_s, e); });
    if (!tags.isEmpty())
        window.tagsPanel()->showTag(tags.first().id);
    window.searchPanel()->search(u"leadership"_s);

    int failures = 0;
    // Every view at the smallest supported size and a common one, light and dark.
    const QList<QSize> sizes {QSize(1024, 640), QSize(1400, 900)};
    for (const QString &theme : {QString(), u"Breeze Dark"_s}) {
        window.setThemeName(theme);
        const QString shade = theme.isEmpty() ? u"light"_s : u"dark"_s;
        for (const QSize &size : sizes) {
            window.resize(size);
            const QString stem = u"%1/%2%3x%4-%5-"_s.arg(out, prefix).arg(size.width()).arg(size.height()).arg(shade);
            window.mainTabs()->setCurrentIndex(0);
            raiseDock(&window, u"Notes"_s);
            raiseDock(&window, u"Structure"_s);
            window.showSegment(id, finding);
            failures += !save(&window, stem + u"reader.png"_s);
            raiseDock(&window, u"Tags"_s);
            window.showSegment(id, finding);
            // The action plan has the main area's width, as the matrix does.
            window.mainTabs()->setCurrentWidget(window.findChild<QWidget *>(u"actionPlanView"_s));
            failures += !save(&window, stem + u"tags-plan.png"_s);
            window.mainTabs()->setCurrentIndex(0);
            raiseDock(&window, u"Search"_s);
            raiseDock(&window, u"Library"_s);
            failures += !save(&window, stem + u"search.png"_s);
            window.mainTabs()->setCurrentWidget(window.traceabilityView());
            failures += !save(&window, stem + u"traceability.png"_s);
            window.mainTabs()->setCurrentIndex(0);
        }
    }
    window.setThemeName(QString());
    window.resize(1400, 900);
    raiseDock(&window, u"Notes"_s);
    raiseDock(&window, u"Structure"_s);
    window.showSegment(id, finding);
    // The README's pictures, in English and (prefix "cy-") in Welsh; not at 200%.
    if (!prefix.startsWith(u"scale"_s)) {
        failures += !save(&window, u"%1/%2main-window.png"_s.arg(out, prefix));
        window.mainTabs()->setCurrentWidget(window.traceabilityView());
        failures += !save(&window, u"%1/%2traceability.png"_s.arg(out, prefix));
        window.mainTabs()->setCurrentIndex(0);
    }

    // A second report in the project, and the matrix across both.
    {
        const qint64 second = openAndWait(
            window, QStringLiteral(SCRUTINY_SOURCE_DIR "/tests/data/reports/joint-review-numbered-priorities.txt"));
        TraceabilityView *matrix = window.traceabilityView();
        if (second > 0) {
            window.mainTabs()->setCurrentWidget(matrix);
            matrix->setScope(TraceabilityView::Scope::Project);
            failures += !save(&window, u"%1/%2traceability-project.png"_s.arg(out, prefix));
            matrix->setScope(TraceabilityView::Scope::Report);
            window.mainTabs()->setCurrentIndex(0);
        } else {
            std::printf("skipped traceability-project.png: second report not imported\n");
            ++failures;
        }
    }
    // The first start: no report yet.
    {
        QTemporaryDir empty;
        MainWindow first(empty.filePath(u"first.scrutiny"_s));
        first.resize(1024, 640);
        first.show();
        failures += !save(&first, u"%1/%2first-start.png"_s.arg(out, prefix));
    }
    // A series of three reports (an inspection, a progress review, a later
    // inspection) and the progress of the first one's priorities.
    {
        QList<qint64> ids;
        for (const char *name : {"1-inspection.txt", "2-progress.txt", "3-inspection.txt"}) {
            const qint64 imported = openAndWait(window,
                QStringLiteral(SCRUTINY_SOURCE_DIR "/tests/data/series/ciw-cwm-tawel-adults/")
                    + QLatin1StringView(name));
            ids.append(imported);
        }
        auto *series = window.findChild<SeriesActions *>();
        QString seriesError;
        const bool chained = series && !ids.contains(0) && window.store()->setFollows(ids[1], ids[0], &seriesError)
            && window.store()->setFollows(ids[2], ids[1], &seriesError);
        if (chained) {
            PlanItem done;
            done.priority = u"P3"_s;
            done.status = PlanStatus::Done;
            window.store()->setPlanItem(ids[0], done, &seriesError);
            window.session()->setDocument(ids[0]);
            raiseDock(&window, u"Library"_s);
            series->progressAction()->setChecked(true);
            ProgressView *view = series->progressView();
            for (QDeadlineTimer until(10000); view->isCalculating() && !until.hasExpired();)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            const QModelIndex cell = view->model()->index(0, 3);
            view->table()->setCurrentIndex(cell);
            failures += !save(&window, u"%1/%2progress.png"_s.arg(out, prefix));
            series->progressAction()->setChecked(false);
        } else {
            std::printf("skipped progress.png: series not imported (%s)\n", qPrintable(seriesError));
            ++failures;
        }
    }
    // A full-length report PDF (cover, contents, running headers, numbered paragraphs, a ratings
    // table) in the reader, with its outline and the review queue: the groups folded to their
    // counts but for the priorities and "Needs review", its first segment selected.
    {
        const qint64 full = openAndWait(
            window, QStringLiteral(SCRUTINY_SOURCE_DIR "/tests/data/reports/full-cqc-hallbrook-hospital.pdf"));
        QString queued;
        for (const Segment &s : window.session()->report().report.segments) {
            if (s.needsReview()) {
                queued = s.id;
                break;
            }
        }
        if (full > 0 && !queued.isEmpty()) {
            window.session()->setDocument(full);
            window.mainTabs()->setCurrentIndex(0);
            raiseDock(&window, u"Notes"_s);
            raiseDock(&window, u"Library"_s);
            raiseDock(&window, u"Structure"_s);
            QTreeView *outline = window.structurePanel()->view();
            QAbstractItemModel *groups = outline->model();
            for (int row = 0; row < groups->rowCount(); ++row) {
                const QModelIndex group = groups->index(row, 0);
                const bool open = row == groups->rowCount() - 1
                    || group.data(SegmentKindRole).toInt() == int(SegmentKind::Priority);
                outline->setExpanded(group, open);
            }
            // A reviewer widens the outline to read the queue's reasons.
            for (QWidget *w = outline; w; w = w->parentWidget()) {
                if (auto *dock = qobject_cast<QDockWidget *>(w)) {
                    window.resizeDocks({dock}, {380}, Qt::Horizontal);
                    break;
                }
            }
            window.showSegment(full, queued);
            for (const QSize &size : {QSize(1400, 900), QSize(1024, 640)}) {
                window.resize(size);
                const QString name = size.width() == 1400
                    ? u"full-report.png"_s
                    : u"%1x%2-full-report.png"_s.arg(size.width()).arg(size.height());
                failures += !save(&window, u"%1/%2"_s.arg(out, prefix) + name);
            }
            window.resize(1400, 900);
        } else {
            std::printf("skipped full-report.png: the full PDF was not imported or has no segment to review\n");
            ++failures;
        }
    }
    return failures == 0 ? 0 : 1;
}
