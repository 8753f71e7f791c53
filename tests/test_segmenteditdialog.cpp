// SPDX-License-Identifier: GPL-3.0-or-later
// Fixing the importer's mistakes through SegmentEditDialog: kind, side and
// speaker, split at the cursor, merge with the next; each one undo step.
#include "SampleProject.h"
#include "reader/ReaderView.h"
#include "reader/SegmentEditDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include <algorithm>

using namespace Scrutiny;
using namespace Scrutiny::Testing;

class TestSegmentEditDialog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void changeKindSideAndSpeaker();
    void splitAtTheCursorAndMergeBack();
    void okAcceptsAFlaggedSegment();

private:
    std::unique_ptr<SampleProject> m_project;
};

void TestSegmentEditDialog::init()
{
    m_project = std::make_unique<SampleProject>();
    QVERIFY2(m_project->open(), qPrintable(m_project->error));
}

void TestSegmentEditDialog::cleanup()
{
    m_project.reset();
}

void TestSegmentEditDialog::changeKindSideAndSpeaker()
{
    // A finding the user decides is really a council quote.
    const QString finding = m_project->leadershipFinding();
    const QString text = m_project->session->report().report.segment(finding)->text;
    const qsizetype quotesBefore = m_project->session->report().report.count(SegmentKind::Quote);
    SegmentEditDialog dialog(m_project->session.get(), finding);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.isValid());
    dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(int(SegmentKind::Quote)));
    dialog.sideBox()->setCurrentIndex(dialog.sideBox()->findData(int(Side::Council)));
    QVERIFY(dialog.speakerNameEdit()->isEnabled());
    QTest::keyClicks(dialog.speakerNameEdit(), QStringLiteral("A. Member"));
    QTest::keyClicks(dialog.speakerRoleEdit(), QStringLiteral("Cabinet member"));
    grabIfAsked(&dialog, QStringLiteral("segmentedit"));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const auto stored = m_project->reopened();
    QVERIFY2(stored, qPrintable(m_project->error));
    QCOMPARE(stored->report.count(SegmentKind::Quote), quotesBefore + 1);
    const Segment *moved = nullptr;
    for (const Segment &s : stored->report.segments) {
        if (s.text == text)
            moved = &s;
    }
    QVERIFY(moved);
    QCOMPARE(int(moved->kind), int(SegmentKind::Quote));
    QCOMPARE(int(moved->side), int(Side::Council));
    QCOMPARE(moved->speakerName, QStringLiteral("A. Member"));
    QCOMPARE(moved->speakerRole, QStringLiteral("Cabinet member"));

    m_project->session->undoStack()->undo();
    const auto undone = m_project->reopened();
    QVERIFY(undone);
    QCOMPARE(undone->report.count(SegmentKind::Quote), quotesBefore);
}

void TestSegmentEditDialog::splitAtTheCursorAndMergeBack()
{
    const QString priority = m_project->arrangementsPriority();
    const qsizetype segments = m_project->session->report().report.segments.size();
    const QString text = m_project->session->report().report.segment(priority)->text;
    const qsizetype at = text.indexOf(QStringLiteral(" for driving"));
    QVERIFY(at > 0);

    SegmentEditDialog split(m_project->session.get(), priority);
    split.show();
    QVERIFY(QTest::qWaitForWindowExposed(&split));
    QPlainTextEdit *view = split.textView();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    for (qsizetype i = 0; i < at; ++i)
        QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(view->textCursor().position(), int(at));
    QPushButton *splitButton = split.findChild<QPushButton *>(QStringLiteral("splitButton"));
    QVERIFY(splitButton->isEnabled());
    QTest::mouseClick(splitButton, Qt::LeftButton);
    QCOMPARE(split.result(), int(QDialog::Accepted));

    auto stored = m_project->reopened();
    QVERIFY2(stored, qPrintable(m_project->error));
    QCOMPARE(stored->report.segments.size(), segments + 1);
    QVERIFY(stored->report.segment(priority)->text.trimmed() == text.left(at).trimmed());

    SegmentEditDialog merge(m_project->session.get(), priority);
    QTest::mouseClick(merge.findChild<QPushButton *>(QStringLiteral("mergeButton")), Qt::LeftButton);
    stored = m_project->reopened();
    QVERIFY(stored);
    QCOMPARE(stored->report.segments.size(), segments);
    QVERIFY(stored->report.segment(priority)->text.simplified() == text.simplified());

    // Undo the merge, then the split.
    m_project->session->undoStack()->undo();
    QCOMPARE(m_project->reopened()->report.segments.size(), segments + 1);
    m_project->session->undoStack()->undo();
    QCOMPARE(m_project->reopened()->report.segments.size(), segments);
}

// The review queue: a segment read with low confidence shows a '?' note in the reader's
// margin tooltip; OK in Edit Segment without changes accepts it (one undo step).
void TestSegmentEditDialog::okAcceptsAFlaggedSegment()
{
    // The sample reads with confidence everywhere: a copy of it with one finding the importer
    // was unsure of.
    ParsedReport unsure = m_project->session->report().report;
    const QString flagged = m_project->leadershipFinding();
    for (Segment &s : unsure.segments) {
        if (s.id == flagged) {
            s.confidence = 0.3;
            s.reason = QStringLiteral("no cue");
        }
    }
    QString error;
    const auto imported = m_project->store->importReport(unsure, "other bytes", QStringLiteral("unsure.txt"), &error);
    QVERIFY2(imported, qPrintable(error));
    m_project->documentId = imported->documentId;
    m_project->session->setDocument(imported->documentId);
    QVERIFY(m_project->session->report().report.segment(flagged)->needsReview());
    ReaderView reader(m_project->session.get());
    QVERIFY(reader.marginToolTip(flagged).contains(QStringLiteral("Needs review")));
    const qsizetype queued = std::count_if(m_project->session->report().report.segments.cbegin(),
        m_project->session->report().report.segments.cend(), [](const Segment &s) { return s.needsReview(); });

    SegmentEditDialog dialog(m_project->session.get(), flagged);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    auto stored = m_project->reopened();
    QVERIFY2(stored, qPrintable(m_project->error));
    QVERIFY(stored->report.segment(flagged)->reviewed);
    QVERIFY(!m_project->session->report().report.segment(flagged)->needsReview());
    QVERIFY(!reader.marginToolTip(flagged).contains(QStringLiteral("Needs review")));
    QCOMPARE(std::count_if(stored->report.segments.cbegin(), stored->report.segments.cend(),
                 [](const Segment &s) { return s.needsReview(); }),
        queued - 1);

    m_project->session->undoStack()->undo();
    stored = m_project->reopened();
    QVERIFY(stored);
    QVERIFY(stored->report.segment(flagged)->needsReview());
}

QTEST_MAIN(TestSegmentEditDialog)
#include "test_segmenteditdialog.moc"
