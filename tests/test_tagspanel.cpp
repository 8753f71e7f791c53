// SPDX-License-Identifier: GPL-3.0-or-later
// Code retrieval in the GUI: the Tags panel counts per report and per project,
// lists every segment carrying a tag with its context (clicked: the reader goes
// there), exports the list as CSV; tag keys belong to tags and chips show them;
// Enter on an empty tag picker applies nothing; the panel and the tag manager
// show the session's one tag model and follow it.
#include "SampleProject.h"
#include "common/FilterPopup.h"
#include "export/CsvExporter.h"
#include "itemmodels/TagTreeModel.h"
#include "tags/TagActions.h"
#include "tags/TagBar.h"
#include "tags/TagManagerDialog.h"
#include "tags/TagsPanel.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

using namespace Scrutiny;
using namespace Scrutiny::Testing;
using namespace Qt::StringLiterals;

class TestTagsPanel final : public QObject
{
    Q_OBJECT
    std::unique_ptr<SampleProject> m_project;

    /// The row of the tag called `name` in the view, column `column`.
    static QModelIndex cell(QTreeView *view, const QString &name, int column)
    {
        QAbstractItemModel *model = view->model();
        const QModelIndexList hits = model->match(
            model->index(0, TagTreeModel::NameColumn), Qt::DisplayRole, name, 1, Qt::MatchExactly | Qt::MatchRecursive);
        return hits.isEmpty() ? QModelIndex() : hits.constFirst().siblingAtColumn(column);
    }

private Q_SLOTS:
    void init()
    {
        m_project = std::make_unique<SampleProject>();
        QVERIFY2(m_project->open(), qPrintable(m_project->error));
    }
    void cleanup() { m_project.reset(); }

    void countsListsJumpsAndExports()
    {
        SampleProject &p = *m_project;
        const auto leadership = p.createTag(QStringLiteral("Leadership"));
        QVERIFY(leadership);
        const QString finding = p.leadershipFinding();
        const QString priority = p.arrangementsPriority();
        QString error;
        QVERIFY(p.store->tagSegment(p.documentId, finding, leadership->id, &error));
        QVERIFY(p.store->tagSegment(p.documentId, priority, leadership->id, &error));
        // A second report with one segment tagged: project counts include it.
        const qint64 other = p.importAnother(
            QStringLiteral(SCRUTINY_SOURCE_DIR "/tests/data/reports/joint-review-numbered-priorities.txt"));
        QVERIFY2(other, qPrintable(p.error));
        const auto otherReport = p.store->annotatedReport(other, &error);
        QVERIFY(otherReport && !otherReport->report.segments.isEmpty());
        QVERIFY(p.store->tagSegment(other, otherReport->report.segments.constLast().id, leadership->id, &error));

        TagsPanel panel(p.session.get());
        QSignalSpy jumps(&panel, &TagsPanel::segmentActivated);
        panel.resize(500, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QTreeView *tags = panel.tagList();
        const QModelIndex row = cell(tags, QStringLiteral("Leadership"), TagTreeModel::NameColumn);
        QVERIFY(row.isValid());
        QCOMPARE(cell(tags, QStringLiteral("Leadership"), TagTreeModel::KeyColumn).data().toInt(), 1); // its key
        QVERIFY(!tags->rootIsDecorated()); // no child tags: no indent
        QCOMPARE(cell(tags, QStringLiteral("Leadership"), TagTreeModel::UsageColumn).data().toInt(), 2);
        QCOMPARE(cell(tags, QStringLiteral("Leadership"), TagTreeModel::ProjectUsageColumn).data().toInt(), 3);
        // Every column the panel shows is wide enough to read.
        for (int column : {TagTreeModel::NameColumn, TagTreeModel::UsageColumn, TagTreeModel::ProjectUsageColumn})
            QVERIFY(!tags->isColumnHidden(column) && tags->columnWidth(column) > 10);

        // Clicking the tag lists its segments in this report, with context.
        const QRect at = tags->visualRect(row);
        QTest::mouseClick(panel.tagList()->viewport(), Qt::LeftButton, {}, at.center());
        QCOMPARE(panel.listed().size(), 2);
        QCOMPARE(panel.listed().at(0).segment, finding);
        QVERIFY(!panel.listed().at(0).before.isEmpty());
        const QString shown = panel.segmentList()->toPlainText().simplified();
        QVERIFY(shown.contains(panel.listed().at(0).before.simplified().right(20)));
        QVERIFY(shown.contains(panel.listed().at(1).text.simplified().left(30)));

        // All reports: the third one, under its report's title.
        panel.scope()->setCurrentIndex(1);
        QCOMPARE(panel.listed().size(), 3);
        QCOMPARE(panel.listed().at(2).documentId, other);
        QVERIFY(panel.segmentList()->toPlainText().contains(otherReport->report.title.left(20)));

        // A listed segment's label is a link to it.
        panel.segmentList()->setFocus();
        QTest::keyClick(panel.segmentList(), Qt::Key_Tab); // to the first link
        QTest::keyClick(panel.segmentList(), Qt::Key_Return);
        QCOMPARE(jumps.count(), 1);
        QCOMPARE(jumps.at(0).at(0).toLongLong(), p.documentId);
        QCOMPARE(jumps.at(0).at(1).toString(), finding);

        // Export: CSV with the context, read back.
        const QString csvPath = p.dir.filePath(QStringLiteral("leadership.csv"));
        panel.setFileChooser([&](const QString &) { return csvPath; });
        QSignalSpy exported(&panel, &TagsPanel::exported);
        QTest::mouseClick(panel.exportButton(), Qt::LeftButton);
        QCOMPARE(exported.count(), 1);
        QCOMPARE(exported.at(0).at(0).toString(), csvPath);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QList<QStringList> rows;
        QVERIFY(CsvExporter::parse(csv.readAll(), &rows));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0],
            (QStringList {QStringLiteral("report"), QStringLiteral("segment"), QStringLiteral("kind"),
                QStringLiteral("before"), QStringLiteral("text"), QStringLiteral("after")}));
        QCOMPARE(rows[1][1], finding);
        QCOMPARE(rows[1][4], panel.listed().at(0).text);

