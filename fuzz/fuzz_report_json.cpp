// SPDX-License-Identifier: GPL-3.0-or-later
// `import --parsed`: the parse contract's JSON from anyone (ReportJson::fromJson),
// then, when it is accepted, stored in a fresh project and read back, as the CLI does.
#include "FuzzApplication.h"
#include "model/ReportJson.h"
#include "store/ProjectStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Scrutiny;

namespace {
QTemporaryDir *workDir = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::startApplication(argc, argv);
    workDir = new QTemporaryDir(QDir::tempPath() + QStringLiteral("/scrutiny-fuzz-json-XXXXXX"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const QJsonDocument json = QJsonDocument::fromJson(input);
    if (!json.isObject())
        return -1;
    ParsedReport report;
    QString error;
    if (!ReportJson::fromJson(json.object(), &report, &error))
        return 0;
    for (const Segment &segment : report.segments) {
        if (segment.start < 0 || segment.end < segment.start || segment.end > report.text.size())
            __builtin_trap();
    }
    const QString path = workDir->filePath(QStringLiteral("project.scrutiny"));
    {
        ProjectStore store;
        if (!store.open(path, &error))
            __builtin_trap();
        if (const auto imported = store.importReport(report, input, QStringLiteral("report.json"), &error)) {
            if (!store.annotatedReport(imported->documentId, &error))
                __builtin_trap();
            store.documents();
            store.search(QStringLiteral("council"), {}, &error);
        }
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return 0;
}
