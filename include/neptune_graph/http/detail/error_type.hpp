// Which error an error response names, by the restJson1 rules.
#ifndef NEPTUNE_GRAPH_HTTP_DETAIL_ERROR_TYPE_HPP
#define NEPTUNE_GRAPH_HTTP_DETAIL_ERROR_TYPE_HPP

#include <neptune_graph/http/request.hpp>
#include <neptune_graph/json/options.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <string>
#include <string_view>

namespace neptune_graph {
namespace detail {

// `aws.protocoltests.restjson#FooError:http://internal.amazon.com/...` is
// `FooError`: cut at the first `:` first (the URI may hold a `#`), then keep
// what follows the last `#`.
constexpr std::string_view clean_error_type(std::string_view raw) noexcept
{
    std::size_t colon = raw.find(':');
    if(colon != std::string_view::npos)
        raw = raw.substr(0, colon);
    std::size_t hash = raw.rfind('#');
    if(hash != std::string_view::npos)
        raw = raw.substr(hash + 1);
    return raw;
}

struct error_identity
{
    std::string raw_type;  // as received; empty when nothing named a type
    std::string type;      // cleaned
    std::string message;
};

inline std::string_view string_member(boost::json::object const& o, std::string_view key) noexcept
{
    auto const* v = o.if_contains(key);
    if(v && v->is_string())
        return v->get_string();
    return {};
}

// Header `x-amzn-errortype`, else body `code`, else body `__type`: the
// Smithy restJson1 order. A body that is not a JSON object names nothing;
// an empty header or member counts as absent. Message: `message`, else `Message`.
inline error_identity identify_error(http_headers const& headers, std::string_view body,
                                     decode_options const& opts)
{
    error_identity id;
    boost::json::value doc;
    if(!body.empty() && body.size() <= opts.max_input_size)
    {
        boost::json::parse_options po;
        po.max_depth = opts.max_depth < max_depth_ceiling ? opts.max_depth : max_depth_ceiling;
        boost::system::error_code ec;
        doc = boost::json::parse(body, ec, {}, po);
        if(ec)
            doc = nullptr;
    }
    boost::json::object const* o = doc.if_object();

    std::string_view raw;
    if(auto h = find_header(headers, "x-amzn-errortype"))
        raw = *h;
    if(raw.empty() && o)
        raw = string_member(*o, "code");
    if(raw.empty() && o)
        raw = string_member(*o, "__type");
    id.raw_type.assign(raw.data(), raw.size());
    std::string_view clean = clean_error_type(raw);
    id.type.assign(clean.data(), clean.size());

    if(o)
    {
        auto const* m = o->if_contains("message");
        if(!m || !m->is_string())
            m = o->if_contains("Message");
        if(m && m->is_string())
            id.message.assign(m->get_string().data(), m->get_string().size());
    }
    return id;
}

} // namespace detail
} // namespace neptune_graph

#endif
