// decode: JSON text (or a boost::json::value) straight into a model type.
#ifndef NEPTUNE_GRAPH_JSON_DECODE_HPP
#define NEPTUNE_GRAPH_JSON_DECODE_HPP

#include <neptune_graph/error.hpp>
#include <neptune_graph/json/detail/decoder.hpp>
#include <neptune_graph/json/detail/dom_walk.hpp>
#include <neptune_graph/json/detail/parse_message.hpp>
#include <neptune_graph/json/detail/value_ops.hpp>
#include <neptune_graph/json/fwd.hpp>
#include <neptune_graph/json/options.hpp>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace neptune_graph {

namespace detail {

template <class T>
constexpr bool is_shape = is_described_struct<T>::value || is_tagged_union<T>::value;

inline error input_too_large(std::size_t size, decode_options const& opts)
{
    return {errc::input_too_large, "$", 0,
            "input is " + std::to_string(size) + " bytes, more than max_input_size " +
                std::to_string(opts.max_input_size)};
}

// The decode of `json` by the table `ops` into `out`; on failure `reset(out)`
// runs and the error says where. Not a template: one copy serves every type,
// the parser's code included, so each shape a TU decodes costs its tables only.
inline result<void> decode_text(value_ops const* ops, void* out, std::string_view json, decode_options const& opts,
                                std::vector<absent_member>* absent, void (*reset)(void*))
{
    if(json.size() > opts.max_input_size)
    {
        reset(out);
        return input_too_large(json.size(), opts);
    }
    boost::json::parse_options po;
    po.max_depth = effective_max_depth(opts);
    boost::json::basic_parser<decoder> p(po, opts, ops, out);
    p.handler().set_input(json);
    p.handler().collect_absent(absent);
    boost::system::error_code ec;
    std::size_t n = p.write_some(false, json.data(), json.size(), ec);
    if(!ec && n == json.size())
        return {};
    error e;
    if(p.handler().failed())
        e = std::move(p.handler().failure());
    else if(ec)
    {
        bool deep = ec == boost::json::error::too_deep;
        e.code = deep ? make_error_code(errc::too_deep) : ec;
        // Boost.JSON says "syntax" for a number cut short ("1.", "1e+"): at the
        // end of the input every cut is the same thing, an incomplete document.
        if(!deep && n >= json.size())
            e.code = boost::json::error::incomplete;
        e.message = deep ? too_deep_message(opts) : parse_message(ec, json, n);
        e.path = p.handler().path();
    }
    else
    {
        e.code = boost::json::error::extra_data;
        e.message = "unexpected data after the document";
        e.path = "$";
    }
    e.offset = n;
    reset(out);
    return e;
}

} // namespace detail

// Declared, and documented, in json/fwd.hpp.
template <class T>
result<void> decode_into(T& out, std::string_view json, decode_options const& opts)
{
    static_assert(detail::is_shape<T>, "decode reads a shape: a described struct or a tagged_union");
    return detail::decode_text(detail::ops_ptr<T>(), &out, json, opts, nullptr,
                               [](void* p) { *static_cast<T*>(p) = T{}; });
}

/** Decodes `json` into the members of `out` that `Members` selects (bit `i`
    for the `i`-th member Describe lists), by the rules of `decode_into`.

    The other members keep their values, and keys naming them are unknown
    keys: a request body is read into the input its URI labels and query
    parameters were read into. Strict decoding reports only absent members
    that `Members` selects. With `absent`, the path of each absent required
    member is appended there instead (`absent_member`), whether or not `opts.strict`, and the
    decode goes on. On failure the selected members hold their defaults.
*/
template <std::uint64_t Members, class T>
result<void> decode_members_into(T& out, std::string_view json, decode_options const& opts = {},
                                 std::vector<absent_member>* absent = nullptr)
{
    static_assert(detail::is_described_struct<T>::value, "decode_members_into reads a described struct");
    using ops = detail::struct_ops<T, Members>;
    return detail::decode_text(&ops::value, &out, json, opts, absent,
                               [](void* p) { ops::reset(*static_cast<T*>(p)); });
}

// Declared, and documented, in json/fwd.hpp.
template <class T>
result<T> decode(std::string_view json, decode_options const& opts)
{
    // Decoded in place: a model struct is many strings, each worth not moving.
    result<T> r(boost::system::in_place_value);
    auto status = decode_into(*r, json, opts);
    if(!status)
        r = std::move(status).error();
    return r;
}

/// Decodes a DOM value as a `T` by the same rules as text (offsets are 0).
template <class T, class Value,
          std::enable_if_t<std::is_same<Value, boost::json::value>::value, int> = 0>
result<T> decode(Value const& jv, decode_options const& opts = {})
{
    result<T> r(boost::system::in_place_value);
    detail::decoder d(opts, detail::ops_ptr<T>(), &*r);
    boost::system::error_code ec;
    if(!detail::walk(d, jv, 0, ec))
        r = std::move(d.failure());
    return r;
}

} // namespace neptune_graph

#endif
