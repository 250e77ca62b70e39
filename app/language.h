#pragma once

#include <QString>
#include <optional>
#include <string>
#include <string_view>

class QLocale;

namespace app {

// The languages the program speaks, as --lang and the settings name them.
inline constexpr const char* kEnglish = "en";
inline constexpr const char* kChinese = "zh_CN";

bool isKnownLanguage(std::string_view code);

// "en, zh_CN": for messages that list the choices.
std::string knownLanguages();

// The language to speak: --lang when given, else the saved choice (empty:
// follow the system), else the system's language: any Chinese locale gives
// Simplified Chinese, anything else English.
QString chooseLanguage(const std::optional<std::string>& commandLine, const QString& saved,
                       const QLocale& system);

// The choice in View > Language, kept in QSettings ("view/language"); empty
// means "System default". Needs the application's identity set.
QString savedLanguage();
void saveLanguage(const QString& code);

// Installs, on the running application, the translators for `code`: every
// embedded :/i18n/*_<code>.qm (one per translation file, however many there
// are) and Qt's own (qtbase_<code>.qm: standard buttons, dialogs). English
// needs none. Call before any widget exists. Returns how many were installed.
int installTranslators(const QString& code);

} // namespace app
