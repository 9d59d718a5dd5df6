// What each kind of value does with parser events: leaves (as leaf_traits
// says), optionals, lists, maps, described structs and tagged unions.
#ifndef NEPTUNE_GRAPH_JSON_DETAIL_VALUE_OPS_HPP
#define NEPTUNE_GRAPH_JSON_DETAIL_VALUE_OPS_HPP

#include <neptune_graph/detail/quote.hpp>
#include <neptune_graph/json/detail/decoder.hpp>
#include <neptune_graph/json/detail/number.hpp>
#include <neptune_graph/model/detail/same_name.hpp>
#include <neptune_graph/model/detail/traits.hpp>
#include <neptune_graph/model/equality.hpp>
#include <neptune_graph/model/leaf.hpp>
#include <neptune_graph/model/shape_name.hpp>
#include <neptune_graph/model/tagged_union.hpp>

#include <boost/config.hpp>
#include <boost/core/bit.hpp>
#include <boost/mp11/algorithm.hpp>
#include <boost/variant2/variant.hpp>

#include <array>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace neptune_graph {
namespace detail {

template <class T, class = void>
struct ops_of;  // ops_of<T>::value is T's table

template <class T>
constexpr value_ops const* ops_ptr() noexcept { return &ops_of<T>::value; }

template <class T>
T& as(void* p) noexcept { return *static_cast<T*>(p); }

// Back to the default value, keeping what capacity a container has: decoding
// into an object that was decoded before then allocates little or nothing.
template <class T>
void reset_value(T& v)
{
    v = T{};
}
inline void reset_value(std::string& s) noexcept { s.clear(); }
template <class T>
void reset_value(std::vector<T>& v) noexcept
{
    v.clear();
}

template <class T>
void reset_at(void* p)
{
    reset_value(*static_cast<T*>(p));
}

// The default for every event a type does not accept: a type mismatch.
template <class T>
struct refuse
{
    static value_ops const& self() noexcept { return ops_of<T>::value; }
    static bool string(decoder& d, void*, std::string_view) { return d.mismatch(self(), "a string"); }
    static bool number(decoder& d, void*, number_event const&) { return d.mismatch(self(), "a number"); }
    static bool boolean(decoder& d, void*, bool) { return d.mismatch(self(), "a boolean"); }
    static bool null(decoder&, void* p)  // null is absence, everywhere
    {
        reset_value(as<T>(p));
        return true;
    }
    static bool object_begin(decoder& d, void*) { return d.mismatch(self(), "an object"); }
    static bool array_begin(decoder& d, void*) { return d.mismatch(self(), "an array"); }
};

// A table whose every event refuses: types start from it and name the
// events they take.
template <class T>
constexpr value_ops refusing(char const* expected) noexcept
{
    value_ops o;
    o.string = refuse<T>::string;
    o.number = refuse<T>::number;
    o.boolean = refuse<T>::boolean;
    o.null = refuse<T>::null;
    o.object_begin = refuse<T>::object_begin;
    o.array_begin = refuse<T>::array_begin;
    o.expected = expected;
    return o;
}

// The table of a type read from a JSON object: `begin` pushes the frame
// whose `key` and `end` take the object's keys and its close.
template <class T>
constexpr value_ops object_table(bool (*begin)(decoder&, void*), bool (*key)(decoder&, frame&, std::string_view),
                                 bool (*end)(decoder&, frame&),
                                 std::string_view (*child_name)(std::size_t) = nullptr) noexcept
{
    value_ops o = refusing<T>("an object");
    o.object_begin = begin;
    o.key = key;
    o.end = end;
    o.child_name = child_name;
    return o;
}

// ---- leaves: whatever leaf_traits says of them ----

template <class T>
constexpr char const* leaf_expected() noexcept
{
    switch(leaf_traits<T>::kind)
    {
    case leaf_kind::string:
    case leaf_kind::enumeration: return "a string";
    case leaf_kind::integer: return "an integer";
    case leaf_kind::boolean: return "a boolean";
    case leaf_kind::timestamp: return "a number (epoch seconds)";
    }
    return "a value";
}

template <class T>
struct ops_of<T, std::enable_if_t<is_leaf<T>>>
{
    using traits = leaf_traits<T>;

    static bool string(decoder& d, void* p, std::string_view s)
    {
        traits::assign(as<T>(p), s);
        if constexpr(traits::kind == leaf_kind::enumeration)
            if(!traits::known(as<T>(p)) && d.options().strict)
                return d.fail(errc::unknown_enum_value, quoted(s) + " is not in the enum value set " + traits::names());
        return true;
    }

