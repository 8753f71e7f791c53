// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the annotation panel tests: the sample report imported with the real
// ReportImporter into a real project file in a temporary directory, and a
// ReportSession on it, as the main window would have it.

#include "session/ReportSession.h"
#include "ingest/ReportImporter.h"
#include "store/ProjectStore.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWidget>

#include <memory>
#include <optional>

namespace Scrutiny::Testing {

struct SampleProject
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<ProjectStore> store;
    std::unique_ptr<ReportSession> session;
    qint64 documentId = 0;
    QString error;

    /// Imports data/wrexham-joint-review.txt; false (and error) on failure.
    bool open()
    {
        if (!dir.isValid()) {
            error = QStringLiteral("no temporary directory");
            return false;
        }
        path = dir.filePath(QStringLiteral("test.scrutiny"));
        const QString sample = QStringLiteral(SCRUTINY_SOURCE_DIR "/data/wrexham-joint-review.txt");
        const auto parsed = ReportImporter::importFile(sample, &error);
        if (!parsed)
            return false;
        QFile file(sample);
        if (!file.open(QIODevice::ReadOnly)) {
            error = file.errorString();
            return false;
        }
        store = std::make_unique<ProjectStore>();
        store->setAuthor(QStringLiteral("tester"));
        if (!store->open(path, &error))
            return false;
        const auto imported
            = store->importReport(*parsed, file.readAll(), QStringLiteral("wrexham-joint-review.txt"), &error);
        if (!imported)
            return false;
        documentId = imported->documentId;
        session = std::make_unique<ReportSession>(store.get());
        session->setDocument(documentId);
        return session->documentId() == documentId && !session->report().report.segments.isEmpty();
    }

    /// Imports another report into the same project; 0 (and error) on failure.
    qint64 importAnother(const QString &reportPath)
    {
        const auto parsed = ReportImporter::importFile(reportPath, &error);
        if (!parsed)
            return 0;
        QFile file(reportPath);
        if (!file.open(QIODevice::ReadOnly)) {
            error = file.errorString();
            return 0;
        }
        const auto imported = store->importReport(*parsed, file.readAll(), QFileInfo(reportPath).fileName(), &error);
        return imported ? imported->documentId : 0;
    }

    /// The first segment of a kind whose text contains words (case-insensitive); empty if none.
    QString segment(SegmentKind kind, const QString &words) const
    {
        for (const Segment &s : session->report().report.segments) {
            if (s.kind == kind && s.text.simplified().contains(words, Qt::CaseInsensitive))
                return s.id;
        }
        return {};
    }
    QString leadershipFinding() const
    {
        return segment(SegmentKind::Finding, QStringLiteral("more focused political leadership"));
    }
    QString arrangementsPriority() const
    {
        return segment(SegmentKind::Priority, QStringLiteral("political and managerial arrangements"));
    }

    void select(const QStringList &segments) { session->setSelectedSegments(segments, segments.value(0)); }

    std::optional<Tag> createTag(const QString &name, const QColor &colour = QColor(0x33, 0x77, 0xcc))
    {
        std::optional<Tag> tag;
        session->perform(QStringLiteral("create tag %1").arg(name), [&](QString *e) {
            tag = store->createTag(name, colour, e);
            return tag.has_value();
        });
        return tag;
    }

    /// The project as a fresh ProjectStore reads it back from the file.
    std::optional<AnnotatedReport> reopened()
    {
        ProjectStore fresh;
        if (!fresh.open(path, &error))
            return std::nullopt;
        return fresh.annotatedReport(documentId, &error);
    }
};

/// With SCRUTINY_GRAB_DIR set, saves the widget as NAME.png there, to look at.
inline void grabIfAsked(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SCRUTINY_GRAB_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

inline bool hasLink(const AnnotatedReport &report, const QString &a, const QString &b)
{
    for (const Link &l : report.links) {
        if ((l.from == a && l.to == b) || (l.from == b && l.to == a))
            return true;
    }
    return false;
}

} // namespace Scrutiny::Testing
