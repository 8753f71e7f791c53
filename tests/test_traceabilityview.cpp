// SPDX-License-Identifier: GPL-3.0-or-later
// The findings x priorities matrix on the imported sample: toggling cells by
// click and Space, accepting and rejecting the link assistant's suggestions,
// gap marks, undo, and what a fresh ProjectStore reads back.
#include "LinkEditDialog.h"
#include "SampleProject.h"
#include "TraceabilityView.h"
#include "models/TraceabilityModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

using namespace Scrutiny;
using namespace Scrutiny::Testing;

class TestTraceabilityView final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void clickAndSpaceToggleCells();
    void acceptSuggestionWithEnter();
    void rejectSuggestionWithDelete();
    void gapsAreMarkedAndCounted();
    void enterOnALinkEditsIt();

private:
    QModelIndex firstGhost() const
    {
        TraceabilityModel *model = m_view->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c = 0; c < model->columnCount(); ++c) {
                if (model->suggestionAt(model->index(r, c)))
                    return model->index(r, c);
            }
        }
        return {};
    }
    QModelIndex firstEmpty() const
    {
        TraceabilityModel *model = m_view->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c = 0; c < model->columnCount(); ++c) {
                const QModelIndex i = model->index(r, c);
                if (!model->suggestionAt(i) && !model->linkAt(i))
                    return i;
            }
        }
        return {};
    }

    std::unique_ptr<SampleProject> m_project;
    std::unique_ptr<TraceabilityView> m_view;
};

void TestTraceabilityView::init()
{
    m_project = std::make_unique<SampleProject>();
    QVERIFY2(m_project->open(), qPrintable(m_project->error));
    m_view = std::make_unique<TraceabilityView>(m_project->session.get());
    m_view->resize(1000, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(m_view->model()->rowCount() > 0);
    QVERIFY(m_view->model()->columnCount() > 0);
}

void TestTraceabilityView::cleanup()
{
    m_view.reset();
    m_project.reset();
}

void TestTraceabilityView::clickAndSpaceToggleCells()
{
    QTableView *table = m_view->table();
    const QModelIndex cell = firstEmpty();
    QVERIFY(cell.isValid());
    const QString finding = m_view->model()->findingAt(cell.row());
    const QString priority = m_view->model()->priorityAt(cell.column());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    QVERIFY(hasLink(m_project->session->report(), finding, priority));
    QCOMPARE(cell.data(TraceabilityModel::LinkTypeRole).toInt(), int(LinkType::Addresses));
    auto stored = m_project->reopened();
    QVERIFY2(stored, qPrintable(m_project->error));
    QVERIFY(hasLink(*stored, finding, priority));

    // Space on the same cell unlinks it.
    table->setFocus();
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key_Space);
    QVERIFY(!hasLink(m_project->session->report(), finding, priority));
    stored = m_project->reopened();
    QVERIFY(stored && !hasLink(*stored, finding, priority));

    // Undo the unlink: the link is back in the file.
    m_project->session->undoStack()->undo();
    stored = m_project->reopened();
    QVERIFY(stored && hasLink(*stored, finding, priority));
    QCOMPARE(cell.data(TraceabilityModel::LinkTypeRole).toInt(), int(LinkType::Addresses));
}

void TestTraceabilityView::acceptSuggestionWithEnter()
{
    const QModelIndex ghost = firstGhost();
    QVERIFY2(ghost.isValid(), "the link assistant suggested nothing for the sample");
    const auto suggestion = m_view->model()->suggestionAt(ghost);
    QVERIFY(suggestion->score > 0);
    QVERIFY(ghost.data(Qt::ToolTipRole).toString().contains(QString::number(suggestion->score, 'f', 2)));
    const int suggested = m_view->model()->suggestionCount();

    QTableView *table = m_view->table();
    table->setFocus();
    table->setCurrentIndex(ghost);
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(hasLink(m_project->session->report(), suggestion->from, suggestion->to));
    QCOMPARE(m_view->model()->suggestionCount(), suggested - 1);
    QVERIFY(!m_view->model()->suggestionAt(ghost));
    const auto stored = m_project->reopened();
    QVERIFY2(stored, qPrintable(m_project->error));
    QVERIFY(hasLink(*stored, suggestion->from, suggestion->to));
    grabIfAsked(m_view.get(), QStringLiteral("traceability"));

    // A second ghost by double-click.
    const QModelIndex second = firstGhost();
    if (second.isValid()) {
        const auto other = m_view->model()->suggestionAt(second);
        // A click on a ghost only selects it; the double-click accepts it.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(second).center());
        QVERIFY(!hasLink(m_project->session->report(), other->from, other->to));
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(second).center());
        QVERIFY(hasLink(m_project->session->report(), other->from, other->to));
    }
}