    BOOST_NOINLINE static bool out_of_range(decoder& d, number_event const& n, std::string const& what)
    {
        return d.fail(errc::out_of_range, std::string(n.text) + " is out of range for " + what);
    }

    static bool number(decoder& d, void* p, number_event const& n)
    {
        if constexpr(traits::kind == leaf_kind::timestamp)
        {
            std::int64_t us = 0;
            constexpr auto lo = (std::numeric_limits<std::int64_t>::min)();
            constexpr auto hi = (std::numeric_limits<std::int64_t>::max)();
            if(to_int64(parse_decimal(n.text), 6, lo, hi, true, us) != to_int_status::ok)
                return out_of_range(d, n, "a timestamp");
            traits::set(as<T>(p), us);
            return true;
        }
        else
        {
            using V = typename traits::value_type;
            using limits = std::numeric_limits<V>;
            // Compared as the widest types: every integral type agrees.
            bool fits = false;
            V v{};
            if(n.kind == number_event::int64)
            {
                fits = n.i >= 0 ? static_cast<std::uint64_t>(n.i) <= static_cast<std::uint64_t>((limits::max)())
                                : static_cast<std::intmax_t>(n.i) >= static_cast<std::intmax_t>((limits::min)());
                v = static_cast<V>(n.i);
            }
            else if(n.kind == number_event::uint64)
            {
                fits = n.u <= static_cast<std::uint64_t>((limits::max)());
                v = static_cast<V>(n.u);
            }
            else
            {
                // A fraction of zero or an exponent (1.0, 1e2) still names an integer.
                std::int64_t i = 0;
                constexpr auto lo = (std::numeric_limits<std::int64_t>::min)();
                constexpr auto hi = (std::numeric_limits<std::int64_t>::max)();
                switch(to_int64(parse_decimal(n.text), 0, lo, hi, false, i))
                {
                case to_int_status::ok: break;
                case to_int_status::not_integer:
                    return d.fail(errc::not_integer, std::string(n.text) + " is not an integer");
                case to_int_status::out_of_range: return out_of_range(d, n, integer_kind<V>());
                }
                fits = i >= 0 ? static_cast<std::uint64_t>(i) <= static_cast<std::uint64_t>((limits::max)())
                              : static_cast<std::intmax_t>(i) >= static_cast<std::intmax_t>((limits::min)());
                v = static_cast<V>(i);
            }
            if(BOOST_UNLIKELY(!fits))
                return out_of_range(d, n, integer_kind<V>());
            traits::set(as<T>(p), v);
            return true;
        }
    }

    static bool boolean(decoder&, void* p, bool b)
    {
        traits::set(as<T>(p), b);
        return true;
    }

    static constexpr value_ops value = [] {
        value_ops o = refusing<T>(leaf_expected<T>());
        if constexpr(traits::kind == leaf_kind::string || traits::kind == leaf_kind::enumeration)
            o.string = string;
        else if constexpr(traits::kind == leaf_kind::boolean)
            o.boolean = boolean;
        else
            o.number = number;
        return o;
    }();
};

// The table of a slot that hands every value event on to the value
// `Slot::get(d, p)` gives (an optional's value, a union member), or refuses
// it when that gives null; `Slot::null` says what null does to the slot.
template <class Slot, class Inner>
struct forward_to
{
    static bool string(decoder& d, void* p, std::string_view s)
    {
        Inner* a = Slot::get(d, p);
        return a && ops_of<Inner>::value.string(d, a, s);
    }
    static bool number(decoder& d, void* p, number_event const& n)
    {
        Inner* a = Slot::get(d, p);
        return a && ops_of<Inner>::value.number(d, a, n);
    }
    static bool boolean(decoder& d, void* p, bool b)
    {
        Inner* a = Slot::get(d, p);
        return a && ops_of<Inner>::value.boolean(d, a, b);
    }
    static bool object_begin(decoder& d, void* p)
    {
        Inner* a = Slot::get(d, p);
        return a && ops_of<Inner>::value.object_begin(d, a);
    }
    static bool array_begin(decoder& d, void* p)
    {
        Inner* a = Slot::get(d, p);
        return a && ops_of<Inner>::value.array_begin(d, a);
    }

