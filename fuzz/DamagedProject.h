// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/ReportImporter.h"
#include "store/ProjectStore.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace Scrutiny::Fuzz {

/// The inputs of fuzz_project_file, shared with test_fuzzregressions so a saved
/// input replays there exactly: a small valid project, and damage to it written as
/// patches (records of a 4-byte little-endian offset, taken modulo the file size,
/// a length byte and that many bytes) or, for an input starting with SQLite's
/// header, a whole file.
namespace DamagedProject {

/// Makes the seed project at path (one short report, two tags, a note, a link and an
/// undone and redone step) and returns its bytes; empty with *error on failure.
inline QByteArray makeSeed(const QString &path, QString *error)
{
    const QByteArray text = "Inspection of Northmoor council children's services\n\n"
                            "Summary\n\n"
                            "Leaders have improved the timeliness of assessments since the last inspection.\n\n"
                            "Areas for improvement\n\n"
                            "The council should make sure that care plans are reviewed on time.\n\n"
                            "Managers should improve the recording of supervision.\n\n"
                            "\"We feel listened to now,\" said one parent.\n";
    {
        ProjectStore store;
        if (!store.open(path, error))
            return {};
        const auto report = ReportImporter::importBytes(text, QStringLiteral("northmoor.txt"), error);
        if (!report)
            return {};
        const auto imported = store.importReport(*report, text, QStringLiteral("northmoor.txt"), error);
        if (!imported)
            return {};
        const qint64 doc = imported->documentId;
        const QString first = report->segments.constFirst().id;
        const QString last = report->segments.constLast().id;
        if (!store.tagSegmentByName(doc, first, QStringLiteral("timeliness"), error)
            || !store.tagSegmentByName(doc, last, QStringLiteral("voice of families"), error)
            || !store.setNote(doc, first, QStringLiteral("See [the plan](https://example.org/plan) **first**."), error)
            || !store.addLink(doc, last, first, LinkType::Addresses, error, QStringLiteral("same theme"))
            || !store.undo(error) || !store.redo(error))
            return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    return file.readAll();
}

/// The project file an input describes.
inline QByteArray apply(const QByteArray &seed, QByteArrayView input)
{
    static const QByteArray header("SQLite format 3\0", 16);
    if (input.startsWith(QByteArrayView(header)))
        return input.toByteArray();
    QByteArray bytes = seed;
    const auto *data = reinterpret_cast<const uint8_t *>(input.data());
    const size_t size = size_t(input.size());
    size_t at = 0;
    while (at + 5 <= size && !bytes.isEmpty()) {
        uint32_t offset = 0;
        std::memcpy(&offset, data + at, 4);
        const size_t length = std::min<size_t>(data[at + 4], size - at - 5);
        at += 5;
        const qsizetype to = qsizetype(offset % uint32_t(bytes.size()));
        const qsizetype count = std::min<qsizetype>(qsizetype(length), bytes.size() - to);
        std::memcpy(bytes.data() + to, data + at, size_t(count));
        at += length;
    }
    return bytes;
}

/// Every read the CLI's list, show, search and the window make.
inline void readEverything(ProjectStore &store)
{
    QString error;
    for (const auto &summary : store.documents()) {
        if (auto annotated = store.annotatedReport(summary.id, &error)) {
            store.refreshAnnotations(&*annotated, &error);
            store.rejectedSuggestions(summary.id);
            store.tagUsage(summary.id);
        }
        store.originalBytes(summary.id);
        store.series(summary.id);
        store.journal(summary.id);
    }
    for (const Tag &tag : store.tags())
        store.taggedSegments(tag.id, 0, &error);
    store.tagUsage();
    store.search(QStringLiteral("council"), {}, &error);
    ProjectStore::SearchFilter byTag;
    byTag.tag = QStringLiteral("timeliness");
    store.search(QString(), byTag, &error);
    for (const auto &entry : store.journal())
        store.journalEntry(entry.id);
    store.undoableEntry({});
    store.redoableEntry({});
    store.undoText();
    store.followUps();
    store.progressLinks();
    store.schemaVersion();
    store.damage();
    store.lastReadError();
}

} // namespace DamagedProject
} // namespace Scrutiny::Fuzz
