#pragma once

// Internal to the sequence painter's source files: sizes of the drawing in
// logical pixels and small drawing helpers.

#include "core/time.h"

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QString>

class QPainter;

namespace ui::paint_detail {

inline constexpr double kBandHalf = 5.0;      // half the width of a state band
inline constexpr double kTimerGap = 5.0;      // band edge to the first timer bracket
inline constexpr double kTimerColumn = 6.0;   // between overlapping timer brackets
inline constexpr int kMaxTimerColumns = 4;    // more overlapping timers share the last
inline constexpr double kColumnGap = 6.0;     // last timer bracket to the text column
inline constexpr double kColumnWidth = 150.0; // the text column of an outer lane (x fontScale)
inline constexpr double kHeadLength = 10.0;   // arrowhead
inline constexpr double kHeadHalfWidth = 4.5;
inline constexpr double kLabelMargin = 30.0;  // sender lane to the start of an arrow's label
inline constexpr double kGhostOpacity = 0.22; // what happens after the playhead
inline constexpr double kLabelPx = 12.0;      // font sizes (x fontScale)
inline constexpr double kSmallPx = 11.0;
inline constexpr double kHeaderPx = 13.0;
inline constexpr double kTopMargin = 16.0; // header to y = 0, room for the text at time 0
inline constexpr double kBottomMargin = 40.0;
inline constexpr double kBandChipRepeat = 1200.0; // a long band repeats its label this often

// "1.250 s" with `decimals` digits.
QString secondsText(core::Micros t, int decimals);
// The fewest decimals that show a multiple of `step` exactly (at least 0, at most 6).
int decimalsFor(core::Micros step);
// A length of time for people: "239.95 s", "350 ms", "120 µs".
QString durationText(core::Micros d);
// A rounded rectangle; no fill when `fill` is transparent.
void drawPill(QPainter& p, const QRectF& rect, const QColor& fill, const QColor& border,
              double radius = 3.0);
// A small ✕ centred on `at`.
void drawCross(QPainter& p, QPointF at, double half);

} // namespace ui::paint_detail
