#pragma once

// The sequence diagram as text for Markdown: a Mermaid `sequenceDiagram` and a
// PlantUML sequence diagram. Both are made from the same layout model as the
// picture, so they show the same lanes, labels, states and breaks; what they
// cannot show is the slope: a text diagram draws every message level, in the
// order the segments were sent.

#include "ui/sequence_layout.h"

#include <string>

namespace ui {

std::string toMermaid(const SequenceDiagram& diagram);
std::string toPlantUml(const SequenceDiagram& diagram);

} // namespace ui
