// SPDX-License-Identifier: GPL-3.0-or-later
// The Welsh translation is complete where a user looks: the main window built
// once in English and once in Welsh, on the same project with the sample
// imported, shows no menu, action, dock, label, button or column title that is
// the same in both (names such as Scrutiny, PDF or a theme's name excepted).
// And the choice of language follows the system locale and Settings.
#include "mainwindow/MainWindow.h"
#include "model/SegmentKind.h"
#include "store/ProjectStore.h"
#include "translation/Translation.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTabBar>
#include <QTest>

using namespace Scrutiny;
using namespace Qt::StringLiterals;

namespace {
/// What a user reads, keyed by where it is, so the two languages line up.
using Texts = QList<std::pair<QString, QString>>;

void addMenu(QMenu *menu, const QString &path, Texts *texts)
{
    texts->append({path, menu->title()});
    // The themes are KSyntaxHighlighting's names; the recent files are paths.
    if (menu->objectName() == u"menuTheme"_s || menu->objectName() == u"menuRecent"_s)
        return;
    int i = 0;
    for (QAction *action : menu->actions()) {
        const QString at = path + u'/' + QString::number(i++);
        if (action->isSeparator())
            continue;
        if (action->menu())
            addMenu(action->menu(), at, texts);
        else
            texts->append({at, action->text()});
    }
}

Texts visibleTexts(MainWindow &window)
{
    Texts texts;
    int i = 0;
    for (QAction *top : window.menuBar()->actions())
        if (top->menu())
            addMenu(top->menu(), u"menu"_s + QString::number(i++), &texts);
    i = 0;
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        texts.append({u"dock"_s + QString::number(i++), dock->windowTitle()});
    // The main area's tabs (report, traceability) and tabified docks.
    i = 0;
    for (QTabBar *bar : window.findChildren<QTabBar *>()) {
        for (int t = 0; t < bar->count(); ++t)
            texts.append({u"tab"_s + QString::number(i) + u'/' + QString::number(t), bar->tabText(t)});
        ++i;
    }
    i = 0;
    for (QLabel *label : window.findChildren<QLabel *>())
        if (!label->text().isEmpty() && !label->text().startsWith(u'<'))
            texts.append({u"label"_s + QString::number(i++), label->text()});
    i = 0;
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>())
        texts.append({u"button"_s + QString::number(i++), button->text()});
    i = 0;
    for (QHeaderView *header : window.findChildren<QHeaderView *>()) {
        if (!header->model() || header->orientation() != Qt::Horizontal)
            continue;
        for (int c = 0; c < header->model()->columnCount(); ++c)
            texts.append({u"header"_s + QString::number(i) + u'/' + QString::number(c),
                header->model()->headerData(c, Qt::Horizontal).toString()});
        ++i;
    }
    return texts;
}

/// Names and symbols that are the same in both languages.
bool isTheSameInWelsh(const QString &text)
{
    static const QStringList names {
        u"Scrutiny"_s, u"&HTML…"_s, u"&CSV…"_s, u"Tag"_s, u"&Tag"_s, u"Tag…"_s, u"Tagiau"_s};
    static const QRegularExpression noWords(u"^[^\\p{L}]*$"_s);
    static const QRegularExpression segmentId(u"^[A-Z]?\\d+[^\\p{L}]*$"_s); // "P1 ⚠"
    return names.contains(text) || noWords.match(text).hasMatch() || segmentId.match(text).hasMatch();
}
} // namespace

class TestWelsh final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Texts build(const QString &language)
    {
        Translation::install(language);
        MainWindow window(m_dir.filePath(u"welsh.scrutiny"_s));
        window.show();
        if (window.store()->documents().isEmpty()) {
            window.openFile(QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt"));
            for (int waited = 0; window.isImporting() && waited < 60000; waited += 100)
                QTest::qWait(100);
        }
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            dock->show();
        QTest::qWait(100);
        return visibleTexts(window);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase() { Translation::install(u"en"_s); }

    void noVisibleStringStaysEnglish()
    {
        const Texts english = build(u"en"_s);
        const Texts welsh = build(u"cy"_s);
        QCOMPARE(welsh.size(), english.size());
        QStringList untranslated;
        for (qsizetype i = 0; i < english.size(); ++i) {
            QCOMPARE(welsh.at(i).first, english.at(i).first);
            const QString &text = welsh.at(i).second;
            if (text == english.at(i).second && !isTheSameInWelsh(text))
                untranslated.append(text);
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(u"untranslated: "_s + untranslated.join(u" | "_s)));
        // and some of it is what a Welsh council expects to read
        QStringList all;
        for (const auto &[where, text] : welsh)
            all.append(text);
        for (const QString &expected : {u"&Ffeil"_s, u"&Cymorth"_s, u"Llyfrgell"_s, u"Olrheiniadwyedd"_s})
            QVERIFY2(all.contains(expected), qPrintable(expected));
    }

    void segmentKindNamesAreTranslated()
    {
        Translation::install(u"cy"_s);
        QCOMPARE(displayName(SegmentKind::Priority, true), u"Blaenoriaethau i'w gweithredu"_s);
        QCOMPARE(displayName(SegmentKind::Finding, true), u"Canfyddiadau"_s);
        Translation::install(u"en"_s);
        QCOMPARE(displayName(SegmentKind::Priority, true), u"Priorities for action"_s);
    }

    void languageFollowsTheSystemAndSettings()
    {
        QSettings().clear();
        QLocale::setDefault(QLocale(u"en_GB"_s));
        QCOMPARE(Translation::resolve(u"cy"_s), u"cy"_s); // --language
        QCOMPARE(Translation::resolve(u"fr"_s), Translation::resolve()); // one we do not have
        Translation::setChosen(u"cy"_s);
        QCOMPARE(Translation::resolve(), u"cy"_s);
        Translation::setChosen(QString());
        QVERIFY(Translation::install(u"cy"_s));
        QCOMPARE(Translation::current(), u"cy"_s);
        QCOMPARE(QLocale().language(), QLocale::Welsh);
        Translation::install(u"en"_s);
    }
};

QTEST_MAIN(TestWelsh)
#include "test_welsh.moc"