    static constexpr value_ops value = [] {
        value_ops o;
        o.string = string;
        o.number = number;
        o.boolean = boolean;
        o.null = Slot::null;
        o.object_begin = object_begin;
        o.array_begin = array_begin;
        o.expected = ops_of<Inner>::value.expected;
        return o;
    }();
};

// ---- std::optional: null resets, anything else fills the value ----

template <class T>
struct optional_slot
{
    static T* get(decoder&, void* p)
    {
        auto& o = as<std::optional<T>>(p);
        if(!o)
            o.emplace();
        return &*o;
    }
    static bool null(decoder&, void* p)
    {
        as<std::optional<T>>(p).reset();
        return true;
    }
};

template <class T>
struct ops_of<std::optional<T>> : forward_to<optional_slot<T>, T>
{
};

// ---- std::vector: a dense list ----

template <class T>
struct ops_of<std::vector<T>>
{
    // Elements already in the vector are decoded into again (their strings
    // keep their capacity); those left over are erased at the end.
    static bool array_begin(decoder& d, void* p)
    {
        d.push(&value, p, frame_kind::array);
        return true;
    }
    static bool element(decoder& d, frame& f)
    {
        auto& v = as<std::vector<T>>(f.obj);
        std::size_t i = f.has_child ? f.child + 1 : 0;
        f.child = i;
        f.has_child = true;
        if(BOOST_UNLIKELY(i >= d.options().max_list_size))
            return d.fail(errc::list_too_long, "list longer than " +
                                                   std::to_string(d.options().max_list_size) +
                                                   " elements");
        if(i == v.size())
        {
            if(i == v.capacity())
                grow(d, f, v);
            v.emplace_back();
        }
        d.expect(ops_ptr<T>(), &v[i]);
        return true;
    }
    // To the decoder's guess when it has one, plus an eighth for elements of
    // uneven size (and at least by an eighth, so that growth stays
    // geometric); else by the vector's own rule.
    BOOST_NOINLINE static void grow(decoder& d, frame const& f, std::vector<T>& v)
    {
        std::size_t i = v.size();
        std::size_t n = d.expected_list_size(f, i, sizeof(T));
        if(n == 0)
            return;
        n = n > i ? n : i;
        v.reserve(n + n / 8 + 1);
    }
    static bool end(decoder&, frame& f)
    {
        auto& v = as<std::vector<T>>(f.obj);
        std::size_t n = f.has_child ? f.child + 1 : 0;
        v.erase(v.begin() + static_cast<std::ptrdiff_t>(n), v.end());
        return true;
    }

    static constexpr value_ops value = [] {
        value_ops o = refusing<std::vector<T>>("an array");
        o.array_begin = array_begin;
        o.element = element;
        o.end = end;
        return o;
    }();
};

// ---- std::map<std::string, T>: an object whose keys are data ----

// Out of line, as every rare path of the key handlers: what stays inline is
// small enough to need few registers.
BOOST_NOINLINE inline bool duplicate_key(decoder& d, std::string_view key)
{
    return d.fail(errc::duplicate_key, "duplicate key " + quoted(key));
}

template <class T>
struct ops_of<std::map<std::string, T>>
{
    using map = std::map<std::string, T>;

    // The map holds what the document says and nothing else.
    static bool object_begin(decoder& d, void* p)
    {
        as<map>(p).clear();
        d.push_map(&value, p);
        return true;
    }

    // Every key is an entry, a null one too until the map closes: a key
    // repeated after a null is still a duplicate, and the bound on entries
    // bounds what the map holds while it is read.
    static bool key(decoder& d, frame& f, std::string_view k)
    {
        auto& m = as<map>(f.obj);
        f.has_child = true;
        d.set_map_key(k);  // for the message of a refusal, made at once
        if(BOOST_UNLIKELY(m.size() >= d.options().max_list_size))
            return too_long(d);
        auto const [it, inserted] = m.try_emplace(std::string(k));
        d.set_map_key(it->first);
        if(BOOST_UNLIKELY(!inserted))
            return duplicate_key(d, k);
        d.expect(&entry, &it->second);
        return true;
    }

    BOOST_NOINLINE static bool too_long(decoder& d)
    {
        return d.fail(errc::list_too_long,
                      "map longer than " + std::to_string(d.options().max_list_size) + " entries");
    }

    // Maps are dense, as lists are: a null value is no entry.
    static bool null_entry(decoder& d, void*)
    {
        d.note_null_entry();
        return true;
    }

    static bool end(decoder& d, frame& f)
    {
        auto& m = as<map>(f.obj);
        d.close_map([&](std::string_view k) { m.erase(std::string(k)); });
        return true;
    }

    static constexpr value_ops value = object_table<map>(object_begin, key, end);

