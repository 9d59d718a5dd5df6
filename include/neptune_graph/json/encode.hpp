// encode: a model value straight to JSON text, members in model order.
#ifndef NEPTUNE_GRAPH_JSON_ENCODE_HPP
#define NEPTUNE_GRAPH_JSON_ENCODE_HPP

#include <neptune_graph/error.hpp>
#include <neptune_graph/json/detail/path.hpp>
#include <neptune_graph/json/detail/writer.hpp>
#include <neptune_graph/json/options.hpp>
#include <neptune_graph/model/detail/traits.hpp>
#include <neptune_graph/model/equality.hpp>
#include <neptune_graph/model/open_enum.hpp>
#include <neptune_graph/model/tagged_union.hpp>
#include <neptune_graph/model/timestamp.hpp>

#include <boost/mp11/algorithm.hpp>
#include <boost/variant2/variant.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace neptune_graph {
namespace detail {

// Where the encoder is, as a chain on the stack: no allocation unless it fails.
struct encode_path
{
    encode_path const* parent;
    std::string_view key;
    std::size_t index;
    bool is_index;

    std::string str() const
    {
        if(!parent)
            return "$";
        std::string r = parent->str();
        if(is_index)
            append_index_segment(r, index);
        else
            append_key_segment(r, key);
        return r;
    }
};

class encoder
{
public:
    encoder(std::string& out, encode_options const& opts) : w_(out, opts.pretty), opts_(opts) {}

    error const& failure() const noexcept { return error_; }

    void finish() { w_.finish(); }

    template <class T>
    bool value(T const& v, encode_path const& at)
    {
        if constexpr(std::is_same<T, std::string>::value)
            return string(v, at);
        else if constexpr(std::is_same<T, bool>::value)
            return w_.boolean(v), true;
        else if constexpr(std::is_integral<T>::value)
            return w_.integer(v), true;
        else if constexpr(std::is_same<T, timestamp>::value)
            return w_.seconds(v.microseconds), true;
        else if constexpr(is_open_enum<T>::value)
        {
            if(!v.known())
                return string(v.str(), at);
            if(v.str().empty())
                return fail(errc::invalid_value, at, "enum value outside its enumerators");
            return w_.plain_string(v.str()), true;  // enumerator names are identifiers
        }
        else if constexpr(is_optional<T>::value)
        {
            if(!v)
                return w_.raw("null"), true;
            return value(*v, at);
        }
        else if constexpr(is_vector<T>::value)
            return list(v, at);
        else if constexpr(is_tagged_union<T>::value)
            return union_(v, at);
        else
        {
            static_assert(is_described_struct<T>::value, "encode: a type the codec does not know");
            return object(v, at);
        }
    }

private:
    bool fail(errc code, encode_path const& at, std::string message)
    {
        error_.code = code;
        error_.path = at.str();
        error_.message = std::move(message);
        return false;
    }

    bool string(std::string_view s, encode_path const& at)
    {
        if(w_.string(s))
            return true;
        return fail(errc::invalid_utf8, at,
                    "string is not valid UTF-8 (byte " + std::to_string(w_.bad_utf8_at()) + ")");
    }

    template <class T>
    bool list(std::vector<T> const& v, encode_path const& at)
    {
        w_.open('[');
        for(std::size_t i = 0; i < v.size(); ++i)
        {
            w_.next(i == 0);
            if(!value(v[i], encode_path{&at, {}, i, true}))
                return false;
        }
        w_.close(']', v.empty());
        return true;
    }

    template <class T>
    bool object(T const& v, encode_path const& at)
    {
        w_.open('{');
        bool first = true;
        bool ok = true;
        boost::mp11::mp_for_each<public_members<T>>([&](auto D) {
            if(!ok)
                return;
            auto const& m = v.*D.pointer;
            if constexpr(is_optional<std::decay_t<decltype(m)>>::value)
                if(!m)  // absent optionals are omitted, never null
                    return;
            w_.next(first);
            first = false;
            w_.plain_key(D.name);  // member names are identifiers
            ok = value(m, encode_path{&at, D.name, 0, false});
        });
        if(!ok)
            return false;
        w_.close('}', first);
        return true;
    }

    template <class U>
    bool union_(U const& u, encode_path const& at)
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
                    return value(a, encode_path{&at, tag, 0, false});
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

/** Appends the JSON text of `v` to `out`.

    Members come in model order, absent optionals are omitted, output is
    compact unless `opts.pretty`. An unknown union member is refused unless
    `opts.pass_through_unknown`; on any error `out` is left as it was.
*/
template <class T>
result<void> encode_to(std::string& out, T const& v, encode_options const& opts = {})
{
    std::size_t const size = out.size();
    detail::encoder e(out, opts);
    bool ok = e.value(v, detail::encode_path{nullptr, {}, 0, false});
    e.finish();
    if(ok)
        return {};
    out.resize(size);
    return e.failure();
}

/// The JSON text of `v` (see `encode_to`).
template <class T>
result<std::string> encode(T const& v, encode_options const& opts = {})
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
