#pragma once

// Rows of an image cut into bands, one per core, for work that each band can
// do on its own thread (filling an image, compressing its rows).

#include <QThread>
#include <algorithm>
#include <vector>

namespace ui {

struct RowBand {
    int first = 0; // rows [first, last)
    int last = 0;
};

// Rows [0, height) in one band per core, in order, none shorter than
// `minRows` (so a small image is one band).
inline std::vector<RowBand> rowBands(int height, int minRows) {
    const int count = std::clamp(QThread::idealThreadCount(), 1, std::max(1, height / minRows));
    std::vector<RowBand> bands;
    for (int i = 0; i < count; ++i)
        bands.push_back({height * i / count, height * (i + 1) / count});
    return bands;
}

} // namespace ui
