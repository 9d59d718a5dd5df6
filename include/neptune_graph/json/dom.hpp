// DOM interop: boost::json::value_from / value_to for every model type, by the codec's rules.
#ifndef NEPTUNE_GRAPH_JSON_DOM_HPP
#define NEPTUNE_GRAPH_JSON_DOM_HPP

#include <neptune_graph/json/decode.hpp>
#include <neptune_graph/json/encode.hpp>

#include <boost/json/conversion.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>
#include <boost/system/result.hpp>
#include <boost/system/system_error.hpp>

#include <type_traits>

namespace neptune_graph {
namespace detail {

template <class T>
constexpr bool is_codec_type = is_described_struct<T>::value || is_tagged_union<T>::value ||
                               is_open_enum<T>::value || std::is_same<T, timestamp>::value;

} // namespace detail

// These overloads are found by ADL and take precedence over Boost.JSON's own
// handling of described types, so a DOM sees the same wire rules as text:
// value_to runs the one decoder over the DOM, value_from parses the encoder's text.

/// `boost::json::value_from(x)`: throws `error_exception` where `encode` fails.
template <class T, std::enable_if_t<detail::is_codec_type<T>, int> = 0>
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, T const& x)
{
    std::string text;
    encode_to(text, x).value();
    jv = boost::json::parse(text, jv.storage());
}

/// `boost::json::value_to<T>(jv)`: throws `error_exception` where `decode` fails.
template <class T, std::enable_if_t<detail::is_codec_type<T>, int> = 0>
T tag_invoke(boost::json::value_to_tag<T>, boost::json::value const& jv)
{
    return decode<T>(jv).value();
}

/// `boost::json::try_value_to<T>(jv)`: the error's code, without its path.
template <class T, std::enable_if_t<detail::is_codec_type<T>, int> = 0>
boost::system::result<T> tag_invoke(boost::json::try_value_to_tag<T>, boost::json::value const& jv)
{
    auto r = decode<T>(jv);
    if(!r)
        return r.error().code;
    return std::move(*r);
}

/** The union as botocore shows it: `{"SDK_UNKNOWN_MEMBER": {"name": "<tag>"}}` for
    an unknown member (botocore keeps only the tag), the member itself otherwise. */
template <class U, std::enable_if_t<detail::is_tagged_union<U>::value, int> = 0>
boost::json::value boto3_view(U const& u)
{
    if(u.is_unknown())
        return {{"SDK_UNKNOWN_MEMBER", {{"name", u.tag()}}}};
    return boost::json::value_from(u);
}

} // namespace neptune_graph

#endif
