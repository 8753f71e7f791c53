// SPDX-License-Identifier: GPL-3.0-or-later
// A note's Markdown, written by one person and shown and exported by another:
// NoteHtml, the one renderer of the reader's preview and every export (it parses
// with NoteMarkdown). No link with an unsafe scheme may come out of it.
#include "FuzzApplication.h"
#include "export/NoteHtml.h"
#include "export/NoteMarkdown.h"

#include <QRegularExpression>

using namespace Scrutiny;

namespace {
void checkLinks(const QString &html)
{
    static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
    for (auto it = href.globalMatch(html); it.hasNext();) {
        QString target = it.next().captured(1);
        target.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        if (!NoteMarkdown::isSafeLink(target))
            __builtin_trap();
    }
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::startApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString markdown = QString::fromUtf8(Fuzz::bytes(data, size));
    checkLinks(NoteHtml::toHtml(markdown, NoteHtml::Target::Print));
    checkLinks(NoteHtml::toHtml(markdown, NoteHtml::Target::Browser));
    NoteHtml::toPlainText(markdown);
    return 0;
}
