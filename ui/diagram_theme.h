#pragma once

// Colours, pens and fonts shared by every diagram (sequence diagram, state
// machine, exports), so that an endpoint has the same colour everywhere.

#include "core/state.h"

#include <QColor>
#include <QFont>
#include <QPen>
#include <array>
#include <vector>

class QPalette;

namespace ui {

// States grouped by what a learner is looking at; each family has one fill.
enum class StateFamily : std::uint8_t {
    Idle,        // CLOSED
    Listening,   // LISTEN
    Handshake,   // SYN-SENT, SYN-RECEIVED
    Established, // ESTABLISHED
    Closing,     // FIN-WAIT-1, FIN-WAIT-2, CLOSE-WAIT, CLOSING, LAST-ACK
    TimeWait,    // TIME-WAIT
};
inline constexpr std::size_t kStateFamilyCount = 6;

StateFamily stateFamily(core::State state);

struct DiagramTheme {
    QColor background;
    QColor text;
    QColor mutedText;
    QColor lifeline;
    QColor chipText; // text on an endpoint-coloured chip

    // Arrows, one colour per kind of segment.
    QColor arrow;
    QColor lost;
    QColor retransmission;
    QColor injected;
    QColor duplicate;
    QColor keepalive;
    QColor challengeAck;
    QColor synCookie;
    QColor hostReset;
    QColor udp;

    QColor playhead;
    QColor selection;
    QColor gapMark;
    QColor timer;
    QColor noteFill;
    QColor noteBorder;
    QColor error;
    QColor bandOutline;
    std::array<QColor, kStateFamilyCount> stateFills; // indexed by StateFamily
    std::vector<QColor> endpoints;                    // cycled by endpoint()
    bool fills = true; // false: bands and chips are outlined only (print)

    double fontScale = 1.0; // classroom mode enlarges text ...
    double lineScale = 1.0; // ... and lines

    // The colour of endpoint (lane) `index`; the palette repeats after its end.
    QColor endpoint(int index) const;
    QColor stateFill(core::State state) const;
    // A pen `width` logical pixels wide (times lineScale).
    QPen pen(const QColor& color, double width = 1.0, Qt::PenStyle style = Qt::SolidLine) const;
    // A sans-serif font `pixelSize` logical pixels high (times fontScale). Pixel
    // sizes, not points: the same text size on screen, in PNG, SVG and PDF.
    QFont font(double pixelSize, bool bold = false) const;

    static DiagramTheme light();
    static DiagramTheme dark();
    static DiagramTheme print(); // black on white, no fills
    // For a projector: black on white, saturated colours, fills dark enough to
    // survive a washed-out beam.
    static DiagramTheme highContrast();
    // light() or dark(), after the lightness of the palette's window colour.
    static DiagramTheme forPalette(const QPalette& palette);
};

} // namespace ui
