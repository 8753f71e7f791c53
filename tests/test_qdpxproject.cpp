// SPDX-License-Identifier: GPL-3.0-or-later
// REFI-QDA export: the archive unzipped by an independent reader, project.qde
// checked against the structure of the QDA-XML 1.0 Project schema (element
// order, required attributes, GUID and colour patterns, references resolve),
// and re-imported by Scrutiny's own reader with the same codes, codings,
// notes and links. GUIDs are stable across exports.
#include "ExportFixture.h"
#include "export/QdpxProject.h"
#include "export/ZipArchive.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Scrutiny;

Q_DECLARE_METATYPE(Scrutiny::AnnotatedReport)

namespace {

/// The part of the QDA-XML 1.0 Project schema (Project.xsd, March 2019) that
/// Scrutiny writes: each element's children in their required order (with
/// "+" for repeatable) and its required attributes.
struct ElementRule
{
    QStringList children; ///< in sequence order; a trailing '*' means repeatable
    QStringList required;
};

const QHash<QString, ElementRule> &schema()
{
    static const QHash<QString, ElementRule> rules = {
        {QStringLiteral("Project"),
            {{QStringLiteral("Users"), QStringLiteral("CodeBook"), QStringLiteral("Variables"), QStringLiteral("Cases"),
                 QStringLiteral("Sources"), QStringLiteral("Notes"), QStringLiteral("Links"), QStringLiteral("Sets"),
                 QStringLiteral("Graphs"), QStringLiteral("Description"), QStringLiteral("NoteRef*")},
                {QStringLiteral("name")}}},
        {QStringLiteral("Users"), {{QStringLiteral("User*")}, {}}},
        {QStringLiteral("User"), {{}, {QStringLiteral("guid")}}},
        {QStringLiteral("CodeBook"), {{QStringLiteral("Codes")}, {}}},
        {QStringLiteral("Codes"), {{QStringLiteral("Code*")}, {}}},
        {QStringLiteral("Code"),
            {{QStringLiteral("Description"), QStringLiteral("NoteRef*"), QStringLiteral("Code*")},
                {QStringLiteral("guid"), QStringLiteral("name"), QStringLiteral("isCodable")}}},
        {QStringLiteral("Sources"), {{QStringLiteral("TextSource*")}, {}}},
        {QStringLiteral("TextSource"),
            {{QStringLiteral("Description"), QStringLiteral("PlainTextContent"), QStringLiteral("PlainTextSelection*"),
                 QStringLiteral("Coding*"), QStringLiteral("NoteRef*"), QStringLiteral("VariableValue*")},
                {QStringLiteral("guid")}}},
        {QStringLiteral("PlainTextSelection"),
            {{QStringLiteral("Description"), QStringLiteral("Coding*"), QStringLiteral("NoteRef*")},
                {QStringLiteral("guid"), QStringLiteral("startPosition"), QStringLiteral("endPosition")}}},
        {QStringLiteral("Coding"), {{QStringLiteral("CodeRef"), QStringLiteral("NoteRef*")}, {QStringLiteral("guid")}}},
        {QStringLiteral("CodeRef"), {{}, {QStringLiteral("targetGUID")}}},
        {QStringLiteral("NoteRef"), {{}, {QStringLiteral("targetGUID")}}},
        {QStringLiteral("Notes"), {{QStringLiteral("Note*")}, {}}},
        {QStringLiteral("Note"),
            {{QStringLiteral("Description"), QStringLiteral("PlainTextContent"), QStringLiteral("PlainTextSelection*"),
                 QStringLiteral("Coding*"), QStringLiteral("NoteRef*")},
                {QStringLiteral("guid")}}},
        {QStringLiteral("Links"), {{QStringLiteral("Link*")}, {}}},
        {QStringLiteral("Link"), {{QStringLiteral("NoteRef*")}, {QStringLiteral("guid")}}},
        {QStringLiteral("Description"), {{}, {}}},
        {QStringLiteral("PlainTextContent"), {{}, {}}},
    };
    return rules;
}

/// Checks project.qde against the rules above; returns the problems found.
QStringList checkStructure(const QByteArray &xml, const QString &sourceText)
{
    static const QRegularExpression guidRe(
        QStringLiteral("^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$"));
    static const QRegularExpression rgbRe(QStringLiteral("^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$"));
    QStringList problems;
    QSet<QString> guids;
    QStringList references;
    QXmlStreamReader x(xml);
    struct Open
    {
        QString name;
        int position = 0; ///< index into the parent's children rule reached so far
    };
    QList<Open> stack;
    const qsizetype textLength = sourceText.toUcs4().size();
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            const QString name = x.name().toString();
            if (x.namespaceUri() != QLatin1StringView("urn:QDA-XML:project:1.0"))
                problems << name + QStringLiteral(": wrong namespace");
            if (!schema().contains(name)) {
                problems << name + QStringLiteral(": not an element Scrutiny should write");
            } else {
                for (const QString &attr : schema()[name].required) {
                    if (!x.attributes().hasAttribute(attr))
                        problems << name + QStringLiteral(": missing ") + attr;
                }
            }
            if (stack.isEmpty()) {
                if (name != QLatin1StringView("Project"))
                    problems << QStringLiteral("root is ") + name;
            } else {
                // The child must come at or after the parent's current place in its sequence.
                Open &parent = stack.last();
                const QStringList &seq = schema().value(parent.name).children;
                int i = parent.position;
                while (i < seq.size() && QString(seq[i]).remove(QLatin1Char('*')) != name)
                    ++i;
                if (i >= seq.size())
                    problems << QStringLiteral("%1 out of order or not allowed in %2").arg(name, parent.name);
                else
                    parent.position = seq[i].endsWith(QLatin1Char('*')) ? i : i + 1;
            }
            const auto attrs = x.attributes();
            for (const auto &attr : attrs) {
                const QString key = attr.name().toString();
                const QString value = attr.value().toString();
                if (key == QLatin1StringView("guid")) {
                    if (!guidRe.match(value).hasMatch())
                        problems << name + QStringLiteral(": bad guid ") + value;
                    if (guids.contains(value))
                        problems << name + QStringLiteral(": duplicate guid ") + value;
                    guids.insert(value);
                } else if (key.endsWith(QLatin1StringView("GUID")) || key == QLatin1StringView("creatingUser")) {
                    if (!guidRe.match(value).hasMatch())
                        problems << name + QStringLiteral(": bad reference ") + value;
                    references << value;
                } else if (key == QLatin1StringView("color") && !rgbRe.match(value).hasMatch()) {
                    problems << name + QStringLiteral(": bad colour ") + value;
                } else if (key == QLatin1StringView("isCodable") && value != QLatin1StringView("true")
                    && value != QLatin1StringView("false")) {
                    problems << name + QStringLiteral(": isCodable not boolean");
                } else if (key == QLatin1StringView("direction")
                    && !QStringList {QStringLiteral("Associative"), QStringLiteral("OneWay"),
                        QStringLiteral("Bidirectional")}
                            .contains(value)) {
                    problems << name + QStringLiteral(": bad direction ") + value;
                } else if (key.endsWith(QLatin1StringView("DateTime"))
                    && !QDateTime::fromString(value, Qt::ISODate).isValid()) {
                    problems << name + QStringLiteral(": bad dateTime ") + value;
                }
            }
            if (name == QLatin1StringView("PlainTextSelection")) {
                bool ok1 = false, ok2 = false;
                const qlonglong start = attrs.value(QStringLiteral("startPosition")).toLongLong(&ok1);
                const qlonglong end = attrs.value(QStringLiteral("endPosition")).toLongLong(&ok2);
                if (!ok1 || !ok2 || start < 0 || end < start || end > textLength)
                    problems
                        << QStringLiteral("selection %1 has bad positions").arg(attrs.value(QStringLiteral("name")));
            }
            if (name == QLatin1StringView("TextSource")
                && !attrs.value(QStringLiteral("plainTextPath")).startsWith(QLatin1StringView("internal://")))
                problems << QStringLiteral("text source without an internal plainTextPath");
            stack.append({name, 0});
        } else if (x.isEndElement()) {
            stack.removeLast();
        }
    }
    if (x.hasError())
        problems << x.errorString();
    for (const QString &ref : references) {
        if (!guids.contains(ref))
            problems << QStringLiteral("dangling reference ") + ref;
    }
    return problems;
}