        // Counts follow changes, and the chosen tag stays chosen.
        QVERIFY(p.store->untagSegment(p.documentId, priority, leadership->id, &error));
        QTRY_COMPARE(cell(tags, QStringLiteral("Leadership"), TagTreeModel::UsageColumn).data().toInt(), 1);
        QCOMPARE(cell(tags, QStringLiteral("Leadership"), TagTreeModel::ProjectUsageColumn).data().toInt(), 2);
        QCOMPARE(tags->currentIndex().data(TagIdRole).toLongLong(), leadership->id);
        QCOMPARE(panel.listed().size(), 2);
        // A new tag resets the model; the chosen one is still chosen and listed.
        QVERIFY(p.createTag(QStringLiteral("Workforce")));
        QTRY_VERIFY(cell(tags, QStringLiteral("Workforce"), TagTreeModel::NameColumn).isValid());
        QCOMPARE(tags->currentIndex().data(TagIdRole).toLongLong(), leadership->id);
        QCOMPARE(panel.listed().size(), 2);
        // A new theme's link colour reaches the list (it is fixed when the HTML is parsed).
        QPalette themed = panel.palette();
        themed.setColor(QPalette::Link, QColor(0x12, 0xab, 0xcd));
        panel.setPalette(themed);
        QVERIFY(panel.segmentList()->toHtml().contains(u"#12abcd"_s));
    }

    // One model for every view of the tags: a change made in the tag manager is in
    // the panel without either re-reading the store on its own.
    void panelAndManagerShareTheSessionsModel()
    {
        SampleProject &p = *m_project;
        const auto leadership = p.createTag(QStringLiteral("Leadership"));
        QVERIFY(leadership);
        TagsPanel panel(p.session.get());
        TagManagerDialog manager(p.session.get());
        QCOMPARE(panel.tagList()->model(), p.session->tagModel());
        QCOMPARE(manager.view()->model(), p.session->tagModel());
        // A child tag made in the manager shows under its parent in the panel.
        manager.setCurrentTag(leadership->id);
        QVERIFY(manager.createTag(QStringLiteral("Succession"), leadership->id));
        const QModelIndex child = cell(panel.tagList(), QStringLiteral("Succession"), TagTreeModel::NameColumn);
        QVERIFY(child.isValid());
        QCOMPARE(child.parent().data(TagIdRole).toLongLong(), leadership->id);
        QVERIFY(panel.tagList()->rootIsDecorated());
        QCOMPARE(manager.currentTagId(), child.data(TagIdRole).toLongLong());
    }

    void keysStayWithTheirTagsAndChipsShowThem()
    {
        SampleProject &p = *m_project;
        QWidget reader;
        auto *tagging = new TagActions(p.session.get(), &reader);
        for (QAction *a : tagging->actions()) {
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            reader.addAction(a);
        }
        TagBar bar(p.session.get());
        QVERIFY(p.createTag(QStringLiteral("Leadership")));
        // "Children" sorts first but must not take key 1.
        QVERIFY(p.createTag(QStringLiteral("Children")));
        const QString finding = p.leadershipFinding();
        p.select({finding});
        reader.show();
        reader.setFocus();
        QVERIFY(QTest::qWaitForWindowActive(&reader));
        QTest::keyClick(&reader, Qt::Key_1);
        auto tagged = p.session->report().segmentTags.value(finding);
        QCOMPARE(tagged.size(), 1);
        QCOMPARE(p.store->tagByName(QStringLiteral("Leadership"))->id, tagged[0]);

        // Chips say their key.
        QStringList chips;
        for (QToolButton *b : bar.findChildren<QToolButton *>())
            chips << b->text();
        QVERIFY2(chips.contains(QStringLiteral("1 Leadership")), qPrintable(chips.join(u'|')));
        QVERIFY(chips.contains(QStringLiteral("2 Children")));

        // The tag manager moves a key: 1 now applies Children.
        TagManagerDialog manager(p.session.get());
        QVERIFY(manager.setTagKey(p.store->tagByName(QStringLiteral("Children"))->id, 1));
        QCOMPARE(p.store->tagByName(QStringLiteral("Leadership"))->key, 2);
        QTest::keyClick(&reader, Qt::Key_1);
        tagged = p.session->report().segmentTags.value(finding);
        QCOMPARE(tagged.size(), 2);

        // T then Enter on an empty picker applies nothing.
        QTest::keyClick(&reader, Qt::Key_T);
        FilterPopup *popup = tagging->picker();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(popup->filterEdit(), Qt::Key_Return);
        QCOMPARE(p.session->report().segmentTags.value(finding).size(), 2);
        // Down then Enter picks the first.
        QTest::keyClick(popup->filterEdit(), Qt::Key_Down);
        QTest::keyClick(popup->filterEdit(), Qt::Key_Return);
        QVERIFY(!popup->isVisible());
    }
};

QTEST_MAIN(TestTagsPanel)
#include "test_tagspanel.moc"
