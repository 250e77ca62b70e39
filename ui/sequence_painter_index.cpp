#include "ui/sequence_painter_index.h"

#include <algorithm>
#include <cmath>

namespace ui {

SpanIndex::SpanIndex(const std::vector<std::pair<double, double>>& spans, double bucketHeight)
    : m_bucketHeight(bucketHeight > 0.0 ? bucketHeight : 128.0) {
    m_spans.reserve(spans.size());
    double lowest = 0.0;
    double highest = 0.0;
    for (const auto& [a, b] : spans) {
        m_spans.emplace_back(std::min(a, b), std::max(a, b));
        lowest =
            m_spans.size() == 1 ? m_spans.back().first : std::min(lowest, m_spans.back().first);
        highest = std::max(highest, m_spans.back().second);
    }
    m_origin = lowest;
    const auto count =
        static_cast<std::size_t>(std::floor((highest - m_origin) / m_bucketHeight)) + 1;
    m_buckets.resize(count);
    for (std::size_t i = 0; i < m_spans.size(); ++i) {
        const int first = bucketOf(m_spans[i].first);
        const int last = bucketOf(m_spans[i].second);
        for (int k = first; k <= last; ++k)
            m_buckets[static_cast<std::size_t>(k)].push_back(static_cast<int>(i));
    }
}

int SpanIndex::bucketOf(double y) const {
    const double k = std::floor((y - m_origin) / m_bucketHeight);
    const double last = static_cast<double>(m_buckets.size()) - 1.0;
    return static_cast<int>(std::clamp(k, 0.0, std::max(last, 0.0)));
}

std::vector<int> SpanIndex::query(double top, double bottom) const {
    std::vector<int> out;
    if (m_spans.empty() || bottom < top)
        return out;
    const int first = bucketOf(top);
    const int last = bucketOf(bottom);
    for (int k = first; k <= last; ++k) {
        for (int i : m_buckets[static_cast<std::size_t>(k)]) {
            const auto& [y0, y1] = m_spans[static_cast<std::size_t>(i)];
            // Listed once: by the first bucket of the query that the item is in.
            if (k != first && bucketOf(y0) != k)
                continue;
            if (y1 >= top && y0 <= bottom)
                out.push_back(i);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace ui
