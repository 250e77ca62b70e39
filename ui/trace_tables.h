#pragma once

// Small helpers shared by the code that turns trace events into words: a
// lookup into a trace's tables that tolerates a trace built by hand, and
// core's English names (std::string_view) as QStrings.

#include <QString>
#include <cstdint>
#include <string_view>
#include <vector>

namespace ui {

// table[id], or nullptr when `id` is negative or past the end.
template <typename T> const T* at(const std::vector<T>& table, std::int32_t id) {
    return id >= 0 && static_cast<std::size_t>(id) < table.size()
               ? &table[static_cast<std::size_t>(id)]
               : nullptr;
}

inline QString qs(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace ui
