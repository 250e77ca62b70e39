#include "ui/export_settings.h"

#include <QSettings>
#include <algorithm>

namespace ui {

namespace {

// Keys below "export/": settings of one dialog in one place.
QString key(const char* name) {
    return QStringLiteral("export/") + QLatin1String(name);
}

// An enum stored as its int; anything outside [0, count) is the default.
template <typename E>
E enumValue(const QSettings& s, const char* name, E fallback, int count) {
    bool ok = false;
    const int v = s.value(key(name)).toInt(&ok);
    return ok && v >= 0 && v < count ? static_cast<E>(v) : fallback;
}

bool flag(const QSettings& s, const char* name, bool fallback) {
    return s.value(key(name), fallback).toBool();
}

} // namespace

ImageExportOptions ExportChoices::imageOptions() const {
    ImageExportOptions o;
    o.format = format;
    o.scale = scale();
    o.theme = theme;
    o.transparent = transparent && format == ImageFormat::Png;
    o.title = title.trimmed();
    o.caption = caption.trimmed();
    return o;
}

ExportChoices loadExportChoices(bool defaultRelativeNumbers) {
    const QSettings s;
    ExportChoices c;
    c.subject = enumValue(s, "subject", c.subject, 5);
    c.format = enumValue(s, "format", c.format, 3);
    c.scaleFactor = std::clamp(s.value(key("scale"), c.scaleFactor).toInt(), 0, 4);
    c.dpi = std::clamp(s.value(key("dpi"), c.dpi).toInt(), 24, 1200);
    c.theme = enumValue(s, "theme", c.theme, 3);
    c.transparent = flag(s, "transparent", c.transparent);
    c.layers.stateBands = flag(s, "layers/stateBands", c.layers.stateBands);
    c.layers.timers = flag(s, "layers/timers", c.layers.timers);
    c.layers.appNotes = flag(s, "layers/appNotes", c.layers.appNotes);
    c.layers.labels = flag(s, "layers/labels", c.layers.labels);
    c.relativeNumbers = flag(s, "relativeNumbers", defaultRelativeNumbers);
    c.showMoment = flag(s, "showMoment", c.showMoment);
    c.showSelection = flag(s, "showSelection", c.showSelection);
    c.title = s.value(key("title")).toString();
    c.caption = s.value(key("caption")).toString();
    c.folder = s.value(key("folder")).toString();
    return c;
}

void saveExportChoices(const ExportChoices& c) {
    QSettings s;
    s.setValue(key("subject"), static_cast<int>(c.subject));
    s.setValue(key("format"), static_cast<int>(c.format));
    s.setValue(key("scale"), c.scaleFactor);
    s.setValue(key("dpi"), c.dpi);
    s.setValue(key("theme"), static_cast<int>(c.theme));
    s.setValue(key("transparent"), c.transparent);
    s.setValue(key("layers/stateBands"), c.layers.stateBands);
    s.setValue(key("layers/timers"), c.layers.timers);
    s.setValue(key("layers/appNotes"), c.layers.appNotes);
    s.setValue(key("layers/labels"), c.layers.labels);
    s.setValue(key("relativeNumbers"), c.relativeNumbers);
    s.setValue(key("showMoment"), c.showMoment);
    s.setValue(key("showSelection"), c.showSelection);
    s.setValue(key("title"), c.title);
    s.setValue(key("caption"), c.caption);
    s.setValue(key("folder"), c.folder);
}

QString formatSuffix(ImageFormat format) {
    switch (format) {
    case ImageFormat::Svg:
        return QStringLiteral("svg");
    case ImageFormat::Pdf:
        return QStringLiteral("pdf");
    case ImageFormat::Png:
        break;
    }
    return QStringLiteral("png");
}

} // namespace ui
