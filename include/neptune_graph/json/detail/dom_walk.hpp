// Feeds a boost::json::value to the decoder as parser events, so DOM input
// follows exactly the rules of text input.
#ifndef NEPTUNE_GRAPH_JSON_DETAIL_DOM_WALK_HPP
#define NEPTUNE_GRAPH_JSON_DETAIL_DOM_WALK_HPP

#include <neptune_graph/detail/utf8.hpp>
#include <neptune_graph/json/detail/decoder.hpp>

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <charconv>
#include <cmath>
#include <string>

namespace neptune_graph {
namespace detail {

// What the parser would have refused in text, refused here with the same words.
inline bool dom_refuse(decoder& d, errc code, std::string message, boost::system::error_code& ec)
{
    d.fail(code, std::move(message));
    ec = d.failure().code;
    return false;
}

inline bool walk(decoder& d, boost::json::value const& v, std::size_t depth,
                 boost::system::error_code& ec)
{
    namespace bj = boost::json;
    if((v.is_array() || v.is_object()) && depth >= effective_max_depth(d.options()))
        return dom_refuse(d, errc::too_deep, too_deep_message(d.options()), ec);
    switch(v.kind())
    {
    case bj::kind::null: return d.on_null(ec);
    case bj::kind::bool_: return d.on_bool(v.get_bool(), ec);
    case bj::kind::int64:
    {
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, v.get_int64());
        return d.on_int64(v.get_int64(), std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)), ec);
    }
    case bj::kind::uint64:
    {
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, v.get_uint64());
        std::string_view text(buf, static_cast<std::size_t>(r.ptr - buf));
        if(v.get_uint64() <= static_cast<std::uint64_t>(INT64_MAX))
            return d.on_int64(static_cast<std::int64_t>(v.get_uint64()), text, ec);
        return d.on_uint64(v.get_uint64(), text, ec);
    }
    case bj::kind::double_:
    {
        if(!std::isfinite(v.get_double()))  // a DOM can hold what JSON text cannot
            return dom_refuse(d, errc::invalid_value, "NaN and infinities are not JSON numbers", ec);
        std::string text = bj::serialize(v);  // shortest text that reads back exactly
        return d.on_double(v.get_double(), text, ec);
    }
    case bj::kind::string:
    {
        std::string_view s(v.get_string().data(), v.get_string().size());
        if(invalid_utf8_at(s) != std::string_view::npos)
            return dom_refuse(d, errc::invalid_utf8, "string is not valid UTF-8", ec);
        return d.on_string(s, s.size(), ec);
    }
    case bj::kind::array:
    {
        if(!d.on_array_begin(ec))
            return false;
        for(bj::value const& e : v.get_array())
            if(!walk(d, e, depth + 1, ec))
                return false;
        return d.on_array_end(v.get_array().size(), ec);
    }
    case bj::kind::object:
    {
        if(!d.on_object_begin(ec))
            return false;
        std::string raw;
        for(bj::key_value_pair const& kv : v.get_object())
        {
            if(d.in_union())  // only a union keeps raw text
            {
                raw = bj::serialize(kv.value());
                d.set_dom_raw(raw);
            }
            std::string_view k(kv.key().data(), kv.key().size());
            if(invalid_utf8_at(k) != std::string_view::npos)
                return dom_refuse(d, errc::invalid_utf8, "key is not valid UTF-8", ec);
            if(!d.on_key(k, k.size(), ec) || !walk(d, kv.value(), depth + 1, ec))
                return false;
        }
        return d.on_object_end(v.get_object().size(), ec);
    }
    }
    return true;
}

} // namespace detail
} // namespace neptune_graph

#endif
