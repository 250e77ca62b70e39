#include "profile_json.h"

#include "duration.h"

#include <array>
#include <functional>
#include <limits>
#include <utility>

namespace core::json {
namespace {

// How one Profile field is read from and written to "overrides".
struct ProfileField {
    std::string_view key;
    std::function<void(const Node&, Profile&)> read;
    std::function<Json(const Profile&)> write;
};

ProfileField durationField(std::string_view key, Micros Profile::*member) {
    return {key, [member](const Node& node, Profile& p) { p.*member = node.duration(); },
            [member](const Profile& p) { return Json(formatDuration(p.*member)); }};
}

// A timer that re-arms itself after this long: at 0s it would fire again and
// again at one instant, and simulated time would never reach the end.
ProfileField periodField(std::string_view key, Micros Profile::*member) {
    return {key, [member](const Node& node, Profile& p) { p.*member = node.positiveDuration(); },
            [member](const Profile& p) { return Json(formatDuration(p.*member)); }};
}

// null stands for the field's "not set" meaning, e.g. no FIN-WAIT-2 limit.
ProfileField optionalDurationField(std::string_view key, std::optional<Micros> Profile::*member) {
    return {key,
            [member](const Node& node, Profile& p) {
                p.*member = node.isNull() ? std::nullopt : std::optional(node.duration());
            },
            [member](const Profile& p) {
                return p.*member ? Json(formatDuration(*(p.*member))) : Json(nullptr);
            }};
}

template <class T>
ProfileField integerField(std::string_view key, T Profile::*member, std::int64_t min,
                          std::int64_t max = std::numeric_limits<T>::max()) {
    return {key,
            [member, min, max](const Node& node, Profile& p) {
                p.*member = static_cast<T>(node.integer(min, max));
            },
            [member](const Profile& p) { return Json(static_cast<std::int64_t>(p.*member)); }};
}

template <class T>
ProfileField optionalIntegerField(std::string_view key, std::optional<T> Profile::*member,
                                  std::int64_t min, std::int64_t max) {
    return {key,
            [member, min, max](const Node& node, Profile& p) {
                p.*member = node.isNull() ? std::nullopt
                                          : std::optional(static_cast<T>(node.integer(min, max)));
            },
            [member](const Profile& p) {
                return p.*member ? Json(static_cast<std::int64_t>(*(p.*member))) : Json(nullptr);
            }};
}

ProfileField booleanField(std::string_view key, bool Profile::*member) {
    return {key, [member](const Node& node, Profile& p) { p.*member = node.boolean(); },
            [member](const Profile& p) { return Json(p.*member); }};
}

constexpr std::array<std::pair<SynCookies, std::string_view>, 3> kSynCookieNames = {{
    {SynCookies::Off, "off"},
    {SynCookies::OnOverflow, "overflow"},
    {SynCookies::Always, "always"},
}};

ProfileField synCookiesField() {
    auto read = [](const Node& node, Profile& p) {
        const std::string name = node.string();
        for (const auto& [value, text] : kSynCookieNames)
            if (name == text) {
                p.synCookies = value;
                return;
            }
        const std::array<std::string_view, 3> choices = {"off", "overflow", "always"};
        node.fail(unknownProblem("syn_cookies mode", name, choices));
    };
    auto write = [](const Profile& p) {
        for (const auto& [value, text] : kSynCookieNames)
            if (p.synCookies == value)
                return Json(text);
        return Json(nullptr);
    };
    return {"syn_cookies", read, write};
}

ProfileField ephemeralPortsField() {
    auto read = [](const Node& node, Profile& p) {
        const std::vector<Node> range = node.elements();
        if (range.size() != 2)
            node.fail("expected [first, last], two port numbers from 1 to 65535");
        const auto first = static_cast<Port>(range[0].integer(1, 65535));
        const auto last = static_cast<Port>(range[1].integer(1, 65535));
        if (first > last)
            node.fail("the first port " + std::to_string(first) + " is above the last " +
                      std::to_string(last));
        p.ephemeralFirst = first;
        p.ephemeralLast = last;
    };
    auto write = [](const Profile& p) { return Json::array({p.ephemeralFirst, p.ephemeralLast}); };
    return {"ephemeral_ports", read, write};
}

// The one list of overridable fields, in Profile's order: a new Profile field
// needs one line here, and the format, its checks and toJson() follow.
const std::vector<ProfileField>& profileFields() {
    static const std::vector<ProfileField> fields = {
        durationField("msl", &Profile::msl),
        optionalDurationField("time_wait", &Profile::timeWait),
        periodField("rto_initial", &Profile::rtoInitial), // later RTOs: >= 1 ms (RFC 6298 G)
        durationField("rto_min", &Profile::rtoMin),
        durationField("rto_max", &Profile::rtoMax),
        durationField("rto_fallback", &Profile::rtoFallback),
        integerField("syn_retries", &Profile::synRetries, 0),
        integerField("syn_linear_timeouts", &Profile::synLinearTimeouts, 0),
        integerField("synack_retries", &Profile::synAckRetries, 0),
        integerField("data_retries", &Profile::dataRetries, 0),
        optionalDurationField("fin_wait2_timeout", &Profile::finWait2Timeout),
        periodField("keepalive_idle", &Profile::keepaliveIdle),
        periodField("keepalive_interval", &Profile::keepaliveInterval),
        integerField("keepalive_probes", &Profile::keepaliveProbes, 1),
        booleanField("delayed_ack", &Profile::delayedAck),
        durationField("delayed_ack_timeout", &Profile::delayedAckTimeout),
        integerField("quick_acks", &Profile::quickAcks, 0),
        booleanField("synack_on_duplicate_syn", &Profile::synAckOnDuplicateSyn),
        booleanField("two_way_handshake", &Profile::twoWayHandshake),
        booleanField("challenge_acks", &Profile::challengeAcks),
        integerField("mss", &Profile::mss, 1),
        // RFC 7323 2.3: with the largest shift, 65535 << 14 is the largest window.
        integerField("receive_window", &Profile::receiveWindow, 1, 1073725440),
        optionalIntegerField("window_scale", &Profile::windowScale, 0, 14),
        booleanField("timestamps", &Profile::timestamps),
        booleanField("sack_permitted", &Profile::sackPermitted),
        integerField("syn_backlog", &Profile::synBacklog, 0),
        integerField("accept_backlog", &Profile::acceptBacklog, 0),
        synCookiesField(),
        ephemeralPortsField(),
    };
    return fields;
}

const std::vector<std::string_view>& profileKeys() {
    static const std::vector<std::string_view> keys = [] {
        std::vector<std::string_view> names;
        for (const ProfileField& field : profileFields())
            names.push_back(field.key);
        return names;
    }();
    return keys;
}

} // namespace

void applyProfileOverrides(const Node& overrides, Profile& profile) {
    overrides.allowKeys(profileKeys());
    for (const ProfileField& field : profileFields())
        if (const auto node = overrides.find(field.key))
            field.read(*node, profile);
    // RFC 6298 (2.4), (2.5): the initial RTO lies within the bounds.
    if (profile.rtoMin > profile.rtoInitial || profile.rtoInitial > profile.rtoMax)
        overrides.fail("rto_min <= rto_initial <= rto_max must hold, but they are " +
                       formatDuration(profile.rtoMin) + ", " + formatDuration(profile.rtoInitial) +
                       " and " + formatDuration(profile.rtoMax));
}

Json profileOverrides(const Profile& profile) {
    Json object = Json::object();
    for (const ProfileField& field : profileFields())
        object[std::string(field.key)] = field.write(profile);
    return object;
}

} // namespace core::json
