// SPDX-License-Identifier: GPL-3.0-or-later
// scrutiny-screenshots OUTDIR: opens the sample in a fresh project the way a
// user would (File > Open through the real importer), tags a few findings,
// accepts the strongest suggested link of each, fills part of the action plan,
// then saves PNGs of the main views. Run by tools/screenshots under Xvfb.
#include "mainwindow/MainWindow.h"
#include "reader/ReaderView.h"
#include "session/ReportSession.h"
#include "browse/SearchPanel.h"
#include "matrix/TraceabilityView.h"
#include "store/ProjectStore.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QMainWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

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

/// Shows the dock whose title starts with `title`; false when there is none.
bool raiseDock(QWidget *window, const QString &title)
{
    for (QDockWidget *dock : window->findChildren<QDockWidget *>()) {
        if (dock->windowTitle().startsWith(title, Qt::CaseInsensitive)) {
            dock->show();
            dock->raise();
            // A user reading the matrix or the plan widens the side panel; do the same.
            if (auto *main = qobject_cast<QMainWindow *>(window); main && !title.startsWith(u"Search"_s))
                main->resizeDocks({dock}, {640}, Qt::Horizontal);
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
    QDir().mkpath(out);
    QSettings().clear();

    QTemporaryDir dir;
    MainWindow window(dir.filePath(u"tour.scrutiny"_s));
    window.resize(1440, 900);
    window.show();
    settle();

    QEventLoop loop;
    qint64 id = 0;
    QObject::connect(&window, &MainWindow::importFinished, &loop, [&](qint64 documentId) {
        id = documentId;
        loop.quit();
    });
    window.openFile(QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt"));
    loop.exec();
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
    window.searchPanel()->search(u"leadership"_s);
    window.showSegment(id, finding);
    int failures = 0;
    failures += !save(&window, out + u"/reader.png"_s);
    failures += !save(&window, out + u"/main-window.png"_s);
    if (raiseDock(&window, u"Traceability"_s))
        failures += !save(&window, out + u"/traceability.png"_s);
    else
        std::printf("skipped traceability.png: no traceability panel in this build\n");
    if (raiseDock(&window, u"Action plan"_s))
        failures += !save(&window, out + u"/action-plan.png"_s);
    else
        std::printf("skipped action-plan.png: no action plan panel in this build\n");
    raiseDock(&window, u"Search"_s);
    window.setThemeName(u"Breeze Dark"_s);
    window.showSegment(id, finding);
    failures += !save(&window, out + u"/dark.png"_s);
    window.setThemeName(QString());

    // A second report in the project, and the matrix across both.
    {
        QEventLoop again;
        qint64 second = 0;
        const auto connection = QObject::connect(&window, &MainWindow::importFinished, &again, [&](qint64 documentId) {
            second = documentId;
            again.quit();
        });
        window.openFile(QStringLiteral(SCRUTINY_SOURCE_DIR "/tests/data/reports/joint-review-numbered-priorities.txt"));
        if (window.isImporting())
            again.exec();
        QObject::disconnect(connection);
        auto *matrix = window.findChild<TraceabilityView *>();
        if (second > 0 && matrix && raiseDock(&window, u"Traceability"_s)) {
            matrix->setScope(TraceabilityView::Scope::Project);
            failures += !save(&window, out + u"/traceability-project.png"_s);
            matrix->setScope(TraceabilityView::Scope::Report);
        } else {
            std::printf("skipped traceability-project.png: second report not imported\n");
            ++failures;
        }
    }
    return failures == 0 ? 0 : 1;
}
