#include "ui/text_diagram.h"

#include <algorithm>
#include <cstdio>

namespace ui {

namespace {

// One line of a text diagram. The texts point into the diagram, which
// outlives the story made of it.
struct Step {
    enum class Kind : std::uint8_t { Message, State, Call, Gap };
    Kind kind = Kind::Message;
    std::size_t event = 0;             // the trace event behind it (not for a gap)
    double y = 0.0;                    // where the picture draws it
    int lane = 0;                      // State, Call
    const Arrow* arrow = nullptr;      // Message
    const std::string* text = nullptr; // State, Call
    core::Micros skipped{};            // Gap
};

// Steps keep the trace's order of events, which is the order of cause and
// effect: the FIN arrives, CLOSE-WAIT begins, then the application calls
// close(). A break goes before the first step drawn below it.
std::vector<Step> story(const SequenceDiagram& d) {
    std::vector<Step> placed;
    for (const AppNote& n : d.notes)
        placed.push_back({Step::Kind::Call, n.event, n.at.y, n.lane, nullptr, &n.text, {}});
    for (const StateMark& m : d.stateMarks)
        placed.push_back({Step::Kind::State, m.event, m.y, m.lane, nullptr, &m.label, {}});
    for (const Arrow& a : d.arrows)
        placed.push_back({Step::Kind::Message, a.sentEvent, a.from.y, a.fromLane, &a, nullptr, {}});
    std::stable_sort(placed.begin(), placed.end(),
                     [](const Step& a, const Step& b) { return a.event < b.event; });
    const std::vector<TimeBreak>& breaks = d.axis.breaks();
    std::vector<Step> steps;
    std::size_t nextBreak = 0;
    for (const Step& step : placed) {
        for (; nextBreak < breaks.size() && breaks[nextBreak].y < step.y; ++nextBreak) {
            Step gap;
            gap.kind = Step::Kind::Gap;
            gap.skipped = breaks[nextBreak].skipped;
            steps.push_back(gap);
        }
        steps.push_back(step);
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
        switch (step.kind) {
        case Step::Kind::Message: {
            const Arrow& a = *step.arrow;
            out += "    " + participant(a.fromLane) + (a.lost ? "-x" : "->>") +
                   participant(a.toLane) + ": " + mermaidText(a.label + remarks(a)) + "\n";
            break;
        }
        case Step::Kind::State:
            out += "    Note over " + participant(step.lane) + ": " + *step.text + "\n";
            break;
        case Step::Kind::Call:
            out +=
                "    Note over " + participant(step.lane) + ": " + mermaidText(*step.text) + "\n";
            break;
        case Step::Kind::Gap:
            if (!d.lifelines.empty())
                out += "    Note over " + everyone + ": " + later(step.skipped) + "\n";
            break;
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
        switch (step.kind) {
        case Step::Kind::Message: {
            const Arrow& a = *step.arrow;
            const char* arrow = a.lost ? " ->x " : (a.injected ? " -[#purple]> " : " -> ");
            out += participant(a.fromLane) + arrow + participant(a.toLane) + " : " + a.label +
                   remarks(a) + "\n";
            break;
        }
        case Step::Kind::State:
            out += "hnote over " + participant(step.lane) + " : " + *step.text + "\n";
            break;
        case Step::Kind::Call:
            out += "rnote over " + participant(step.lane) + " : " + *step.text + "\n";
            break;
        case Step::Kind::Gap:
            out += "... " + later(step.skipped) + " ...\n";
            break;
        }
    }
    out += "@enduml\n";
    return out;
}

} // namespace ui
