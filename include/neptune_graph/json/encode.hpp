// encode: a model value straight to JSON text, members in model order.
#ifndef NEPTUNE_GRAPH_JSON_ENCODE_HPP
#define NEPTUNE_GRAPH_JSON_ENCODE_HPP

#include <neptune_graph/detail/path.hpp>
#include <neptune_graph/error.hpp>
#include <neptune_graph/json/detail/writer.hpp>
#include <neptune_graph/json/fwd.hpp>
#include <neptune_graph/json/options.hpp>
#include <neptune_graph/model/detail/traits.hpp>
#include <neptune_graph/model/equality.hpp>
#include <neptune_graph/model/leaf.hpp>
#include <neptune_graph/model/tagged_union.hpp>

#include <boost/mp11/algorithm.hpp>
#include <boost/variant2/variant.hpp>

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace neptune_graph {
namespace detail {

// `,"name":` for the member D describes, made at compile time: member names
// are identifiers, written as they are.
template <class D>
struct member_key_text
{
    static constexpr std::size_t size = std::char_traits<char>::length(D::name) + 4;
    static constexpr std::array<char, size> chars = [] {
        std::array<char, size> a{};
        a[0] = ',';
        a[1] = '"';
        for(std::size_t i = 0; i + 4 < size; ++i)
            a[i + 2] = D::name[i];
        a[size - 2] = '"';
        a[size - 1] = ':';
        return a;
    }();
    static constexpr std::string_view value{chars.data(), size};
};

class encoder
{
public:
    encoder(std::string& out, encode_options const& opts) : w_(out, opts.pretty), opts_(opts) {}

    error const& failure() const noexcept { return error_; }

    void finish() { w_.finish(); }

    template <class T>
    bool value(T const& v, path_link const& at)
    {
        if constexpr(is_leaf<T>)
            return leaf(v, at);
        else if constexpr(is_optional<T>::value)
        {
            if(!v)
                return w_.raw("null"), true;
            return value(*v, at);
        }
        else if constexpr(is_vector<T>::value)
            return list(v, at);
        else if constexpr(is_map<T>::value)
            return map(v, at);
        else if constexpr(is_tagged_union<T>::value)
            return union_(v, at);
        else
        {
            static_assert(is_described_struct<T>::value, "encode: a type the codec does not know");
            return object<all_members<T>()>(v, at);
        }
    }

private:
    bool fail(errc code, path_link const& at, std::string message)
    {
        error_.code = code;
        error_.path = at.str();
        error_.message = std::move(message);
        return false;
    }

    bool string(std::string_view s, path_link const& at)
    {
        if(w_.string(s))
            return true;
        return fail(errc::invalid_utf8, at,
                    "string is not valid UTF-8 (byte " + std::to_string(w_.bad_utf8_at()) + ")");
    }

    template <class T>
    bool leaf(T const& v, path_link const& at)
    {
        using traits = leaf_traits<T>;
        if constexpr(traits::kind == leaf_kind::string)
            return string(traits::text(v), at);
        else if constexpr(traits::kind == leaf_kind::enumeration)
        {
            std::string_view const s = traits::text(v);
            if(!traits::known(v))
                return string(s, at);
            if(s.empty())
                return fail(errc::invalid_value, at, "enum value outside its enumerators");
            return w_.plain_string(s), true;  // enumerator names are identifiers
        }
        else if constexpr(traits::kind == leaf_kind::integer)
        {
            auto const i = traits::get(v);
            if constexpr(std::is_signed<decltype(i)>::value)
                w_.integer(static_cast<std::int64_t>(i));
            else
                w_.unsigned_integer(static_cast<std::uint64_t>(i));
            return true;
        }
        else if constexpr(traits::kind == leaf_kind::boolean)
            return w_.boolean(traits::get(v)), true;
        else
            return w_.seconds(traits::get(v)), true;
    }

    template <class T>
    bool list(std::vector<T> const& v, path_link const& at)
    {
        w_.open('[');
        for(std::size_t i = 0; i < v.size(); ++i)
        {
            w_.next(i == 0);
            if(!value(v[i], path_link{&at, {}, i, true}))
                return false;
        }
        w_.close(']', v.empty());
        return true;
    }

    // Entries in the map's order (sorted keys): the same map is the same text.
    template <class T>
    bool map(std::map<std::string, T> const& m, path_link const& at)
    {
        w_.open('{');
        bool first = true;
        for(auto const& [k, x] : m)
        {
            w_.next(first);
            first = false;
            if(!w_.key(k))
                return fail(errc::invalid_utf8, at,
                            "key is not valid UTF-8 (byte " + std::to_string(w_.bad_utf8_at()) + ")");
            if(!value(x, entry_link(at, k)))
                return false;
        }
        w_.close('}', first);
        return true;
    }

public:
    // The members of v that `Members` selects, as an object.
    template <std::uint64_t Members, class T>
    bool object(T const& v, path_link const& at)
    {
        using members = public_members<T>;
        w_.open('{');
        bool first = true;
        bool ok = true;
        boost::mp11::mp_for_each<boost::mp11::mp_iota<boost::mp11::mp_size<members>>>([&](auto I) {
            using D = boost::mp11::mp_at_c<members, I>;
            if constexpr((Members >> I & 1) != 0)
            {
                auto const& m = v.*D::pointer;
                if(!ok)
                    return;
                if constexpr(is_optional<std::decay_t<decltype(m)>>::value)
                    if(!m)  // absent optionals are omitted, never null
                        return;
                w_.member_key(member_key_text<D>::value, first);
                first = false;
                ok = value(m, path_link{&at, D::name});
            }
        });
        if(!ok)
            return false;
        w_.close('}', first);
        return true;
    }

private:
    template <class U>
    bool union_(U const& u, path_link const& at)
    {
        if(auto const* m = boost::variant2::get_if<unknown_member>(&u.value))
        {
            if(!opts_.pass_through_unknown)
                return fail(errc::unknown_union_member, at,
                            "cannot encode unknown union member '" + m->tag +
                                "' (encode_options::pass_through_unknown re-emits it)");
            w_.open('{');
            w_.next(true);
            if(!w_.key(m->tag))
                return fail(errc::invalid_utf8, at, "union member tag is not valid UTF-8");
            w_.raw(m->json);
            w_.close('}', false);
            return true;
        }
        w_.open('{');
        w_.next(true);
        std::string_view tag = U::tag_name(u.value.index());
        w_.plain_key(tag);
        bool ok = boost::variant2::visit(
            [&](auto const& a) {
                if constexpr(std::is_same<std::decay_t<decltype(a)>, unknown_member>::value)
                    return false;  // handled above
                else
                    return value(a, path_link{&at, tag});
            },
            u.value);
        if(!ok)
            return false;
        w_.close('}', false);
        return true;
    }

    writer w_;
    encode_options const& opts_;
    error error_;
};

} // namespace detail

// Declared, and documented, in json/fwd.hpp.
template <class T>
result<void> encode_to(std::string& out, T const& v, encode_options const& opts)
{
    std::size_t const size = out.size();
    detail::encoder e(out, opts);
    bool ok = e.value(v, detail::path_link{});
    e.finish();
    if(ok)
        return {};
    out.resize(size);
    return e.failure();
}

/** Appends the JSON object of the members of `v` that `Members` selects (bit
    `i` for the `i`-th member Describe lists), by the rules of `encode_to`:
    the body of a request whose other members travel in its URI. */
template <std::uint64_t Members, class T>
result<void> encode_members_to(std::string& out, T const& v, encode_options const& opts = {})
{
    static_assert(detail::is_described_struct<T>::value, "encode_members_to writes a described struct");
    std::size_t const size = out.size();
    detail::encoder e(out, opts);
    bool ok = e.template object<Members>(v, detail::path_link{});
    e.finish();
    if(ok)
        return {};
    out.resize(size);
    return e.failure();
}

// Declared, and documented, in json/fwd.hpp.
template <class T>
result<std::string> encode(T const& v, encode_options const& opts)
{
    std::string out;
    out.reserve(256);
    auto r = encode_to(out, v, opts);
    if(!r)
        return std::move(r).error();
    return out;
}

} // namespace neptune_graph

#endif
