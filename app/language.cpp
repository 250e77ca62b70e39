#include "app/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace app {

namespace {
const QString kLanguageKey = QStringLiteral("view/language");

// Loads one catalog into a translator owned by the application.
bool install(const QString& fileName, const QString& directory) {
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(fileName, directory) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

// Chinese characters come from a fallback font, which fontconfig picks by the
// system's language: on an English system that can be a Japanese or serif
// face. Naming the Simplified Chinese sans face after the usual family makes
// the window and every export (whose painters start from the application
// font) use it, and PDF and SVG files name it.
void preferSimplifiedChineseFont() {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return; // no GUI: nothing is drawn
    QFont font = QGuiApplication::font();
    font.setFamilies({font.family(), QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("Source Han Sans SC"), QStringLiteral("WenQuanYi Micro Hei")});
    QGuiApplication::setFont(font);
}
} // namespace

bool isKnownLanguage(std::string_view code) {
    return code == kEnglish || code == kChinese;
}

std::string knownLanguages() {
    return std::string(kEnglish) + ", " + kChinese;
}

QString chooseLanguage(const std::optional<std::string>& commandLine, const QString& saved,
                       const QLocale& system) {
    if (commandLine)
        return QString::fromStdString(*commandLine);
    if (isKnownLanguage(saved.toStdString()))
        return saved;
    // Traditional Chinese readers get Simplified Chinese too: closer than English.
    if (system.language() == QLocale::Chinese)
        return QString::fromLatin1(kChinese);
    return QString::fromLatin1(kEnglish);
}

QString savedLanguage() {
    return QSettings().value(kLanguageKey).toString();
}

void saveLanguage(const QString& code) {
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, code);
    settings.sync(); // a restart right after reads it from another process
}

int installTranslators(const QString& code) {
    if (code == QLatin1String(kEnglish))
        return 0;
    if (code == QLatin1String(kChinese))
        preferSimplifiedChineseFont();
    int installed = 0;
    const QString suffix = QLatin1Char('_') + code + QStringLiteral(".qm");
    const QDir embedded(QStringLiteral(":/i18n"));
    for (const QString& name : embedded.entryList({QLatin1Char('*') + suffix}, QDir::Files))
        installed += install(name, embedded.path()) ? 1 : 0;
    // Missing when the Qt translations package is not installed: then Qt's
    // standard buttons stay English, which is no reason to stop.
    installed += install(QStringLiteral("qtbase") + suffix,
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                     ? 1
                     : 0;
    return installed;
}

} // namespace app
