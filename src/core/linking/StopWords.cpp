// SPDX-License-Identifier: GPL-3.0-or-later
#include "StopWords.h"

#include <QFile>

namespace Scrutiny {

StopWords StopWords::fromText(QStringView text)
{
    StopWords list;
    for (QStringView line : text.tokenize(u'\n')) {
        const qsizetype hash = line.indexOf(u'#');
        if (hash >= 0)
            line = line.left(hash);
        line = line.trimmed();
        if (!line.isEmpty())
            list.m_words.insert(line.toString().toLower().replace(u'\u2019', u'\''));
    }
    return list;
}

const StopWords &StopWords::standard()
{
    static const StopWords list = [] {
        QFile file(QStringLiteral(":/linking/stopwords.txt"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("scrutiny_core: the resource :/linking/stopwords.txt is missing");
        return fromText(QString::fromUtf8(file.readAll()));
    }();
    return list;
}

} // namespace Scrutiny
