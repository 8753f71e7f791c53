// SPDX-License-Identifier: GPL-3.0-or-later
// Help › About (version, the libraries and their licences, About Qt), Help ›
// Keyboard Shortcuts (every key of the window, from its actions), Help ›
// Handbook (the guide shipped in the program) and Settings (the language and
// the name the journal records).
#include "help/AboutDialog.h"
#include "help/HandbookDialog.h"
#include "help/HelpActions.h"
#include "help/ShortcutsDialog.h"
#include "mainwindow/MainWindow.h"
#include "settings/SettingsDialog.h"
#include "store/ProjectStore.h"
#include "translation/Translation.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

class TestHelpMenu final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QApplication::setApplicationVersion(QStringLiteral(SCRUTINY_VERSION));
    }

    void helpMenuHasItsItems()
    {
        MainWindow window(m_dir.filePath(u"help.scrutiny"_s));
        QMenu *help = nullptr;
        for (QAction *top : window.menuBar()->actions()) {
            if (top->menu() && top->menu()->objectName() == u"menuHelp"_s)
                help = top->menu();
        }
        QVERIFY(help);
        QStringList names;
        for (QAction *a : help->actions())
            if (!a->isSeparator())
                names.append(a->objectName());
        QCOMPARE(
            names, (QStringList {u"actionHandbook"_s, u"actionShortcuts"_s, u"actionAbout"_s, u"actionAboutQt"_s}));
        QVERIFY(window.findChild<QAction *>(u"actionSettings"_s));
    }

    void aboutNamesTheLibrariesAndTheirLicences()
    {
        AboutDialog dialog;
        auto *list = dialog.findChild<QTreeWidget *>(u"components"_s);
        QVERIFY(list);
        QStringList names;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = list->topLevelItem(i);
            names.append(item->text(0));
            QVERIFY2(!item->text(1).isEmpty(), qPrintable(item->text(0) + u": no version"_s));
            QVERIFY2(!item->text(2).isEmpty(), qPrintable(item->text(0) + u": no licence"_s));
        }
        QCOMPARE(names, (QStringList {u"Qt"_s, u"KF6 SyntaxHighlighting"_s, u"Poppler"_s, u"SQLite"_s, u"Hunspell"_s}));
        QCOMPARE(list->topLevelItem(0)->text(1), QString::fromLatin1(qVersion()));
        bool version = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            version = version || label->text().contains(QStringLiteral(SCRUTINY_VERSION));
        QVERIFY(version);
        QVERIFY(dialog.findChild<QPushButton *>(u"aboutQt"_s));
    }

    void shortcutsListEveryKeyOfTheWindow()
    {
        MainWindow window(m_dir.filePath(u"keys.scrutiny"_s));
        const QList<QAction *> actions = ShortcutsDialog::actionsWithKeys(&window);
        QVERIFY(actions.size() >= 8);
        ShortcutsDialog dialog(&window);
        auto *list = dialog.findChild<QTreeWidget *>(u"shortcuts"_s);
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), actions.size());
        QStringList keys;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            keys.append(list->topLevelItem(i)->text(0));
        // Every action with a key, wherever it lives, is in the list with its key.
        for (QAction *action : window.findChildren<QAction *>()) {
            for (const QKeySequence &key : action->shortcuts()) {
                const QString text = key.toString(QKeySequence::NativeText);
                bool listed = false;
                for (const QString &k : std::as_const(keys))
                    listed = listed || k.split(u", "_s).contains(text);
                QVERIFY2(listed, qPrintable(text + u" ("_s + action->text() + u") is not listed"_s));
            }
        }
        for (const QString &expected : {u"Ctrl+Z"_s, u"F2"_s, u"F1"_s})
            QVERIFY2(
                keys.join(u", "_s).split(u", "_s).contains(QKeySequence(expected).toString(QKeySequence::NativeText)),
                qPrintable(expected));
    }

    void handbookIsShippedInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("heading");
        QTest::newRow("en") << u"en"_s << u"Scrutiny handbook"_s;
        QTest::newRow("cy") << u"cy"_s << u"Llawlyfr Scrutiny"_s;
    }

    void handbookIsShippedInBothLanguages()
    {
        QFETCH(QString, language);
        QFETCH(QString, heading);
        QCOMPARE(HandbookDialog::pathFor(language), u":/handbook/handbook_%1.html"_s.arg(language));
        Translation::install(language);
        HandbookDialog dialog;
        QVERIFY(dialog.browser()->toPlainText().startsWith(heading));
        QVERIFY(dialog.browser()->toPlainText().size() > 1500);
        Translation::install(u"en"_s);
    }

    void settingsChooseTheLanguage()
    {
        Translation::install(u"en"_s);
        SettingsDialog dialog;
        QComboBox *box = dialog.languageBox();
        QCOMPARE(box->itemData(0).toString(), QString());
        const int welsh = box->findData(u"cy"_s);
        QVERIFY(welsh > 0);
        QCOMPARE(box->itemText(welsh), u"Cymraeg"_s);
        box->setCurrentIndex(welsh);
        QVERIFY(dialog.apply()); // changes at the next start
        QCOMPARE(Translation::chosen(), u"cy"_s);
        QCOMPARE(Translation::resolve(), u"cy"_s);
        box->setCurrentIndex(box->findData(u"en"_s));
        QVERIFY(!dialog.apply());
        box->setCurrentIndex(0);
        dialog.apply();
        QCOMPARE(Translation::chosen(), QString());
        QSettings().clear();
    }

    // Settings › Your name: saved for later runs and recorded from the next edit on.
    void settingsNameTheJournalAuthor()
    {
        qunsetenv("SCRUTINY_AUTHOR");
        MainWindow window(m_dir.filePath(u"author.scrutiny"_s));
        const QString before = window.store()->author();
        QCOMPARE(before, ProjectStore::defaultAuthor());
        auto *settings = window.findChild<QAction *>(u"actionSettings"_s);
        QVERIFY(settings);
        auto answer = [](const QString &name) {
            QTimer::singleShot(0, [name] {
                auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                QVERIFY(dialog->authorEdit()->placeholderText() == ProjectStore::defaultAuthor());
                dialog->authorEdit()->setText(name);
                auto *box = dialog->findChild<QDialogButtonBox *>();
                QVERIFY(box);
                box->button(QDialogButtonBox::Ok)->click();
            });
        };
        answer(u"  Carys   Morgan "_s);
        settings->trigger();
        QCOMPARE(window.store()->author(), u"Carys Morgan"_s);
        QCOMPARE(QSettings().value(u"journal/author"_s).toString(), u"Carys Morgan"_s);
        // A new window (the next run) starts with it.
        MainWindow next(m_dir.filePath(u"author2.scrutiny"_s));
        QCOMPARE(next.store()->author(), u"Carys Morgan"_s);
        // Emptied: the account's name again.
        answer(QString());
        settings->trigger();
        QCOMPARE(window.store()->author(), before);
        QVERIFY(!QSettings().contains(u"journal/author"_s));
    }
};

QTEST_MAIN(TestHelpMenu)
#include "test_helpmenu.moc"
