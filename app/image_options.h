#pragma once

#include "core/time.h"

#include <optional>
#include <string>
#include <utility>

namespace app {

enum class ImageTheme { Light, Dark, Print };
enum class ImageView { Sequence, States };

// How --export draws a PNG, SVG or PDF picture.
struct ImageOptions {
    double scale = 1.0; // --scale N: PNG pixels per diagram pixel
    ImageTheme theme = ImageTheme::Light;
    bool transparent = false; // --transparent: PNG without a background
    ImageView view = ImageView::Sequence;
    std::optional<std::pair<core::Micros, core::Micros>> range; // --range FROM:TO
    std::string title;                                          // --title TEXT
    std::string caption;                                        // --caption TEXT
};

// The image options as the command line spelled them.
struct RawImageOptions {
    std::optional<std::string> scale;
    std::optional<std::string> theme;
    std::optional<std::string> view;
    std::optional<std::string> range;
    std::optional<std::string> title;
    std::optional<std::string> caption;
    bool transparent = false;
    bool any() const { return scale || theme || view || range || title || caption || transparent; }
};

// Checks and converts them for an export in `extension` (".png", ".svg",
// ".pdf", or another for which none applies); returns an error message, empty
// on success.
std::string readImageOptions(const RawImageOptions& raw, const std::string& extension,
                             ImageOptions& options);

} // namespace app
