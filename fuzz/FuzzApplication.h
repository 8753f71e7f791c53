// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QGuiApplication>

#include <cstddef>
#include <cstdint>

namespace Scrutiny::Fuzz {

/// The application object every target needs (Qt's resources, plugins, fonts for
/// QTextDocument), made once before the first input, offscreen, never destroyed:
/// libFuzzer ends the process itself.
inline void startApplication(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "*=false");
    static QGuiApplication *app = new QGuiApplication(*argc, *argv);
    Q_UNUSED(app);
}

/// The input as a QByteArray without copying it (it lives for the call).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Inputs starting like a PDF go to Poppler, not to our text and HTML readers.
inline bool looksLikePdf(const QByteArray &input)
{
    return input.trimmed().startsWith("%PDF");
}

} // namespace Scrutiny::Fuzz
