// SPDX-License-Identifier: GPL-3.0-or-later
// A damaged project file opened read-only and read in full, as `list`, `show`,
// `search` and the window do, then a repaired copy made of it and read. The
// input damages a small valid project made at start-up (DamagedProject.h):
// patches let the fuzzer break pages the header and schema still point at,
// which random whole files almost never reach.
#include "DamagedProject.h"
#include "FuzzApplication.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Scrutiny;

namespace {
QTemporaryDir *workDir = nullptr;
QByteArray seed;

void removeProject(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::startApplication(argc, argv);
    workDir = new QTemporaryDir(QDir::tempPath() + QStringLiteral("/scrutiny-fuzz-project-XXXXXX"));
    const QString path = workDir->filePath(QStringLiteral("seed.scrutiny"));
    QString error;
    seed = Fuzz::DamagedProject::makeSeed(path, &error);
    if (seed.isEmpty())
        qFatal("fuzz_project_file: cannot make the seed project: %s", qPrintable(error));
    removeProject(path);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = workDir->filePath(QStringLiteral("damaged.scrutiny"));
    const QString copy = workDir->filePath(QStringLiteral("repaired.scrutiny"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            __builtin_trap();
        file.write(Fuzz::DamagedProject::apply(seed, QByteArrayView(data, qsizetype(size))));
    }
    {
        ProjectStore store;
        QString error;
        if (store.open(path, &error, true)) {
            Fuzz::DamagedProject::readEverything(store);
            if (store.makeRepairedCopy(copy, &error)) {
                ProjectStore repaired;
                if (repaired.open(copy, &error, true))
                    Fuzz::DamagedProject::readEverything(repaired);
            }
        }
    }
    removeProject(path);
    removeProject(copy);
    return 0;
}
