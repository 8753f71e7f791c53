// SPDX-License-Identifier: GPL-3.0-or-later
// Linking the sample's leadership finding to the priority about political and
// managerial arrangements: by drag and drop (a real QDropEvent carrying the
// application/x-scrutiny-segment payload), by keyboard (L picker), by the
// "Link to priority" menu; editing a link's type and note.
#include "common/FilterPopup.h"
#include "links/LinkActions.h"
#include "links/LinkEditDialog.h"
#include "SampleProject.h"
#include "links/SegmentDropTarget.h"
#include "matrix/TraceabilityView.h"
#include "session/SegmentDrag.h"
#include "itemmodels/TraceabilityModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

using namespace Scrutiny;
using namespace Scrutiny::Testing;

class TestLinking final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void dropFindingOnPriorityColumn();
    void dropOnAListOfSegments();
    void dropOfAnotherReportIsRefused();
    void keyboardPicker();
    void linkToPriorityMenu();
    void editLinkTypeAndNote();

private:
    /// Sends enter, move and drop as a drag would; returns whether the drop was accepted.
    bool drop(QWidget *target, const QPoint &pos, const QMimeData &data)
    {
        QDragEnterEvent enter(pos, Qt::LinkAction | Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QDragMoveEvent move(pos, Qt::LinkAction | Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        if (!move.isAccepted())
            return false;
        QDropEvent dropEvent(QPointF(pos), Qt::LinkAction | Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropEvent);
        return dropEvent.isAccepted();
    }

    std::unique_ptr<SampleProject> m_project;
    QString m_finding;
    QString m_priority;
};

void TestLinking::init()
{
    m_project = std::make_unique<SampleProject>();
    QVERIFY2(m_project->open(), qPrintable(m_project->error));
    m_finding = m_project->leadershipFinding();
    m_priority = m_project->arrangementsPriority();
    QVERIFY2(!m_finding.isEmpty(), "the sample's leadership finding was not found");
    QVERIFY2(!m_priority.isEmpty(), "the sample's arrangements priority was not found");
    QVERIFY(!hasLink(m_project->session->report(), m_finding, m_priority));
}

void TestLinking::cleanup()
{
    m_project.reset();
}

void TestLinking::dropFindingOnPriorityColumn()
{
    TraceabilityView view(m_project->session.get());
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTableView *table = view.table();
    const int column = view.model()->columnOfPriority(m_priority);
    QVERIFY(column >= 0);
    // Any row of the priority's column will do: the dragged finding decides the row.
    const QPoint pos = table->visualRect(view.model()->index(0, column)).center();
    const std::unique_ptr<QMimeData> data(SegmentDrag {m_project->documentId, {m_finding}}.toMimeData());
    QVERIFY(drop(table->viewport(), pos, *data));
    QVERIFY(hasLink(m_project->session->report(), m_finding, m_priority));
    const QModelIndex cell = view.model()->index(view.model()->rowOfFinding(m_finding), column);
    QCOMPARE(cell.data(TraceabilityModel::LinkTypeRole).toInt(), int(LinkType::Addresses));

    auto stored = m_project->reopened();
    QVERIFY2(stored, qPrintable(m_project->error));
    QVERIFY(hasLink(*stored, m_finding, m_priority));

    m_project->session->undoStack()->undo();
    stored = m_project->reopened();
    QVERIFY(stored && !hasLink(*stored, m_finding, m_priority));

    // The column header is a drop target too.
    QHeaderView *header = table->horizontalHeader();
    const QPoint headerPos(
        header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
    QVERIFY(drop(header->viewport(), headerPos, *data));
    stored = m_project->reopened();
    QVERIFY(stored && hasLink(*stored, m_finding, m_priority));
}

void TestLinking::dropOnAListOfSegments()
{
    // What the structure panel does: a list of segments with a SegmentDropTarget.
    QListWidget list;
    for (const Segment &segment : m_project->session->report().report.segments) {
        if (segment.kind == SegmentKind::Priority || segment.kind == SegmentKind::Finding)
            list.addItem(segment.id);
    }
    new SegmentDropTarget(m_project->session.get(), list.viewport(), [&list](const QPoint &p) {
        const QListWidgetItem *item = list.itemAt(p);
        return item ? item->text() : QString();
    });
    list.resize(200, 2000);
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    const auto items = list.findItems(m_finding, Qt::MatchExactly);
    const auto targets = list.findItems(m_priority, Qt::MatchExactly);
    QVERIFY(!items.isEmpty() && !targets.isEmpty());

    // A priority dropped on a finding links them the same way.
    const std::unique_ptr<QMimeData> data(SegmentDrag {m_project->documentId, {m_priority}}.toMimeData());
    QVERIFY(drop(list.viewport(), list.visualItemRect(items.first()).center(), *data));
    const auto stored = m_project->reopened();
    QVERIFY(stored && hasLink(*stored, m_finding, m_priority));

    // A finding dropped on a finding links nothing.
    const std::unique_ptr<QMimeData> finding(SegmentDrag {m_project->documentId, {m_finding}}.toMimeData());
    QVERIFY(!drop(list.viewport(), list.visualItemRect(items.first()).center(), *finding));
}

void TestLinking::dropOfAnotherReportIsRefused()
{
    TraceabilityView view(m_project->session.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int links = int(m_project->session->report().links.size());
    const std::unique_ptr<QMimeData> data(SegmentDrag {m_project->documentId + 1, {m_finding}}.toMimeData());
    const QPoint pos = view.table()->visualRect(view.model()->index(0, 0)).center();
    QVERIFY(!drop(view.table()->viewport(), pos, *data));
    QCOMPARE(m_project->session->report().links.size(), links);

    // Across the project, another report's priority column takes no finding of the
    // open report (its "P1" is not the open report's P1), in the cells or the header.
    const qint64 other = m_project->importAnother(
        QStringLiteral(SCRUTINY_SOURCE_DIR "/tests/data/reports/joint-review-numbered-priorities.txt"));
    QVERIFY2(other > 0, qPrintable(m_project->error));
    view.setScope(TraceabilityView::Scope::Project);
    TraceabilityModel *model = view.model();
    const int column = model->columnOfPriority(QStringLiteral("P1"), other);
    QVERIFY(column >= 0);
    QTableView *table = view.table();
    table->scrollTo(model->index(0, column));
    const std::unique_ptr<QMimeData> own(SegmentDrag {m_project->documentId, {m_finding}}.toMimeData());
    QVERIFY(!drop(table->viewport(), table->visualRect(model->index(0, column)).center(), *own));
    QHeaderView *header = table->horizontalHeader();
    const QPoint headerPos(
        header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
    QVERIFY(!drop(header->viewport(), headerPos, *own));
    QCOMPARE(m_project->session->report().links.size(), links);
    // The open report's own column still does.
    const int ownColumn = model->columnOfPriority(m_priority, m_project->documentId);
    table->scrollTo(model->index(0, ownColumn));
    QVERIFY(drop(table->viewport(), table->visualRect(model->index(0, ownColumn)).center(), *own));
    QVERIFY(hasLink(m_project->session->report(), m_finding, m_priority));
}

void TestLinking::keyboardPicker()
{
    QWidget host;
    LinkActions linking(m_project->session.get(), &host);
    host.addAction(linking.pickerAction());
    host.resize(600, 400);
    host.show();
    QVERIFY(QTest::qWaitForWindowActive(&host));
    m_project->select({m_finding});

    QTest::keyClick(&host, Qt::Key_L);
    FilterPopup *picker = linking.picker();
    QTRY_VERIFY(picker->isVisible());
    QTest::keyClicks(picker->filterEdit(), QStringLiteral("managerial arrangements"));
    QCOMPARE(picker->list()->count(), 1);
    QVERIFY(picker->list()->item(0)->text().contains(m_priority));
    grabIfAsked(picker, QStringLiteral("linkpicker"));
    QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
    QVERIFY(!picker->isVisible());

    auto stored = m_project->reopened();
    QVERIFY2(stored, qPrintable(m_project->error));
    QVERIFY(hasLink(*stored, m_finding, m_priority));

    // Picking it again shows it checked and unlinks.
    QTest::keyClick(&host, Qt::Key_L);
    QTRY_VERIFY(picker->isVisible());
    QTest::keyClicks(picker->filterEdit(), QStringLiteral("managerial arrangements"));
    QVERIFY(picker->list()->item(0)->text().startsWith(QChar(0x2713)));
    QTest::keyClick(picker->filterEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!picker->isVisible());
    stored = m_project->reopened();
    QVERIFY(stored && hasLink(*stored, m_finding, m_priority));

    m_project->session->undoStack()->undo();
    stored = m_project->reopened();
    QVERIFY(stored && !hasLink(*stored, m_finding, m_priority));
    m_project->session->undoStack()->redo();
    stored = m_project->reopened();
    QVERIFY(stored && hasLink(*stored, m_finding, m_priority));
}

void TestLinking::linkToPriorityMenu()
{
    QWidget host;
    LinkActions linking(m_project->session.get(), &host);
    m_project->select({m_finding});
    std::unique_ptr<QMenu> menu(linking.linkToPriorityMenu(nullptr));
    QVERIFY(menu->isEnabled());
    QAction *action = menu->findChild<QAction *>(QStringLiteral("linkTo_%1").arg(m_priority));
    QVERIFY(action);
    QVERIFY(!action->isChecked());
    QVERIFY(action->text().size() < 120); // elided
    action->trigger();
    QVERIFY(hasLink(m_project->session->report(), m_finding, m_priority));
    menu.reset(linking.linkToPriorityMenu(nullptr));
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("linkTo_%1").arg(m_priority))->isChecked());

    // Nothing linkable selected: a priority alone.
    m_project->select({m_priority});
    menu.reset(linking.linkToPriorityMenu(nullptr));
    QVERIFY(!menu->isEnabled());
}

void TestLinking::editLinkTypeAndNote()
{
    m_project->select({m_finding});
    QWidget host;
    LinkActions linking(m_project->session.get(), &host);
    std::unique_ptr<QMenu> menu(linking.linkToPriorityMenu(nullptr));
    menu->findChild<QAction *>(QStringLiteral("linkTo_%1").arg(m_priority))->trigger();
    qint64 linkId = 0;
    for (const Link &link : m_project->session->report().links) {
        if (link.from == m_finding && link.to == m_priority)
            linkId = link.id;
    }
    QVERIFY(linkId != 0);

    LinkEditDialog dialog(m_project->session.get(), linkId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.isValid());
    auto *type = dialog.findChild<QComboBox *>(QStringLiteral("type"));
    auto *note = dialog.findChild<QPlainTextEdit *>(QStringLiteral("note"));
    QVERIFY(type && note);
    type->setFocus();
    // Addresses -> Partly addresses -> Contradicts, by keyboard.
    QTest::keyClick(type, Qt::Key_Down);
    QTest::keyClick(type, Qt::Key_Down);
    QCOMPARE(type->currentData().toInt(), int(LinkType::Contradicts));
    QTest::keyClicks(note, QStringLiteral("The council says leadership is already focused."));
    grabIfAsked(&dialog, QStringLiteral("linkedit"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    auto stored = m_project->reopened();
    QVERIFY2(stored, qPrintable(m_project->error));
    bool found = false;
    for (const Link &link : stored->links) {
        if (link.id == linkId) {
            found = true;
            QCOMPARE(int(link.type), int(LinkType::Contradicts));
            QCOMPARE(link.note, QStringLiteral("The council says leadership is already focused."));
        }
    }
    QVERIFY(found);

    m_project->session->undoStack()->undo();
    stored = m_project->reopened();
    QVERIFY(stored);
    for (const Link &link : stored->links) {
        if (link.id == linkId)
            QCOMPARE(int(link.type), int(LinkType::Addresses));
    }
}

QTEST_MAIN(TestLinking)
#include "test_linking.moc"
