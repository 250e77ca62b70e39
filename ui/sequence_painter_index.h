#pragma once

// Finds the items of a diagram that cross a range of heights without looking
// at every item: a frame of a 10,000-segment trace draws only what it shows.

#include <utility>
#include <vector>

namespace ui {

// Items with vertical spans [y0, y1] (either order), bucketed by height. An item
// is listed in every bucket its span touches, so a long item (an arrow still in
// flight at the end, a 2MSL timer) costs a few entries and short ones one or two.
class SpanIndex {
public:
    SpanIndex() = default;
    explicit SpanIndex(const std::vector<std::pair<double, double>>& spans,
                       double bucketHeight = 128.0);

    // The items whose span meets [top, bottom], each once, in increasing order.
    std::vector<int> query(double top, double bottom) const;
    std::size_t size() const { return m_spans.size(); }

private:
    int bucketOf(double y) const;

    std::vector<std::pair<double, double>> m_spans; // normalised: first <= second
    std::vector<std::vector<int>> m_buckets;
    double m_origin = 0.0;
    double m_bucketHeight = 128.0;
};

} // namespace ui
