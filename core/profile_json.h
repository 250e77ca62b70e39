#pragma once

// Internal to hl_core: the "overrides" object of a scenario, one key per
// Profile field.

#include "json_reader.h"
#include "profile.h"

namespace core::json {

// Sets each field named in an "overrides" object, then checks that the fields
// still fit together (rto_min <= rto_initial <= rto_max).
void applyProfileOverrides(const Node& overrides, Profile& profile);

// Every field of the profile, in a fixed order, as an "overrides" object.
Json profileOverrides(const Profile& profile);

} // namespace core::json
