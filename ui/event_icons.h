#pragma once

// Colours and small symbols for event kinds, shared by the event log and its
// filter. Each has a light and a dark variant, chosen by the palette.

#include "ui/event_text.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace ui {

// Whether a palette is dark: its base (the background of lists) is.
bool isDarkPalette(const QPalette& palette);

// The colour of an event kind: blue sends, green arrivals, red drops ...
QColor eventKindColor(EventKind kind, const QPalette& palette);
// A 16 px symbol in that colour: an arrow for a send, a cross for a drop ...
QIcon eventKindIcon(EventKind kind, const QPalette& palette);

// The background of the row at the playhead: the highlight, faint enough that
// the text stays readable and a selection still shows.
QColor currentRowColor(const QPalette& palette);

} // namespace ui
