#include "ui/diagram_theme.h"

#include <QPalette>
#include <algorithm>
#include <cmath>

namespace ui {

StateFamily stateFamily(core::State state) {
    switch (state) {
    case core::State::Closed:
        return StateFamily::Idle;
    case core::State::Listen:
        return StateFamily::Listening;
    case core::State::SynSent:
    case core::State::SynReceived:
        return StateFamily::Handshake;
    case core::State::Established:
        return StateFamily::Established;
    case core::State::FinWait1:
    case core::State::FinWait2:
    case core::State::CloseWait:
    case core::State::Closing:
    case core::State::LastAck:
        return StateFamily::Closing;
    case core::State::TimeWait:
        return StateFamily::TimeWait;
    }
    return StateFamily::Idle;
}

QColor DiagramTheme::endpoint(int index) const {
    if (endpoints.empty())
        return text;
    const auto n = static_cast<int>(endpoints.size());
    return endpoints[static_cast<std::size_t>(((index % n) + n) % n)];
}

QColor DiagramTheme::stateFill(core::State state) const {
    return stateFills[static_cast<std::size_t>(stateFamily(state))];
}

QPen DiagramTheme::pen(const QColor& color, double width, Qt::PenStyle style) const {
    QPen p(color, width * lineScale, style);
    p.setCapStyle(Qt::FlatCap); // round caps make Qt stroke a line four times slower
    p.setJoinStyle(Qt::RoundJoin);
    return p;
}

QFont DiagramTheme::font(double pixelSize, bool bold) const {
    QFont f;
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(pixelSize * fontScale))));
    f.setBold(bold);
    return f;
}

namespace {

// Mid-tone colours that stay apart from each other (and from the red of a
// lost segment) and carry white text on light and dark backgrounds alike.
std::vector<QColor> endpointPalette() {
    return {QColor(0x2f6fb5), QColor(0xc8610a), QColor(0x2e8540), QColor(0x7b4fb8),
            QColor(0x11808a), QColor(0xb83c7a), QColor(0x8c6239), QColor(0x6b7a12)};
}

} // namespace

DiagramTheme DiagramTheme::light() {
    DiagramTheme t;
    t.background = QColor(0xffffff);
    t.text = QColor(0x1f2328);
    t.mutedText = QColor(0x59636e);
    t.lifeline = QColor(0x9aa3ad);
    t.chipText = QColor(0xffffff);
    t.arrow = QColor(0x24292f);
    t.lost = QColor(0xd1242f);
    t.retransmission = QColor(0xbc4c00);
    t.injected = QColor(0x8250df);
    t.duplicate = QColor(0x0a7ea4);
    t.keepalive = QColor(0x6e7781);
    t.challengeAck = QColor(0x1a7f37);
    t.synCookie = QColor(0x9a6700);
    t.hostReset = QColor(0xbf3989);
    t.udp = QColor(0x3b6fb6);
    t.playhead = QColor(0x0969da);
    t.selection = QColor(0xffb000);
    t.gapMark = QColor(0x8c959f);
    t.timer = QColor(0x6e7781);
    t.noteFill = QColor(0xf6f8fa);
    t.noteBorder = QColor(0xb6bec7);
    t.error = QColor(0xcf222e);
    t.bandOutline = QColor(0x8c959f);
    t.stateFills = {QColor(0xe6e8eb), QColor(0xd4e2f4), QColor(0xffe49a),
                    QColor(0xb4e5bd), QColor(0xffcb9a), QColor(0xd6c8f5)};
    t.endpoints = endpointPalette();
    return t;
}

DiagramTheme DiagramTheme::dark() {
    DiagramTheme t;
    t.background = QColor(0x1b1f24);
    t.text = QColor(0xe6edf3);
    t.mutedText = QColor(0x9aa5b1);
    t.lifeline = QColor(0x5f6a75);
    t.chipText = QColor(0xffffff);
    t.arrow = QColor(0xd0d7de);
    t.lost = QColor(0xff6b6b);
    t.retransmission = QColor(0xf0a04b);
    t.injected = QColor(0xc297ff);
    t.duplicate = QColor(0x4fc3f7);
    t.keepalive = QColor(0x8b949e);
    t.challengeAck = QColor(0x56d364);
    t.synCookie = QColor(0xe3b341);
    t.hostReset = QColor(0xff7eb6);
    t.udp = QColor(0x79c0ff);
    t.playhead = QColor(0x58a6ff);
    t.selection = QColor(0xffd33d);
    t.gapMark = QColor(0x6e7681);
    t.timer = QColor(0x9aa5b1);
    t.noteFill = QColor(0x2a3038);
    t.noteBorder = QColor(0x505a66);
    t.error = QColor(0xff7b72);
    t.bandOutline = QColor(0x6e7681);
    t.stateFills = {QColor(0x3a3f45), QColor(0x2f4560), QColor(0x6e5a14),
                    QColor(0x1f5c36), QColor(0x76421f), QColor(0x4d3d7a)};
    t.endpoints = endpointPalette();
    return t;
}

DiagramTheme DiagramTheme::print() {
    DiagramTheme t;
    const QColor black(Qt::black);
    const QColor grey(0x555555);
    t.background = QColor(0xffffff);
    t.text = black;
    t.mutedText = grey;
    t.lifeline = grey;
    t.chipText = black;
    t.arrow = t.lost = t.retransmission = t.injected = t.duplicate = black;
    t.keepalive = t.challengeAck = t.synCookie = t.hostReset = t.udp = black;
    t.playhead = black;
    t.selection = QColor(0x999999);
    t.gapMark = grey;
    t.timer = black;
    t.noteFill = QColor(Qt::transparent);
    t.noteBorder = black;
    t.error = black;
    t.bandOutline = black;
    t.stateFills.fill(QColor(Qt::transparent));
    t.endpoints = {black};
    t.fills = false;
    return t;
}

DiagramTheme DiagramTheme::highContrast() {
    DiagramTheme t = light();
    t.text = QColor(Qt::black);
    t.mutedText = QColor(0x24292f);
    t.lifeline = QColor(0x424a53);
    t.arrow = QColor(Qt::black);
    t.lost = QColor(0xc00000);
    t.retransmission = QColor(0xb34700);
    t.injected = QColor(0x6a1fc2);
    t.duplicate = QColor(0x005f87);
    t.keepalive = QColor(0x32383f);
    t.challengeAck = QColor(0x0b6623);
    t.synCookie = QColor(0x7a5200);
    t.hostReset = QColor(0xa0115e);
    t.udp = QColor(0x0b4ea2);
    t.playhead = QColor(0x0047b3);
    t.timer = QColor(0x32383f);
    t.noteFill = QColor(0xffffff);
    t.noteBorder = QColor(0x24292f);
    t.bandOutline = QColor(0x24292f);
    t.stateFills = {QColor(0xd0d4d9), QColor(0xa9c8f0), QColor(0xffd24d),
                    QColor(0x86d996), QColor(0xffa866), QColor(0xbba4f0)};
    return t;
}

DiagramTheme DiagramTheme::forPalette(const QPalette& palette) {
    return palette.color(QPalette::Window).lightnessF() < 0.5 ? dark() : light();
}

} // namespace ui
