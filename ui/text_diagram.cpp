#include "ui/text_diagram.h"

#include <algorithm>
#include <cstdio>
#include <variant>

namespace ui {

namespace {

// One line of a text diagram, in the order the picture shows them top-down.
struct Message {
    const Arrow* arrow = nullptr;
};
struct StateNote {
    int lane = 0;
    double y = 0.0;
    std::string state;
};
struct CallNote {
    int lane = 0;
    double y = 0.0;
    std::string text;
};
struct Gap {
    core::Micros skipped{};
};
using Step = std::variant<Message, StateNote, CallNote, Gap>;

double heightOf(const SequenceDiagram&, const Message& m) {
    return m.arrow->from.y;
}
double heightOf(const SequenceDiagram&, const StateNote& s) {
    return s.y;
}
double heightOf(const SequenceDiagram&, const CallNote& c) {
    return c.y;
}
double heightOf(const SequenceDiagram&, const Gap&) {
    return 0.0;
}

// Steps keep the trace's order of events, which is the order of cause and
// effect: the FIN arrives, CLOSE-WAIT begins, then the application calls close().
struct Placed {
    std::size_t event;
    Step step;
};

std::vector<Step> story(const SequenceDiagram& d) {
    std::vector<Placed> placed;
    for (const AppNote& n : d.notes)
        placed.push_back({n.event, CallNote{n.lane, n.at.y, n.text}});
    for (const StateMark& m : d.stateMarks)
        placed.push_back({m.event, StateNote{m.lane, m.y, m.label}});
    for (const Arrow& a : d.arrows)
        placed.push_back({a.sentEvent, Message{&a}});
    std::stable_sort(placed.begin(), placed.end(),
                     [](const Placed& a, const Placed& b) { return a.event < b.event; });
    // A break goes before the first step drawn below it.
    const std::vector<TimeBreak>& breaks = d.axis.breaks();
    std::vector<Step> steps;
    steps.reserve(placed.size() + breaks.size());
    std::size_t nextBreak = 0;
    for (Placed& p : placed) {
        const double y = std::visit([&d](const auto& s) { return heightOf(d, s); }, p.step);
        for (; nextBreak < breaks.size() && breaks[nextBreak].y < y; ++nextBreak)
            steps.emplace_back(std::in_place_type<Gap>, breaks[nextBreak].skipped);
        steps.push_back(std::move(p.step));
    }
    return steps;
}

std::string participant(int lane) {
    return "P" + std::to_string(lane);
}

// What the label alone does not say; "lost" last, as the arrow shows it.
std::string remarks(const Arrow& a) {
    std::string out;
    for (const std::string_view kind : arrowKinds(a)) {
        if (kind != "lost" && kind != "unfinished" && kind != "host RST" && kind != "UDP")
            out += " (" + std::string(kind) + ")";
    }
    return a.lost ? out + " (lost)" : out;
}

// "60 s later", "1.5 s later": whole seconds read better than 60000ms.
std::string later(core::Micros skipped) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", static_cast<double>(skipped.count()) / 1e6);
    std::string seconds = text;
    seconds.erase(seconds.find_last_not_of('0') + 1);
    if (seconds.back() == '.')
        seconds.pop_back();
    return seconds + " s later";
}

// Mermaid gives '#' and ';' a meaning inside message text.
std::string mermaidText(std::string text) {
    std::string out;
    for (const char c : text) {
        if (c == '#')
            out += "#35;";
        else if (c == ';')
            out += "#59;";
        else
            out += c;
    }
    return out;
}

} // namespace

std::string toMermaid(const SequenceDiagram& d) {
    std::string out = "sequenceDiagram\n";
    for (std::size_t i = 0; i < d.lifelines.size(); ++i)
        out += "    participant " + participant(static_cast<int>(i)) + " as " +
               mermaidText(d.lifelines[i].label) + "\n";
    const std::string everyone =
        d.lifelines.size() > 1
            ? participant(0) + "," + participant(static_cast<int>(d.lifelines.size()) - 1)
            : participant(0);
    for (const Step& step : story(d)) {
        if (const auto* m = std::get_if<Message>(&step)) {
            const Arrow& a = *m->arrow;
            out += "    " + participant(a.fromLane) + (a.lost ? "-x" : "->>") +
                   participant(a.toLane) + ": " + mermaidText(a.label + remarks(a)) + "\n";
        } else if (const auto* s = std::get_if<StateNote>(&step)) {
            out += "    Note over " + participant(s->lane) + ": " + s->state + "\n";
        } else if (const auto* c = std::get_if<CallNote>(&step)) {
            out += "    Note over " + participant(c->lane) + ": " + mermaidText(c->text) + "\n";
        } else if (const auto* g = std::get_if<Gap>(&step)) {
            if (!d.lifelines.empty())
                out += "    Note over " + everyone + ": " + later(g->skipped) + "\n";
        }
    }
    return out;
}

std::string toPlantUml(const SequenceDiagram& d) {
    std::string out = "@startuml\n";
    for (std::size_t i = 0; i < d.lifelines.size(); ++i)
        out += "participant \"" + d.lifelines[i].label + "\" as " +
               participant(static_cast<int>(i)) + "\n";
    for (const Step& step : story(d)) {
        if (const auto* m = std::get_if<Message>(&step)) {
            const Arrow& a = *m->arrow;
            const char* arrow = a.lost ? " ->x " : (a.injected ? " -[#purple]> " : " -> ");
            out += participant(a.fromLane) + arrow + participant(a.toLane) + " : " + a.label +
                   remarks(a) + "\n";
        } else if (const auto* s = std::get_if<StateNote>(&step)) {
            out += "hnote over " + participant(s->lane) + " : " + s->state + "\n";
        } else if (const auto* c = std::get_if<CallNote>(&step)) {
            out += "rnote over " + participant(c->lane) + " : " + c->text + "\n";
        } else if (const auto* g = std::get_if<Gap>(&step)) {
            out += "... " + later(g->skipped) + " ...\n";
        }
    }
    out += "@enduml\n";
    return out;
}

} // namespace ui