    // The value of an entry: T's own table, but null drops the entry.
    static constexpr value_ops entry = [] {
        value_ops o = ops_of<T>::value;
        o.null = null_entry;
        return o;
    }();
};

// ---- described structs ----

template <class T>
std::string type_label(char const* fallback)
{
    if constexpr(has_shape_name<T>::value)
        return std::string(shape_name<T>::value);
    else
        return fallback;
}

struct member_entry
{
    std::string_view name;
    value_ops const* ops;
    void* (*address)(void*);
    void (*reset)(void*);
    bool required;  // plain members are required; std::optional ones are not
};

template <class T, class D>
void* member_address(void* p) noexcept
{
    return &(static_cast<T*>(p)->*D::pointer);
}

template <class T, class D>
using member_type = std::remove_cv_t<std::remove_reference_t<decltype(std::declval<T&>().*D::pointer)>>;

template <class T, template <class...> class L, class... D>
constexpr std::array<member_entry, sizeof...(D)> make_members(L<D...>) noexcept
{
    return {{member_entry{std::string_view(D::name), ops_ptr<member_type<T, D>>(),
                          &member_address<T, D>, &reset_at<member_type<T, D>>,
                          !is_optional<member_type<T, D>>::value}...}};
}

// The index of the entry named `key`, trying `hint` first and then those
// after it: members usually arrive in model order, some of them absent, so
// the first compare or one of the next few finds the key.
template <std::size_t N, class Entry>
std::size_t find_name(std::array<Entry, N> const& t, std::string_view key, std::size_t hint,
                      std::string_view (*name_of)(Entry const&)) noexcept
{
    std::size_t i = hint < N ? hint : 0;
    for(std::size_t n = 0; n < N; ++n)
    {
        if(same_name(name_of(t[i]), key))
            return i;
        i = i + 1 < N ? i + 1 : 0;
    }
    return no_member;
}

// A key that names no member: its value is skipped, the key kept for duplicates.
BOOST_NOINLINE inline bool unknown_key(decoder& d, std::string_view key)
{
    d.skip_next(key);
    return d.note_unknown_key(key) || duplicate_key(d, key);
}

// A described struct, of which the members in `Members` are read: a key
// naming another member is an unknown key, and the others keep their values
// (a request body holds the members that no URI label or query parameter
// carries).
template <class T, std::uint64_t Members>
struct struct_ops
{
    static constexpr auto members = make_members<T>(public_members<T>());
    static constexpr std::size_t size = members.size();
    static_assert(size <= 64, "a struct of more than 64 members");
    static_assert((Members & ~all_members<T>()) == 0, "a member mask names members T does not have");

    static constexpr std::uint64_t required_mask() noexcept
    {
        std::uint64_t m = 0;
        for(std::size_t i = 0; i < size; ++i)
            if(members[i].required)
                m |= std::uint64_t(1) << i;
        return m & Members;
    }

    static std::string_view name_of(member_entry const& e) noexcept { return e.name; }

    static bool object_begin(decoder& d, void* p)
    {
        d.push(&value, p, frame_kind::object);
        return true;
    }

    static bool key(decoder& d, frame& f, std::string_view k)
    {
        std::size_t hint = f.has_child && !f.unknown_child ? f.child + 1 : 0;
        std::size_t i = find_name(members, k, hint, name_of);
        if(BOOST_UNLIKELY(i == no_member))
            return unknown_key(d, k);
        std::uint64_t bit = std::uint64_t(1) << i;
        if constexpr(Members != all_members<T>())
            if(!(Members & bit))
                return unknown_key(d, k);
        f.child = i;
        f.has_child = true;
        f.unknown_child = false;
        if(BOOST_UNLIKELY((f.keys & bit) != 0))
            return duplicate_key(d, k);
        f.keys |= bit;
        f.present |= bit;
        d.expect(members[i].ops, members[i].address(f.obj));
        return true;
    }

    static bool end(decoder& d, frame& f)
    {
        // Members the document did not name get their default back (the
        // object may hold a previous decode's values).
        for(std::uint64_t absent = ~f.keys & Members; absent != 0; absent &= absent - 1)
        {
            auto i = static_cast<std::size_t>(boost::core::countr_zero(absent));
            members[i].reset(members[i].address(f.obj));
        }
        constexpr std::uint64_t required = required_mask();
        if(BOOST_LIKELY((f.present & required) == required))
            return true;
        if(d.collects_absent())
        {
            for(std::size_t i = 0; i < size; ++i)
                if((required >> i & 1) && !(f.present >> i & 1))
                    d.note_absent(members[i].name);
            return true;
        }
        if(!d.options().strict)
            return true;
        std::string missing;
        for(std::size_t i = 0; i < size; ++i)
            if((required >> i & 1) && !(f.present >> i & 1))
                missing += (missing.empty() ? "" : ", ") + quoted(members[i].name);
        return d.fail(errc::missing_member,
                      type_label<T>("object") + " is missing required member " + missing, false);
    }

