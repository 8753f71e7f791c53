// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include <QPlainTextEdit>
#include <QTest>

using namespace Scrutiny;

class TestMainWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensTheSample();
};

void TestMainWindow::opensTheSample()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openFile(QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt"));
    auto *reader = window.findChild<QPlainTextEdit *>(QStringLiteral("reader"));
    QVERIFY(reader);
    QVERIFY(reader->toPlainText().contains(QStringLiteral("Wrexham")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("wrexham-joint-review.txt")));
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
