// SPDX-License-Identifier: GPL-3.0-or-later
// The store refuses tag names over TagName::maxLength characters; the window's
// fields that name a tag (New Tag, New Child Tag, Rename, the T picker) stop at
// that length, and a name the store still refuses shows the store's own line in
// the message bar. Real widgets, offscreen, on a real project file.
#include "common/FilterPopup.h"
#include "common/MessageBar.h"
#include "mainwindow/MainWindow.h"
#include "model/TagName.h"
#include "session/ReportSession.h"
#include "store/ProjectStore.h"
#include "tags/TagManagerDialog.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

class TestTagNameLimit final : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;

    /// Presses `button`; when the tag-name dialog it opens is up, records its
    /// field's limit, types `typed` into it and accepts. Returns the limit (-1: no dialog).
    int typeIntoNameDialog(QPushButton *button, const QString &typed, QString *shown)
    {
        int limit = -1;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *edit = dialog->findChild<QLineEdit *>();
            if (!edit) {
                dialog->reject();
                return;
            }
            limit = edit->maxLength();
            edit->selectAll();
            QTest::keyClicks(edit, typed);
            *shown = edit->text();
            dialog->accept();
        });
        button->click();
        return limit;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ScrutinyTests"_s);
        QCoreApplication::setApplicationName(u"test_tagnamelimit"_s);
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_project = m_dir->filePath(u"tags.scrutiny"_s);
        QSettings().clear();
    }
    void cleanup() { m_dir.reset(); }

    void nameFieldsStopAtTheLimit_data()
    {
        QTest::addColumn<QString>("button");
        QTest::newRow("new tag") << u"newTag"_s;
        QTest::newRow("new child tag") << u"newChildTag"_s;
        QTest::newRow("rename") << u"renameTag"_s;
    }
    void nameFieldsStopAtTheLimit()
    {
        QFETCH(QString, button);
        MainWindow window(m_project);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TagManagerDialog dialog(window.session(), &window);
        dialog.show();
        QVERIFY(dialog.createTag(u"parent"_s));

        const QString typed(TagName::maxLength + 50, u'n');
        QString shown;
        auto *press = dialog.findChild<QPushButton *>(button);
        QVERIFY(press);
        QCOMPARE(typeIntoNameDialog(press, typed, &shown), TagName::maxLength);
        QCOMPARE(shown.size(), TagName::maxLength);
        // What the field let through, the store took: no refusal shown.
        const auto tag = window.store()->tagByName(typed.left(TagName::maxLength));
        QVERIFY(tag);
        QVERIFY(window.messageBar()->isHidden() || window.messageBar()->text().isEmpty());
    }

    void refusedNameShowsTheStoresLine()
    {
        MainWindow window(m_project);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TagManagerDialog dialog(window.session(), &window);
        const QString tooLong(TagName::maxLength + 1, u'x');
        QString expected;
        {
            ProjectStore probe;
            QVERIFY(probe.open(m_dir->filePath(u"probe.scrutiny"_s), &expected));
            QVERIFY(!probe.createTag(tooLong, Qt::red, &expected));
        }
        QVERIFY(expected.contains(QString::number(TagName::maxLength)));
        QVERIFY(!dialog.createTag(tooLong));
        QVERIFY(!window.messageBar()->isHidden());
        QCOMPARE(window.messageBar()->text(), expected);
        QVERIFY(!window.store()->tagByName(tooLong));
    }

    void pickerFieldStopsAtTheLimit()
    {
        MainWindow window(m_project);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *picker = window.findChild<FilterPopup *>(u"tagPickerPopup"_s);
        QVERIFY(picker);
        QCOMPARE(picker->filterEdit()->maxLength(), TagName::maxLength);
        QTest::keyClicks(picker->filterEdit(), QString(TagName::maxLength + 20, u'p'));
        QCOMPARE(picker->filterEdit()->text().size(), TagName::maxLength);
    }
};

QTEST_MAIN(TestTagNameLimit)
#include "test_tagnamelimit.moc"
