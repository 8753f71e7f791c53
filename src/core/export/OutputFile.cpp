// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputFile.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>
#include <cstring>

namespace Scrutiny::OutputFile {

bool write(const QString &path, const QByteArray &bytes, QString *reason)
{
    QSaveFile file(path);
    errno = 0;
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    const int code = errno;
    if (reason) {
        // The buffered write fails at commit, when Qt has lost the cause; the disk can still tell it.
        const QStorageInfo storage(QFileInfo(path).absolutePath());
        if (code == ENOSPC || (storage.isValid() && storage.bytesAvailable() < bytes.size() + 65536))
            *reason = QString::fromLocal8Bit(std::strerror(ENOSPC));
        else if (code == EFBIG)
            *reason = QString::fromLocal8Bit(std::strerror(EFBIG));
        else
            *reason = file.errorString();
    }
    return false;
}

} // namespace Scrutiny::OutputFile
