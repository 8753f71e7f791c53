// SPDX-License-Identifier: GPL-3.0-or-later
// TagBar, TagActions (1-9 and the T picker) and TagManagerDialog on a real
// project file holding the imported sample.
#include "common/FilterPopup.h"
#include "SampleProject.h"
#include "tags/TagActions.h"
#include "tags/TagBar.h"
#include "tags/TagManagerDialog.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>
#include <QTreeView>

using namespace Scrutiny;
using namespace Scrutiny::Testing;

class TestTagging final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void tagBarTogglesTheSelection();
    void numberKeysApplyTheFirstNineTags();
    void pickerFiltersAppliesAndCreates();
    void managerEditsTheTagTree();

private:
    bool has(const AnnotatedReport &report, const QString &segment, qint64 tagId) const
    {
        return report.segmentTags.value(segment).contains(tagId);
    }
    std::unique_ptr<SampleProject> m_project;
    QString m_finding;
};

void TestTagging::init()
{
    m_project = std::make_unique<SampleProject>();
    QVERIFY2(m_project->open(), qPrintable(m_project->error));
    m_finding = m_project->leadershipFinding();
    QVERIFY2(!m_finding.isEmpty(), "the sample's leadership finding was not found");
}

void TestTagging::cleanup()
{
    m_project.reset();
}

void TestTagging::tagBarTogglesTheSelection()
{
    const auto leadership = m_project->createTag(QStringLiteral("leadership"));
    QVERIFY(leadership);
    TagBar bar(m_project->session.get());
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QToolButton *button = bar.buttonForTag(leadership->id);
    QVERIFY(button);
    QVERIFY(!button->isEnabled()); // nothing selected yet

    m_project->select({m_finding});
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(has(m_project->session->report(), m_finding, leadership->id));
    QVERIFY(button->isChecked());
    grabIfAsked(&bar, QStringLiteral("tagbar"));

    // Two segments, one click: one undo step takes both back.
    const QString other = m_project->segment(SegmentKind::Finding, QStringLiteral("workforce"));
    QVERIFY(!other.isEmpty() && other != m_finding);
    QTest::mouseClick(button, Qt::LeftButton); // untag the first
    QVERIFY(!has(m_project->session->report(), m_finding, leadership->id));
    m_project->select({m_finding, other});
    const int steps = m_project->session->undoStack()->count();
    QTest::mouseClick(bar.buttonForTag(leadership->id), Qt::LeftButton);
    QCOMPARE(m_project->session->undoStack()->count(), steps + 1);
    auto stored = m_project->reopened();
    QVERIFY2(stored, qPrintable(m_project->error));
    QVERIFY(has(*stored, m_finding, leadership->id));
    QVERIFY(has(*stored, other, leadership->id));

    m_project->session->undoStack()->undo();
    stored = m_project->reopened();
    QVERIFY(stored);
    QVERIFY(!has(*stored, m_finding, leadership->id));
    QVERIFY(!has(*stored, other, leadership->id));
}

void TestTagging::numberKeysApplyTheFirstNineTags()
{
    const auto first = m_project->createTag(QStringLiteral("leadership"));
    const auto second = m_project->createTag(QStringLiteral("workforce"));
    QVERIFY(first && second);
    QWidget host;
    TagActions tagging(m_project->session.get(), &host);
    host.addActions(tagging.actions());
    host.resize(400, 300);
    host.show();
    QVERIFY(QTest::qWaitForWindowActive(&host));
    m_project->select({m_finding});

    const QList<Tag> tags = m_project->store->tags();
    const int index = int(tags.indexOf(*second));
    QVERIFY(index >= 0 && index < 9);
    QVERIFY(tagging.numberActions().at(index)->text().contains(QStringLiteral("workforce")));
    QTest::keyClick(&host, Qt::Key(Qt::Key_1 + index));
    QVERIFY(has(m_project->session->report(), m_finding, second->id));
    QVERIFY(!has(m_project->session->report(), m_finding, first->id));
    // A key beyond the number of tags does nothing.
    QVERIFY(!tagging.numberActions().at(8)->isEnabled());

    auto stored = m_project->reopened();
    QVERIFY(stored && has(*stored, m_finding, second->id));
    m_project->session->undoStack()->undo();
    stored = m_project->reopened();
    QVERIFY(stored && !has(*stored, m_finding, second->id));
}

