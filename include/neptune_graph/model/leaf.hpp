// The one customization point for leaf types: how a scalar member travels.
#ifndef NEPTUNE_GRAPH_MODEL_LEAF_HPP
#define NEPTUNE_GRAPH_MODEL_LEAF_HPP

#include <neptune_graph/model/open_enum.hpp>
#include <neptune_graph/model/timestamp.hpp>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>

namespace neptune_graph {

/// What a leaf is on the wire.
enum class leaf_kind
{
    string,       ///< a JSON string: `text(v)` reads it, `assign(v, s)` writes it
    enumeration,  ///< a JSON string from a set: also `known(v)` and `names()`
    integer,      ///< a JSON number without a fraction: `value_type`, `min`, `max`
    boolean,      ///< `true` or `false`
    timestamp     ///< a JSON number of epoch seconds, kept in microseconds
};

/** How the leaf type `T` travels, read alike by the decoder, the encoder, the
    validator and the URI binder: specialize it for a type of your own (an id
    that wraps a string, say) and every layer handles it the same way.

    Each specialization has `static constexpr leaf_kind kind` and, by kind:
    - `string`: `static std::string_view text(T const&)` and
      `static void assign(T&, std::string_view)`;
    - `enumeration`: the same, plus `static bool known(T const&)` (a value
      the model names) and `static std::string names()` (`[A, B, C]`);
    - `integer`: `using value_type` (a standard integer type),
      `static value_type get(T const&)`, `static void set(T&, value_type)`;
    - `boolean`: `get` and `set` of `bool`;
    - `timestamp`: `get` and `set` of the microseconds since the epoch.

    The library provides it for `std::string`, `bool`, every standard integer
    type (signed or not; the character types are not integers here),
    `open_enum<E>` and `timestamp`.
*/
template <class T, class = void>
struct leaf_traits
{
    static constexpr bool is_leaf = false;
};

template <>
struct leaf_traits<std::string>
{
    static constexpr bool is_leaf = true;
    static constexpr leaf_kind kind = leaf_kind::string;
    static std::string_view text(std::string const& v) noexcept { return v; }
    static void assign(std::string& v, std::string_view s)
    {
        if(s.size() > v.capacity())
            v = std::string(s.data(), s.size());  // a plain copy: cheaper than assign's general path
        else
            v.assign(s.data(), s.size());
    }
};

template <class E>
struct leaf_traits<open_enum<E>>
{
    static constexpr bool is_leaf = true;
    static constexpr leaf_kind kind = leaf_kind::enumeration;
    // An enumerator outside the named ones (a cast) has no text: the
    // encoder and the URI binder refuse it, the validator reports it.
    static std::string_view text(open_enum<E> const& v) noexcept { return v.str(); }
    static void assign(open_enum<E>& v, std::string_view s) { v.assign(s); }
    static bool known(open_enum<E> const& v) noexcept { return v.known(); }
    static std::string names()
    {
        std::string r = "[";
        for(auto const& e : detail::enum_table<E>::entries)
        {
            if(r.size() > 1)
                r += ", ";
            r.append(e.name.data(), e.name.size());
        }
        r += ']';
        return r;
    }
};

namespace detail {
template <class T>
constexpr bool is_character = std::is_same<T, char>::value || std::is_same<T, wchar_t>::value ||
                              std::is_same<T, char16_t>::value || std::is_same<T, char32_t>::value
#if defined(__cpp_char8_t)
                              || std::is_same<T, char8_t>::value
#endif
    ;
} // namespace detail

template <class I>
struct leaf_traits<I, std::enable_if_t<std::is_integral<I>::value && !std::is_same<I, bool>::value &&
                                       !detail::is_character<I>>>
{
    static constexpr bool is_leaf = true;
    static constexpr leaf_kind kind = leaf_kind::integer;
    using value_type = I;
    static constexpr I get(I v) noexcept { return v; }
    static constexpr void set(I& v, I x) noexcept { v = x; }
};

template <>
struct leaf_traits<bool>
{
    static constexpr bool is_leaf = true;
    static constexpr leaf_kind kind = leaf_kind::boolean;
    static constexpr bool get(bool v) noexcept { return v; }
    static constexpr void set(bool& v, bool x) noexcept { v = x; }
};

template <>
struct leaf_traits<timestamp>
{
    static constexpr bool is_leaf = true;
    static constexpr leaf_kind kind = leaf_kind::timestamp;
    static constexpr std::int64_t get(timestamp v) noexcept { return v.microseconds; }
    static constexpr void set(timestamp& v, std::int64_t us) noexcept { v.microseconds = us; }
};

namespace detail {

template <class T>
constexpr bool is_leaf = leaf_traits<T>::is_leaf;

template <class T>
constexpr bool is_text_leaf = [] {
    if constexpr(leaf_traits<T>::is_leaf)
        return leaf_traits<T>::kind == leaf_kind::string || leaf_traits<T>::kind == leaf_kind::enumeration;
    else
        return false;
}();

template <class T>
constexpr bool is_integer_leaf = [] {
    if constexpr(leaf_traits<T>::is_leaf)
        return leaf_traits<T>::kind == leaf_kind::integer;
    else
        return false;
}();

// "a 32-bit integer", "an unsigned 64-bit integer", for messages.
template <class I>
std::string integer_kind()
{
    std::string r = std::is_signed<I>::value ? "a " : "an unsigned ";
    r += std::to_string(sizeof(I) * 8);
    r += "-bit integer";
    return r;
}

} // namespace detail
} // namespace neptune_graph

#endif
