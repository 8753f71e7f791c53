// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportInput.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Scrutiny::ReportInput {

namespace {
QString tooLarge(const QString &name, qint64 limit)
{
    return QStringLiteral("%1: is larger than %2, the most a report may be (raise it with --max-size MB)")
        .arg(name, describeSize(limit));
}

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

/// Reads fd to the end, failing once more than limit bytes arrive (a file may
/// grow while read, and stdin has no size to check up front).
std::optional<QByteArray> readBounded(int fd, const QString &name, QString *error, qint64 limit)
{
    QByteArray bytes;
    constexpr qsizetype chunk = 1 << 16;
    for (;;) {
        const qsizetype used = bytes.size();
        bytes.resize(used + chunk);
        const ssize_t n = ::read(fd, bytes.data() + used, chunk);
        if (n < 0) {
            if (errno == EINTR) {
                bytes.resize(used);
                continue;
            }
            const int code = errno;
            *error = QStringLiteral("%1: cannot be read (%2)").arg(name, systemError(code));
            return std::nullopt;
        }
        bytes.resize(used + n);
        if (bytes.size() > limit) {
            *error = tooLarge(name, limit);
            return std::nullopt;
        }
        if (n == 0)
            return bytes;
    }
}
} // namespace

QString describeSize(qint64 bytes)
{
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 bytes").arg(bytes);
    const double mb = double(bytes) / (1024.0 * 1024.0);
    return QStringLiteral("%1 MB").arg(QLocale::c().toString(mb, 'g', 4));
}

std::optional<qint64> parseMegabytes(const QString &text)
{
    bool ok = false;
    const double mb = text.trimmed().toDouble(&ok);
    if (!ok || !(mb > 0) || mb > 1024.0 * 1024.0)
        return std::nullopt;
    return qint64(mb * 1024.0 * 1024.0);
}

std::optional<QByteArray> readStream(std::FILE *stream, const QString &name, QString *error, qint64 limit)
{
    return readBounded(::fileno(stream), name, error, limit);
}

std::optional<QByteArray> read(const QString &path, QString *error, qint64 limit)
{
    if (path == QLatin1StringView("-"))
        return readStream(stdin, QStringLiteral("standard input"), error, limit);
    auto fail = [&](const QString &why) -> std::optional<QByteArray> {
        *error = QStringLiteral("%1: %2").arg(path, why);
        return std::nullopt;
    };
    const QByteArray native = QFile::encodeName(path);
    struct stat info = {};
    if (::stat(native.constData(), &info) != 0) {
        const int code = errno;
        if (code == ENOENT) {
            struct stat link = {};
            if (::lstat(native.constData(), &link) == 0 && S_ISLNK(link.st_mode))
                return fail(QCoreApplication::translate(
                    "Scrutiny::ReportImporter", "is a symbolic link to a file that does not exist"));
            return fail(QCoreApplication::translate("Scrutiny::ReportImporter", "no such file"));
        }
        if (code == ELOOP)
            return fail(
                QCoreApplication::translate("Scrutiny::ReportImporter", "is a loop of symbolic links, not a report"));
        return fail(
            QCoreApplication::translate("Scrutiny::ReportImporter", "cannot be read (%1)").arg(systemError(code)));
    }
    if (S_ISDIR(info.st_mode))
        return fail(QCoreApplication::translate("Scrutiny::ReportImporter", "is a directory, not a report"));
    if (!S_ISREG(info.st_mode))
        return fail(QCoreApplication::translate("Scrutiny::ReportImporter",
            "is not a regular file (a device, pipe or socket); give a file, or - for "
            "standard input"));
    if (info.st_size > limit) {
        *error = tooLarge(path, limit);
        return std::nullopt;
    }
    // O_NONBLOCK: should the file turn into a FIFO between stat and open, opening does not hang.
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        const int code = errno;
        return fail(
            QCoreApplication::translate("Scrutiny::ReportImporter", "cannot be read (%1)").arg(systemError(code)));
    }
    struct stat opened = {};
    if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode)) {
        ::close(fd);
        return fail(QCoreApplication::translate("Scrutiny::ReportImporter",
            "is not a regular file (a device, pipe or socket); give a file, or - for "
            "standard input"));
    }
    auto bytes = readBounded(fd, path, error, limit);
    ::close(fd);
    return bytes;
}

} // namespace Scrutiny::ReportInput
