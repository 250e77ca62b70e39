// The time axis of the sequence diagram and the text dump of the model.

#include "core/duration.h"
#include "ui/sequence_layout.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ui {

TimeAxis::TimeAxis(std::vector<core::Micros> eventTimes, const SequenceOptions& options)
    : m_pixelsPerMicro(options.pixelsPerSecond / 1e6), m_mode(options.axis) {
    std::sort(eventTimes.begin(), eventTimes.end());
    eventTimes.erase(std::unique(eventTimes.begin(), eventTimes.end()), eventTimes.end());
    double y = 0.0;
    for (std::size_t i = 0; i < eventTimes.size(); ++i) {
        if (i > 0) {
            const core::Micros idle = eventTimes[i] - eventTimes[i - 1];
            const bool collapse = idle > options.gapThreshold;
            const double step =
                options.axis == TimeAxisMode::EventRows
                    ? options.rowHeight
                    : (collapse ? options.gapHeight
                                : static_cast<double>(idle.count()) * m_pixelsPerMicro);
            if (collapse)
                m_breaks.push_back({y, step, eventTimes[i - 1], idle});
            y += step;
        }
        m_anchors.push_back({eventTimes[i], y});
    }
}

double TimeAxis::y(core::Micros t) const {
    const auto linear = [this](const Anchor& a, core::Micros at) {
        return a.y + static_cast<double>((at - a.t).count()) * m_pixelsPerMicro;
    };
    if (m_anchors.empty())
        return linear({core::Micros{0}, 0.0}, t);
    if (t <= m_anchors.front().t)
        return linear(m_anchors.front(), t);
    if (t >= m_anchors.back().t)
        return linear(m_anchors.back(), t);
    const auto next = std::upper_bound(m_anchors.begin(), m_anchors.end(), t,
                                       [](core::Micros v, const Anchor& a) { return v < a.t; });
    const Anchor& a = *(next - 1);
    const Anchor& b = *next;
    const double f =
        static_cast<double>((t - a.t).count()) / static_cast<double>((b.t - a.t).count());
    return a.y + f * (b.y - a.y);
}

core::Micros TimeAxis::timeAt(double y) const {
    const auto linear = [this](const Anchor& a, double at) {
        return a.t + core::Micros{std::llround((at - a.y) / m_pixelsPerMicro)};
    };
    if (m_anchors.empty())
        return linear({core::Micros{0}, 0.0}, y);
    if (y <= m_anchors.front().y)
        return linear(m_anchors.front(), y);
    if (y >= m_anchors.back().y)
        return linear(m_anchors.back(), y);
    const auto next = std::upper_bound(m_anchors.begin(), m_anchors.end(), y,
                                       [](double v, const Anchor& a) { return v < a.y; });
    const Anchor& a = *(next - 1);
    const Anchor& b = *next;
    const double f = (y - a.y) / (b.y - a.y);
    return a.t + core::Micros{std::llround(f * static_cast<double>((b.t - a.t).count()))};
}

std::vector<std::string_view> arrowKinds(const Arrow& a) {
    std::vector<std::string_view> kinds;
    const auto add = [&kinds](bool on, std::string_view name) {
        if (on)
            kinds.push_back(name);
    };
    add(a.lost, "lost");
    add(a.unfinished, "unfinished");
    add(a.retransmission, "retransmission");
    add(a.injected, "injected");
    add(a.duplicate, "duplicate");
    add(a.keepaliveProbe, "keepalive probe");
    add(a.challengeAck, "challenge ACK");
    add(a.synCookie, "SYN cookie");
    add(a.hostReset, "host RST");
    add(a.udp, "UDP");
    return kinds;
}

namespace {

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

std::string span(double y0, double y1) {
    return "y=" + num(y0) + ".." + num(y1);
}

std::string arrowFlags(const Arrow& a) {
    std::string out;
    for (const std::string_view kind : arrowKinds(a))
        out += (out.empty() ? " [" : ", ") + std::string(kind);
    return out.empty() ? out : out + "]";
}

std::string_view toString(TimerEnd e) {
    switch (e) {
    case TimerEnd::Fired:
        return "fired";
    case TimerEnd::Cancelled:
        return "cancelled";
    case TimerEnd::Rearmed:
        return "re-armed";
    case TimerEnd::Pending:
        return "pending";
    }
    return "?";
}

} // namespace

std::string toText(const SequenceDiagram& d) {
    std::string out;
    const auto lane = [&d](int i) { return d.lifelines[static_cast<std::size_t>(i)].label; };
    for (const Lifeline& l : d.lifelines)
        out += "lifeline " + l.label + " (" + l.caption + ") x=" + num(l.x) + "\n";
    for (const TimeBreak& b : d.axis.breaks())
        out += "break y=" + num(b.y) + " height=" + num(b.height) +
               " skipped=" + core::formatDuration(b.skipped) + "\n";
    for (const Arrow& a : d.arrows)
        out += "arrow " + lane(a.fromLane) + " -> " + lane(a.toLane) + " (" + num(a.from.x) + "," +
               num(a.from.y) + ")->(" + num(a.to.x) + "," + num(a.to.y) + ") \"" + a.label + "\"" +
               arrowFlags(a) + "\n";
    for (const StateBand& b : d.bands)
        out += "band " + lane(b.lane) + " " + span(b.y0, b.y1) + " " + b.label + "\n";
    for (const TimerBracket& t : d.timers)
        out += "timer " + lane(t.lane) + " " + span(t.y0, t.y1) + " " + t.label + " " +
               std::string(toString(t.end)) + "\n";
    for (const AppNote& n : d.notes)
        out += "note " + lane(n.lane) + " y=" + num(n.at.y) + " " + n.text + "\n";
    out += "height " + num(d.height) + "\n";
    return out;
}

} // namespace ui