void TestTraceabilityView::rejectSuggestionWithDelete()
{
    const QModelIndex ghost = firstGhost();
    QVERIFY(ghost.isValid());
    const auto suggestion = m_view->model()->suggestionAt(ghost);
    QTableView *table = m_view->table();
    table->setFocus();
    table->setCurrentIndex(ghost);
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(!m_view->model()->suggestionAt(ghost));
    QVERIFY(!hasLink(m_project->session->report(), suggestion->from, suggestion->to));

    // Never offered again: not after a reload, not in a new view on a fresh store.
    ProjectStore fresh;
    QVERIFY(fresh.open(m_project->path, &m_project->error));
    QVERIFY(fresh.isRejected(m_project->documentId, suggestion->from, suggestion->to));
    ReportSession session(&fresh);
    session.setDocument(m_project->documentId);
    TraceabilityView again(&session);
    const QModelIndex same = again.model()->index(
        again.model()->rowOfFinding(suggestion->from), again.model()->columnOfPriority(suggestion->to));
    QVERIFY(same.isValid());
    QVERIFY(!again.model()->suggestionAt(same));
}

void TestTraceabilityView::gapsAreMarkedAndCounted()
{
    TraceabilityModel *model = m_view->model();
    // Nothing linked yet: every finding and priority is a gap.
    QCOMPARE(model->findingsWithoutPriority().size(), qsizetype(model->rowCount()));
    QVERIFY(m_view->summaryText().contains(QStringLiteral("without a priority")));
    QVERIFY(model->headerData(0, Qt::Vertical, TraceabilityModel::GapRole).toBool());
    const QString header = model->headerData(0, Qt::Vertical, Qt::ToolTipRole).toString();
    QVERIFY(header.contains(QStringLiteral("Gap")));

    // Link the first finding: its gap mark goes, and the count drops.
    QTableView *table = m_view->table();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(model->index(0, 0)).center());
    if (!model->linkAt(model->index(0, 0))) {
        // The first cell was a ghost (a click only selects it): accept it instead.
        table->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
    }
    QVERIFY(model->linkAt(model->index(0, 0)));
    QVERIFY(!model->headerData(0, Qt::Vertical, TraceabilityModel::GapRole).toBool());
    QVERIFY(!model->headerData(0, Qt::Horizontal, TraceabilityModel::GapRole).toBool());
    QCOMPARE(model->findingsWithoutPriority().size(), qsizetype(model->rowCount() - 1));
    QVERIFY(m_view->summaryText().contains(QStringLiteral("1 link")));
}

void TestTraceabilityView::enterOnALinkEditsIt()
{
    const QModelIndex cell = firstEmpty();
    QVERIFY(cell.isValid());
    QVERIFY(m_view->toggle(cell));
    QTableView *table = m_view->table();
    table->setFocus();
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key_Return);
    auto *dialog = m_view->findChild<LinkEditDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();

    // The context menu's "Link type" path, without the menu.
    QVERIFY(m_view->setLinkType(cell, int(LinkType::PartlyAddresses)));
    QCOMPARE(cell.data(TraceabilityModel::LinkTypeRole).toInt(), int(LinkType::PartlyAddresses));
    QCOMPARE(cell.data().toString(), TraceabilityModel::glyph(LinkType::PartlyAddresses));
}

QTEST_MAIN(TestTraceabilityView)
#include "test_traceabilityview.moc"
