// A seeded generator of valid model values of every shape, for round-trip tests.
//
// Generic over the model: described structs are filled member by member through
// Boost.Describe, so a new shape or member needs no change here. Everything is
// drawn from a caller-provided std::mt19937_64 (never std::random_device), so a
// seed reproduces a value exactly (with the same standard library).
#ifndef NEPTUNE_GRAPH_TESTS_SUPPORT_RANDOM_SHAPES_HPP
#define NEPTUNE_GRAPH_TESTS_SUPPORT_RANDOM_SHAPES_HPP

#include <neptune_graph/neptune_graph.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/list.hpp>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace neptune_graph_test {

using rng_t = std::mt19937_64;

// ---- type traits of the model's building blocks (our own, not the library's) ----

template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};
template <class T> struct is_vector : std::false_type {};
template <class T> struct is_vector<std::vector<T>> : std::true_type {};
template <class T> struct is_map : std::false_type {};
template <class T> struct is_map<std::map<std::string, T>> : std::true_type {};
template <class T> struct is_open_enum : std::false_type {};
template <class E> struct is_open_enum<neptune_graph::open_enum<E>> : std::true_type {};
template <class T> struct is_tagged_union : std::false_type {};
template <class Tags, class... Ts>
struct is_tagged_union<neptune_graph::tagged_union<Tags, Ts...>> : std::true_type {};

template <class T>
using members_of =
    boost::describe::describe_members<T, boost::describe::mod_public | boost::describe::mod_inherited>;

template <class T, class D>
using member_type_t =
    std::remove_cv_t<std::remove_reference_t<decltype(std::declval<T&>().*D::pointer)>>;

// ---- primitive draws ----

inline bool chance(rng_t& rng, double p) { return std::bernoulli_distribution(p)(rng); }

/// Uniform in [lo, hi].
template <class I>
I uniform(rng_t& rng, I lo, I hi)
{
    return std::uniform_int_distribution<I>(lo, hi)(rng);
}

template <class T>
T const& pick(rng_t& rng, std::vector<T> const& v)
{
    return v[uniform<std::size_t>(rng, 0, v.size() - 1)];
}

