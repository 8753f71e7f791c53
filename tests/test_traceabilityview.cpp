// SPDX-License-Identifier: GPL-3.0-or-later
// The findings x priorities matrix on the imported sample: toggling cells by
// click and Space, accepting and rejecting the link assistant's suggestions,
// gap marks, undo, and what a fresh ProjectStore reads back.
#include "SampleProject.h"
#include "itemmodels/TraceabilityModel.h"
#include "links/LinkEditDialog.h"
#include "matrix/TraceabilityView.h"
#include "session/SegmentLinking.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
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
    void projectScopeSpansReports();
    void hiddenMatrixCatchesUpWhenShown();
    void selectionFollowsTheReaderBothWays();
    void f2EditsALinksNoteInPlace();

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
    QCOMPARE(cell.data(LinkTypeRole).toInt(), int(LinkType::Addresses));
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
    QCOMPARE(cell.data(LinkTypeRole).toInt(), int(LinkType::Addresses));
}

void TestTraceabilityView::acceptSuggestionWithEnter()
{
    const QModelIndex ghost = firstGhost();
    QVERIFY2(ghost.isValid(), "the link assistant suggested nothing for the sample");
    const auto suggestion = m_view->model()->suggestionAt(ghost);
    QVERIFY(suggestion->score > 0);
    // The tooltip names the number the ring shows.
    QVERIFY(ghost.data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("match %1 of 100").arg(qRound(suggestion->score * 100))));
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
    // Nothing linked yet: every finding of the review and every priority is a gap
    // (claims in the inspected body's own words never are).
    qsizetype reviewFindings = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        reviewFindings += !model->headerData(row, Qt::Vertical, ClaimRole).toBool();
    QVERIFY(reviewFindings > 0);
    QCOMPARE(model->findingsWithoutPriority().size(), reviewFindings);
    QVERIFY(m_view->summaryText().contains(QStringLiteral("without a priority")));
    QVERIFY(model->headerData(0, Qt::Vertical, GapRole).toBool());
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
    QVERIFY(!model->headerData(0, Qt::Vertical, GapRole).toBool());
    QVERIFY(!model->headerData(0, Qt::Horizontal, GapRole).toBool());
    QCOMPARE(model->findingsWithoutPriority().size(), reviewFindings - 1);
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
    QCOMPARE(cell.data(LinkTypeRole).toInt(), int(LinkType::PartlyAddresses));
    QCOMPARE(cell.data().toString(), TraceabilityModel::glyph(LinkType::PartlyAddresses));
}

// The matrix's current cell follows what the reader selects (a finding moves the
// row, a priority the column), and moving in the matrix by key or a header click
// asks the reader to show that finding or priority.
void TestTraceabilityView::selectionFollowsTheReaderBothWays()
{
    TraceabilityModel *model = m_view->model();
    QTableView *table = m_view->table();
    QVERIFY(model->rowCount() >= 3 && model->columnCount() >= 2);
    const QString finding = model->findingAt(2);
    const QString priority = model->priorityAt(1);
    // Reader -> matrix.
    m_project->session->setSelectedSegments({finding}, finding);
    QCOMPARE(table->currentIndex().row(), 2);
    m_project->session->setSelectedSegments({priority}, priority);
    QCOMPARE(table->currentIndex().column(), 1);
    QCOMPARE(table->currentIndex().row(), 2); // the row stays where it was

    // Matrix -> reader: a key press moves the cell and asks for its finding.
    QSignalSpy asked(m_view.get(), &TraceabilityView::segmentActivated);
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 3);
    QVERIFY(!asked.isEmpty());
    QCOMPARE(asked.constLast().at(0).toString(), model->findingAt(3));
    // One click on a column header shows that priority.
    QHeaderView *header = table->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(0) + header->sectionSize(0) / 2, header->height() / 2));
    QCOMPARE(asked.constLast().at(0).toString(), model->priorityAt(0));
}

