// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpellingDictionary.h"

#include <hunspell/hunspell.hxx>

#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace Scrutiny::Ingest {

struct SpellingDictionary::Private
{
    std::unique_ptr<Hunspell> hunspell;
    mutable QMutex mutex;
    mutable QHash<QString, bool> known;
};

SpellingDictionary::SpellingDictionary(std::unique_ptr<Private> d_)
    : d(std::move(d_))
{
}

SpellingDictionary::~SpellingDictionary() = default;

std::shared_ptr<SpellingDictionary> SpellingDictionary::open(const QString &basePath)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<SpellingDictionary>> loaded;
    const QMutexLocker lock(&mutex);
    if (auto it = loaded.constFind(basePath); it != loaded.constEnd())
        return it.value();
    const QString aff = basePath + QStringLiteral(".aff");
    const QString dic = basePath + QStringLiteral(".dic");
    if (!QFileInfo::exists(aff) || !QFileInfo::exists(dic))
        return nullptr;
    auto p = std::make_unique<Private>();
    p->hunspell = std::make_unique<Hunspell>(aff.toLocal8Bit().constData(), dic.toLocal8Bit().constData());
    std::shared_ptr<SpellingDictionary> dictionary(new SpellingDictionary(std::move(p)));
    loaded.insert(basePath, dictionary);
    return dictionary;
}

bool SpellingDictionary::isWord(QStringView word) const
{
    const QMutexLocker lock(&d->mutex);
    const QString key = word.toString();
    if (auto it = d->known.constFind(key); it != d->known.constEnd())
        return it.value();
    const bool ok = d->hunspell->spell(key.toStdString());
    d->known.insert(key, ok);
    return ok;
}

} // namespace Scrutiny::Ingest
