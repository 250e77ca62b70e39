#pragma once

#include <QString>

namespace app {

// The colours of the whole program. System follows the desktop; Light and Dark
// force one, e.g. for a projector, whatever the desktop uses.
enum class AppTheme { System, Light, Dark };

// Applies `theme` to the running QApplication (Fusion style with a matching
// palette for Light and Dark; the platform's own style and palette for System).
void applyTheme(AppTheme theme);

QString toSettingsValue(AppTheme theme);
AppTheme themeFromSettingsValue(const QString& value); // unknown -> System

} // namespace app