QString tagName(const AnnotatedReport &a, qint64 id)
{
    const Tag *t = a.tag(id);
    return t ? t->name : QString();
}

} // namespace

class TestQdpxProject final : public QObject
{
    Q_OBJECT
    AnnotatedReport m_sample = ExportFixture::sample();
    QDateTime m_when = QDateTime(QDate(2026, 11, 26), QTime(10, 0), QTimeZone::UTC);

private Q_SLOTS:
    void archiveAndSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sample.qdpx"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QdpxProject::write(m_sample, m_when));
        f.close();

        // Unzipped by Python's zipfile: the entries are there and the CRCs hold.
        QProcess py;
        py.start(QStringLiteral("python3"),
            {QStringLiteral("-c"),
                QStringLiteral("import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; "
                               "z.extractall(sys.argv[2]); print('\\n'.join(z.namelist()))"),
                path, dir.filePath(QStringLiteral("out"))});
        QVERIFY(py.waitForFinished(30000));
        QVERIFY2(py.exitCode() == 0, qPrintable(QString::fromUtf8(py.readAllStandardError())));
        const QStringList names
            = QString::fromUtf8(py.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(names.contains(QStringLiteral("project.qde")));
        const QStringList sources = names.filter(QRegularExpression(QStringLiteral("^sources/[0-9a-f-]{36}\\.txt$")));
        QCOMPARE(sources.size(), 1);

        QFile qde(dir.filePath(QStringLiteral("out/project.qde")));
        QVERIFY(qde.open(QIODevice::ReadOnly));
        const QByteArray xml = qde.readAll();
        QFile src(dir.filePath(QStringLiteral("out/") + sources.first()));
        QVERIFY(src.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(src.readAll()), m_sample.report.text);
        const QStringList problems = checkStructure(xml, m_sample.report.text);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(xml.contains("<CodeBook>"));
        QVERIFY(xml.contains("<Coding "));
        QVERIFY(xml.contains("<Link "));
        // The child tag sits inside its parent code.
        QVERIFY(QRegularExpression(QStringLiteral("name=\"outcomes\"[^>]*>\\s*<Code [^>]*name=\"children\""))
                    .match(QString::fromUtf8(xml))
                    .hasMatch());
    }

