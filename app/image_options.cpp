#include "image_options.h"

#include "core/duration.h"

#include <charconv>

namespace app {

namespace {

constexpr double kMinScale = 0.25;
constexpr double kMaxScale = 8.0;

std::string readScale(const std::string& text, double& scale) {
    double value = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !(value >= kMinScale) ||
        !(value <= kMaxScale))
        return "--scale needs a number from 0.25 to 8, not '" + text + "'";
    scale = value;
    return {};
}

// "0.5s", "200ms", or a bare number of seconds.
std::optional<core::Micros> readTime(std::string text) {
    if (!text.empty() && (std::isdigit(static_cast<unsigned char>(text.back())) != 0))
        text += 's';
    return core::parseDuration(text).value;
}

std::string readRange(const std::string& text, std::pair<core::Micros, core::Micros>& range) {
    const std::size_t colon = text.find(':');
    const std::string wrong =
        "--range needs FROM:TO, two times such as 0:0.5 or 100ms:2s, not '" + text + "'";
    if (colon == std::string::npos)
        return wrong;
    const std::optional<core::Micros> from = readTime(text.substr(0, colon));
    const std::optional<core::Micros> to = readTime(text.substr(colon + 1));
    if (!from || !to)
        return wrong;
    if (*to <= *from)
        return "--range: TO must come after FROM in '" + text + "'";
    range = {*from, *to};
    return {};
}

template <typename T>
std::string readChoice(const std::string& option, const std::string& text,
                       std::initializer_list<std::pair<const char*, T>> choices, T& value) {
    std::string names;
    for (const auto& [name, v] : choices) {
        if (text == name) {
            value = v;
            return {};
        }
        names += (names.empty() ? "" : ", ") + std::string(name);
    }
    return "unknown " + option.substr(2) + " '" + text + "' (expected " + names + ")";
}

} // namespace

std::string readImageOptions(const RawImageOptions& raw, const std::string& extension,
                             ImageOptions& options) {
    const bool image = extension == ".png" || extension == ".svg" || extension == ".pdf";
    if (raw.any() && !image)
        return "--scale, --theme, --transparent, --view, --range, --title and --caption apply "
               "to a .png, .svg or .pdf export";
    if ((raw.scale || raw.transparent) && extension != ".png")
        return std::string(raw.scale ? "--scale" : "--transparent") +
               " only applies to a .png export";
    if (raw.scale)
        if (std::string e = readScale(*raw.scale, options.scale); !e.empty())
            return e;
    if (raw.theme)
        if (std::string e = readChoice<ImageTheme>("--theme", *raw.theme,
                                                   {{"light", ImageTheme::Light},
                                                    {"dark", ImageTheme::Dark},
                                                    {"print", ImageTheme::Print}},
                                                   options.theme);
            !e.empty())
            return e;
    if (raw.view)
        if (std::string e = readChoice<ImageView>(
                "--view", *raw.view,
                {{"sequence", ImageView::Sequence}, {"states", ImageView::States}}, options.view);
            !e.empty())
            return e;
    if (raw.range) {
        std::pair<core::Micros, core::Micros> range;
        if (std::string e = readRange(*raw.range, range); !e.empty())
            return e;
        options.range = range;
    }
    options.transparent = raw.transparent;
    options.title = raw.title.value_or("");
    options.caption = raw.caption.value_or("");
    return {};
}

} // namespace app