void TestTagging::pickerFiltersAppliesAndCreates()
{
    m_project->createTag(QStringLiteral("leadership"));
    const auto workforce = m_project->createTag(QStringLiteral("workforce"));
    QVERIFY(workforce);
    QWidget host;
    TagActions tagging(m_project->session.get(), &host);
    host.addActions(tagging.actions());
    host.resize(400, 300);
    host.show();
    QVERIFY(QTest::qWaitForWindowActive(&host));
    m_project->select({m_finding});

    QTest::keyClick(&host, Qt::Key_T);
    FilterPopup *picker = tagging.picker();
    QTRY_VERIFY(picker->isVisible());
    QTest::keyClicks(picker->filterEdit(), QStringLiteral("work"));
    QCOMPARE(picker->list()->count(), 2); // "workforce" and "Create tag “work”"
    grabIfAsked(picker, QStringLiteral("tagpicker"));
    QVERIFY(picker->list()->item(0)->text().contains(QStringLiteral("workforce")));
    QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
    QVERIFY(!picker->isVisible());
    QVERIFY(has(m_project->session->report(), m_finding, workforce->id));

    // A name no tag has: Down to the "create" row is not even needed, it is the only row.
    QTest::keyClick(&host, Qt::Key_T);
    QTRY_VERIFY(picker->isVisible());
    QTest::keyClicks(picker->filterEdit(), QStringLiteral("pace of change"));
    QCOMPARE(picker->list()->count(), 1);
    QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
    const auto created = m_project->store->tagByName(QStringLiteral("pace of change"));
    QVERIFY(created);
    auto stored = m_project->reopened();
    QVERIFY(stored && has(*stored, m_finding, created->id));

    // Creating and applying was one step.
    m_project->session->undoStack()->undo();
    QVERIFY(!m_project->store->tagByName(QStringLiteral("pace of change")));
    stored = m_project->reopened();
    QVERIFY(stored && has(*stored, m_finding, workforce->id));
}

void TestTagging::managerEditsTheTagTree()
{
    TagManagerDialog dialog(m_project->session.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.createTag(QStringLiteral("leadership")));
    const qint64 parent = dialog.currentTagId();
    QVERIFY(dialog.createTag(QStringLiteral("political"), parent));
    const qint64 child = dialog.currentTagId();
    QVERIFY(dialog.createTag(QStringLiteral("politics")));
    const qint64 duplicate = dialog.currentTagId();

    // The tree shows the hierarchy.
    const QModelIndex childIndex = dialog.view()->currentIndex();
    QVERIFY(dialog.view()->model()->parent(dialog.view()->model()->index(0, 0)) == QModelIndex());
    dialog.setCurrentTag(child);
    QCOMPARE(dialog.view()->currentIndex().parent().data().toString(), QStringLiteral("leadership"));
    Q_UNUSED(childIndex)

    QVERIFY(dialog.renameTag(child, QStringLiteral("political leadership")));
    QVERIFY(dialog.recolourTag(child, QColor(0x88, 0x22, 0x99)));
    m_project->select({m_finding});
    QVERIFY(m_project->session->perform(QStringLiteral("tag"),
        [&](QString *e) { return m_project->store->tagSegment(m_project->documentId, m_finding, duplicate, e); }));
    QVERIFY(dialog.mergeTag(duplicate, child));
    grabIfAsked(&dialog, QStringLiteral("tagmanager"));

    ProjectStore fresh;
    QVERIFY(fresh.open(m_project->path, &m_project->error));
    const auto renamed = fresh.tagByName(QStringLiteral("political leadership"));
    QVERIFY(renamed);
    QCOMPARE(renamed->colour, QColor(0x88, 0x22, 0x99));
    QCOMPARE(renamed->parentId, parent);
    QVERIFY(!fresh.tagByName(QStringLiteral("politics")));
    const auto report = fresh.annotatedReport(m_project->documentId, &m_project->error);
    QVERIFY(report && report->segmentTags.value(m_finding).contains(child));

    QVERIFY(dialog.deleteTag(parent));
    QVERIFY(!m_project->store->tagByName(QStringLiteral("leadership")));
    m_project->session->undoStack()->undo();
    QVERIFY(m_project->store->tagByName(QStringLiteral("leadership")));
}

QTEST_MAIN(TestTagging)
#include "test_tagging.moc"
