#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace core {

// An IPv4 address in host byte order.
struct Address {
    std::uint32_t v4 = 0;
    friend constexpr bool operator==(Address, Address) = default;
};

// "10.0.0.1" -> Address; nullopt for anything that is not four dotted octets.
std::optional<Address> parseAddress(std::string_view text);
std::string toString(Address address);

using Port = std::uint16_t;

} // namespace core
