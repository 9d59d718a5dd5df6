// An enum value as received on the wire: a known enumerator, or the exact unknown string.
#ifndef NEPTUNE_GRAPH_MODEL_OPEN_ENUM_HPP
#define NEPTUNE_GRAPH_MODEL_OPEN_ENUM_HPP

#include <neptune_graph/model/detail/same_name.hpp>

#include <boost/describe/enum.hpp>
#include <boost/describe/enumerators.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace neptune_graph {
namespace detail {

// The enumerators of a described enum as a constant table of (name, value).
template <class E>
struct enum_table
{
    struct entry
    {
        std::string_view name;
        E value;
    };
    template <template <class...> class L, class... D>
    static constexpr std::array<entry, sizeof...(D)> make(L<D...>) noexcept
    {
        return {{entry{std::string_view(D::name), D::value}...}};
    }
    static constexpr auto entries = make(boost::describe::describe_enumerators<E>());
};

} // namespace detail

/** A described enum that stays open to values added to the service later.

    A value is either one of `E`'s enumerators or the exact string that was
    received. Unknown values survive a decode/encode round trip unchanged and
    need no process-global registry. A default-constructed `open_enum` holds
    the empty unknown string: no enumerator is invented for a missing value.
*/
template <class E>
class open_enum
{
    static_assert(std::is_enum<E>::value, "open_enum needs a described enum");

    std::string unknown_;
    E value_{};
    bool known_ = false;

public:
    using enum_type = E;

    open_enum() = default;

    /// A known value.
    open_enum(E e) noexcept : value_(e), known_(true) {}

    /** The value named by `s`: known if `s` names an enumerator exactly, else unknown. */
    static open_enum from_string(std::string_view s)
    {
        open_enum r;
        r.assign(s);
        return r;
    }

    /// Replaces the value by the one named by `s`; reuses this object's string capacity.
    void assign(std::string_view s)
    {
        if(auto e = parse(s))
        {
            *this = *e;
            return;
        }
        unknown_.assign(s.data(), s.size());
        known_ = false;
    }

    open_enum& operator=(E e) noexcept
    {
        unknown_.clear();
        value_ = e;
        known_ = true;
        return *this;
    }

    /// True when the value is one of `E`'s enumerators.
    bool known() const noexcept { return known_; }

    /// The enumerator, or an empty optional when the value is unknown.
    std::optional<E> value() const noexcept
    {
        if(known_)
            return value_;
        return std::nullopt;
    }

    /// The wire string: the enumerator's name, or the unknown string as received.
    std::string_view str() const noexcept
    {
        return known_ ? name(value_) : std::string_view(unknown_);
    }

    /// The name of `e` (empty for a value outside the enumerators).
    static std::string_view name(E e) noexcept
    {
        auto const& t = detail::enum_table<E>::entries;
        auto i = static_cast<std::size_t>(e);
        if(i < t.size() && t[i].value == e)  // enumerators are usually 0, 1, 2...
            return t[i].name;
        for(auto const& entry : t)
            if(entry.value == e)
                return entry.name;
        return {};
    }

    /// The enumerator named exactly `s`, if any.
    static std::optional<E> parse(std::string_view s) noexcept
    {
        for(auto const& entry : detail::enum_table<E>::entries)
            if(detail::same_name(entry.name, s))
                return entry.value;
        return std::nullopt;
    }

    friend bool operator==(open_enum const& a, open_enum const& b) noexcept
    {
        if(a.known_ != b.known_)
            return false;
        return a.known_ ? a.value_ == b.value_ : a.unknown_ == b.unknown_;
    }
    friend bool operator!=(open_enum const& a, open_enum const& b) noexcept { return !(a == b); }
    friend bool operator==(open_enum const& a, E b) noexcept { return a.known_ && a.value_ == b; }
    friend bool operator==(E a, open_enum const& b) noexcept { return b == a; }
    friend bool operator!=(open_enum const& a, E b) noexcept { return !(a == b); }
    friend bool operator!=(E a, open_enum const& b) noexcept { return !(b == a); }
};

namespace detail {
template <class T> struct is_open_enum : std::false_type {};
template <class E> struct is_open_enum<open_enum<E>> : std::true_type {};
} // namespace detail

} // namespace neptune_graph

#endif
