#include "address.h"

#include <charconv>

namespace core {

std::optional<Address> parseAddress(std::string_view text) {
    std::uint32_t value = 0;
    const char* p = text.data();
    const char* end = text.data() + text.size();
    for (int octet = 0; octet < 4; ++octet) {
        if (octet > 0) {
            if (p == end || *p != '.')
                return std::nullopt;
            ++p;
        }
        unsigned part = 0;
        auto [next, ec] = std::from_chars(p, end, part);
        if (ec != std::errc{} || next == p || part > 255 || next - p > 3)
            return std::nullopt;
        value = (value << 8) | part;
        p = next;
    }
    if (p != end)
        return std::nullopt;
    return Address{value};
}

std::string toString(Address address) {
    const std::uint32_t v = address.v4;
    return std::to_string(v >> 24) + '.' + std::to_string((v >> 16) & 0xff) + '.' +
           std::to_string((v >> 8) & 0xff) + '.' + std::to_string(v & 0xff);
}

} // namespace core