    static std::string_view child_name(std::size_t i) noexcept { return members[i].name; }

    static constexpr value_ops value = object_table<T>(object_begin, key, end, child_name);

    // Back to their defaults: what a failed decode leaves in the members it reads.
    static void reset(T& v)
    {
        for(std::size_t i = 0; i < size; ++i)
            if(Members >> i & 1)
                members[i].reset(members[i].address(&v));
    }
};

template <class T>
struct ops_of<T, std::enable_if_t<is_described_struct<T>::value>> : struct_ops<T, all_members<T>()>
{
};

// ---- tagged unions: exactly one member, unknown members kept raw ----

template <class U>
struct ops_of<U, std::enable_if_t<is_tagged_union<U>::value>>
{
    static constexpr std::size_t size = U::known_count;
    using alternatives = boost::mp11::mp_pop_back<typename U::variant_type>;

    static constexpr auto const& tags = enum_table<typename U::tag_enum>::entries;
    static std::string_view name_of(typename enum_table<typename U::tag_enum>::entry const& e) noexcept
    {
        return e.name;
    }

    static std::string must_have_one() { return type_label<U>("union") + " must have exactly one member set"; }

    // The second member set: refused, naming both.
    static bool claim(decoder& d, frame& f, std::string_view tag)
    {
        if(f.present == 0)
            return f.present = 1, true;
        return d.fail(errc::union_multiple, must_have_one() + ", found " +
                                                quoted(as<U>(f.obj).tag()) + " and " + quoted(tag));
    }

    // The value of known member I: null is ignored, anything else claims the union.
    template <std::size_t I>
    struct member_slot
    {
        using A = boost::mp11::mp_at_c<alternatives, I>;
        static A* get(decoder& d, void*)
        {
            frame& f = d.top();
            if(!claim(d, f, tags[I].name))
                return nullptr;
            auto& v = as<U>(f.obj).value;
            if(v.index() != I)
                v.template emplace<I>();
            return &boost::variant2::get<I>(v);
        }
        static bool null(decoder&, void*) { return true; }
    };
    template <std::size_t I>
    using member = forward_to<member_slot<I>, typename member_slot<I>::A>;

    template <std::size_t... I>
    static constexpr std::array<value_ops const*, size> member_table(std::index_sequence<I...>) noexcept
    {
        return {{&member<I>::value...}};
    }
    static constexpr auto member_ops = member_table(std::make_index_sequence<size>());

    static bool object_begin(decoder& d, void* p)
    {
        d.push(&value, p, frame_kind::union_);
        return true;
    }

    static bool key(decoder& d, frame& f, std::string_view k)
    {
        if(k == "__type")  // a type hint some servers add: not a member
            return unknown_key(d, k);
        std::size_t i = find_name(tags, k, 0, name_of);
        if(i != no_member)
        {
            std::uint64_t bit = std::uint64_t(1) << i;
            f.child = i;
            f.has_child = true;
            f.unknown_child = false;
            if(f.keys & bit)
                return duplicate_key(d, k);
            f.keys |= bit;
            d.expect(member_ops[i], f.obj);
            return true;
        }
        raw_value raw = d.raw_value_after_key();
        d.skip_next(k);
        if(!d.note_unknown_key(k))
            return duplicate_key(d, k);
        if(BOOST_UNLIKELY(!raw.whole))  // chunked: settled once the value has arrived
            return d.capture_raw(k, raw.text, settle_unknown), true;
        return settle_unknown(d, f, k, raw.text);
    }

    // An unknown member `k` whose value is `raw`: null is ignored, anything
    // else claims the union and is kept as it was written.
    static bool settle_unknown(decoder& d, frame& f, std::string_view k, std::string_view raw)
    {
        if(raw == "null")
            return true;
        if(!claim(d, f, k))
            return false;
        auto& v = as<U>(f.obj).value;
        if(v.index() != size)
            v.template emplace<unknown_member>();
        auto& u = boost::variant2::get<size>(v);
        u.tag.assign(k.data(), k.size());
        u.json.assign(raw.data(), raw.size());
        return true;
    }

    static bool end(decoder& d, frame& f)
    {
        if(f.present == 0)
            return d.fail(errc::union_empty, must_have_one(), false);
        return true;
    }

    static std::string_view child_name(std::size_t i) noexcept { return tags[i].name; }

    static constexpr value_ops value = object_table<U>(object_begin, key, end, child_name);
};

} // namespace detail
} // namespace neptune_graph

#endif
