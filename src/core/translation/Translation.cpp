// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translation.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace Scrutiny::Translation {

namespace {
QString settingsKey()
{
    return QStringLiteral("language");
}

struct Installed
{
    QString code = QStringLiteral("en");
    std::unique_ptr<QTranslator> ours;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

/// Where qt_add_translations put scrutiny_<code>.qm among the resources (its
/// alias depends on the build layout, so look rather than assume).
QString catalogue(const QString &code)
{
    const QString name = QStringLiteral("scrutiny_%1.qm").arg(code);
    QDirIterator it(QStringLiteral(":/"), {name}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}
} // namespace

bool isAvailable(const QString &code)
{
    for (const Language &language : available()) {
        if (language.code == code)
            return true;
    }
    return false;
}

QStringList codes()
{
    QStringList list;
    for (const Language &language : available())
        list.append(language.code);
    return list;
}

QList<Language> available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("cy"), QStringLiteral("Cymraeg")}};
}

QString chosen()
{
    return QSettings().value(settingsKey()).toString();
}

void setChosen(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(settingsKey());
    else
        QSettings().setValue(settingsKey(), code);
}

QString resolve(const QString &requested)
{
    if (isAvailable(requested))
        return requested;
    if (const QString setting = chosen(); isAvailable(setting))
        return setting;
    return systemLanguage();
}

QString systemLanguage()
{
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (isAvailable(code))
            return code;
    }
    return QStringLiteral("en");
}

bool install(const QString &code)
{
    Installed &state = installed();
    if (state.ours)
        QCoreApplication::removeTranslator(state.ours.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.ours.reset();
    state.qt.reset();
    state.code = code;
    const QLocale locale(code == QLatin1StringView("cy") ? QStringLiteral("cy_GB") : QStringLiteral("en_GB"));
    QLocale::setDefault(locale);

    auto ours = std::make_unique<QTranslator>();
    const QString path = catalogue(code);
    const bool loaded = !path.isEmpty() && ours->load(path);
    if (loaded) {
        QCoreApplication::installTranslator(ours.get());
        state.ours = std::move(ours);
    }
    // Qt's own strings (standard buttons, dialogs), where the system has them.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
    return loaded;
}

QString current()
{
    return installed().code;
}

ScopedLanguage::ScopedLanguage(const QString &code)
    : m_previous(current())
{
    if (code != m_previous)
        install(code);
}

ScopedLanguage::~ScopedLanguage()
{
    if (current() != m_previous)
        install(m_previous);
}

QString languageTag()
{
    return current() == QLatin1StringView("cy") ? QStringLiteral("cy-GB") : QStringLiteral("en-GB");
}

} // namespace Scrutiny::Translation
