#pragma once

// The transport buttons' symbols, drawn in the palette's button text colour so
// that they read on a light and on a dark palette alike (the style's media
// icons are dark grey whatever the palette).

#include <QIcon>
#include <QPalette>
#include <cstdint>

namespace ui {

enum class TransportIcon : std::uint8_t { Start, Previous, Play, Pause, Next, End };

QIcon transportIcon(TransportIcon icon, const QPalette& palette);

} // namespace ui
