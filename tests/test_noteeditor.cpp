// SPDX-License-Identifier: GPL-3.0-or-later
// A Markdown note typed into the NoteEditor is saved after a pause as one
// journal entry, shows rendered in the preview, and undo takes it back.
#include "reader/NoteEditor.h"
#include "SampleProject.h"

#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextBrowser>
#include <QToolButton>

#include <KSyntaxHighlighting/Definition>

using namespace Scrutiny;
using namespace Scrutiny::Testing;

class TestNoteEditor final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void typedNoteIsSavedOnceAfterAPause();
    void switchingSegmentSavesAtOnce();
    void reportNote();

private:
    QString storedNote(const QString &segment)
    {
        const auto report = m_project->reopened();
        if (!report)
            return QStringLiteral("<reopen failed: %1>").arg(m_project->error);
        for (const Note &note : report->notes) {
            if (note.segment == segment)
                return note.markdown;
        }
        return {};
    }
    qsizetype noteEntries()
    {
        qsizetype n = 0;
        for (const auto &entry : m_project->store->journal(m_project->documentId)) {
            if (entry.action == QStringLiteral("note"))
                ++n;
        }
        return n;
    }
    std::unique_ptr<SampleProject> m_project;
};

void TestNoteEditor::init()
{
    m_project = std::make_unique<SampleProject>();
    QVERIFY2(m_project->open(), qPrintable(m_project->error));
    QVERIFY(m_project->session->repository().definitionForName(QStringLiteral("Markdown")).isValid());
}

void TestNoteEditor::cleanup()
{
    m_project.reset();
}

void TestNoteEditor::typedNoteIsSavedOnceAfterAPause()
{
    const QString finding = m_project->leadershipFinding();
    m_project->select({finding});
    NoteEditor editor(m_project->session.get());
    editor.resize(500, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QCOMPARE(editor.segment(), finding);
    const qsizetype before = noteEntries();

    QTest::keyClicks(editor.editor(), QStringLiteral("**Ask** the cabinet member for a timetable"));
    QVERIFY(editor.hasPendingChanges());
    QTRY_VERIFY(!editor.hasPendingChanges()); // the pause passed and it saved
    QCOMPARE(storedNote(finding), QStringLiteral("**Ask** the cabinet member for a timetable"));
    QCOMPARE(noteEntries(), before + 1); // one entry for the whole burst
    grabIfAsked(&editor, QStringLiteral("noteeditor"));

    // The Markdown definition highlights it (the bold marker gets a format).
    const QTextBlock block = editor.editor()->document()->firstBlock();
    QVERIFY(!block.layout()->formats().isEmpty());

    editor.findChild<QToolButton *>(QStringLiteral("notePreview"))->click();
    QVERIFY(editor.isPreview());
    grabIfAsked(&editor, QStringLiteral("notepreview"));
    const QString rendered = editor.preview()->toPlainText();
    QVERIFY(rendered.contains(QStringLiteral("Ask the cabinet member")));
    QVERIFY(!rendered.contains(QStringLiteral("**")));
    editor.findChild<QToolButton *>(QStringLiteral("notePreview"))->click();
    QVERIFY(!editor.isPreview());

    // A second burst, then undo takes back only that burst.
    QTest::keyClicks(editor.editor(), QStringLiteral(" by March."));
    QTRY_VERIFY(!editor.hasPendingChanges());
    QCOMPARE(storedNote(finding), QStringLiteral("**Ask** the cabinet member for a timetable by March."));
    m_project->session->undoStack()->undo();
    QCOMPARE(storedNote(finding), QStringLiteral("**Ask** the cabinet member for a timetable"));
    QTRY_COMPARE(editor.editor()->toPlainText(), QStringLiteral("**Ask** the cabinet member for a timetable"));
    m_project->session->undoStack()->undo();
    QCOMPARE(storedNote(finding), QString());
}

void TestNoteEditor::switchingSegmentSavesAtOnce()
{
    const QString finding = m_project->leadershipFinding();
    const QString priority = m_project->arrangementsPriority();
    m_project->select({finding});
    NoteEditor editor(m_project->session.get());
    editor.setSaveDelay(60'000); // only the switch can save it
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTest::keyClicks(editor.editor(), QStringLiteral("- follow up"));
    m_project->select({priority});
    QCOMPARE(editor.segment(), priority);
    QVERIFY(editor.editor()->toPlainText().isEmpty());
    QCOMPARE(storedNote(finding), QStringLiteral("- follow up"));
    m_project->select({finding});
    QCOMPARE(editor.editor()->toPlainText(), QStringLiteral("- follow up"));
}

void TestNoteEditor::reportNote()
{
    NoteEditor editor(m_project->session.get());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.findChild<QToolButton *>(QStringLiteral("reportNote"))->click();
    QCOMPARE(editor.segment(), QString());
    QVERIFY(!editor.editor()->isReadOnly());
    QTest::keyClicks(editor.editor(), QStringLiteral("# Scrutiny committee, 4 March"));
    QVERIFY(editor.flush());
    QCOMPARE(storedNote(QString()), QStringLiteral("# Scrutiny committee, 4 March"));
}

QTEST_MAIN(TestNoteEditor)
#include "test_noteeditor.moc"
