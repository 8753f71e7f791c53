// SPDX-License-Identifier: GPL-3.0-or-later
// Removing a report from the Library is one EditCommand on the window's undo
// stack, over a real project file: Ctrl+Z brings the report back into the
// Library model with its annotations and its place in the series, Ctrl+Shift+Z
// takes it away again, and a refused redo says why and leaves the stack.
#include "StoreFixtures.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/LibraryModel.h"
#include "session/EditCommands.h"
#include "session/ReportSession.h"
#include "store/ProjectStore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

class TestReportRemovalCommand final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    /// Two reports, the second following up the first, with a tag on the second.
    void twoReports(ProjectStore &store)
    {
        QString error;
        if (!store.open(m_dir.filePath(u"p%1.scrutiny"_s.arg(++m_counter)), &error))
            qFatal("open failed: %s", qPrintable(error));
        for (int i = 1; i <= 2; ++i) {
            const auto r = store.importReport(StoreFixtures::councilReport(u" %1"_s.arg(i)),
                QByteArray("original ") + QByteArray::number(i), u"r%1.txt"_s.arg(i), &error);
            if (!r || r->documentId != i)
                qFatal("import failed: %s", qPrintable(error));
        }
    }

    static QList<qint64> libraryIds(const LibraryModel &library)
    {
        QList<qint64> ids;
        for (int row = 0; row < library.rowCount(); ++row)
            ids.append(library.index(row, 0).data(DocumentIdRole).toLongLong());
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The window's session id is kept in the settings: keep them out of the user's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"scrutiny-test"_s);
        QCoreApplication::setApplicationName(u"test_reportremovalcommand"_s);
    }

    void undoBringsTheReportBackIntoTheLibrary()
    {
        ProjectStore store;
        twoReports(store);
        ReportSession session(&store);
        LibraryModel library(&store);
        QCOMPARE(libraryIds(library), (QList<qint64> {1, 2}));
        QVERIFY(EditCommands::setFollows(&session, 2, 1));
        session.setDocument(2);
        PlanItem action;
        action.priority = u"P1"_s;
        action.owner = u"Head of adult services"_s;
        QVERIFY(EditCommands::setPlanItem(&session, action));
        QVERIFY(EditCommands::setNote(&session, 2, u"F1"_s, u"Ask about the audit."_s));
        const int steps = session.undoStack()->count();
        QCOMPARE(steps, 3); // setting the earlier inspection is a step too

        QVERIFY(EditCommands::removeDocument(&session, 2));
        QCOMPARE(session.undoStack()->count(), steps + 1);
        QCOMPARE(session.undoText(), u"remove the report"_s);
        QCOMPARE(libraryIds(library), QList<qint64> {1});
        QCOMPARE(session.documentId(), 0); // the open report went: nothing stale is shown

        session.undo();
        QCOMPARE(libraryIds(library), (QList<qint64> {1, 2}));
        QCOMPARE(store.series(2), (QList<qint64> {1, 2}));
        session.setDocument(2);
        QCOMPARE(session.report().notes.size(), 1);
        QCOMPARE(session.report().plan.size(), 1);
        QVERIFY(session.canRedo());
        QCOMPARE(session.redoText(), u"remove the report"_s);

        session.redo();
        QCOMPARE(libraryIds(library), QList<qint64> {1});
        QCOMPARE(store.series(1), QList<qint64> {1});
        session.undo();
        QCOMPARE(libraryIds(library), (QList<qint64> {1, 2}));
        // The steps before the removal are within reach again.
        session.undo();
        QCOMPARE(store.annotatedReport(2, nullptr)->notes.size(), 0);
    }

    void refusedUndoSaysWhyAndLeavesTheStack()
    {
        ProjectStore store;
        twoReports(store);
        ProjectStore other;
        QString error;
        QVERIFY(other.open(store.path(), &error));
        other.setAuthor(u"Bob Lee"_s);
        other.setSessionId(u"another-window"_s);
        ReportSession session(&store);
        LibraryModel library(&store);
        QVERIFY(EditCommands::setFollows(&session, 2, 1));
        QVERIFY(EditCommands::removeDocument(&session, 1));
        // In another window, Bob tags report 2: no row of the removal, so Ctrl+Z still works.
        QVERIFY2(other.tagSegmentByName(2, u"F1"_s, u"timeliness"_s, &error), qPrintable(error));
        session.undo();
        QCOMPARE(libraryIds(library), (QList<qint64> {1, 2}));
        QCOMPARE(store.series(2), (QList<qint64> {1, 2}));
        // Bob now annotates report 1: redoing the removal would take his note with it.
        QVERIFY2(other.setNote(1, u"P1"_s, u"Bob's question"_s, &error), qPrintable(error));
        QSignalSpy errors(&session, &ReportSession::errorOccurred);
        session.redo();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.constFirst().constFirst().toString().startsWith(
                     u"Cannot redo “remove document 1 (r1.txt)”: the report has been annotated since (notes row "_s),
            qPrintable(errors.constFirst().constFirst().toString()));
        QCOMPARE(libraryIds(library), (QList<qint64> {1, 2}));
        QVERIFY(!session.canRedo()); // the refused command left the stack
    }
};

QTEST_MAIN(TestReportRemovalCommand)
#include "test_reportremovalcommand.moc"