    /// Every kind of export validated by xmllint against the official schema
    /// (tests/data/schemas/refi-qda/Project.xsd, a copy of the MIT-licensed original).
    void validatesAgainstTheSchema_data()
    {
        QTest::addColumn<AnnotatedReport>("report");
        QTest::newRow("sample") << m_sample;
        AnnotatedReport bare = m_sample;
        bare.tags.clear();
        bare.segmentTags.clear();
        bare.links.clear();
        bare.notes.clear();
        bare.plan.clear();
        QTest::newRow("no annotations") << bare;
        AnnotatedReport hostile = m_sample;
        hostile.report.title = QStringLiteral("<Title> & \"co\" \u2014 caf\u00E9");
        hostile.notes.append({42, {}, QStringLiteral("]]> <b>&amp;</b> \U0001F600"), m_when});
        hostile.links.first().note = QStringLiteral("why: <because> & \"so\"");
        QTest::newRow("hostile text") << hostile;
        AnnotatedReport empty;
        empty.fileName = QStringLiteral("empty.txt");
        QTest::newRow("empty report") << empty;
    }
    void validatesAgainstTheSchema()
    {
        QFETCH(AnnotatedReport, report);
        const QString xsd = QStringLiteral(SCRUTINY_TEST_DATA "/schemas/refi-qda/Project.xsd");
        QVERIFY2(QFile::exists(xsd), qPrintable(xsd));
        QTemporaryDir dir;
        QString ignored;
        QFile qde(dir.filePath(QStringLiteral("project.qde")));
        QVERIFY(qde.open(QIODevice::WriteOnly));
        qde.write(QdpxProject::projectXml(report, m_when, &ignored, QStringLiteral("Ann Officer")));
        qde.close();
        QProcess xmllint;
        xmllint.start(
            QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"), xsd, qde.fileName()});
        QVERIFY2(xmllint.waitForFinished(60000), "xmllint did not run: install libxml2-utils (tools/packages.txt)");
        QVERIFY2(xmllint.exitStatus() == QProcess::NormalExit && xmllint.exitCode() == 0,
            qPrintable(QString::fromUtf8(xmllint.readAllStandardError())));
    }

    /// What the issue found missing: every segment, kinds as codes, one author,
    /// dated link notes, the action plan.
    void contentForQdaTools()
    {
        QString ignored;
        const QString xml
            = QString::fromUtf8(QdpxProject::projectXml(m_sample, m_when, &ignored, QStringLiteral("Ann Officer")));
        for (const Segment &s : m_sample.report.segments)
            QVERIFY2(xml.contains(QStringLiteral("name=\"%1\"").arg(s.id)), qPrintable(s.id));
        QVERIFY(xml.contains(QStringLiteral("name=\"Segment kind\"")));
        QVERIFY(xml.contains(
            QStringLiteral("<CodeRef targetGUID=\"%1\"").arg(QdpxProject::segmentKindCodeGuid(SegmentKind::Finding))));
        // One user for what the export made; the fixture's links were made by "tester".
        static const QRegularExpression user(QStringLiteral("<User guid=\"[^\"]+\" name=\"([^\"]+)\""));
        QStringList users;
        for (auto it = user.globalMatch(xml); it.hasNext();)
            users << it.next().captured(1);
        QCOMPARE(users, QStringList({QStringLiteral("Ann Officer"), QStringLiteral("tester")}));
        QVERIFY(!xml.contains(QStringLiteral("name=\"Scrutiny\"")));
        static const QRegularExpression linkNote(QStringLiteral("<Note [^>]*name=\"Note on link[^>]*>"));
        for (auto it = linkNote.globalMatch(xml); it.hasNext();)
            QVERIFY(it.next().captured(0).contains(QStringLiteral("creationDateTime=\"2026-11-02T09:30:00Z\"")));
        QVERIFY(linkNote.match(xml).hasMatch());
        for (const PlanItem &p : m_sample.plan) {
            QVERIFY(xml.contains(QdpxProject::planNoteName(p.priority)));
            QVERIFY(xml.contains(QStringLiteral("Owner: ") + p.owner));
        }
    }

    void reimport()
    {
        QString error;
        const auto project = QdpxProject::read(QdpxProject::write(m_sample, m_when), &error);
        QVERIFY2(project, qPrintable(error));
        QCOMPARE(project->name, m_sample.report.title);
        const auto back = project->toAnnotatedReport(&error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->report.text, m_sample.report.text);

        // Codes: same names, colours and hierarchy.
        QCOMPARE(back->tags.size(), m_sample.tags.size());
        for (const Tag &t : m_sample.tags) {
            const auto it
                = std::find_if(back->tags.cbegin(), back->tags.cend(), [&](const Tag &b) { return b.name == t.name; });
            QVERIFY2(it != back->tags.cend(), qPrintable(t.name));
            QCOMPARE(it->colour, t.colour);
            QCOMPARE(it->description, t.description);
            QCOMPARE(tagName(*back, it->parentId), tagName(m_sample, t.parentId));
        }
        // Coded selections: every segment, same text, same codes (kinds are not tags).
        QCOMPARE(back->report.segments.size(), m_sample.report.segments.size());
        for (auto it = m_sample.segmentTags.cbegin(); it != m_sample.segmentTags.cend(); ++it) {
            const Segment *s = back->report.segment(it.key());
            QVERIFY2(s, qPrintable(it.key()));
            QCOMPARE(s->text, m_sample.report.segment(it.key())->text);
            QStringList want, got;
            for (qint64 id : it.value())
                want << tagName(m_sample, id);
            for (qint64 id : back->segmentTags.value(it.key()))
                got << tagName(*back, id);
            QCOMPARE(got, want);
        }
        // Notes and links.
        QCOMPARE(back->notes.size(), m_sample.notes.size());
        for (const Note &n : m_sample.notes) {
            QVERIFY(std::any_of(back->notes.cbegin(), back->notes.cend(),
                [&](const Note &b) { return b.segment == n.segment && b.markdown == n.markdown; }));
        }
        QCOMPARE(back->links.size(), m_sample.links.size());
        for (const Link &l : m_sample.links) {
            QVERIFY(std::any_of(back->links.cbegin(), back->links.cend(), [&](const Link &b) {
                return b.from == l.from && b.to == l.to && b.type == l.type && b.note == l.note;
            }));
        }
    }

    void stableGuids()
    {
        QString ignored;
        const QByteArray first = QdpxProject::projectXml(m_sample, m_when, &ignored);
        const QByteArray again = QdpxProject::projectXml(m_sample, m_when, &ignored);
        QCOMPARE(again, first);
        AnnotatedReport other = m_sample;
        other.sha256 = QStringLiteral("0000000000000000000000000000000000000000000000000000000000000001");
        const QByteArray otherXml = QdpxProject::projectXml(other, m_when, &ignored);
        // Same tags: same code GUIDs; another report: other selection GUIDs.
        static const QRegularExpression codeGuid(QStringLiteral("<Code guid=\"([^\"]+)\""));
        static const QRegularExpression selectionGuid(QStringLiteral("<PlainTextSelection guid=\"([^\"]+)\""));
        QCOMPARE(codeGuid.match(QString::fromUtf8(otherXml)).captured(1),
            codeGuid.match(QString::fromUtf8(first)).captured(1));
        QVERIFY(selectionGuid.match(QString::fromUtf8(otherXml)).captured(1)
            != selectionGuid.match(QString::fromUtf8(first)).captured(1));
    }

    void nonAsciiPositionsAreCharacters()
    {
        // REFI-QDA positions count characters: an emoji before a segment is one.
        AnnotatedReport a;
        a.sha256 = QStringLiteral("ab");
        a.report.text = QStringLiteral("\U0001F600 x. Finding here.");
        const qsizetype start = a.report.text.indexOf(QStringLiteral("Finding"));
        a.report.segments.append(Segment {QStringLiteral("F1"), SegmentKind::Finding, Side::Review, start,
            a.report.text.size(), a.report.text.mid(start), {}, {}, Polarity::None, 0});
        QString ignored;
        const QString xml = QString::fromUtf8(QdpxProject::projectXml(a, m_when, &ignored));
        QVERIFY2(xml.contains(QStringLiteral("startPosition=\"%1\"").arg(start - 1)), qPrintable(xml));
        const auto back = QdpxProject::read(QdpxProject::write(a, m_when), &ignored)->toAnnotatedReport(&ignored);
        QVERIFY(back);
        QCOMPARE(back->report.segments.first().text, QStringLiteral("Finding here."));
    }

    void refusesOtherFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        ZipArchive noProject;
        noProject.add(QStringLiteral("other.txt"), "x");
        QTest::newRow("no project.qde") << noProject.toBytes(m_when) << QStringLiteral("no project.qde");
        QTest::newRow("other xml") << QByteArray("<?xml version=\"1.0\"?><Project name=\"x\"/>")
                                   << QStringLiteral("not a REFI-QDA project");
        QTest::newRow("broken zip") << QByteArray("PK\x03\x04garbage") << QStringLiteral("not a zip");
    }
    void refusesOtherFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!QdpxProject::read(bytes, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestQdpxProject)
#include "test_qdpxproject.moc"
