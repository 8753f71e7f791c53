// SPDX-License-Identifier: GPL-3.0-or-later
// scrutiny-cli's series commands end to end, as real processes on a real
// project: a proposed series, follows (and its undo), progress as a table and
// as JSON in the documented shape, the refusals, and removing a report of the
// series with its undo and redo.
#include "ProcessRun.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSeriesCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    using Run = Scrutiny::Testing::Run;

    Run cli(QStringList args)
    {
        args << QStringLiteral("--db") << m_db;
        return Scrutiny::Testing::run(QStringLiteral(SCRUTINY_CLI_PATH), args);
    }

    QString ok(const QStringList &args)
    {
        const Run r = cli(args);
        if (r.code != 0)
            qWarning() << args << r.code << r.err;
        return r.code == 0 ? r.out : QStringLiteral("FAILED: ") + r.err;
    }

    QJsonObject progressJson(const QString &doc)
    {
        return QJsonDocument::fromJson(
            ok({QStringLiteral("progress"), doc, QStringLiteral("--format"), QStringLiteral("json")}).toUtf8())
            .object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("series.scrutiny"));
        // Imported out of order: the proposal orders them by publication date.
        for (const char *name : {"2-progress.txt", "1-inspection.txt", "3-inspection.txt"})
            QVERIFY(
                !ok({QStringLiteral("import"),
                        QStringLiteral(SCRUTINY_TEST_DATA "/series/ciw-cwm-tawel-adults/") + QLatin1StringView(name)})
                     .startsWith(QStringLiteral("FAILED")));
    }

    void proposesTheSeriesByDate()
    {
        const QString proposed = ok({QStringLiteral("series"), QStringLiteral("--propose")});
        QVERIFY2(proposed.contains(QStringLiteral("proposed: scrutiny-cli follows 1 2\tsame body (Cwm Tawel County "
                                                  "Borough Council), regulator CIW, adult social care; published "
                                                  "2022-03-14 then 2023-10-09")),
            qPrintable(proposed));
        QVERIFY2(proposed.contains(QStringLiteral("proposed: scrutiny-cli follows 3 1\t")), qPrintable(proposed));
    }

    void progressBeforeASeriesExplainsWhatToDo()
    {
        QVERIFY(ok({QStringLiteral("progress"), QStringLiteral("2")})
                    .startsWith(QStringLiteral("report 2 has no later report in its series")));
    }

    void followsIsRecordedAndUndone()
    {
        QCOMPARE(ok({QStringLiteral("follows"), QStringLiteral("1"), QStringLiteral("2")}),
            QStringLiteral("report 1 follows up report 2; series 2 -> 1\n"));
        QCOMPARE(ok({QStringLiteral("follows"), QStringLiteral("3"), QStringLiteral("1")}),
            QStringLiteral("report 3 follows up report 1; series 2 -> 1 -> 3\n"));
        QVERIFY(ok({QStringLiteral("undo")}).startsWith(QStringLiteral("undone: report 3 follows up report 1")));
        QVERIFY(ok({QStringLiteral("series")}).startsWith(QStringLiteral("series 2 -> 1\n")));
        QVERIFY(ok({QStringLiteral("redo")}).startsWith(QStringLiteral("redone")));
        QVERIFY(ok({QStringLiteral("series")}).startsWith(QStringLiteral("series 2 -> 1 -> 3\n")));
        const Run loop = cli({QStringLiteral("follows"), QStringLiteral("2"), QStringLiteral("3")});
        QCOMPARE(loop.code, 1);
        QVERIFY2(loop.err.contains(QStringLiteral("a series runs one way")), qPrintable(loop.err));
    }

    void progressJsonHasTheDocumentedShape()
    {
        const QJsonObject json = progressJson(QStringLiteral("2"));
        QCOMPARE(json.value(QStringLiteral("series")).toArray(), (QJsonArray {2, 1, 3}));
        const QJsonArray priorities = json.value(QStringLiteral("priorities")).toArray();
        QCOMPARE(priorities.size(), 6);
        int known = 0;
        for (const QJsonValue &p : priorities) {
            const QJsonObject o = p.toObject();
            QVERIFY(o.value(QStringLiteral("priority")).toString().startsWith(QStringLiteral("2:P")));
            QVERIFY(!o.value(QStringLiteral("text")).toString().isEmpty());
            const QJsonArray statuses = o.value(QStringLiteral("statuses")).toArray();
            QCOMPARE(statuses.size(), 2);
            QCOMPARE(statuses.at(0).toObject().value(QStringLiteral("report")).toInt(), 1);
            for (const QJsonValue &s : statuses) {
                const QJsonObject st = s.toObject();
                const QString status = st.value(QStringLiteral("status")).toString();
                QVERIFY2(QStringList(
                             {QStringLiteral("met"), QStringLiteral("progress"), QStringLiteral("not-met"),
                                 QStringLiteral("repeat"), QStringLiteral("not-applicable"), QStringLiteral("unknown")})
                             .contains(status),
                    qPrintable(status));
                QVERIFY(st.value(QStringLiteral("evidence")).isArray());
                QCOMPARE(st.value(QStringLiteral("confirmed")).toBool(), false);
                QVERIFY(st.value(QStringLiteral("confidence")).isDouble());
                QVERIFY(st.value(QStringLiteral("reason")).isString());
                known += status != QLatin1StringView("unknown");
            }
        }
        QVERIFY2(known >= 8, qPrintable(QString::number(known)));
        // "Waiting times for assessments have improved ... still not": progress on the first priority.
        const QJsonObject first
            = priorities.at(0).toObject().value(QStringLiteral("statuses")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("progress"));
        QCOMPARE(first.value(QStringLiteral("evidence")).toArray(), QJsonArray {QStringLiteral("1:F1")});
        const QJsonArray repeats = json.value(QStringLiteral("repeat_findings")).toArray();
        QVERIFY(!repeats.isEmpty());
        QVERIFY(repeats.at(0).toObject().value(QStringLiteral("later")).toString().contains(u':'));
    }

    void confirmingASuggestionAndRefusingABackwardLink()
    {
        // Report 3 (an inspection with priorities) is later than report 2.
        const Run backward = cli({QStringLiteral("progress-link"), QStringLiteral("2:F1"), QStringLiteral("3:P1"),
            QStringLiteral("--type"), QStringLiteral("met")});
        QCOMPARE(backward.code, 1);
        QVERIFY2(backward.err.contains(QStringLiteral("a finding can only report on a priority of an earlier report")),
            qPrintable(backward.err));
        QVERIFY(ok({QStringLiteral("progress-link"), QStringLiteral("1:F1"), QStringLiteral("2:P1"),
                       QStringLiteral("--type"), QStringLiteral("not-met")})
                    .startsWith(QStringLiteral("progress link 1: 1:F1 not-met 2:P1")));
        const QJsonObject status = progressJson(QStringLiteral("2"))
                                       .value(QStringLiteral("priorities"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("statuses"))
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QCOMPARE(status.value(QStringLiteral("status")).toString(), QStringLiteral("not-met"));
        QCOMPARE(status.value(QStringLiteral("confirmed")).toBool(), true);
        const QString table = ok({QStringLiteral("progress"), QStringLiteral("2")});
        QVERIFY2(table.startsWith(QStringLiteral("priority\tplan\treport 1\treport 3\n2:P1\t-\tnot-met (1:F1)\t")),
            qPrintable(table));
        const Run badType = cli({QStringLiteral("progress-link"), QStringLiteral("1:F2"), QStringLiteral("2:P2"),
            QStringLiteral("--type"), QStringLiteral("done")});
        QCOMPARE(badType.code, 2);
        QVERIFY(badType.err.contains(QStringLiteral("unknown progress type \"done\"")));
    }

    void removingAReportIsUndoneAndRedone()
    {
        // Report 1 (the progress review) sits between 2 and 3 and carries the
        // confirmed link 1:F1 -> 2:P1 from the test before; give it a tag and a note.
        QVERIFY(!ok({QStringLiteral("tag"), QStringLiteral("1:F2"), QStringLiteral("oversight")})
                     .startsWith(QStringLiteral("FAILED")));
        QVERIFY(!ok({QStringLiteral("note"), QStringLiteral("1:F2"), QStringLiteral("Ask for the audit dates.")})
                     .startsWith(QStringLiteral("FAILED")));
        const QString shown = ok({QStringLiteral("show"), QStringLiteral("1")});
        const QString progress = ok({QStringLiteral("progress"), QStringLiteral("2")});
        const QString found = ok({QStringLiteral("search"), QStringLiteral("established")});
        QVERIFY2(found.startsWith(QStringLiteral("1:")), qPrintable(found));

        QCOMPARE(ok({QStringLiteral("remove"), QStringLiteral("1")}), QStringLiteral("removed document 1\n"));
        QVERIFY(ok({QStringLiteral("series")}).startsWith(QStringLiteral("series 2 -> 3\n")));
        QCOMPARE(ok({QStringLiteral("search"), QStringLiteral("established")}), QString());
        QCOMPARE(cli({QStringLiteral("show"), QStringLiteral("1")}).code, 1);

        const QString undone = ok({QStringLiteral("undo")});
        QVERIFY2(undone.startsWith(QStringLiteral("undone: remove document 1 (2-progress.txt)")), qPrintable(undone));
        QCOMPARE(ok({QStringLiteral("show"), QStringLiteral("1")}), shown);
        QCOMPARE(ok({QStringLiteral("progress"), QStringLiteral("2")}), progress);
        QCOMPARE(ok({QStringLiteral("search"), QStringLiteral("established")}), found);
        QVERIFY(ok({QStringLiteral("series")}).startsWith(QStringLiteral("series 2 -> 1 -> 3\n")));

        QVERIFY(ok({QStringLiteral("redo")}).startsWith(QStringLiteral("redone: remove document 1")));
        QVERIFY(ok({QStringLiteral("series")}).startsWith(QStringLiteral("series 2 -> 3\n")));
        // Someone else takes report 3 out of the series meanwhile: the removal cannot
        // come back over that, and nothing changes.
        QVERIFY(!ok(
            {QStringLiteral("unfollow"), QStringLiteral("3"), QStringLiteral("--author"), QStringLiteral("Bob Lee")})
                     .startsWith(QStringLiteral("FAILED")));
        const Run refused = cli({QStringLiteral("undo")});
        QCOMPARE(refused.code, 1);
        QVERIFY2(
            refused.err.contains(QStringLiteral("Cannot undo “remove document 1 (2-progress.txt)”: Bob Lee changed "
                                                "the same rows later (take report 3 out of its series")),
            qPrintable(refused.err));
        QVERIFY(ok({QStringLiteral("undo"), QStringLiteral("--author"), QStringLiteral("Bob Lee")})
                    .startsWith(QStringLiteral("undone: take report 3 out of its series")));
        QVERIFY(ok({QStringLiteral("undo")}).startsWith(QStringLiteral("undone: remove document 1")));
        QCOMPARE(ok({QStringLiteral("show"), QStringLiteral("1")}), shown);
        QVERIFY(ok({QStringLiteral("series")}).startsWith(QStringLiteral("series 2 -> 1 -> 3\n")));
    }
};

QTEST_GUILESS_MAIN(TestSeriesCli)
#include "test_seriescli.moc"