inline void append_utf8(std::string& out, char32_t cp)
{
    if(cp < 0x80)
        out += static_cast<char>(cp);
    else if(cp < 0x800)
    {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    else if(cp < 0x10000)
    {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    else
    {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

/// One code point: ASCII, a character JSON must escape, or a multi-byte one.
inline void append_random_char(rng_t& rng, std::string& out)
{
    // Characters the encoder has to escape (NUL included: std::string keeps it).
    static std::vector<char32_t> const escaped = {
        U'"', U'\\', 0x00, 0x01, 0x1F, U'\n', U'\t', U'\r', U'\b', U'\f'};
    // é, 中, 😀 and the UTF-8 length boundaries (all valid scalar values).
    static std::vector<char32_t> const multibyte = {
        0x00E9, 0x4E2D, 0x1F600, 0x0080, 0x07FF, 0x0800, 0xD7FF, 0xE000,
        0xFFFD, 0xFFFF, 0x10000, 0x10FFFF, 0x2028, 0x00FC};
    int k = uniform(rng, 0, 99);
    if(k < 65)
        out += static_cast<char>(uniform(rng, 0x20, 0x7E));  // printable ASCII, '/' and DEL-free
    else if(k < 75)
        append_utf8(out, pick(rng, escaped));
    else if(k < 80)
        out += '\x7F';  // DEL: ASCII, needs no escape
    else
        append_utf8(out, pick(rng, multibyte));
}

/// Valid UTF-8: empty, short, medium, long (up to ~300 code points), rarely
/// longer than Boost.JSON's 4 KiB parser buffer so strings arrive in parts.
inline std::string random_string(rng_t& rng)
{
    std::size_t n;
    int k = uniform(rng, 0, 99);
    if(k < 10)
        n = 0;
    else if(k < 75)
        n = uniform<std::size_t>(rng, 1, 16);
    else if(k < 97)
        n = uniform<std::size_t>(rng, 17, 300);
    else
        n = uniform<std::size_t>(rng, 1500, 2500);  // up to ~10 KB of UTF-8
    std::string s;
    for(std::size_t i = 0; i < n; ++i)
        append_random_char(rng, s);
    return s;
}

template <class I>
I random_int(rng_t& rng)
{
    using L = std::numeric_limits<I>;
    int k = uniform(rng, 0, 99);
    if(k < 30)
        return pick(rng, std::vector<I>{L::min(), L::max(), I(0), I(-1), I(1),
                                        I(L::min() + 1), I(L::max() - 1)});
    if(k < 60)
        return uniform<I>(rng, -1000, 1000);
    return uniform<I>(rng, L::min(), L::max());
}

/// Microseconds whose wire text (epoch seconds) reads back exactly through
/// text AND through a boost::json DOM. A DOM keeps fractional numbers as
/// doubles, which hold every microsecond only while |seconds| < 2^31, so
/// values with a fraction stay within that; whole seconds (integers in a DOM)
/// cover the whole int64 microsecond range. The int64 extremes themselves
/// (INT64_MIN/MAX microseconds have a fraction) are tested separately.
inline neptune_graph::timestamp random_timestamp(rng_t& rng)
{
    constexpr std::int64_t M = 1000000;
    constexpr std::int64_t exact_s = (std::int64_t(1) << 31) - 1;
    std::int64_t const max_s = std::numeric_limits<std::int64_t>::max() / M;
    std::int64_t us = 0;
    switch(uniform(rng, 0, 7))
    {
    case 0: us = 0; break;
    case 1:  // whole seconds over the widest range, negative included
        us = uniform<std::int64_t>(rng, -max_s, max_s) * M;
        break;
    case 2:  // any microsecond within the exact range: mostly 6 fraction digits
        us = uniform<std::int64_t>(rng, -exact_s * M, exact_s * M);
        break;
    case 3:  // all 6 fraction digits, last one nonzero
        us = uniform<std::int64_t>(rng, -exact_s, exact_s) * M +
             uniform<std::int64_t>(rng, 0, 99999) * 10 + uniform<std::int64_t>(rng, 1, 9);
        break;
    case 4:  // what the service sends: 2024-ish with milliseconds
        us = uniform<std::int64_t>(rng, 1700000000000, 1800000000000) * 1000;
        break;
    case 5:  // small magnitudes around the epoch, both signs
        us = uniform<std::int64_t>(rng, -3 * M, 3 * M);
        break;
    case 6:
        us = pick(rng, std::vector<std::int64_t>{
                            1, -1, 999999, -999999, 1000001, -1000001, 500000, -500000,
                            1732300000 * M + 500000, exact_s * M + 999999, -exact_s * M - 999999,
                            max_s * M, -max_s * M});
        break;
    default:  // whole seconds in the service's range
        us = uniform<std::int64_t>(rng, 0, 4102444800) * M;
        break;
    }
    return {us};
}

/// Known enumerator, or (~15%) a string no enumerator names, kept as is.
template <class E>
neptune_graph::open_enum<E> random_enum(rng_t& rng)
{
    using OE = neptune_graph::open_enum<E>;
    if(chance(rng, 0.15))
    {
        static std::vector<std::string> const unknown = {
            "PAUSED_2031", "", "csv", "Succeeded", "SUCCEEDED ", " CSV", "QUEUED",
            "NEW_VALUE_\xC3\xA9", "with \"quote\"", "back\\slash", "tab\there"};
        std::string s = chance(rng, 0.8) ? pick(rng, unknown) : random_string(rng);
        if(!OE::parse(s))
            return OE::from_string(s);
    }
    std::vector<E> known;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>(
        [&](auto D) { known.push_back(D.value); });
    return OE(pick(rng, known));
}

// ---- raw JSON of unknown union members ----

/// A JSON value whose text is canonical compact JSON as boost::json::serialize
/// writes it: what the encoder re-emits (text path) and what the DOM path
/// re-serializes. Numbers are integers or doubles Boost writes in its own form.
inline boost::json::value random_json(rng_t& rng, int depth, bool allow_null = true)
{
    int k = uniform(rng, 0, depth >= 3 ? 5 : 7);
    switch(k)
    {
    case 0: return boost::json::value(random_string(rng));
    case 1: return boost::json::value(random_int<std::int64_t>(rng));
    case 2: return boost::json::value(chance(rng, 0.5));
    case 3:
        return boost::json::value(pick(rng, std::vector<std::uint64_t>{
                                                18446744073709551615ull, 9223372036854775808ull}));
    case 4: return boost::json::value(pick(rng, std::vector<double>{1.5, -0.25, 1e300, 0.1, 2.5e-8}));
    case 5:
        if(allow_null)
            return boost::json::value(nullptr);
        return boost::json::value("x");
    case 6:
    {
        boost::json::array a;
        for(std::size_t i = 0, n = uniform<std::size_t>(rng, 0, 3); i < n; ++i)
            a.push_back(random_json(rng, depth + 1));
        return a;
    }
    default:
    {
        static std::vector<std::string> const keys = {
            "bucket", "n", "prefix", "region", "kms\"Key", "\xC3\xA9t\xC3\xA9", "a b", "__type"};
        boost::json::object o;
        for(std::size_t i = 0, n = uniform<std::size_t>(rng, 0, 3); i < n; ++i)
            o[pick(rng, keys)] = random_json(rng, depth + 1);
        return o;
    }
    }
}

/// An unknown member: a tag this model does not know and its raw JSON text.
template <class U>
neptune_graph::unknown_member random_unknown_member(rng_t& rng)
{
    static std::vector<std::string> const tags = {
        "s3", "s3", "s3", "azureBlob", "gcs", "Neptune", "neptune_v2", "\xC3\xB6" "3", "a\"b"};
    auto is_known = [](std::string const& t) {
        bool r = false;
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<typename U::tag_enum>>(
            [&](auto D) { r = r || t == D.name; });
        return r;
    };
    std::string tag;
    do
        tag = pick(rng, tags);
    while(is_known(tag));
    static std::vector<std::string> const fixed = {
        R"({"bucket":"b","n":1})", "[1,2]", "\"x\"", "12", "true", "{}", "[]", "\"\"", "false", "[{\"a\":null}]"};
    std::string raw;
    if(chance(rng, 0.4))
        raw = pick(rng, fixed);
    else
        raw = boost::json::serialize(random_json(rng, 0, false));
    return {tag, raw};
}

// ---- the generic generator ----

template <class T>
T random_value(rng_t& rng, int depth = 0);

namespace detail {

template <class U>
U random_union(rng_t& rng, int depth)
{
    U u;
    if(chance(rng, 0.2))
    {
        u.value.template emplace<neptune_graph::unknown_member>(random_unknown_member<U>(rng));
        return u;
    }
    std::size_t i = uniform<std::size_t>(rng, 0, U::known_count - 1);
    boost::mp11::mp_with_index<U::known_count>(i, [&](auto I) {
        using A = boost::mp11::mp_at_c<typename U::variant_type, I>;
        u.value.template emplace<I>(random_value<A>(rng, depth + 1));
    });
    return u;
}

template <class T>
T random_struct(rng_t& rng, int depth)
{
    T x{};
    boost::mp11::mp_for_each<members_of<T>>([&](auto D) {
        using M = member_type_t<T, decltype(D)>;
        x.*D.pointer = random_value<M>(rng, depth + 1);
    });
    return x;
}

} // namespace detail

/** A random valid value of `T`: a shape, or any member type of one.

    optional: present ~70%; vector: 0-5 elements; strings, integers, timestamps,
    enums and unions as described above. `depth` only grows (for future limits).
*/
template <class T>
T random_value(rng_t& rng, int depth)
{
    if constexpr(std::is_same<T, std::string>::value)
        return random_string(rng);
    else if constexpr(std::is_same<T, bool>::value)
        return chance(rng, 0.5);
    else if constexpr(std::is_integral<T>::value)
        return random_int<T>(rng);
    else if constexpr(std::is_same<T, neptune_graph::timestamp>::value)
        return random_timestamp(rng);
    else if constexpr(is_open_enum<T>::value)
        return random_enum<typename T::enum_type>(rng);
    else if constexpr(is_optional<T>::value)
    {
        if(chance(rng, 0.7))
            return T(random_value<typename T::value_type>(rng, depth + 1));
        return T();
    }
    else if constexpr(is_vector<T>::value)
    {
        T v;
        for(std::size_t i = 0, n = uniform<std::size_t>(rng, 0, 5); i < n; ++i)
            v.push_back(random_value<typename T::value_type>(rng, depth + 1));
        return v;
    }
    else if constexpr(is_map<T>::value)
    {
        T m;
        for(std::size_t i = 0, n = uniform<std::size_t>(rng, 0, 4); i < n; ++i)
            m.emplace(random_string(rng), random_value<typename T::mapped_type>(rng, depth + 1));
        return m;
    }
    else if constexpr(is_tagged_union<T>::value)
        return detail::random_union<T>(rng, depth);
    else
    {
        static_assert(boost::describe::has_describe_members<T>::value,
                      "random_value: a type the generator does not know");
        return detail::random_struct<T>(rng, depth);
    }
}

// ---- facts about a generated value ----

/** The JSON path of the first unknown union member in encoding order (model
    order, list order), as the encoder names it (`$.importOptions`), if any. */
template <class T>
std::optional<std::string> unknown_union_path(T const& x, std::string const& at = "$")
{
    if constexpr(is_optional<T>::value)
    {
        if(x)
            return unknown_union_path(*x, at);
        return std::nullopt;
    }
    else if constexpr(is_vector<T>::value)
    {
        for(std::size_t i = 0; i < x.size(); ++i)
            if(auto p = unknown_union_path(x[i], at + "[" + std::to_string(i) + "]"))
                return p;
        return std::nullopt;
    }
    else if constexpr(is_map<T>::value)
    {
        for(auto const& [key, value] : x)
        {
            std::string path = at;
            neptune_graph::detail::append_key_segment(path, key);
            if(auto p = unknown_union_path(value, path))
                return p;
        }
        return std::nullopt;
    }
    else if constexpr(is_tagged_union<T>::value)
    {
        if(x.is_unknown())
            return at;
        return boost::variant2::visit(
            [&](auto const& a) -> std::optional<std::string> {
                if constexpr(std::is_same<std::decay_t<decltype(a)>, neptune_graph::unknown_member>::value)
                    return at;
                else
                    return unknown_union_path(a, at + "." + std::string(x.tag()));
            },
            x.value);
    }
    else if constexpr(boost::describe::has_describe_members<T>::value)
    {
        std::optional<std::string> r;
        boost::mp11::mp_for_each<members_of<T>>([&](auto D) {
            if(!r)
                r = unknown_union_path(x.*D.pointer, at + "." + D.name);
        });
        return r;
    }
    else
        return std::nullopt;
}

/// The tag of the first unknown union member (see `unknown_union_path`).
template <class T>
std::optional<std::string> unknown_union_tag(T const& x)
{
    if constexpr(is_optional<T>::value)
        return x ? unknown_union_tag(*x) : std::nullopt;
    else if constexpr(is_vector<T>::value)
    {
        for(auto const& e : x)
            if(auto t = unknown_union_tag(e))
                return t;
        return std::nullopt;
    }
    else if constexpr(is_map<T>::value)
    {
        for(auto const& kv : x)
            if(auto t = unknown_union_tag(kv.second))
                return t;
        return std::nullopt;
    }
    else if constexpr(is_tagged_union<T>::value)
    {
        if(x.is_unknown())
            return std::string(x.tag());
        return boost::variant2::visit(
            [&](auto const& a) -> std::optional<std::string> {
                if constexpr(std::is_same<std::decay_t<decltype(a)>, neptune_graph::unknown_member>::value)
                    return a.tag;
                else
                    return unknown_union_tag(a);
            },
            x.value);
    }
    else if constexpr(boost::describe::has_describe_members<T>::value)
    {
        std::optional<std::string> r;
        boost::mp11::mp_for_each<members_of<T>>([&](auto D) {
            if(!r)
                r = unknown_union_tag(x.*D.pointer);
        });
        return r;
    }
    else
        return std::nullopt;
}

} // namespace neptune_graph_test

#endif