// F2 on a link opens a line over its cell; Return saves the note as one undoable
// step (in the file), Escape leaves it as it was.
void TestTraceabilityView::f2EditsALinksNoteInPlace()
{
    const QModelIndex cell = firstEmpty();
    QVERIFY(cell.isValid());
    QVERIFY(m_view->toggle(cell));
    const qint64 linkId = cell.data(LinkIdRole).toLongLong();
    QVERIFY(linkId > 0);
    QTableView *table = m_view->table();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    table->setFocus();
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = table->findChild<QLineEdit *>(QStringLiteral("linkNoteEditor"));
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    QVERIFY(editor->width() > table->columnWidth(cell.column())); // room to type
    QTest::keyClicks(editor, QStringLiteral("Seen in the budget papers"));
    QTest::keyClick(editor, Qt::Key_Return);
    auto noteOf = [&](const AnnotatedReport &report) {
        for (const Link &link : report.links)
            if (link.id == linkId)
                return link.note;
        return QStringLiteral("<no link>");
    };
    // The delegate commits once the line has had the key (queued).
    QTRY_COMPARE(noteOf(m_project->session->report()), QStringLiteral("Seen in the budget papers"));
    auto stored = m_project->reopened();
    QVERIFY2(stored, qPrintable(m_project->error));
    QCOMPARE(noteOf(*stored), QStringLiteral("Seen in the budget papers"));
    QCOMPARE(m_view->model()->index(cell.row(), cell.column()).data(Qt::EditRole).toString(),
        QStringLiteral("Seen in the budget papers"));

    // Escape: nothing saved.
    table->setFocus();
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key_F2);
    editor = table->findChild<QLineEdit *>(QStringLiteral("linkNoteEditor"));
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("discarded"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!table->findChild<QLineEdit *>(QStringLiteral("linkNoteEditor")));
    QCOMPARE(noteOf(m_project->session->report()), QStringLiteral("Seen in the budget papers"));

    // One step: undo takes the note back, the link stays.
    m_project->session->undo();
    QCOMPARE(noteOf(m_project->session->report()), QString());
    // An unlinked cell has nothing to edit.
    QVERIFY(!(m_view->model()->flags(firstEmpty()) & Qt::ItemIsEditable));
}

QTEST_MAIN(TestTraceabilityView)
void TestTraceabilityView::projectScopeSpansReports()
{
    // A second report, in another layout, in the same project.
    const qint64 second = m_project->importAnother(
        QStringLiteral(SCRUTINY_SOURCE_DIR "/tests/data/reports/joint-review-numbered-priorities.txt"));
    QVERIFY2(second > 0, qPrintable(m_project->error));
    const qint64 sample = m_project->documentId;

    TraceabilityModel *model = m_view->model();
    const int sampleRows = model->rowCount();
    m_view->setScope(TraceabilityView::Scope::Project);
    QCOMPARE(model->reportCount(), 2);
    QVERIFY(model->rowCount() > sampleRows);
    QVERIFY(m_view->summaryText().startsWith(QStringLiteral("2 reports")));

    // An empty cell of the second report's block: a click links in that report,
    // which becomes the open one.
    QModelIndex cell;
    QModelIndex across;
    for (int r = 0; r < model->rowCount() && !cell.isValid(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex i = model->index(r, c);
            if (!across.isValid() && !model->isLinkable(i))
                across = i;
            if (model->documentOfRow(r) == second && model->isLinkable(i) && !model->linkAt(i)
                && !model->suggestionAt(i)) {
                cell = i;
                break;
            }
        }
    }
    QVERIFY(cell.isValid());
    QVERIFY(across.isValid());
    const QString finding = model->findingAt(cell.row());
    const QString priority = model->priorityAt(cell.column());
    QTableView *table = m_view->table();
    table->scrollTo(cell);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    QCOMPARE(m_project->session->documentId(), second);
    ProjectStore fresh;
    QString error;
    QVERIFY(fresh.open(m_project->path, &error));
    const auto stored = fresh.annotatedReport(second, &error);
    QVERIFY2(stored, qPrintable(error));
    QVERIFY(hasLink(*stored, finding, priority));
    QCOMPARE(fresh.annotatedReport(sample, &error)->links.size(), qsizetype(0));
    QVERIFY(model->linkAt(cell).has_value());

    // A finding and a priority of different reports cannot be linked.
    QVERIFY(!m_view->toggle(across));
    QCOMPARE(m_project->session->report().links.size(), qsizetype(1));

    // Clicking a header of the other report asks for that report and segment.
    QSignalSpy activated(m_view.get(), &TraceabilityView::segmentActivated);
    const int sampleRow = model->rowOfFinding(QStringLiteral("F1"), sample);
    QVERIFY(sampleRow >= 0);
    Q_EMIT table->verticalHeader()->sectionClicked(sampleRow);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).toString(), QStringLiteral("F1"));
    QCOMPARE(activated.first().at(1).toLongLong(), sample);
    grabIfAsked(m_view.get(), QStringLiteral("traceability-project"));
}

void TestTraceabilityView::hiddenMatrixCatchesUpWhenShown()
{
    TraceabilityModel *model = m_view->model();
    const QModelIndex cell = firstEmpty();
    QVERIFY(cell.isValid());
    const QString finding = model->findingAt(cell.row());
    const QString priority = model->priorityAt(cell.column());
    m_view->hide();
    QVERIFY(SegmentLinking::toggle(m_project->session.get(), {finding}, priority));
    // Hidden, the matrix waits (tagging a long report must not pay for it) ...
    QVERIFY(!model->linkAt(cell));
    // ... and is right as soon as it is seen.
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(model->linkAt(cell));
    QVERIFY(m_view->summaryText().contains(QStringLiteral("1 link")));
}

#include "test_traceabilityview.moc"
