// SPDX-License-Identifier: GPL-3.0-or-later
// The Welsh translation is complete where a user looks: the main window built
// once in English and once in Welsh, on the same project with the sample
// imported, shows no menu, action, dock, label, button or column title that is
// the same in both (names such as Scrutiny, PDF or a theme's name excepted).
// And the choice of language follows the system locale and Settings. The
// catalogue itself (the source tree's translations/scrutiny_cy.ts) has no
// unfinished or empty message and keeps every %1 and %n of its source; the
// menus keep one accelerator per letter.
#include "mainwindow/MainWindow.h"
#include "model/SegmentKind.h"
#include "store/ProjectStore.h"
#include "translation/Translation.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

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

/// One message of a .ts catalogue.
struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; ///< one, or one per plural form
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name"_s) {
            context = xml.readElementText();
        } else if (xml.name() == u"message"_s) {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source"_s) {
                    m.source = xml.readElementText();
                } else if (xml.name() == u"translation"_s) {
                    m.unfinished = xml.attributes().value(u"type"_s) == u"unfinished"_s;
                    if (m.numerus) {
                        while (xml.readNextStartElement())
                            m.translations.append(xml.readElementText());
                    } else {
                        m.translations.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(m);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

/// The placeholders a text holds: %1..%99 and %n, each once.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(u"%(\\d{1,2}|n)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &m : placeholder.globalMatch(text)) {
        if (!found.contains(m.captured()))
            found.append(m.captured());
    }
    found.sort();
    return found;
}

/// The letters marked with & in a menu's entries that more than one entry uses.
QStringList clashingAccelerators(const QMenu *menu, const QString &path)
{
    QStringList clashes;
    QHash<QChar, QString> taken;
    for (QAction *action : menu->actions()) {
        const QString text = action->text();
        for (qsizetype i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size(); i = text.indexOf(u'&', i + 2)) {
            if (text.at(i + 1) == u'&')
                continue;
            const QChar key = text.at(i + 1).toLower();
            if (taken.contains(key))
                clashes.append(path + u": "_s + taken.value(key) + u" / "_s + text);
            taken.insert(key, text);
            break;
        }
        if (action->menu())
            clashes += clashingAccelerators(action->menu(), path + u" › "_s + action->text());
    }
    return clashes;
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
    QStringList m_welshAcceleratorClashes;

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
        if (language == u"cy"_s) {
            QStringList clashes;
            QHash<QChar, QString> top;
            for (QAction *action : window.menuBar()->actions()) {
                if (!action->menu())
                    continue;
                const qsizetype amp = action->text().indexOf(u'&');
                if (amp >= 0 && amp + 1 < action->text().size()) {
                    const QChar key = action->text().at(amp + 1).toLower();
                    if (top.contains(key))
                        clashes.append(u"menu bar: "_s + top.value(key) + u" / "_s + action->text());
                    top.insert(key, action->text());
                }
                clashes += clashingAccelerators(action->menu(), action->text());
            }
            m_welshAcceleratorClashes = clashes;
        }
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

    void welshMenusHaveOneAcceleratorPerLetter()
    {
        if (m_welshAcceleratorClashes.isEmpty() && Translation::current() != u"cy"_s)
            build(u"cy"_s);
        Translation::install(u"en"_s);
        QVERIFY2(m_welshAcceleratorClashes.isEmpty(), qPrintable(m_welshAcceleratorClashes.join(u"\n"_s)));
    }

    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("numerusOnly");
        QTest::newRow("cy") << u"scrutiny_cy.ts"_s << false;
        // English is the source language: only its plural forms need filling in.
        QTest::newRow("en") << u"scrutiny_en.ts"_s << true;
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, file);
        QFETCH(bool, numerusOnly);
        QString error;
        const QList<Message> messages
            = readCatalogue(QStringLiteral(SCRUTINY_SOURCE_DIR "/translations/") + file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList faults;
        for (const Message &m : messages) {
            if (numerusOnly && !m.numerus)
                continue;
            const QString where = m.context + u" “"_s + m.source + u"”: "_s;
            if (m.unfinished)
                faults.append(where + u"unfinished"_s);
            if (m.translations.isEmpty() || (m.numerus && m.translations.size() < 2))
                faults.append(where + u"missing forms"_s);
            const QStringList wanted = placeholders(m.source);
            for (const QString &t : m.translations) {
                if (t.isEmpty())
                    faults.append(where + u"empty"_s);
                else if (placeholders(t) != wanted)
                    faults.append(where + u"placeholders "_s + placeholders(t).join(u' ') + u" instead of "_s
                        + wanted.join(u' ') + u" in “"_s + t + u"”"_s);
            }
        }
        QVERIFY2(faults.isEmpty(), qPrintable(QString::number(faults.size()) + u" faults:\n"_s + faults.join(u'\n')));
    }

    void placeholderCheckCatchesALostPlaceholder()
    {
        // The check above can fail: a translation that drops %2 or %n differs.
        QCOMPARE(placeholders(u"%1 of %n priorities overdue as of %2."_s), (QStringList {u"%1"_s, u"%2"_s, u"%n"_s}));
        QVERIFY(placeholders(u"%1 o flaenoriaethau yn hwyr"_s) != placeholders(u"%1 of %n priorities as of %2"_s));
        QCOMPARE(placeholders(u"100% o %1"_s), QStringList {u"%1"_s});
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
